"""Conversation sessions: runs of messages split by silence gaps.

A *session* is a run of messages of one conversation with no silence longer
than ``gap_minutes`` between consecutive messages. Reply-level signals and
the dyad metrics both use the same split, so it lives here once.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: documented default (docs/profile.md): three hours of silence starts a new session
DEFAULT_SESSION_GAP_MINUTES = 180


def to_datetime64(timestamps: Sequence[str] | np.ndarray) -> np.ndarray:
    """ISO 8601 wall times (as in the canonical table) to ``datetime64[s]``."""
    return np.asarray(timestamps, dtype="datetime64[s]")


def session_ids(
    conversation_id: Sequence[str] | np.ndarray,
    timestamps: Sequence[str] | np.ndarray,
    gap_minutes: float = DEFAULT_SESSION_GAP_MINUTES,
) -> np.ndarray:
    """Session number (0, 1, 2, ...) of each message, in table order.

    The table must be in chronological order within each conversation (the
    importers guarantee it). A new session starts at the first message, at a
    change of conversation, and after a gap longer than ``gap_minutes``.
    """
    n = len(timestamps)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    times = to_datetime64(timestamps).astype(np.int64)
    conv = np.asarray(conversation_id, dtype=object)
    starts = np.zeros(n, dtype=bool)
    starts[0] = True
    starts[1:] = (np.diff(times) > gap_minutes * 60) | (conv[1:] != conv[:-1])
    return np.cumsum(starts) - 1
