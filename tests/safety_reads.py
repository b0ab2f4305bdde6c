"""Whether the scorer counts any safety signal on a text (the safety models' tests)."""

from __future__ import annotations

from unmask.signals import score_texts
from unmask.signals.types import PRESENT, SAFETY_SIGNALS


def reads_safety(text: str) -> bool:
    """True when any safety signal of ``text`` reaches :data:`PRESENT` (counted)."""
    scores = score_texts([text]).scores
    return any((scores[n][0] or 0.0) >= PRESENT for n in SAFETY_SIGNALS)
