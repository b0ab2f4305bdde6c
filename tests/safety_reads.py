"""Whether the scorer counts any safety signal on a text, and the weak-control rule's columns
(the safety models' tests)."""

from __future__ import annotations

import numpy as np

from unmask.dyad import safety
from unmask.signals import score_texts
from unmask.signals.types import PRESENT, SAFETY_SIGNALS


def reads_safety(text: str) -> bool:
    """True when any safety signal of ``text`` reaches :data:`PRESENT` (counted)."""
    scores = score_texts([text]).scores
    return any((scores[n][0] or 0.0) >= PRESENT for n in SAFETY_SIGNALS)


def weak_columns() -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray], dict[str, np.ndarray]]:
    """One counted monitoring message (day 0) and three of the sender's lines on days 1,
    3 and 5 that count nothing."""
    day = 86400
    who = np.array([0, 1, 0, 0, 0], dtype=np.int8)
    time = np.array([0, 0, 1, 3, 5], dtype=np.int64) * day
    flags = {n: np.zeros(5, dtype=bool) for n in safety.CONTROL_SIGNALS}
    flags["safety.monitoring"] = np.array([1, 0, 0, 0, 0], dtype=bool)
    scores = {n: np.zeros(5) for n in safety.CONTROL_SIGNALS}
    scores["safety.monitoring"][0] = 0.6
    return who, time, flags, scores
