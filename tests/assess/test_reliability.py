"""Cronbach's alpha and McDonald's omega against hand-computed and known values."""

from __future__ import annotations

import numpy as np
import pytest
from helpers_assess import tiny

from unmask.assess import (
    Respondent,
    builtin_instrument,
    cronbach_alpha,
    item_matrix,
    mcdonald_omega,
    omega_from_loadings,
    scale_reliability,
    to_long_format,
)
from unmask.assess.reliability import one_factor_loadings


def test_alpha_hand_computed() -> None:
    # item variances 5/3 each (sum 5); totals 4, 5, 10, 11 have variance 37/3
    # alpha = 3/2 * (1 - 5 / (37/3)) = 33/37
    data = [[1, 1, 2], [2, 2, 1], [3, 3, 4], [4, 4, 3]]
    assert cronbach_alpha(data) == pytest.approx(33 / 37)


def test_alpha_drops_incomplete_rows_and_needs_two_rows() -> None:
    data = [[1, 1, 2], [2, 2, 1], [3, 3, 4], [4, 4, 3], [5, np.nan, 1]]
    assert cronbach_alpha(data) == pytest.approx(33 / 37)
    assert cronbach_alpha([[1, 2]]) is None


def _exact_sample(cov: np.ndarray, n: int = 300, seed: int = 7) -> np.ndarray:
    """A sample whose covariance matrix equals ``cov`` exactly."""
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, cov.shape[0]))
    z -= z.mean(axis=0)
    z = z @ np.linalg.inv(np.linalg.cholesky(np.cov(z, rowvar=False))).T
    return z @ np.linalg.cholesky(cov).T


def test_omega_recovers_a_known_one_factor_structure() -> None:
    loadings = np.array([0.8, 0.7, 0.6, 0.5])
    corr = np.outer(loadings, loadings)
    np.fill_diagonal(corr, 1.0)
    data = _exact_sample(corr)
    assert one_factor_loadings(np.corrcoef(data, rowvar=False)) == pytest.approx(loadings, abs=1e-5)
    # (0.8+0.7+0.6+0.5)^2 / (6.76 + (0.36+0.51+0.64+0.75)) = 6.76 / 9.02
    assert mcdonald_omega(data) == pytest.approx(6.76 / 9.02, abs=1e-6)


def test_omega_equals_alpha_for_tau_equivalent_items() -> None:
    # equal loadings 0.7 and unit variances: both equal 4r / (1 + 3r) with r = 0.49
    corr = np.full((4, 4), 0.49)
    np.fill_diagonal(corr, 1.0)
    data = _exact_sample(corr)
    expected = 4 * 0.49 / (1 + 3 * 0.49)
    assert cronbach_alpha(data) == pytest.approx(expected)
    assert mcdonald_omega(data) == pytest.approx(expected, abs=1e-6)
    assert omega_from_loadings([0.7] * 4) == pytest.approx(expected)


def test_omega_undefined_for_constant_item() -> None:
    assert mcdonald_omega([[1, 2], [1, 3], [1, 4]]) is None


def test_scale_reliability_applies_reverse_keys() -> None:
    instrument = builtin_instrument()
    scale = instrument.scale("own_disclosure")
    rng = np.random.default_rng(3)
    people = []
    for trait in rng.integers(1, 6, size=60):
        answers = {}
        for item in scale.items:
            value = int(np.clip(trait + rng.integers(-1, 2), 1, 5))
            answers[item] = 6 - value if item in scale.reverse else value
        people.append(answers)
    matrix = item_matrix(instrument, "own_disclosure", people)
    # after keying, every column follows the trait, so all correlations are positive
    assert (np.corrcoef(matrix, rowvar=False) > 0.5).all()
    result = scale_reliability(instrument, people)["own_disclosure"]
    assert result.n_respondents == 60 and result.n_items == 6
    assert result.alpha is not None and result.alpha > 0.9
    assert result.omega is not None and result.omega > 0.9


def test_long_format_one_row_per_person_per_scale_with_partner() -> None:
    instrument = tiny()
    people = [
        Respondent("c1", "A", {"o1": 5, "o2": 5, "o3": 1, "k1": 1, "k2": 1}),
        Respondent("c1", "B", {"o1": 1, "o2": 1, "o3": 5, "k1": 5, "k2": 5}),
        Respondent("c2", "A", {"o1": 3}),
    ]
    rows = to_long_format(instrument, people)
    assert len(rows) == 3 * len(instrument.scales)
    c1a_open = next(
        r for r in rows if r["couple_id"] == "c1" and r["role"] == "A" and r["scale"] == "open"
    )
    assert c1a_open["score"] == 5.0 and c1a_open["partner_score"] == 1.0
    assert c1a_open["partner_role"] == "B" and c1a_open["n_items"] == 3
    lone = [r for r in rows if r["couple_id"] == "c2"]
    assert all(r["partner_score"] is None for r in lone)
    assert next(r for r in lone if r["scale"] == "open")["score"] is None  # 1 of 3 < 0.5
