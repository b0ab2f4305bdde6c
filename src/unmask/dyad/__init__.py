"""Dyad metrics: how two partners talk with each other, as pure functions over columns.

Every function here takes numpy/pyarrow columns and returns plain data; no I/O.
The pipeline (:mod:`unmask.analyze`) chains them: :func:`choose_partners` ->
:func:`build_columns` -> :func:`build_runs` -> responses / bids / rates / monthly.
"""

from __future__ import annotations

from unmask.dyad.bids import BidResult, bid_outcomes
from unmask.dyad.columns import DyadColumns, Runs, build_columns, build_runs
from unmask.dyad.monthly import MonthlyTable, monthly_table
from unmask.dyad.partners import Partners, choose_partners, sender_counts
from unmask.dyad.rates import COMPONENTS, Component, DyadRates, dyad_rates
from unmask.dyad.responses import RESPONSE_CATEGORIES, ResponseResult, disclosure_responses

__all__ = [
    "COMPONENTS",
    "RESPONSE_CATEGORIES",
    "BidResult",
    "Component",
    "DyadColumns",
    "DyadRates",
    "MonthlyTable",
    "Partners",
    "ResponseResult",
    "Runs",
    "bid_outcomes",
    "build_columns",
    "build_runs",
    "choose_partners",
    "disclosure_responses",
    "dyad_rates",
    "monthly_table",
    "sender_counts",
]
