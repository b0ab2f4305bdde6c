"""Monthly series of every component, per partner, and their trends.

Values are in the unit of the component (per 100 text messages, or a
share). A month enters a series only when its denominator reaches the
minimum (text messages for message components, episodes for response and
bid shares); other months are gaps (None), never zeros.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from unmask.dyad.monthly import MonthlyTable
from unmask.dyad.rates import COMPONENT_BY_ID
from unmask.profile.composite import scores
from unmask.profile.trends import MIN_MONTH_DENOMINATOR, Trend, slope

#: months need this many disclosures (bids) for a response (bid) share to count
MIN_MONTH_EPISODES = 3

TREND_SERIES: tuple[str, ...] = (
    "depth",
    "surface",
    "disclosure",
    "responsive_share",
    "turn_toward_share",
    "affection",
    "gratitude",
    "future",
    "we_talk",
    "inner_question",
    "surface_share",
    "transactional",
    "logistics",
    "duty",
    "appeasement",
    "dismissal",
)

SERIES_LABELS: dict[str, tuple[str, str]] = {
    "depth": ("Depth score", "share"),
    "surface": ("Surface score", "share"),
    "responsive_share": ("Disclosures answered responsively", "share"),
    "turn_toward_share": ("Bids turned toward", "share"),
}


@dataclass(frozen=True)
class Series:
    id: str
    label: str
    unit: str
    couple: np.ndarray
    by_partner: tuple[np.ndarray, np.ndarray]
    trend: Trend


def _ratio(num: np.ndarray, den: np.ndarray, minimum: int, factor: float = 1.0) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den >= minimum, factor * num / np.where(den > 0, den, 1), np.nan)


def label_of(series_id: str) -> tuple[str, str]:
    if series_id in SERIES_LABELS:
        return SERIES_LABELS[series_id]
    component = COMPONENT_BY_ID[series_id]
    return component.label, component.unit


def monthly_series(monthly: MonthlyTable, month_totals: np.ndarray, seed: int) -> list[Series]:
    """All :data:`TREND_SERIES` with their trends (trend on the couple's series)."""
    out: list[Series] = []
    text = monthly.text_messages.astype(np.float64)
    couple_totals = month_totals.sum(axis=1)
    for k, series_id in enumerate(TREND_SERIES):
        label, unit = label_of(series_id)
        if series_id in ("depth", "surface"):
            pick = 1 if series_id == "depth" else 0
            couple = scores(couple_totals)[pick]
            couple = np.where(text.sum(axis=1) >= MIN_MONTH_DENOMINATOR, couple, np.nan)
            parts = tuple(
                np.where(
                    text[:, w] >= MIN_MONTH_DENOMINATOR, scores(month_totals[:, w])[pick], np.nan
                )
                for w in (0, 1)
            )
        elif series_id in ("responsive_share", "turn_toward_share"):
            num = monthly.responsive if series_id == "responsive_share" else monthly.toward
            den = (
                monthly.disclosures_received
                if series_id == "responsive_share"
                else monthly.bids_received
            )
            couple = _ratio(num.sum(axis=1), den.sum(axis=1), MIN_MONTH_EPISODES)
            parts = tuple(_ratio(num[:, w], den[:, w], MIN_MONTH_EPISODES) for w in (0, 1))
        else:
            factor = 100.0 if unit == "per_100_messages" else 1.0
            counts = monthly.component_counts[series_id]
            couple = _ratio(counts.sum(axis=1), text.sum(axis=1), MIN_MONTH_DENOMINATOR, factor)
            parts = tuple(
                _ratio(counts[:, w], text[:, w], MIN_MONTH_DENOMINATOR, factor) for w in (0, 1)
            )
        out.append(
            Series(
                series_id, label, unit, couple, (parts[0], parts[1]), slope(couple, seed=seed + k)
            )
        )
    return out
