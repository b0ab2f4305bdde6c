"""The couple model trial (unmask_dev.train_couple, unmask_dev.couple_model; h-couplemodel,
not shipped): round four is never trained on, the numpy reading equals scikit-learn's, and
the assist only adds a kind the lexicons did not read on a message with no safety signal."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals.types import MESSAGE_SIGNALS
from unmask_dev import couple_model, couple_round, train_couple


def test_round_four_is_never_trained_on() -> None:
    assert couple_round.PATH4 not in train_couple.TRAIN_ROUNDS
    assert couple_round.PATHS[:3] == train_couple.TRAIN_ROUNDS


def test_control_lines_leave_the_checked_rounds_out() -> None:
    from unmask_dev import safety_probes as probes

    held = {t for n in range(18, 28) for t in getattr(probes, f"ROUND{n}", ())}
    for lang in ("en", "zh"):
        assert not held & set(train_couple.control_lines(lang))


@pytest.mark.parametrize(
    ("text", "lang", "ok"),
    [
        ("miss you", "en", True),
        ("ok", "en", False),
        ("我好想你啊", "zh", True),
        ("好的", "zh", False),
    ],
)
def test_prefilter(text: str, lang: str, ok: bool) -> None:
    assert couple_model.passes_prefilter(text, lang) is ok


def test_candidates_skip_safety_and_read_kinds() -> None:
    texts = ["i feel so alone lately", "you will tell me where you are", "i miss you so much"]
    scores = np.zeros((3, len(MESSAGE_SIGNALS)))
    scores[1, MESSAGE_SIGNALS.index("safety.monitoring")] = 0.9  # control: never read
    for name in couple_model.KINDS:  # every kind read by the lexicons: nothing to add
        scores[2, MESSAGE_SIGNALS.index(name)] = 0.9
    assert couple_model.candidates(texts, [0, 1, 2], "en", scores) == [0]
