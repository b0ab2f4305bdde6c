"""Twins of the h-zhcouple2 rules (docs/signals.md: disclosure.vulnerable version 21,
disclosure.emotional 43): giving in (a yielding word said twice or more before 都怪我 / 是我的错
/ 是我不对, or a tag that ends the row after it) is appeasement, not a fault owned; a
sleepless night asked about, or set as the scene of a question about the reader's inner
life, is the reader's, not the writer's. The writer's own fault and sleeplessness keep
their reading. In the Chinese model layer a frame's 0.01 alone is no feeling word, and a
short line the lexicon reads as appeasement needs the surface threshold. Our own lines,
worded apart from the couple rounds."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import PRESENT, model_zh, score_texts
from unmask.signals.types import MESSAGE_SIGNALS

VUL = "disclosure.vulnerable"
EMO = "disclosure.emotional"

# (message, disclosure.vulnerable fires)
GIVING_IN = [
    ("好了好了，是我的错，你别说了", False),
    ("好好好，算我错了，你满意了吧", False),
    ("对对对，都是我不对，行了吧", False),
    ("得得得，全怪我，你说啥都对", False),
    ("行行行，都是我不对，总行了吧", False),
    # the fault owned: keeps its reading
    ("是我不对，我不该摔门，其实我很怕失去你", True),
    ("我错了，对不起，我当时太冲动了", True),
    ("都怪我，那天要是早点回家就好了", True),
]

READERS_NIGHT = [
    ("你最近是不是睡不好？", False),
    ("你昨晚又失眠了吧", False),
    ("你这几天是不是又失眠了？", False),
    ("出差那一周，一个人住酒店，你心里最怕的是什么？", False),
    ("加班那阵子，一个人守着空屋，你心里惦记的都是啥？", False),
    # the writer's own night: keeps its reading
    ("我最近总失眠，你那边还好吗？", True),
    ("半夜睡不着，我就翻你的照片", True),
    ("半夜一个人醒着，其实我很怕", True),
]


@pytest.mark.parametrize(("text", "fires"), GIVING_IN + READERS_NIGHT)
def test_giving_in_and_the_readers_night_are_no_vulnerability(text: str, fires: bool) -> None:
    for model in (False, True):
        got = bool(score_texts([text], model=model).scores[VUL][0] >= PRESENT)
        assert got is fires, (text, model)


@pytest.mark.parametrize(
    "text", ["好了好了，是我的错，你别说了", "对对对，都是我不对，行了吧", "你昨晚又失眠了吧"]
)
def test_no_disclosure_of_either_kind_with_the_models(text: str) -> None:
    result = score_texts([text])
    assert result.scores[VUL][0] < PRESENT
    assert result.scores[EMO][0] < PRESENT


def _lexicon(**values: float) -> np.ndarray:
    row = np.zeros((1, len(MESSAGE_SIGNALS)))
    for name, value in values.items():
        row[0, MESSAGE_SIGNALS.index(name)] = value
    return row


def test_a_short_line_read_as_appeasement_needs_the_surface_threshold() -> None:
    lengths = np.array([13])
    plain = model_zh.length_thresholds(lengths, _lexicon())
    yielding = model_zh.length_thresholds(lengths, _lexicon(appeasement=0.85))
    assert plain[0] == pytest.approx(0.6)
    assert yielding[0] == pytest.approx(model_zh.SURFACE_THRESHOLD)
    # from SHORT_CHARS on the length's threshold holds, as for logistics
    long = model_zh.length_thresholds(np.array([25]), _lexicon(appeasement=0.85))
    assert long[0] == pytest.approx(0.5)


def test_a_frame_alone_is_below_the_cue_line() -> None:
    # the frames of the zh disclosure lexicons weigh 0.01; three combine to under 0.03
    assert model_zh.FRAME_ONLY > 1 - (1 - 0.01) ** 3
    assert model_zh.FRAME_ONLY < 0.3  # the weakest real feeling entry
