"""A controlling line gains no depth credit (h-ctrldepth; docs/signals.md, the depth
signals' versions of 2026-12-06).

A message read as control (any of :data:`CONTROL_SIGNALS` present once the lexicons, the
safety model layer, the structural reader and the care check have read it) keeps its
safety reading but loses every depth signal (:data:`unmask.signals.types.DEPTH_SIGNALS`):
"send me your location, I love you" is monitoring, never affection. The writer's own fear
(``safety.fear``) keeps the line's depth: a victim telling of control is not control.

A second way in (h-ctrldepth2): a line no control signal reads, whose safety model's summed
control probability (:func:`unmask.signals.safety_model.control_sum`) is at or above its
language's :data:`LEVELS`, loses its depth too, with no safety signal and no notice added
(the safety reading is left as it is): "I love you so much, that's why I need the password
to your email" keeps no affection where the safety layers count nothing. The levels were
chosen on the odd safety rounds (one to thirty-three) and couple rounds, checked on the
even ones; Chinese took its next passing level, .95, as .80 cost SMP2020 .003, and a lower
level where a clause holds a control act and a domain cost NLPCC .0024 (docs/validity.md,
h-ctrldepth2).

The dyad layer clears the same depth per message and per turn where a control or fear flag
is set (:func:`unmask.dyad.safety.mask_depth`): this gate makes the message-level scores
and evidence agree with it.

The probability's way in reaches past the depth signals (h-gate): the reply layer drops
every responsiveness mechanism of a line past :data:`LEVELS` (:func:`gated_by_name`), the
crisis rule gives it no vulnerable disclosure (``scorer._apply_crisis``), and the dyad
reads it as it reads a counted control line for depth (no depth, bid or response credit
for its turn, :attr:`unmask.dyad.columns.DyadColumns.held`) and for bids (a controlling
turn never turns toward a bid, :func:`unmask.dyad.bids.bid_outcomes`), with no safety
signal and no notice. The probability is the one the scorer computed per batch
(``scorer._batch_control``, :attr:`unmask.signals.types.ScoreResult.control`), never read
again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from unmask.signals.types import (
    CONTROL_SIGNALS,
    DEPTH_SIGNALS,
    FEAR_SIGNAL,
    MESSAGE_SIGNALS,
    PRESENT,
    Evidence,
)

#: a gated line's depth scores are capped here (no credit at all)
CEILING = 0.0
#: per language: the safety model's summed control probability at or above which a line
#: no control signal reads loses its depth all the same (h-ctrldepth2; kept at .95 on
#: ``safety-lr-8``'s Chinese and ``safety-lr-9``'s English refits, h-safety43 / h-safety47;
#: English .95 on ``safety-lr-10``'s English refit, h-safety55)
LEVELS: dict[str, float] = {"en": 0.95, "zh": 0.95}
#: per language: a lower level at which a line no control signal reads, and no depth signal
#: either, loses its response credit in the dyad (a bid it answers is not turned toward, a
#: disclosure it answers not answered responsively; h-gate2, h-gate3). Read only where it is
#: below the language's :data:`LEVELS`. English .80 (h-gate3: chosen on the odd safety rounds
#: one to thirty-seven and odd couple rounds, checked on the even ones: controlling lines
#: counted "toward" 11 -> 6 / 11 -> 8, calm lines' "toward" lost .0075 / .0064, the cap .01);
#: Chinese kept at the depth gate's own level (its choice, .85, turned no even-half
#: controlling line away: docs/validity.md, h-gate3)
ANSWER_LEVELS: dict[str, float] = {"en": 0.80, "zh": LEVELS["zh"]}


def answer_levels() -> dict[str, float]:
    """The languages whose :data:`ANSWER_LEVELS` is below their :data:`LEVELS`, with it
    (empty: the response credit's gate is the depth gate itself; a language the depth gate
    does not read is not read here either)."""
    return {
        lang: level
        for lang, level in ANSWER_LEVELS.items()
        if lang in LEVELS and level < LEVELS[lang]
    }


_CONTROL_COLS = np.array([MESSAGE_SIGNALS.index(name) for name in CONTROL_SIGNALS])
_FEAR_COL = MESSAGE_SIGNALS.index(FEAR_SIGNAL)
_DEPTH_COLS = np.array([MESSAGE_SIGNALS.index(name) for name in DEPTH_SIGNALS])


def read_as_control(scores: np.ndarray) -> np.ndarray:
    """Per row of ``scores`` (rows x :data:`MESSAGE_SIGNALS`): whether a
    :data:`CONTROL_SIGNALS` signal is present (a new array, the caller's to change)."""
    return np.asarray((scores[:, _CONTROL_COLS] >= PRESENT).any(axis=1), dtype=bool)


def likely_control(probability: np.ndarray | None, langs: Sequence[str]) -> np.ndarray:
    """Per row: whether the safety model's summed control probability (``probability``,
    NaN where the model did not read the row; None: no row) is at or above the row's
    language's :data:`LEVELS` (``langs``: ``"en"``, ``"zh"`` or another code)."""
    n = len(langs)
    if probability is None:
        return np.zeros(n, dtype=bool)
    return likely_at(probability, langs, np.arange(n))


def likely_at(
    probability: np.ndarray,
    langs: Sequence[str],
    rows: np.ndarray,
    levels: Mapping[str, float] | None = None,
) -> np.ndarray:
    """:func:`likely_control` of the rows ``rows`` of ``probability`` and ``langs`` (one
    per row of a table): only the few rows past the lowest level have their language read
    (h-gate: the dyad's columns and the reply layer read a million rows); ``levels``: per
    language (default :data:`LEVELS`; the dyad's response credit reads
    :data:`ANSWER_LEVELS`)."""
    levels = LEVELS if levels is None else levels
    p = np.asarray(probability, np.float64)[rows]
    out = np.zeros(len(rows), dtype=bool)
    lowest = min(levels.values(), default=np.inf)
    with np.errstate(invalid="ignore"):  # NaN (not read) is below every level
        near = np.flatnonzero(p >= lowest)
    for i in near.tolist():
        out[i] = p[i] >= levels.get(langs[int(rows[i])], np.inf)
    return out


def gated(scores: np.ndarray, likely: np.ndarray | None = None) -> np.ndarray:
    """Per row of ``scores`` (rows x :data:`MESSAGE_SIGNALS`): whether the row is read as
    control (or ``likely`` control, :func:`likely_control`) and not as its writer's fear."""
    ruled = read_as_control(scores)
    if likely is not None:
        ruled |= likely
    out: np.ndarray = ruled & (scores[:, _FEAR_COL] < PRESENT)
    return out


def gated_by_name(
    scores: Mapping[str, np.ndarray], n: int, likely: np.ndarray | None = None
) -> np.ndarray:
    """:func:`gated` for scores kept by signal name (each an array over ``n`` rows, a missing
    signal or NaN read as absent): the reply layer's view of the message scores; ``likely``:
    per row, the safety model's reading past :data:`LEVELS` (:func:`likely_control`; h-gate:
    a line whose depth is withheld earns no reply credit either)."""

    def present(name: str) -> np.ndarray:
        if name not in scores:
            return np.zeros(n, dtype=bool)
        values = np.nan_to_num(np.asarray(scores[name], np.float64), nan=0.0)
        return np.asarray(values >= PRESENT, dtype=bool)

    ruled = np.zeros(n, dtype=bool)
    for name in CONTROL_SIGNALS:
        ruled |= present(name)
    if likely is not None:
        ruled |= likely
    out: np.ndarray = ruled & ~present(FEAR_SIGNAL)
    return out


def apply(
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    likely: np.ndarray | None = None,
) -> None:
    """Cap the depth signals of the gated rows of ``scores`` (rows x
    :data:`MESSAGE_SIGNALS`, in place) at :data:`CEILING` and drop their depth evidence;
    ``likely``: per row, the safety model's reading past :data:`LEVELS`
    (:func:`likely_control`)."""
    rows = np.flatnonzero(gated(scores, likely))
    if not rows.size:
        return
    cells = np.ix_(rows, _DEPTH_COLS)
    depth = scores[cells]
    hit = (depth > CEILING).any(axis=1)
    if not hit.any():
        return
    scores[cells] = np.minimum(depth, CEILING)
    for i in rows[hit].tolist():
        if i < len(evidence) and evidence[i]:
            for name in DEPTH_SIGNALS:
                evidence[i].pop(name, None)
