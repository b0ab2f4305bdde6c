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
    probabilities = {
        rid: round(float((region[valid] == i).mean()), 4) if valid.any() else 0.0
        for i, rid in enumerate(REGION_IDS)
    }
    return Bootstrap(_interval(surface), _interval(depth), probabilities, resamples, seed)
