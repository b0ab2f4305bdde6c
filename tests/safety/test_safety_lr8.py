"""safety-lr-8 (h-safety43's ``weakzh``, shipped by h-safety44): the Chinese safety model
refitted on safety rounds one to thirty-five with weak control's kind of Chinese line weighed
ten times; the English weights were ``safety-lr-7``'s under the same version (``safety-lr-9``,
h-safety47, keeps these Chinese weights and refits the English ones). Chinese messages are weak
control at .65 (``dyad.safety.WEAK_CONTROL_ZH``), and the couple model's Chinese gate
``P_LINE`` is .50, each re-chosen by its tool (docs/validity.md, "The Chinese safety refit
shipped (h-safety44)"). Control written fresh for this test (not from any round) reads; calm
lines about the same things read no safety signal."""

from __future__ import annotations

import numpy as np
import pytest

from safety_reads import reads_safety, weak_columns
from unmask.dyad import safety
from unmask.signals import couple_model as cm
from unmask.signals import safety_model as sm

CONTROL = [
    "以后你工资卡放我这儿，花一分钱都得先跟我报备",
    "不许再跟你那几个闺蜜出去，她们把你带坏了",
    "我不在家的时候你哪儿也别去，手机定位一直给我开着",
]
CALM = [
    "这个月工资到了，咱俩一起算算账，看看还能存多少",
    "周末跟闺蜜出去玩得开心，要我去接就打电话",
    "我出差这几天你照顾好自己，有事随时给我打电话",
]


def test_the_version_the_thresholds_and_the_levels() -> None:
    # safety-lr-9 (h-safety47) and safety-lr-10 (h-safety53) keep these Chinese weights under
    # their version
    assert sm.MODEL_VERSION == "safety-lr-10"
    assert sm.CUE_THRESHOLD["zh"] == 0.785
    assert sm._cache["zh"].get().threshold == 0.97
    assert safety.weak_level("zh") == 0.65
    assert safety.WEAK_CONTROL == 0.5
    assert cm.P_LINE == {"en": 0.5, "zh": 0.5}


@pytest.mark.parametrize("text", CONTROL)
def test_fresh_chinese_control_reads(text: str) -> None:
    assert reads_safety(text), text


@pytest.mark.parametrize("text", CALM)
def test_calm_chinese_lines_read_no_safety_signal(text: str) -> None:
    assert not reads_safety(text), text


@pytest.mark.parametrize(
    ("lang", "weak_reads", "mode", "weak_days"),
    [
        ("en", 0.6, "safety", 3),  # English lines at .6: weak control
        ("zh", 0.6, "notice", 0),  # the same reading of Chinese lines: under .65
        ("zh", 0.65, "safety", 3),  # at the Chinese level itself
    ],
)
def test_each_message_is_read_at_its_languages_weak_level(
    lang: str, weak_reads: float, mode: str, weak_days: int
) -> None:
    who, time, flags, scores = weak_columns()

    def read(idx: np.ndarray) -> np.ndarray:
        return np.where(idx == 0, 0.9, weak_reads)

    reader = safety.LevelledReader(read, lambda idx: [lang] * len(idx))
    reading = safety.read_safety(who, time, flags, scores, weak=reader)
    assert reading.mode == mode
    assert reading.partners[0].weak_days == weak_days


def test_a_chinese_counted_day_holds_the_rule_up_only_at_the_chinese_level() -> None:
    """The counted message is read at its own language's level too (h-safemode2's anchor)."""
    who, time, flags, scores = weak_columns()

    def read(idx: np.ndarray) -> np.ndarray:
        return np.where(idx == 0, 0.6, 0.9)

    reader = safety.LevelledReader(read, lambda idx: ["zh"] * len(idx))
    assert safety.read_safety(who, time, flags, scores, weak=reader).mode == "notice"
    plain = safety.read_safety(who, time, flags, scores, weak=read)  # all at WEAK_CONTROL
    assert plain.mode == "safety"
