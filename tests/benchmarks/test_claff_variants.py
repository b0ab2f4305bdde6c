"""The variants tool of the English model layer's emotional heads (unmask_dev.claff_variants)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals.features import hash_texts, occurrence_values
from unmask_dev import claff_variants


def _scores(weights: np.ndarray, texts: list[str]) -> np.ndarray:
    feats = hash_texts(texts, weights.shape[0])
    values = occurrence_values(feats)
    return np.bincount(feats.row, weights=weights[feats.bucket] * values, minlength=len(texts))


def test_widened_weights_score_every_text_exactly_as_before() -> None:
    rng = np.random.default_rng(8)
    narrow = rng.normal(size=2**12)
    wide = claff_variants.widen(narrow, 2**14)
    texts = [
        "I just feel so alone since the move",
        "we'll get through this together",
        "Can you book a table for 4 at 7pm?",
        "thx",
    ]
    assert wide.shape == (2**14,)
    np.testing.assert_array_equal(_scores(wide, texts), _scores(narrow, texts))
    # a wider array of other weights would not: the check can fail
    other = rng.normal(size=2**14)
    assert not np.array_equal(_scores(other, texts), _scores(narrow, texts))


def test_widen_refuses_a_narrower_or_odd_space() -> None:
    w = np.zeros(2**10)
    with pytest.raises(ValueError):
        claff_variants.widen(w, 2**9)
    with pytest.raises(ValueError):
        claff_variants.widen(w, 3000)


def test_em_recovers_a_shifted_share_from_calibrated_posteriors() -> None:
    rng = np.random.default_rng(3)
    # a calibrated model of a one-dimensional score at training share 0.3; the new set
    # has share 0.5 with each class looking as before (a pure prior shift)
    n = 20_000
    y = rng.random(n) < 0.5
    x = np.where(y, rng.normal(1.0, 1.0, n), rng.normal(-1.0, 1.0, n))
    odds_train = 0.3 / 0.7
    p = 1 / (1 + np.exp(-(2 * x + np.log(odds_train))))  # likelihood ratio e^(2x)
    assert abs(float(p.mean()) - 0.5) > 0.05  # the plain mean is off
    assert claff_variants.em_prior(p, 0.3) == pytest.approx(0.5, abs=0.02)
    # no shift: the share stays
    y0 = rng.random(n) < 0.3
    x0 = np.where(y0, rng.normal(1.0, 1.0, n), rng.normal(-1.0, 1.0, n))
    p0 = 1 / (1 + np.exp(-(2 * x0 + np.log(odds_train))))
    assert claff_variants.em_prior(p0, 0.3) == pytest.approx(0.3, abs=0.02)


def test_error_kind_reads_feeling_person_and_length() -> None:
    kind = claff_variants.error_kind
    assert kind("I felt so alone") == "feeling / first / short"
    assert kind("You should call the landlord about the heating tomorrow morning") == (
        "no feeling word / you / mid"
    )
    assert kind("The train was late again.") == "no feeling word / third / short"
    long = "My dad " + "and then he drove to the station " * 4
    assert kind(long).endswith("/ first / long")
