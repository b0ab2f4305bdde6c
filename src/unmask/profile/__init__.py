"""The profile: composite surface/depth scores, their uncertainty, trends, limits, evidence."""

from __future__ import annotations

from unmask.profile.composite import (
    CONFLICT_THRESHOLD_PER_100,
    DEPTH_THRESHOLD,
    REGION_IDS,
    SURFACE_THRESHOLD,
    TOTALS,
    regions,
    scores,
)
from unmask.profile.limits import Limits, assess
from unmask.profile.uncertainty import Bootstrap, bootstrap_position

__all__ = [
    "CONFLICT_THRESHOLD_PER_100",
    "DEPTH_THRESHOLD",
    "REGION_IDS",
    "SURFACE_THRESHOLD",
    "TOTALS",
    "Bootstrap",
    "Limits",
    "assess",
    "bootstrap_position",
    "regions",
    "scores",
]
