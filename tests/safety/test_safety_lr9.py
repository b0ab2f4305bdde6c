"""safety-lr-9 (h-safety45's candidate, shipped by h-safety47): the English safety model
refitted by ``safety-lr-7``'s recipe on safety rounds one to thirty-five (``train_safety --lang
en --last 35 --claff-tune --claff-weight 3 --weak-kind 10``); the Chinese weights are
``safety-lr-8``'s under the same version. English messages are weak control at .55
(``dyad.safety.WEAK_CONTROL_EN``: couple rounds one to thirteen's calm English chats enter
safety mode at .50 on these weights), Chinese at .65, any other language at .5; the couple
model's English gate ``P_LINE`` stays .50 and the control gate's English level .95, each
re-read by its tool (docs/validity.md, "The English safety refit shipped (h-safety47)").

safety-lr-10 (h-safety55, h-safety53's option (c)) refits the counted English weights on rounds
one to forty and
keeps these English weights bit for bit as the frozen weak reader ``safety-weak-1``
(``safety_en_weak_v1.npz``): the weak level, the weak lines and the calm chats below are read
by it as they were by ``safety-lr-9``; the rounds 33-35 test reads the counted weights."""

from __future__ import annotations

import re

import numpy as np
import pytest

from safety_reads import weak_columns
from unmask.dyad import safety
from unmask.signals import control_gate, score_texts
from unmask.signals import couple_model as cm
from unmask.signals import safety_model as sm
from unmask.signals.types import PRESENT, SAFETY_SIGNALS
from unmask_dev import safety_probes as probes

_HAN = re.compile("[\u4e00-\u9fff]")


def test_the_version_the_thresholds_and_the_levels() -> None:
    assert sm.WEAK_MODEL_VERSION == "safety-weak-1"
    assert sm.CUE_THRESHOLD == {"en": 0.5, "zh": 0.785}
    assert sm._weak_cache["en"].get().threshold == 0.97  # safety-lr-9's English weights
    assert sm._cache["zh"].get().threshold == 0.97  # safety-lr-8's Chinese weights
    assert safety.WEAK_CONTROL_EN == 0.55
    assert [safety.weak_level(lang) for lang in ("en", "zh", "fr")] == [0.55, 0.65, 0.5]
    assert cm.P_LINE == {"en": 0.5, "zh": 0.5}
    assert control_gate.LEVELS == {"en": 0.95, "zh": 0.95}


@pytest.mark.parametrize("n", [33, 34, 35])
def test_the_english_lines_of_rounds_33_to_35_read_now(n: int) -> None:
    """In the fit now: every English controlling line of the round fires a safety signal
    (``safety-lr-8``'s English weights, fitted on rounds 1-32, read .40 / .50 / .60)."""
    texts = [t for _, t in getattr(probes, f"ROUND{n}_KINDS") if not _HAN.search(t)]
    assert len(texts) == 20
    scores = score_texts(texts).scores
    fired = np.zeros(len(texts), dtype=bool)
    for name in SAFETY_SIGNALS:
        fired |= np.nan_to_num(np.asarray(scores[name], dtype=np.float64)) >= PRESENT
    assert fired.all(), [i for i, f in enumerate(fired) if not f]


@pytest.mark.parametrize(
    ("lang", "weak_reads", "mode"),
    [
        ("en", 0.52, "notice"),  # English lines at .52: under .55, as calm chats read
        ("fr", 0.52, "safety"),  # any other language is still read at .5
        ("en", 0.55, "safety"),  # at the English level itself
    ],
)
def test_english_messages_are_read_at_the_english_weak_level(
    lang: str, weak_reads: float, mode: str
) -> None:
    who, time, flags, scores = weak_columns()

    def read(idx: np.ndarray) -> np.ndarray:
        return np.where(idx == 0, 0.9, weak_reads)

    reader = safety.LevelledReader(read, lambda idx: [lang] * len(idx))
    assert safety.read_safety(who, time, flags, scores, weak=reader).mode == mode


def test_the_weak_tests_english_lines_reach_the_english_level() -> None:
    """tests/safety/test_weak_control.py's weak English lines (never trained on) read at or
    above .55 (.870 / .555 / .657), so its week of weak control stays safety mode."""
    lines = [
        "who said you could spend that much",
        "I don't like you seeing her so often",
        "you don't need to go to that party",
    ]
    scored = score_texts(lines)
    p = safety.weak_control_of(lines, scored.lang, np.zeros(len(lines), dtype=bool))
    assert (p >= safety.weak_level("en")).all(), p
