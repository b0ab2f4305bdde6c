"""Uncertainty of the position: a seeded bootstrap over conversation sessions.

Why sessions: messages within one conversation are not independent (one
sad evening produces ten disclosures), so we resample whole sessions. Each
draw gives every session a Poisson(1) weight (the "Poisson bootstrap", a
close, streaming-friendly approximation of resampling n of n), sums the
weighted per-session totals and recomputes both axes with the same formula
as the point estimate. The interval is the 2.5th-97.5th percentile of the
draws; the region probabilities are the shares of draws in each region.
Draws are computed in chunks so memory stays bounded for 100k sessions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from unmask.profile.composite import REGION_IDS, conflict_per_100, regions, scores

#: the "now" position uses the sessions of the last RECENT_MONTHS calendar months
RECENT_MONTHS = 6

DEFAULT_RESAMPLES = 1000
DEFAULT_SEED = 20240229
_CHUNK_CELLS = 4_000_000  # draws x sessions per chunk (32 MB of float64 weights)


@dataclass(frozen=True)
class Interval:
    """A percentile interval of bootstrap draws (None when there are no valid draws)."""

    low: float | None
    high: float | None


@dataclass(frozen=True)
class Bootstrap:
    surface: Interval
    depth: Interval
    region_probabilities: dict[str, float]
    resamples: int
    seed: int


def _interval(values: np.ndarray) -> Interval:
    values = values[~np.isnan(values)]
    if len(values) == 0:
        return Interval(None, None)
    low, high = np.percentile(values, [2.5, 97.5])
    return Interval(float(low), float(high))


def bootstrap_position(
    session_totals: np.ndarray, resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED
) -> Bootstrap:
    """Bootstrap the (surface, depth) position from totals of shape (sessions, K)."""
    n = session_totals.shape[0]
    if resamples <= 0 or n == 0:
        return Bootstrap(Interval(None, None), Interval(None, None), {}, 0, seed)
    rng = np.random.default_rng(seed)
    chunk = max(1, min(resamples, _CHUNK_CELLS // max(n, 1)))
    surfaces, depths, conflicts = [], [], []
    done = 0
    while done < resamples:
        size = min(chunk, resamples - done)
        weights = rng.poisson(1.0, size=(size, n)).astype(np.float64)
        drawn = weights @ session_totals
        s, d = scores(drawn)
        surfaces.append(s)
        depths.append(d)
        conflicts.append(conflict_per_100(drawn))
        done += size
    surface = np.concatenate(surfaces)
    depth = np.concatenate(depths)
    region = regions(surface, depth, np.concatenate(conflicts))
    valid = region >= 0
    probabilities: dict[str, float] = {
        rid: round(float((region[valid] == i).mean()), 4) if valid.any() else 0.0
        for i, rid in enumerate(REGION_IDS)
    }
    return Bootstrap(_interval(surface), _interval(depth), probabilities, resamples, seed)


@dataclass(frozen=True)
class Change:
    """How the recent months differ from the whole history, in the same bootstrap draws.

    ``surface``/``depth``: 95% intervals of (recent - whole history); ``other_region``: the
    share of draws whose recent position lies in another region than the whole history's
    position of the same draw; ``surface_point``/``depth_point``: the differences
    themselves. ``changed``: an axis moved with confidence - its interval excludes zero
    and the difference is at least :data:`MIN_CHANGE` (the report adds: and the recent
    position is in another region) - or :data:`CHANGE_CONFIDENCE` of the draws put the
    recent months in another region.
    """

    surface: Interval
    depth: Interval
    other_region: float
    resamples: int
    surface_point: float | None = None
    depth_point: float | None = None

    @property
    def changed(self) -> bool:
        if self.resamples <= 0:
            return False

        def moved(i: Interval, point: float | None) -> bool:
            if i.low is None or i.high is None or point is None or np.isnan(point):
                return False
            return (i.low > 0 or i.high < 0) and abs(point) >= MIN_CHANGE

        return (
            moved(self.depth, self.depth_point)
            or moved(self.surface, self.surface_point)
            or self.other_region >= CHANGE_CONFIDENCE
        )


#: an axis "moved" when the 95% interval of (recent - whole history) excludes zero and the
#: difference is at least MIN_CHANGE
MIN_CHANGE = 0.05
#: share of joint draws that must put the recent months in another region than the whole
#: history before the report's headline says the conversation changed
CHANGE_CONFIDENCE = 0.95


def bootstrap_change(
    session_totals: np.ndarray,
    recent: np.ndarray,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> Change:
    """Joint Poisson bootstrap of the whole history and its recent sessions (``recent``
    marks them): each draw weights every session once and computes both positions."""
    n = session_totals.shape[0]
    if resamples <= 0 or n == 0 or not recent.any() or recent.all():
        return Change(Interval(None, None), Interval(None, None), 0.0, 0)
    rng = np.random.default_rng(seed)
    chunk = max(1, min(resamples, _CHUNK_CELLS // max(n, 1)))
    ds, dd, other = [], [], []
    done = 0
    mask = recent.astype(np.float64)
    while done < resamples:
        size = min(chunk, resamples - done)
        weights = rng.poisson(1.0, size=(size, n)).astype(np.float64)
        whole = weights @ session_totals
        now = (weights * mask) @ session_totals
        sw, dw = scores(whole)
        sn, dn = scores(now)
        rw = regions(sw, dw, conflict_per_100(whole))
        rn = regions(sn, dn, conflict_per_100(now))
        ds.append(sn - sw)
        dd.append(dn - dw)
        other.append((rw >= 0) & (rn >= 0) & (rw != rn))
        done += size
    sw, dw = scores(session_totals.sum(axis=0))
    sn, dn = scores(session_totals[recent].sum(axis=0))
    return Change(
        _interval(np.concatenate(ds)),
        _interval(np.concatenate(dd)),
        round(float(np.concatenate(other).mean()), 4),
        resamples,
        float(sn - sw),
        float(dn - dw),
    )
