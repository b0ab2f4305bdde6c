"""Every component month by month, per partner.

Months are calendar months of the export's wall time, contiguous from the
first to the last month with a message (a silent month is a month with a
zero denominator, shown as a gap, not as zero). Counts are kept next to
values so trends can weigh months and the report can show "n".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from unmask.dyad.bids import TOWARD, BidResult
from unmask.dyad.columns import DyadColumns, Runs
from unmask.dyad.rates import COMPONENTS, component_flag
from unmask.dyad.responses import RESPONSE_CATEGORIES, ResponseResult

RESPONSIVE = RESPONSE_CATEGORIES.index("responsive")


@dataclass(frozen=True)
class MonthlyTable:
    """Counts of shape (months, 2): axis 1 is the partner (0 = a, 1 = b).

    ``first_month`` is ``year * 12 + month - 1`` of row 0. For responses and
    bids the partner axis is the *responder*.
    """

    first_month: int
    text_messages: np.ndarray
    component_counts: dict[str, np.ndarray]
    disclosures_received: np.ndarray
    responsive: np.ndarray
    bids_received: np.ndarray
    toward: np.ndarray
    sessions_started: np.ndarray

    @property
    def months(self) -> int:
        return int(self.text_messages.shape[0])

    def labels(self) -> list[str]:
        """ "YYYY-MM" of each row."""
        values = self.first_month + np.arange(self.months)
        return [f"{v // 12:04d}-{v % 12 + 1:02d}" for v in values]


def _grid(
    month: np.ndarray, who: np.ndarray, first: int, months: int, weights: np.ndarray | None = None
) -> np.ndarray:
    index = (month - first) * 2 + who.astype(np.int64)
    counts = np.bincount(index, weights=weights, minlength=months * 2)
    return counts.reshape(months, 2)


def monthly_table(
    cols: DyadColumns, runs: Runs, responses: ResponseResult, bids: BidResult
) -> MonthlyTable:
    """Month-by-partner counts of every component, response and bid outcome."""
    if len(cols) == 0:
        zero = np.zeros((0, 2), dtype=np.int64)
        return MonthlyTable(0, zero, {c.id: zero for c in COMPONENTS}, zero, zero, zero, zero, zero)
    first = int(cols.month.min())
    months = int(cols.month.max()) - first + 1
    # each message's (month, partner) cell once; a flag's count per cell is a count of the
    # cells of its flagged messages (the float sums of 0/1 weights were those integers)
    cell = (cols.month - first) * 2 + cols.who.astype(np.int64)

    def count(flag: np.ndarray) -> np.ndarray:
        return (
            np.bincount(cell[flag.astype(bool, copy=False)], minlength=months * 2)
            .reshape(months, 2)
            .astype(np.int64)
        )

    text = count(cols.is_text)
    components = {c.id: count(component_flag(cols, c)) for c in COMPONENTS}
    responder = responses.responder
    is_responsive = (responses.category == RESPONSIVE).astype(np.float64)
    bid_responder = bids.responder
    is_toward = (bids.category == TOWARD).astype(np.float64)
    starters = runs.session_first
    return MonthlyTable(
        first_month=first,
        text_messages=text.astype(np.int64),
        component_counts=components,
        disclosures_received=_grid(responses.month, responder, first, months).astype(np.int64),
        responsive=_grid(responses.month, responder, first, months, is_responsive).astype(np.int64),
        bids_received=_grid(bids.month, bid_responder, first, months).astype(np.int64),
        toward=_grid(bids.month, bid_responder, first, months, is_toward).astype(np.int64),
        sessions_started=_grid(runs.month[starters], runs.who[starters], first, months).astype(
            np.int64
        ),
    )
