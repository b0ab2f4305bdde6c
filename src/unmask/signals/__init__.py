"""Signals: what each message shows of surface and depth, with evidence.

Public API (docs/signals.md)::

    score_text(text, lang=None, *, model=True) -> TextScore
    score_texts(texts, *, model=True, progress=None) -> ScoreResult
    score_table(table, *, model=True, session_gap_minutes=..., progress=None) -> ScoreResult
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from unmask.signals.registry import SIGNALS
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

if TYPE_CHECKING:
    from unmask.signals.scorer import score_table, score_text, score_texts

#: imported on first use (PEP 562): the scorer pulls in the reply layer and the model layers,
#: which a process that only forks the scoring child (``unmask analyze``) need not import first
_LAZY = frozenset({"score_table", "score_text", "score_texts"})


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from unmask.signals import scorer

        return getattr(scorer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
