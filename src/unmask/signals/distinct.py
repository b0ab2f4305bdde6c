"""Chats repeat themselves ("ok", "haha", "love you", "on my way"): what depends only on a
message's text is worked out once per distinct text (the scorer's message level, the reply
layer's lexicon matching) and copied to every message that repeats it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def distinct(texts: Sequence[str]) -> tuple[list[str], np.ndarray | None]:
    """The distinct texts in the order they first occur and, where some text occurs more
    than once, the index of every text among them (``None`` when no text repeats)."""
    index: dict[str, int] = {}
    inverse = np.fromiter(
        (index.setdefault(t, len(index)) for t in texts), dtype=np.int64, count=len(texts)
    )
    if len(index) == len(texts):
        return list(texts), None
    return list(index), inverse


__all__ = ["distinct"]
