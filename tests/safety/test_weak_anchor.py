"""A counted day holds the weak-control rule up only where the model reads control in it too
(h-safemode2).

A calm Chinese couple chat (couple round ten, simulated one line a day) entered safety mode
by the weak-control rule: its counted days rested each on one message the parts reader
scored 0.6 ("明天店交给我，你回老家好好送送奶奶，别惦记这边": an offer to mind the shop read
as monitoring) while the safety model read it at .02, and two calm questions the model read
near control filled the window. Now a counted control message holds the rule up only if
the model itself reads it as control at its language's weak level
(:func:`unmask.dyad.safety.weak_level`: Chinese .65 since ``safety-lr-8``); it still counts (a
notice).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pytest

from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.dyad import safety
from unmask.signals import score_texts
from unmask_dev import safety_chats

OPTIONS = AnalyzeOptions(bootstrap_resamples=40)

#: an offer to take over the reader's load, which the parts reader scores 0.6 as monitoring
#: and isolation and the model does not read as control
BORDERLINE_CALM = "下午的会交给我，你回家好好歇着，别惦记公司的事"
#: calm questions and plans the model reads near control (each at or above the Chinese weak
#: level, counting nothing; h-safety44: the first, couple round seven's, replaced "一个人值夜班
#: 那几个钟头，你脑袋里都转些啥？", which ``safety-lr-8`` reads at .60, under the level .65)
CALM_NEAR = [
    "等你那边合同到期，我们就在深圳安个家，再也不两头跑了",
    "等你的签证批下来，咱就在成都安家，以后不用两地跑了",
    "每天在路上跑十几个小时，你一个人开车的时候都在琢磨啥？",
]
#: a checking-up question the lexicons score 0.6 (jealousy) and the model reads as control
BORDERLINE_CONTROL = "昨晚半夜找你聊天那男的是谁"
#: weak control (tests/safety/test_weak_control.py's Chinese lines)
WEAK = ["你又没跟我说就出去了", "谁让你花这么多钱的", "钱怎么花我说了算"]


def _analysis(name: str, first: str, then: list[str]) -> Analysis:
    """``first`` on day 10 and each of ``then`` on days 11, 13, 15, all from partner 0,
    each answered; calm everyday lines on the days between."""
    script: dict[int, list[safety_chats.Line]] = {10: [(0, first), (1, "好")]}
    for day, text in zip((11, 13, 15), then, strict=True):
        script[day] = [(0, text), (1, "嗯")]
    for day in (12, 14):
        script[day] = [(0, "晚上想吃什么？我下班带回来"), (1, "都行")]
    folder = Path(tempfile.mkdtemp(prefix="unmask-anchor-"))
    path = folder / f"WhatsApp Chat - {name}.txt"
    path.write_text(safety_chats.export_script(name, "zh", script), encoding="utf-8")
    return analyze(path, options=OPTIONS)


def test_the_premise_borderline_by_one_layer_only() -> None:
    """Both count; the model does not read control in the calm offer (counted by its parts
    at 0.6) and does in the checking-up question."""
    texts = [BORDERLINE_CALM, BORDERLINE_CONTROL]
    scored = score_texts(texts)
    top = np.max(np.vstack([np.asarray(scored.scores[n]) for n in safety.CONTROL_SIGNALS]), 0)
    assert (top >= 0.5).all(), top
    assert top[0] == pytest.approx(0.6)
    p = safety.weak_control_of(texts, scored.lang, np.zeros(2, dtype=bool))
    assert p[0] < safety.weak_level("zh") <= p[1], p
    near = score_texts(CALM_NEAR)
    q = safety.weak_control_of(CALM_NEAR, near.lang, np.zeros(3, dtype=bool))
    assert (q >= safety.weak_level("zh")).all(), q


def test_a_calm_chat_with_one_borderline_line_stays_a_notice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a = _analysis("calm_anchor", BORDERLINE_CALM, CALM_NEAR)
    assert a.safety is not None
    assert a.safety.mode == "notice"
    assert a.safety.reasons == []
    assert max(p.weak_days for p in a.safety.partners) == 3  # read, but nothing holds it up
    # the same chat under the rule before h-safemode2 (every counted day an anchor)
    monkeypatch.setattr(safety, "WEAK_ANCHOR", 0.5)
    before = _analysis("calm_anchor_before", BORDERLINE_CALM, CALM_NEAR)
    assert before.safety is not None and before.safety.mode == "safety"


def test_a_controlling_chat_whose_borderline_line_the_model_shares_enters() -> None:
    a = _analysis("control_anchor", BORDERLINE_CONTROL, WEAK)
    assert a.safety is not None
    sender = a.partners.names.index(safety_chats.NAMES["zh"][0])
    assert a.safety.mode == "safety"
    assert a.safety.reasons == [f"weak_control:{'ab'[sender]}"]


def _columns() -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    day = 86400
    who = np.array([0, 1, 0, 0, 0], dtype=np.int8)
    time = np.array([0, 0, 1, 3, 5], dtype=np.int64) * day
    flags = {n: np.zeros(5, dtype=bool) for n in safety.CONTROL_SIGNALS}
    flags["safety.monitoring"] = np.array([1, 0, 0, 0, 0], dtype=bool)
    return who, time, flags


@pytest.mark.parametrize(
    ("score", "model_reads", "mode"),
    [
        (0.6, 0.1, "notice"),  # a lexicon reading at its lowest weight, the model disagrees
        (0.9, 0.1, "notice"),  # the same with a high lexicon weight
        (0.6, 0.9, "safety"),  # the model shares the reading
        (0.6, safety.WEAK_CONTROL, "safety"),  # at the weak level itself
    ],
)
def test_a_counted_day_holds_the_rule_up_where_the_model_shares_its_reading(
    score: float, model_reads: float, mode: str
) -> None:
    who, time, flags = _columns()
    scores = {n: np.zeros(5) for n in safety.CONTROL_SIGNALS}
    scores["safety.monitoring"][0] = score

    def reader(idx: np.ndarray) -> np.ndarray:
        return np.where(idx == 0, model_reads, 0.9)

    reading = safety.read_safety(who, time, flags, scores, weak=reader)
    assert reading.mode == mode
    assert reading.partners[0].weak_days == 3


def test_a_reading_of_flags_alone_keeps_every_counted_day() -> None:
    """Without the control score columns (a reading of flags alone) the counted day is
    not read again: the rule reads as it did."""
    who, time, flags = _columns()
    asked: list[list[int]] = []

    def reader(idx: np.ndarray) -> np.ndarray:
        asked.append(idx.tolist())
        return np.where(idx == 0, 0.1, 0.9)

    reading = safety.read_safety(who, time, flags, weak=reader)
    assert reading.mode == "safety"
    assert asked == [[2, 3, 4]]
