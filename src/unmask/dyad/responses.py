"""How each partner answers the other's disclosures.

A *disclosure episode* is a run (turn) of one partner that holds at least one
emotional or vulnerable disclosure. Its *answer* is the other partner's next
run in the same session. The time limit is therefore the session gap: when
the other writes nothing before a silence longer than the session gap
(default 180 minutes), the disclosure has **no answer**. Counting turns, not
messages, keeps a disclosure told over five messages from counting five times.

The answer is read from the whole run: every message of it carries the reply
signals (:mod:`unmask.signals.reply` scores each message of a turn that answers
the other's turn), so "Oh wow." then "You must be feeling very betrayed." is a
responsive answer. The answer run is classified in this order (first match wins):

1. **dismissive** - a message of the answer carries ``dismissal``;
2. **responsive** - any responsiveness mechanism (``responsiveness``,
   ``support.emotional`` or an ``inner_question``) in any message of the run; a
   question about the other's story ("how long has she been at your work?")
   is exploration, so it is responsive, not deflecting;
3. **deflecting** - the answer is logistics, money or duty
   (``logistics``, ``transactional``, ``duty``);
4. **minimal** - every message of the answer is minimal ("ok", "lol", a lone
   emoji, a sticker; see :mod:`unmask.dyad.columns`);
5. **deflecting** - anything else: a substantive answer on another subject
   (changing the topic).

A controlling answer has lost its response flags already (:mod:`unmask.dyad.safety`), so it
is never responsive; nor is one the control gate's lower level for the response credit holds
(:attr:`unmask.dyad.columns.Runs.answer_held`, h-gate2; English .80 since h-gate3): deflecting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from unmask.dyad.columns import Runs

ResponseCategory = Literal["responsive", "minimal", "deflecting", "dismissive", "no_answer"]
RESPONSE_CATEGORIES: tuple[ResponseCategory, ...] = (
    "responsive",
    "minimal",
    "deflecting",
    "dismissive",
    "no_answer",
)

DISCLOSURE_SIGNALS: tuple[str, ...] = ("disclosure.emotional", "disclosure.vulnerable")
RESPONSIVE_SIGNALS: tuple[str, ...] = ("responsiveness", "support.emotional", "inner_question")
SURFACE_ANSWER_SIGNALS: tuple[str, ...] = ("logistics", "transactional", "duty")

# kinds of answer run, shared with bids.py
ANSWER_DISMISSIVE, ANSWER_RESPONSIVE, ANSWER_SURFACE, ANSWER_MINIMAL, ANSWER_OTHER = range(5)


def answer_kinds(runs: Runs) -> np.ndarray:
    """Kind of each run *as an answer* (ANSWER_* codes), in the documented order."""
    kind = np.full(len(runs), ANSWER_OTHER, dtype=np.int8)
    # assign from the lowest priority to the highest so the highest wins
    kind[runs.all_minimal] = ANSWER_MINIMAL
    kind[runs.any_of(SURFACE_ANSWER_SIGNALS)] = ANSWER_SURFACE
    kind[runs.any_of(RESPONSIVE_SIGNALS)] = ANSWER_RESPONSIVE
    kind[runs.any_of(("dismissal",))] = ANSWER_DISMISSIVE
    return kind


#: answer kind -> response category index
_CATEGORY_OF_ANSWER = np.array(
    [
        RESPONSE_CATEGORIES.index("dismissive"),
        RESPONSE_CATEGORIES.index("responsive"),
        RESPONSE_CATEGORIES.index("deflecting"),
        RESPONSE_CATEGORIES.index("minimal"),
        RESPONSE_CATEGORIES.index("deflecting"),
    ],
    dtype=np.int8,
)
NO_ANSWER = RESPONSE_CATEGORIES.index("no_answer")
RESPONSIVE = RESPONSE_CATEGORIES.index("responsive")
DEFLECTING = RESPONSE_CATEGORIES.index("deflecting")


def categories(kind: np.ndarray, of_answer: np.ndarray, unanswered: int) -> np.ndarray:
    """Category of each episode from its answer kind (-1: no answer), shared with bids.py."""
    return np.where(kind >= 0, of_answer[np.maximum(kind, 0)], unanswered).astype(np.int8)


def category_counts(
    category: np.ndarray, responder: np.ndarray, who: int, names: tuple[str, ...]
) -> dict[str, int]:
    """Counts of each category among the answers *given by* ``who`` (0 = a, 1 = b)."""
    numbers = np.bincount(category[responder == who], minlength=len(names))
    return {c: int(numbers[i]) for i, c in enumerate(names)}


@dataclass(frozen=True)
class ResponseResult:
    """One entry per disclosure episode.

    ``run`` is the disclosure run; ``discloser`` 0/1; ``responder`` the other;
    ``category`` indexes :data:`RESPONSE_CATEGORIES`; ``latency_s`` is the
    time from the last message of the disclosure run to the first message of
    the answer (NaN without answer); ``answer_run`` is -1 without answer.
    """

    run: np.ndarray
    discloser: np.ndarray
    answer_run: np.ndarray
    category: np.ndarray
    latency_s: np.ndarray
    month: np.ndarray
    session: np.ndarray

    def __len__(self) -> int:
        return len(self.run)

    @property
    def responder(self) -> np.ndarray:
        return (1 - self.discloser).astype(np.int8)

    def counts(self, responder: int) -> dict[str, int]:
        """Category counts of the answers *given by* ``responder`` (0 = a, 1 = b)."""
        return category_counts(self.category, self.responder, responder, RESPONSE_CATEGORIES)


def episodes(runs: Runs, mask: np.ndarray, kinds: np.ndarray) -> tuple[np.ndarray, ...]:
    """Runs selected by ``mask`` with their answer run, answer kind (-1 none) and latency."""
    run = np.flatnonzero(mask)
    answered = runs.answered()[run]
    answer_run = np.where(answered, run + 1, -1)
    safe = np.minimum(run + 1, max(len(runs) - 1, 0))
    kind = np.where(answered, kinds[safe] if len(runs) else kinds[:0], -1).astype(np.int8)
    latency = np.where(answered, (runs.t_first[safe] - runs.t_last[run]).astype(np.float64), np.nan)
    return run, answer_run, kind, latency


def disclosure_responses(runs: Runs, kinds: np.ndarray | None = None) -> ResponseResult:
    """Classify the answer to every disclosure episode (see module docstring)."""
    kinds = answer_kinds(runs) if kinds is None else kinds
    run, answer_run, kind, latency = episodes(runs, runs.any_of(DISCLOSURE_SIGNALS), kinds)
    category = categories(kind, _CATEGORY_OF_ANSWER, NO_ANSWER)
    if runs.answer_held is not None and len(run):  # the response credit's gate (h-gate2)
        answered = answer_run >= 0
        held = np.zeros(len(run), dtype=bool)
        held[answered] = runs.answer_held[answer_run[answered]]
        category[held & (category == RESPONSIVE)] = DEFLECTING
    return ResponseResult(
        run=run,
        discloser=runs.who[run],
        answer_run=answer_run,
        category=category,
        latency_s=latency,
        month=runs.month[run],
        session=runs.session[run],
    )
