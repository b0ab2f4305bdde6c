"""Small evaluation helpers shared by the benchmarks (``quality.py``, ``claff_agreement.py``)."""

from __future__ import annotations

import numpy as np

from unmask.signals import score_texts


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    """Unweighted mean of the F1 of class 1 and class 0 (numpy only)."""
    f1s = []
    for cls in (1, 0):
        tp = np.sum((pred == cls) & (y == cls))
        fp = np.sum((pred == cls) & (y != cls))
        fn = np.sum((pred != cls) & (y == cls))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
    return float(np.mean(f1s))


def lexicon_layer(texts: list[str]) -> dict[str, np.ndarray]:
    """Every message-level score of the lexicon layer alone (no model)."""
    return dict(score_texts(texts, model=False).scores)
