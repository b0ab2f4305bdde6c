"""Bids for connection and whether the other partner turned toward them.

After Gottman: a *bid* is an attempt to get the other's attention, interest
or affection (a shared link, "look!", a question, news). A bid episode is a
run holding a ``bid`` signal; its answer is the other partner's next run in
the same session (as for disclosures, see :mod:`unmask.dyad.responses`).

* **against** - the answer is dismissive (``dismissal``);
* **toward** - the answer engages: a responsiveness mechanism, or a
  substantive answer that is neither minimal nor only logistics/money/duty;
* **away** - no answer before a silence of the session gap, a minimal answer
  ("ok", a lone emoji), or an answer that is only logistics/money/duty.

The turn-toward share is toward / all bids received.

A controlling answer never turns toward (h-gate): an answer run that carries a counted
control flag, or a line the control gate holds by the safety model's probability
(:attr:`unmask.dyad.columns.Runs.held`), has lost its responsiveness and depth already,
and is counted *away* where it would otherwise count as a substantive answer ("Who were
you with? Send me a photo" is no turn toward a "look at this!"); a dismissive one stays
*against*. A lower level of the safety model's control probability for the response
credit alone (:data:`unmask.signals.control_gate.ANSWER_LEVELS`, English .80: h-gate2
measured it, h-gate3 shipped it) holds an answer with no depth signal of its own
(:attr:`unmask.dyad.columns.Runs.answer_held`, read here as controlling): "from next month
your wages go straight into my account" (.88) is no turn toward a bid.

A bid answered by a turn that reads its writer's fear (``safety.fear``, with or without
control) counts neither way (h-gate2, :data:`COUNT_FEAR_ANSWERS`): an answer given in fear
is not a free one, so it is left out of the episodes, and :attr:`BidResult.answered_in_fear`
keeps its responder for the report to say how many were left out.

A request for information or a service is not a bid: a turn that carries logistics,
money or duty and no depth signal ("What time does the train leave?", "Can you book a
table?") is left out (:func:`requests`), so an answered information question never counts
as a bid turned toward.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from unmask.dyad.columns import DEPTH_SIGNALS, FEAR_SIGNAL, Runs
from unmask.dyad.responses import (
    ANSWER_DISMISSIVE,
    ANSWER_MINIMAL,
    ANSWER_OTHER,
    ANSWER_RESPONSIVE,
    ANSWER_SURFACE,
    SURFACE_ANSWER_SIGNALS,
    answer_kinds,
    categories,
    category_counts,
    episodes,
)

BidCategory = Literal["toward", "away", "against"]
BID_CATEGORIES: tuple[BidCategory, ...] = ("toward", "away", "against")
TOWARD, AWAY, AGAINST = range(3)
#: whether a bid answered by a turn that reads its writer's fear is counted at all (h-gate2)
COUNT_FEAR_ANSWERS = False

_CATEGORY_OF_ANSWER = np.zeros(5, dtype=np.int8)
_CATEGORY_OF_ANSWER[ANSWER_DISMISSIVE] = AGAINST
_CATEGORY_OF_ANSWER[ANSWER_RESPONSIVE] = TOWARD
_CATEGORY_OF_ANSWER[ANSWER_OTHER] = TOWARD
_CATEGORY_OF_ANSWER[ANSWER_SURFACE] = AWAY
_CATEGORY_OF_ANSWER[ANSWER_MINIMAL] = AWAY


@dataclass(frozen=True)
class BidResult:
    """One entry per bid episode; ``category`` indexes :data:`BID_CATEGORIES`."""

    run: np.ndarray
    bidder: np.ndarray
    answer_run: np.ndarray
    category: np.ndarray
    month: np.ndarray
    session: np.ndarray
    #: the responder (0 / 1) of each bid left out as answered in fear (module docstring)
    answered_in_fear: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8))

    def __len__(self) -> int:
        return len(self.run)

    @property
    def responder(self) -> np.ndarray:
        return (1 - self.bidder).astype(np.int8)

    def counts(self, responder: int) -> dict[str, int]:
        """Category counts of the answers *given by* ``responder`` to the other's bids."""
        return category_counts(self.category, self.responder, responder, BID_CATEGORIES)


def requests(runs: Runs) -> np.ndarray:
    """Per run: a request for information or a service (logistics, money or duty talk and
    no depth signal); such a turn is not a bid for connection."""
    return runs.any_of(SURFACE_ANSWER_SIGNALS) & ~runs.any_of(DEPTH_SIGNALS)


def bid_outcomes(runs: Runs, kinds: np.ndarray | None = None) -> BidResult:
    """Classify the answer to every bid episode (see module docstring)."""
    kinds = answer_kinds(runs) if kinds is None else kinds
    run, answer_run, kind, _ = episodes(runs, runs.any_of(("bid",)) & ~requests(runs), kinds)
    category = categories(kind, _CATEGORY_OF_ANSWER, AWAY)
    fear_run = run[:0]
    if len(run):  # a controlling answer never turns toward (module docstring)
        answered = answer_run >= 0
        control = np.zeros(len(run), dtype=bool)
        control[answered] = runs.controlling()[answer_run[answered]]
        category[control & (category == TOWARD)] = AWAY
        if not COUNT_FEAR_ANSWERS:
            fear = np.zeros(len(run), dtype=bool)
            fear[answered] = runs.any_of((FEAR_SIGNAL,))[answer_run[answered]]
            if fear.any():
                fear_run, keep = run[fear], ~fear
                run, answer_run, category = run[keep], answer_run[keep], category[keep]
    return BidResult(
        run=run,
        bidder=runs.who[run],
        answer_run=answer_run,
        category=category,
        month=runs.month[run],
        session=runs.session[run],
        answered_in_fear=(1 - runs.who[fear_run]).astype(np.int8),
    )
