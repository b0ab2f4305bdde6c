"""Partners' texting as a training source of the Chinese model layer (h-zh13).

The Chinese lines of couple rounds one to four (:mod:`unmask_dev.couple_round`, ours to
ship; rounds five and six are held out and never read here) labelled for
``disclosure.emotional``: a line that should fire ``de`` or ``dv`` is a positive, a line
where ``disclosure.emotional`` must not fire a negative, and a line where it is ``ok``
counts for neither. :func:`read_round` reads a round's Chinese disclosure precision and
recall through the whole scorer (the lexicons, the model and the rules that combine them,
as the validity rows do) under weights given in memory (:func:`swapped`), for the
leave-one-round-out read of ``scripts/train_zh.py --loro``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from unmask.signals import model_zh, score_texts
from unmask.signals.model import LazyWeights
from unmask.signals.types import PRESENT
from unmask_dev import couple_round

#: the rounds that may be trained on (1-based; five and six are held out)
TRAIN_ROUNDS: tuple[int, ...] = (1, 2, 3, 4)
DISCLOSURE = frozenset({"disclosure.emotional", "disclosure.vulnerable"})
EMOTIONAL = "disclosure.emotional"


def label(message: couple_round.Message) -> int | None:
    """1: should fire ``de`` or ``dv``; 0: ``disclosure.emotional`` must not fire; None:
    neither (``ok``)."""
    if message.fire & DISCLOSURE:
        return 1
    if EMOTIONAL in message.must_not:
        return 0
    return None


def examples(rounds: Sequence[int], negatives_only: bool = False) -> tuple[list[str], np.ndarray]:
    """(texts, labels) of the labelled Chinese lines of ``rounds`` (of :data:`TRAIN_ROUNDS`)."""
    texts: list[str] = []
    labels: list[int] = []
    for r in rounds:
        if r not in TRAIN_ROUNDS:
            raise ValueError(f"couple round {r} is held out")
        for m in couple_round.load(couple_round.PATHS[r - 1]):
            y = label(m)
            if m.lang != "zh" or y is None or (negatives_only and y == 1):
                continue
            texts.append(m.text)
            labels.append(y)
    return texts, np.asarray(labels, dtype=np.int64)


@contextmanager
def swapped(weights: model_zh._Weights) -> Iterator[None]:
    """The scorer reads ``weights`` in place of the bundled file while inside."""
    old = model_zh._cache
    model_zh._cache = LazyWeights(lambda: weights)
    try:
        yield
    finally:
        model_zh._cache = old


@dataclass(frozen=True)
class Read:
    """A round's Chinese disclosure (emotional or vulnerable) read, as the validity rows."""

    hits: int
    false: int
    positives: int

    @property
    def precision(self) -> float:
        flagged = self.hits + self.false
        return self.hits / flagged if flagged else float("nan")

    @property
    def recall(self) -> float:
        return self.hits / self.positives if self.positives else float("nan")


def read_round(r: int) -> Read:
    """Round ``r``'s Chinese disclosure precision and recall through the whole scorer."""
    if r not in TRAIN_ROUNDS:
        raise ValueError(f"couple round {r} is held out")
    messages = [m for m in couple_round.load(couple_round.PATHS[r - 1]) if m.lang == "zh"]
    res = score_texts([m.text for m in messages])
    fired = np.zeros(len(messages), dtype=bool)
    for name in DISCLOSURE:
        fired |= np.nan_to_num(np.asarray(res.scores[name]), nan=0.0) >= PRESENT
    pos = [i for i, m in enumerate(messages) if m.fire & DISCLOSURE]
    neg = [i for i, m in enumerate(messages) if m.must_not >= DISCLOSURE]
    return Read(int(fired[pos].sum()), int(fired[neg].sum()), len(pos))
