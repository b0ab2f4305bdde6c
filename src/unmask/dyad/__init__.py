"""Dyad metrics: how two partners talk with each other, as pure functions over columns.

Every function here takes numpy/pyarrow columns and returns plain data; no I/O.
The pipeline (:mod:`unmask.analyze`) chains them: :func:`choose_partners` ->
:func:`build_columns` -> :func:`build_runs` -> responses / bids / rates / monthly.

The names below are imported from their submodule on first use (PEP 562): importing one
submodule (``unmask.dyad.safety``, which ``unmask analyze`` imports before it forks its
scoring child, or ``unmask.dyad.crisis``, the child's) no longer imports all the others
with it (h-speed59).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unmask.dyad.bids import BidResult, bid_outcomes
    from unmask.dyad.columns import DyadColumns, Runs, build_columns, build_runs
    from unmask.dyad.monthly import MonthlyTable, monthly_table
    from unmask.dyad.partners import Partners, choose_partners, sender_counts
    from unmask.dyad.rates import COMPONENTS, Component, DyadRates, dyad_rates
    from unmask.dyad.responses import RESPONSE_CATEGORIES, ResponseResult, disclosure_responses

#: each name of this package and the submodule that defines it
_WHERE: dict[str, str] = {
    "BidResult": "bids",
    "bid_outcomes": "bids",
    "DyadColumns": "columns",
    "Runs": "columns",
    "build_columns": "columns",
    "build_runs": "columns",
    "MonthlyTable": "monthly",
    "monthly_table": "monthly",
    "Partners": "partners",
    "choose_partners": "partners",
    "sender_counts": "partners",
    "COMPONENTS": "rates",
    "Component": "rates",
    "DyadRates": "rates",
    "dyad_rates": "rates",
    "RESPONSE_CATEGORIES": "responses",
    "ResponseResult": "responses",
    "disclosure_responses": "responses",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found here directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


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
