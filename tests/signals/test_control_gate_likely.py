"""A controlling line no control signal reads loses its depth where the safety model reads
it as control past its level (unmask.signals.control_gate, h-ctrldepth2)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import control_gate
from unmask.signals.scorer import score_texts
from unmask.signals.types import CONTROL_SIGNALS, DEPTH_SIGNALS, MESSAGE_SIGNALS

# control no control signal reads, past the safety model's level (below its own threshold):
# safety round thirty-six's degradation line (.956; in no fit). safety-lr-9 (h-safety47) reads
# the English example written before ("You came back late so the heating's off in your room
# tonight. I've locked the thermostat, ...", .97 under safety-lr-8) at .999, counted as a
# threat, and no English controlling line of safety rounds 1-36 or couple rounds 1-13 is held
# by the probability alone with depth behind it any more
MISSED = [
    ("头发剪这么短跟个男人婆似的，难看死了，出门别说咱俩认识", "we_talk"),
]
# control in love's words: the lexicons' affection kept the safety model's reading from
# counting until the control kinds alone past the gate's level waived that (h-gate)
LOVING = [
    (
        "you mean the world to me darling, that's why I've told your gym friends you won't be"
        " coming anymore",
        "affection",
    ),
    ("我太爱你了，你就别去上那个瑜伽课了，有我陪你还不够吗", "affection"),
]
# a partner's love with an ordinary ask keeps its affection
WARM = [
    "I love you, text me when you land",
    "love you, let me know when you get home safe x",
    "爱你，落地了给我发个消息",
    "到家跟我说一声哦，爱你",
]


def _depth(texts: list[str]) -> list[set[str]]:
    res = score_texts(texts)
    return [{s for s in DEPTH_SIGNALS if res.scores[s][i] >= 0.5} for i in range(len(texts))]


def _control(texts: list[str]) -> list[set[str]]:
    res = score_texts(texts)
    return [{s for s in CONTROL_SIGNALS if res.scores[s][i] >= 0.5} for i in range(len(texts))]


@pytest.mark.parametrize(("text", "signal"), MISSED)
def test_control_the_signals_miss_gets_no_depth(
    text: str, signal: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _control([text]) == [set()]  # no safety reading added
    assert _depth([text]) == [set()]
    # without the levels the line reads as love: the gate took it
    monkeypatch.setattr(control_gate, "LEVELS", {})
    assert signal in _depth([text])[0]


@pytest.mark.parametrize(("text", "signal"), LOVING)
def test_control_in_loves_words_counts_past_the_level(
    text: str, signal: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _control([text]) != [set()]  # the model's control kind counts
    assert _depth([text]) == [set()]
    # without the levels the depth gate keeps the model's reading out, and the line reads
    # as love
    monkeypatch.setattr(control_gate, "LEVELS", {})
    assert _control([text]) == [set()]
    assert signal in _depth([text])[0]


def test_love_with_an_ordinary_ask_keeps_its_affection() -> None:
    for text, depth in zip(WARM, _depth(WARM), strict=True):
        assert "affection" in depth, text


def test_likely_control_reads_the_level_per_language() -> None:
    p = np.array([0.96, 0.94, 0.97, 0.5, 0.99, np.nan])
    langs = ["en", "en", "zh", "zh", "fr", "en"]
    # at the level in each language; a language with no level and a row the model did not
    # read are never gated
    assert control_gate.likely_control(p, langs).tolist() == [
        True,
        False,
        True,
        False,
        False,
        False,
    ]
    assert not control_gate.likely_control(None, langs).any()


def test_the_writers_fear_keeps_its_depth_past_the_level() -> None:
    scores = np.zeros((1, len(MESSAGE_SIGNALS)))
    scores[0, MESSAGE_SIGNALS.index("disclosure.emotional")] = 0.8
    scores[0, MESSAGE_SIGNALS.index("safety.fear")] = 0.9
    control_gate.apply(scores, [{}], np.array([True]))
    assert scores[0, MESSAGE_SIGNALS.index("disclosure.emotional")] == 0.8
    scores[0, MESSAGE_SIGNALS.index("safety.fear")] = 0.0
    control_gate.apply(scores, [{}], np.array([True]))
    assert scores[0, MESSAGE_SIGNALS.index("disclosure.emotional")] == 0.0
