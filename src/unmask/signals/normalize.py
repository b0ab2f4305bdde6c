"""Batch text normalisation that keeps a way back to the original offsets.

Matching runs on a lower-cased copy of a whole batch in which runs of three or
more identical Latin letters are folded to one ("sooo saaad" -> "so sad").
Folding changes lengths, so :class:`Folded` records where runs were removed and
:meth:`Folded.to_original` maps match positions back, so evidence spans always
point into the text the user wrote.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


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

    def to_folded(self, pos: np.ndarray) -> np.ndarray:
        """Map original positions outside any folded run (message starts) to folded ones."""
        if len(self.run_pos) == 0 or len(pos) == 0:
            return pos
        before = np.concatenate(([0], self.removed[:-1]))
        original_runs = self.run_pos + before
        k = np.searchsorted(original_runs, pos, side="left")
        return pos - np.where(k > 0, self.removed[np.maximum(k - 1, 0)], 0)


def lower_same_length(text: str) -> str:
    """``str.lower`` unless it changes the length (e.g. "İ"); then per character."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold(lowered: str) -> Folded:
    """Fold runs of 3+ identical letters (a-z) to one letter.

    Done on the code points with numpy (a regex scan would visit every letter
    from Python's ``re``): a letter that repeats the one before it continues a
    run; every run of three or more keeps only its first letter.
    """
    cps = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    n = len(cps)
    cont = np.zeros(n, dtype=bool)
    if n > 2:
        cont[1:] = (cps[1:] == cps[:-1]) & (cps[1:] >= 0x61) & (cps[1:] <= 0x7A)
    # a run of three or more has two continuing letters in a row
    long_run = cont[1:] & cont[:-1] if n > 2 else cont[:0]
    if not long_run.any():
        empty = np.zeros(0, dtype=np.int64)
        return Folded(lowered, empty, empty)
    heads = np.flatnonzero(~cont)  # first letter of every run (and every other character)
    sizes = np.diff(np.append(heads, n))
    folded_heads = heads[sizes >= 3]
    drop = np.repeat(sizes >= 3, sizes) & cont
    removed = np.cumsum(sizes[sizes >= 3] - 1)
    before = np.concatenate(([0], removed[:-1]))
    text = cps[~drop].tobytes().decode("utf-32-le", "surrogatepass")
    return Folded(text, (folded_heads - before).astype(np.int64), removed.astype(np.int64))
