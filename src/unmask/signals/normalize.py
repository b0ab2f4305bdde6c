"""Batch text normalisation that keeps a way back to the original offsets.

Matching runs on a lower-cased copy of a whole batch in which runs of three or
more identical Latin letters are folded to one ("sooo saaad" -> "so sad").
Folding changes lengths, so :class:`Folded` records where runs were removed and
:meth:`Folded.to_original` maps match positions back, so evidence spans always
point into the text the user wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

_RUN = re.compile(r"([a-z])\1{2,}")


@dataclass(frozen=True)
class Folded:
    """A folded batch and the bookkeeping to map its positions back."""

    text: str
    run_pos: np.ndarray  # folded position of each run's kept letter, ascending
    removed: np.ndarray  # letters removed by this run and all runs before it

    def to_original(self, pos: np.ndarray) -> np.ndarray:
        """Map folded positions (starts or exclusive ends) to original positions."""
        if len(self.run_pos) == 0 or len(pos) == 0:
            return pos
        k = np.searchsorted(self.run_pos, pos, side="left")
        shift = np.where(k > 0, self.removed[np.maximum(k - 1, 0)], 0)
        return pos + shift


def lower_same_length(text: str) -> str:
    """``str.lower`` unless it changes the length (e.g. "İ"); then per character."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold(lowered: str) -> Folded:
    """Fold runs of 3+ identical letters to one letter."""
    parts: list[str] = []
    run_pos: list[int] = []
    removed: list[int] = []
    prev = 0
    total = 0
    for m in _RUN.finditer(lowered):
        s, e = m.span()
        parts.append(lowered[prev : s + 1])
        prev = e
        run_pos.append(s - total)
        total += e - s - 1
        removed.append(total)
    if not run_pos:
        empty = np.zeros(0, dtype=np.int64)
        return Folded(lowered, empty, empty)
    parts.append(lowered[prev:])
    return Folded(
        "".join(parts), np.asarray(run_pos, dtype=np.int64), np.asarray(removed, dtype=np.int64)
    )
