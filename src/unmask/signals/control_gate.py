"""A controlling line gains no depth credit (h-ctrldepth; docs/signals.md, the depth
signals' versions of 2026-12-06).

A message read as control (any of :data:`CONTROL_SIGNALS` present once the lexicons, the
safety model layer, the structural reader and the care check have read it) keeps its
safety reading but loses every depth signal (:data:`unmask.signals.types.DEPTH_SIGNALS`):
"send me your location, I love you" is monitoring, never affection. The writer's own fear
(``safety.fear``) keeps the line's depth: a victim telling of control is not control.

The safety model's control probability past a threshold was measured as a second way in
and left out: chosen by grouped leave-rounds-out over safety rounds one to thirty and
couple rounds one to seven, it freed no held-out English control line and three Chinese
ones for one lost true depth line (docs/validity.md, h-ctrldepth).

The dyad layer clears the same depth per message and per turn where a control or fear flag
is set (:func:`unmask.dyad.safety.mask_depth`): this gate makes the message-level scores
and evidence agree with it.
"""

from __future__ import annotations

from collections.abc import Mapping

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

_CONTROL_COLS = np.array([MESSAGE_SIGNALS.index(name) for name in CONTROL_SIGNALS])
_FEAR_COL = MESSAGE_SIGNALS.index(FEAR_SIGNAL)
_DEPTH_COLS = np.array([MESSAGE_SIGNALS.index(name) for name in DEPTH_SIGNALS])


def read_as_control(scores: np.ndarray) -> np.ndarray:
    """Per row of ``scores`` (rows x :data:`MESSAGE_SIGNALS`): whether a
    :data:`CONTROL_SIGNALS` signal is present (a new array, the caller's to change)."""
    return np.asarray((scores[:, _CONTROL_COLS] >= PRESENT).any(axis=1), dtype=bool)


def gated(scores: np.ndarray) -> np.ndarray:
    """Per row of ``scores`` (rows x :data:`MESSAGE_SIGNALS`): whether the row is read as
    control and not as its writer's fear."""
    out: np.ndarray = read_as_control(scores) & (scores[:, _FEAR_COL] < PRESENT)
    return out


def gated_by_name(scores: Mapping[str, np.ndarray], n: int) -> np.ndarray:
    """:func:`gated` for scores kept by signal name (each an array over ``n`` rows, a missing
    signal or NaN read as absent): the reply layer's view of the message scores."""

    def present(name: str) -> np.ndarray:
        if name not in scores:
            return np.zeros(n, dtype=bool)
        values = np.nan_to_num(np.asarray(scores[name], np.float64), nan=0.0)
        return np.asarray(values >= PRESENT, dtype=bool)

    ruled = np.zeros(n, dtype=bool)
    for name in CONTROL_SIGNALS:
        ruled |= present(name)
    out: np.ndarray = ruled & ~present(FEAR_SIGNAL)
    return out


def apply(scores: np.ndarray, evidence: list[dict[str, list[Evidence]]]) -> None:
    """Cap the depth signals of the gated rows of ``scores`` (rows x
    :data:`MESSAGE_SIGNALS`, in place) at :data:`CEILING` and drop their depth evidence."""
    rows = np.flatnonzero(gated(scores))
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
