"""The model-family judging (unmask_dev.safety_families, h-safety23; h-safety26; h-safety29):
round twenty-seven is never a fold nor read, the threshold rules behave as documented, and
each family fits and scores a small set (needs scikit-learn, as the recipe does)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask_dev import safety_families as sf


def test_round_twenty_seven_is_never_judged_on() -> None:
    """h-safety29 judges rounds to twenty-six; round twenty-seven stays the clean read."""
    assert "ROUND27" not in sf.FOLDS
    assert not any("ROUND27" in rs for rs in sf.GROUPS.values())
    assert set(sf.FRESH_FOLDS) <= set(sf.FOLDS)
    assert "ROUND26" in sf.FRESH_FOLDS


def test_the_threshold_rules() -> None:
    rng = np.random.default_rng(0)
    tune = {"a": rng.uniform(0, 0.9, 5000), "b": np.r_[rng.uniform(0, 0.5, 4999), 0.97]}
    none = {n: np.zeros(len(p), dtype=bool) for n, p in tune.items()}
    nohit, _ = sf.thresholds(tune, none, "nohit")
    assert nohit > 0.97
    rate, _ = sf.thresholds(tune, none, "rate5")
    pooled = np.concatenate(list(tune.values()))
    assert rate < nohit and (pooled >= rate).mean() <= sf.RULES["rate5"]
    p = np.array([0.6, 0.6, 0.99])
    cue = np.array([True, False, False])
    assert sf.hits(p, cue, (0.98, 0.55)).tolist() == [True, False, True]


@pytest.mark.parametrize("family", ["current", "struct", "char", "wordchar", "nbsvm", "parts"])
def test_every_family_fits_and_scores(family: str) -> None:
    pytest.importorskip("sklearn")
    pos = ["give me your phone now", "you can't see your sister again", "delete his number"]
    neg = ["see you at six", "your sister called, call her back", "love you, drive safe"]
    texts = pos * 3 + neg * 3
    y = np.array([2] * 9 + [0] * 9)
    w = np.ones(len(texts))
    x = sf.features(texts, "en", family)
    m = sf.Model(family, "en").fit(x, y, w)
    p = m.score(x)
    assert p.shape == (len(texts),) and p[:9].mean() > p[9:].mean()
    again = sf.Model(family, "en").fit(x, y, w, start=m)
    assert np.allclose(again.score(x), p, atol=0.05)
