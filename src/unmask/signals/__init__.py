"""Signals: what each message shows of surface and depth, with evidence.

Public API (docs/signals.md)::

    score_text(text, lang=None, *, model=True) -> TextScore
    score_texts(texts, *, model=True, progress=None) -> ScoreResult
    score_table(table, *, model=True, session_gap_minutes=..., progress=None) -> ScoreResult
"""

from unmask.signals.registry import SIGNALS
from unmask.signals.scorer import score_table, score_text, score_texts
from unmask.signals.types import (
    ALL_SIGNALS,
    MESSAGE_SIGNALS,
    PRESENT,
    REPLY_SIGNALS,
    Evidence,
    ScoreResult,
    SignalSpec,
    TextScore,
)

__all__ = [
    "ALL_SIGNALS",
    "MESSAGE_SIGNALS",
    "PRESENT",
    "REPLY_SIGNALS",
    "SIGNALS",
    "Evidence",
    "ScoreResult",
    "SignalSpec",
    "TextScore",
    "score_table",
    "score_text",
    "score_texts",
]
