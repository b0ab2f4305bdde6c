"""Trends of a monthly series: a slope with its uncertainty, and change points.

"Drifting apart" is a statement about time, so it is shown as one: a slope
per year with a bootstrap interval and the months where the level changed.
Nothing here asserts a cause or a verdict.

* **Slope**: ordinary least squares of the monthly value on time (in
  years), over months whose denominator reaches :data:`MIN_MONTH_DENOMINATOR`.
  Its 95 % interval comes from a seeded pairs bootstrap over those months.
  Direction: "up"/"down" when the interval excludes zero, "flat" when it
  does not, "unclear" with fewer than :data:`MIN_TREND_MONTHS` months.
* **Change points**: binary segmentation on the mean. A split is kept when
  it lowers the sum of squared errors by more than a penalty of
  ``PENALTY_FACTOR * sigma^2 * log(n)`` (a BIC-like penalty; sigma from the
  median absolute month-to-month difference, robust to the shifts
  themselves); segments have at least :data:`MIN_SEGMENT` months; at most
  :data:`MAX_CHANGE_POINTS` are reported. The month given is the first month
  of the new level.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

MIN_MONTH_DENOMINATOR = 20
MIN_TREND_MONTHS = 6
TREND_RESAMPLES = 500
MIN_SEGMENT = 3
MAX_CHANGE_POINTS = 3
PENALTY_FACTOR = 3.0
#: permutation test of each split (see module docstring)
CHANGE_PERMUTATIONS = 1000
CHANGE_ALPHA = 0.002


@dataclass(frozen=True)
class ChangePoint:
    index: int
    before: float
    after: float


@dataclass(frozen=True)
class Trend:
    slope_per_year: float | None
    ci: tuple[float | None, float | None]
    direction: Literal["up", "down", "flat", "unclear"]
    change_points: tuple[ChangePoint, ...]


def _ols_slopes(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Slopes of y on x along the last axis (rows are bootstrap draws)."""
    xm = x.mean(axis=-1, keepdims=True)
    ym = y.mean(axis=-1, keepdims=True)
    sxx = ((x - xm) ** 2).sum(axis=-1)
    sxy = ((x - xm) * (y - ym)).sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(sxx > 0, sxy / np.where(sxx > 0, sxx, 1.0), np.nan)


def slope(values: np.ndarray, seed: int, resamples: int = TREND_RESAMPLES) -> Trend:
    """Slope per year of a monthly series (NaN = month left out), with its interval."""
    months = np.flatnonzero(~np.isnan(values))
    if len(months) < MIN_TREND_MONTHS:
        return Trend(None, (None, None), "unclear", ())
    x = months / 12.0
    y = values[months]
    point = float(_ols_slopes(x, y))
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(months), size=(resamples, len(months)))
    draws = _ols_slopes(x[pick], y[pick])
    draws = draws[~np.isnan(draws)]
    low, high = (float(v) for v in np.percentile(draws, [2.5, 97.5]))
    direction: Literal["up", "down", "flat", "unclear"] = (
        "down" if high < 0 else "up" if low > 0 else "flat"
    )
    return Trend(point, (low, high), direction, tuple(change_points(values, seed)))


def _sse(prefix: np.ndarray, prefix2: np.ndarray, i: int, j: int) -> float:
    n = j - i
    s = prefix[j] - prefix[i]
    return float(prefix2[j] - prefix2[i] - s * s / n)


def _best_gains(y: np.ndarray) -> np.ndarray:
    """Best single-split SSE gain of each row of ``y`` (segments >= MIN_SEGMENT)."""
    n = y.shape[-1]
    prefix = np.concatenate([np.zeros(y.shape[:-1] + (1,)), np.cumsum(y, axis=-1)], axis=-1)
    total = prefix[..., -1:]
    k = np.arange(MIN_SEGMENT, n - MIN_SEGMENT + 1)
    left = prefix[..., k]
    # SSE gain of a split at k: the between-segment sum of squares
    gain = (left / k - (total - left) / (n - k)) ** 2 * k * (n - k) / n
    return np.asarray(gain.max(axis=-1))


def _significant(y: np.ndarray, gain: float, rng: np.random.Generator) -> bool:
    """True when ``gain`` beats the best split of shuffled ``y`` in all but CHANGE_ALPHA."""
    shuffled = rng.permuted(np.broadcast_to(y, (CHANGE_PERMUTATIONS, len(y))), axis=1)
    beaten = int((_best_gains(shuffled) >= gain - 1e-12).sum())
    return (beaten + 1) / (CHANGE_PERMUTATIONS + 1) < CHANGE_ALPHA


def change_points(values: np.ndarray, seed: int = 0) -> list[ChangePoint]:
    """Binary segmentation on the mean of the valid months (indices into ``values``);
    each split kept only when it passes the penalty and the permutation test."""
    months = np.flatnonzero(~np.isnan(values))
    y = values[months]
    n = len(y)
    if n < 2 * MIN_SEGMENT:
        return []
    diffs = np.abs(np.diff(y))
    sigma = float(np.median(diffs)) / (0.6745 * np.sqrt(2.0))
    sigma = max(sigma, 1e-3 * (float(np.abs(y).max()) + 1e-9))
    penalty = PENALTY_FACTOR * sigma**2 * np.log(n)
    prefix = np.concatenate([[0.0], np.cumsum(y)])
    prefix2 = np.concatenate([[0.0], np.cumsum(y * y)])
    rng = np.random.default_rng(seed)
    found: list[int] = []
    segments = [(0, n)]
    while segments and len(found) < MAX_CHANGE_POINTS:
        best: tuple[float, int, int, int] | None = None
        for i, j in segments:
            if j - i < 2 * MIN_SEGMENT:
                continue
            whole = _sse(prefix, prefix2, i, j)
            for k in range(i + MIN_SEGMENT, j - MIN_SEGMENT + 1):
                gain = whole - _sse(prefix, prefix2, i, k) - _sse(prefix, prefix2, k, j)
                if best is None or gain > best[0]:
                    best = (gain, k, i, j)
        if (
            best is None
            or best[0] <= penalty
            or not _significant(y[best[2] : best[3]], best[0], rng)
        ):
            break
        _, k, i, j = best
        found.append(k)
        segments.remove((i, j))
        segments += [(i, k), (k, j)]
    found.sort()
    bounds = [0, *found, n]
    out = []
    for idx, k in enumerate(found):
        before = float(y[bounds[idx] : k].mean())
        after = float(y[k : bounds[idx + 2]].mean())
        out.append(ChangePoint(int(months[k]), before, after))
    return out
