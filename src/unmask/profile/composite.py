"""The two composite scores, surface and depth, and the four regions.

Both axes are means of shares, each share a plain fraction in [0, 1] that
the report shows as it is (no norms, no rescaling against other couples):

surface = mean of
  S1  surface message share: text messages with money/bookkeeping,
      logistics, duty or appeasement / all text messages;
  S2  flat answers to disclosure: disclosures answered minimally or by
      deflecting (logistics, money, a change of topic) / all disclosures.
depth = mean of
  D1  depth message share: text messages with any depth signal (disclosure,
      emotional support, affection, gratitude, shared future, we-talk,
      questions about the inner world) / all text messages;
  D2  responsive share: disclosures answered with a responsiveness
      mechanism / all disclosures;
  D3  turn-toward share: bids turned toward / all bids.

A share whose denominator is zero is left out of its mean. The thresholds
that cut the axes into regions are conventions of this tool, chosen so the
bundled illustrations land where they were built to land; they are not
population norms. Regions (docs/profile.md):

* depth high, surface high -> genuine intimacy (depth is there; the
  everyday running of a life together is there too);
* depth high, surface low -> genuine intimacy, unless dismissive messages
  reach the conflict threshold, then stormy closeness;
* depth low, surface high -> pseudo-intimacy;
* depth low, surface low -> open distress.

Everything is computed from a vector of *totals* (:data:`TOTALS`), so the
same formula serves the whole history, each partner, each month and each
bootstrap draw (:mod:`unmask.profile.uncertainty`).
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from unmask.dyad.bids import TOWARD, BidResult
from unmask.dyad.columns import DyadColumns
from unmask.dyad.rates import DEPTH_SIGNALS, SURFACE_SIGNALS
from unmask.dyad.responses import RESPONSE_CATEGORIES, ResponseResult

TOTALS: tuple[str, ...] = (
    "text",
    "surface",
    "depth",
    "dismissal",
    "disclosures",
    "flat",
    "responsive",
    "bids",
    "toward",
)
T = {name: i for i, name in enumerate(TOTALS)}

#: conventions of this tool (docs/profile.md), not norms
SURFACE_THRESHOLD = 0.35
DEPTH_THRESHOLD = 0.40
CONFLICT_THRESHOLD_PER_100 = 2.0

RegionId = Literal["genuine_intimacy", "pseudo_intimacy", "open_distress", "stormy_closeness"]
Level = Literal["high", "low"]

REGIONS: tuple[tuple[RegionId, Level, Level], ...] = (
    # id, surface, depth
    ("genuine_intimacy", "high", "high"),
    ("pseudo_intimacy", "high", "low"),
    ("open_distress", "low", "low"),
    ("stormy_closeness", "low", "high"),
)
REGION_IDS: tuple[RegionId, ...] = tuple(r[0] for r in REGIONS)

AXIS_COMPONENTS: dict[str, tuple[str, ...]] = {
    "surface": ("surface_share", "flat_answer_share"),
    "depth": ("depth_share", "responsive_share", "turn_toward_share"),
}

_FLAT = (RESPONSE_CATEGORIES.index("minimal"), RESPONSE_CATEGORIES.index("deflecting"))
_RESPONSIVE = RESPONSE_CATEGORIES.index("responsive")


def totals_by(
    cols: DyadColumns,
    responses: ResponseResult,
    bids: BidResult,
    key_messages: np.ndarray,
    key_responses: np.ndarray,
    key_bids: np.ndarray,
    n_keys: int,
) -> np.ndarray:
    """Totals of shape (n_keys, 2, len(TOTALS)); axis 1 is the partner.

    Message totals go to the author; disclosure and bid totals to the
    *responder* (how that partner answered the other).
    """
    out = np.zeros((n_keys, 2, len(TOTALS)), dtype=np.float64)

    def add(field: str, key: np.ndarray, who: np.ndarray, weights: np.ndarray | None) -> None:
        index = key.astype(np.int64) * 2 + who.astype(np.int64)
        out[:, :, T[field]] = np.bincount(index, weights=weights, minlength=n_keys * 2).reshape(
            n_keys, 2
        )

    text = cols.is_text
    add("text", key_messages, cols.who, text.astype(np.float64))
    add("surface", key_messages, cols.who, cols.any_of(SURFACE_SIGNALS).astype(np.float64))
    add("depth", key_messages, cols.who, cols.any_of(DEPTH_SIGNALS).astype(np.float64))
    add("dismissal", key_messages, cols.who, cols.any_of(("dismissal",)).astype(np.float64))
    responder = responses.responder
    add("disclosures", key_responses, responder, None)
    add("flat", key_responses, responder, np.isin(responses.category, _FLAT).astype(np.float64))
    add(
        "responsive",
        key_responses,
        responder,
        (responses.category == _RESPONSIVE).astype(np.float64),
    )
    add("bids", key_bids, bids.responder, None)
    add("toward", key_bids, bids.responder, (bids.category == TOWARD).astype(np.float64))
    return out


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def axis_components(totals: np.ndarray) -> dict[str, np.ndarray]:
    """The five shares from totals of shape (..., len(TOTALS))."""
    t = totals
    return {
        "surface_share": _ratio(t[..., T["surface"]], t[..., T["text"]]),
        "flat_answer_share": _ratio(t[..., T["flat"]], t[..., T["disclosures"]]),
        "depth_share": _ratio(t[..., T["depth"]], t[..., T["text"]]),
        "responsive_share": _ratio(t[..., T["responsive"]], t[..., T["disclosures"]]),
        "turn_toward_share": _ratio(t[..., T["toward"]], t[..., T["bids"]]),
    }


def _nanmean(parts: list[np.ndarray]) -> np.ndarray:
    stack = np.stack(parts)
    valid = ~np.isnan(stack)
    count = valid.sum(axis=0)
    total = np.where(valid, stack, 0.0).sum(axis=0)
    return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def scores(totals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(surface, depth) from totals of shape (..., len(TOTALS)); NaN where undefined."""
    parts = axis_components(totals)
    surface = _nanmean([parts[c] for c in AXIS_COMPONENTS["surface"]])
    depth = _nanmean([parts[c] for c in AXIS_COMPONENTS["depth"]])
    return surface, depth


def conflict_per_100(totals: np.ndarray) -> np.ndarray:
    return 100.0 * _ratio(totals[..., T["dismissal"]], totals[..., T["text"]])


def regions(surface: np.ndarray, depth: np.ndarray, conflict: np.ndarray) -> np.ndarray:
    """Region index into :data:`REGION_IDS` (-1 where a score is undefined)."""
    surface = np.asarray(surface, dtype=np.float64)
    depth = np.asarray(depth, dtype=np.float64)
    conflict = np.asarray(conflict, dtype=np.float64)
    high_s = surface >= SURFACE_THRESHOLD
    high_d = depth >= DEPTH_THRESHOLD
    stormy = high_d & ~high_s & (conflict >= CONFLICT_THRESHOLD_PER_100)
    idx = REGION_IDS.index
    out = np.where(
        high_d,
        np.where(stormy, idx("stormy_closeness"), idx("genuine_intimacy")),
        np.where(high_s, idx("pseudo_intimacy"), idx("open_distress")),
    )
    return np.where(np.isnan(surface) | np.isnan(depth), -1, out).astype(np.int64)
