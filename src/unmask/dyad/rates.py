"""Per-partner rates and shares over the whole history.

Rates are per 100 *text* messages of that partner (media and stickers do not
dilute them); shares are fractions of the same denominator. The component
table :data:`COMPONENTS` is the one place components are declared; the
monthly series, the report and docs/profile.md all follow it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from unmask.dyad.columns import DEPTH_SIGNALS, DyadColumns, Runs
from unmask.dyad.responses import DISCLOSURE_SIGNALS


@dataclass(frozen=True)
class Component:
    """One message-level component: presence of any of ``signals`` on a text message."""

    id: str
    label: str
    group: Literal["depth", "surface", "conflict", "other"]
    unit: Literal["per_100_messages", "share"]
    signals: tuple[str, ...]


SURFACE_SIGNALS: tuple[str, ...] = ("transactional", "logistics", "duty", "appeasement")

COMPONENTS: tuple[Component, ...] = (
    Component(
        "disclosure",
        "Emotional or vulnerable disclosure",
        "depth",
        "per_100_messages",
        DISCLOSURE_SIGNALS,
    ),
    Component(
        "disclosure_emotional",
        "Emotional disclosure",
        "depth",
        "per_100_messages",
        ("disclosure.emotional",),
    ),
    Component(
        "disclosure_vulnerable",
        "Vulnerable disclosure",
        "depth",
        "per_100_messages",
        ("disclosure.vulnerable",),
    ),
    Component("affection", "Affection", "depth", "per_100_messages", ("affection",)),
    Component("gratitude", "Gratitude", "depth", "per_100_messages", ("gratitude",)),
    Component("future", "Shared future and plans", "depth", "per_100_messages", ("future",)),
    Component("we_talk", "We-talk", "depth", "per_100_messages", ("we_talk",)),
    Component(
        "inner_question",
        "Questions about the other's inner world",
        "depth",
        "per_100_messages",
        ("inner_question",),
    ),
    Component("depth_share", "Messages with any depth signal", "depth", "share", DEPTH_SIGNALS),
    Component(
        "surface_share",
        "Surface messages (money, logistics, duty, appeasement)",
        "surface",
        "share",
        SURFACE_SIGNALS,
    ),
    Component("transactional", "Money and bookkeeping", "surface", "share", ("transactional",)),
    Component("logistics", "Logistics and chores", "surface", "share", ("logistics",)),
    Component("duty", "Duty", "surface", "share", ("duty",)),
    Component("appeasement", "Appeasement", "surface", "share", ("appeasement",)),
    Component("dismissal", "Dismissive messages", "conflict", "per_100_messages", ("dismissal",)),
)
COMPONENT_BY_ID: dict[str, Component] = {c.id: c for c in COMPONENTS}


def scale(component: Component, count: float, denominator: float) -> float | None:
    """The value of a component from its count and denominator (None when undefined)."""
    if denominator <= 0:
        return None
    share = count / denominator
    return 100.0 * share if component.unit == "per_100_messages" else share


@dataclass(frozen=True)
class DyadRates:
    """Whole-history counts. Arrays of shape (2,) are indexed by partner (0 = a, 1 = b)."""

    messages: np.ndarray
    text_messages: np.ndarray
    component_counts: dict[str, np.ndarray]
    sessions: int
    sessions_started: np.ndarray
    bookkeeping_exchanges: int
    bookkeeping_started: np.ndarray
    transactional_messages: np.ndarray
    latency_disclosure: dict[int, np.ndarray]
    latency_logistics: dict[int, np.ndarray]

    def value(self, component_id: str, who: int | None = None) -> float | None:
        """Rate or share of a component for a partner (None = the couple)."""
        component = COMPONENT_BY_ID[component_id]
        counts = self.component_counts[component_id]
        if who is None:
            return scale(component, float(counts.sum()), float(self.text_messages.sum()))
        return scale(component, float(counts[who]), float(self.text_messages[who]))


def _per_partner(who: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    return np.bincount(who, weights=weights, minlength=2)[:2]


def component_flag(cols: DyadColumns, component: Component) -> np.ndarray:
    return cols.any_of(component.signals)


def answer_latencies(runs: Runs, mask: np.ndarray) -> dict[int, np.ndarray]:
    """Seconds from each selected run to the other's answer, keyed by the *responder*."""
    run = np.flatnonzero(mask & runs.answered())
    latency = (runs.t_first[run + 1] - runs.t_last[run]).astype(np.float64)
    responder = 1 - runs.who[run]
    return {w: latency[responder == w] for w in (0, 1)}


def dyad_rates(cols: DyadColumns, runs: Runs) -> DyadRates:
    """Counts for every component, initiations, bookkeeping exchanges and latencies."""
    who = cols.who.astype(np.int64)
    text = cols.is_text.astype(np.float64)
    counts = {
        c.id: _per_partner(who, component_flag(cols, c).astype(np.float64)).astype(np.int64)
        for c in COMPONENTS
    }
    # bookkeeping exchange: a run with money talk answered by a run with money talk
    money = runs.any_of(("transactional",))
    exchange = np.zeros(len(runs), dtype=bool)
    if len(runs) > 1:
        exchange[:-1] = money[:-1] & money[1:] & runs.answered()[:-1]
    logistics_runs = runs.any_of(("logistics",)) & ~runs.any_of(DISCLOSURE_SIGNALS)
    return DyadRates(
        messages=_per_partner(who).astype(np.int64),
        text_messages=_per_partner(who, text).astype(np.int64),
        component_counts=counts,
        sessions=int(runs.session_first.sum()),
        sessions_started=_per_partner(runs.who[runs.session_first].astype(np.int64)).astype(
            np.int64
        ),
        bookkeeping_exchanges=int(exchange.sum()),
        bookkeeping_started=_per_partner(runs.who[exchange].astype(np.int64)).astype(np.int64),
        transactional_messages=counts["transactional"],
        latency_disclosure=answer_latencies(runs, runs.any_of(DISCLOSURE_SIGNALS)),
        latency_logistics=answer_latencies(runs, logistics_runs),
    )


def quartiles_minutes(seconds: np.ndarray) -> dict[str, float | int | None]:
    """n, median and interquartile range in minutes (None when there is nothing to measure)."""
    if len(seconds) == 0:
        return {"n": 0, "median_minutes": None, "q1_minutes": None, "q3_minutes": None}
    q1, med, q3 = np.percentile(seconds / 60.0, [25, 50, 75])
    return {
        "n": int(len(seconds)),
        "median_minutes": round(float(med), 2),
        "q1_minutes": round(float(q1), 2),
        "q3_minutes": round(float(q3), 2),
    }
