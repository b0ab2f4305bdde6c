"""Trend slope sign and change point location on series with a built-in drift."""

from __future__ import annotations

import numpy as np

from unmask.profile.trends import change_points, slope


def test_slope_sign_and_interval_on_a_built_in_decline() -> None:
    rng = np.random.default_rng(7)
    months = np.arange(30)
    values = 10 - 0.2 * months + rng.normal(0, 0.5, size=30)
    trend = slope(values, seed=1)
    assert trend.direction == "down"
    assert trend.slope_per_year is not None
    assert -3.2 < trend.slope_per_year < -1.6  # -0.2 per month = -2.4 per year
    assert trend.ci[1] is not None and trend.ci[1] < 0


def test_flat_noise_is_not_called_a_trend() -> None:
    rng = np.random.default_rng(3)
    values = 5 + rng.normal(0, 0.5, size=30)
    assert slope(values, seed=1).direction == "flat"


def test_too_few_months_is_unclear() -> None:
    assert slope(np.array([1.0, 2.0, 3.0, np.nan]), seed=1).direction == "unclear"


def test_change_point_found_at_the_built_in_step() -> None:
    rng = np.random.default_rng(11)
    values = np.concatenate([8 + rng.normal(0, 0.4, 14), 3 + rng.normal(0, 0.4, 12)])
    points = change_points(values)
    assert len(points) == 1
    assert abs(points[0].index - 14) <= 1
    assert points[0].before > 7 and points[0].after < 4


def test_gaps_are_skipped_and_indices_point_at_real_months() -> None:
    rng = np.random.default_rng(5)
    values = np.concatenate(
        [6 + rng.normal(0, 0.3, 10), [np.nan, np.nan], 1 + rng.normal(0, 0.3, 10)]
    )
    points = change_points(values)
    assert [p.index for p in points] == [12]


def test_no_change_point_in_noise() -> None:
    rng = np.random.default_rng(2)
    assert change_points(4 + rng.normal(0, 1, 36)) == []
