"""Scores from the generator's own labels: analysis tests that do not depend on the scorer.

The synthetic corpus labels every message with the component it was written
for; mapping each label to the signal that component should fire gives a
perfect scorer. Tests of the dyad metrics run on it, so a failure points at
the analysis, not at a lexicon; the end-to-end tests use the real scorer.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from unmask.model import ARROW_SCHEMA, Message
from unmask.signals.types import ALL_SIGNALS, REPLY_SIGNALS, ScoreResult

LABEL_SIGNALS: dict[str, tuple[str, ...]] = {
    "disclosure.emotional": ("disclosure.emotional",),
    "disclosure.vulnerable": ("disclosure.vulnerable",),
    "response.responsive": ("responsiveness", "support.emotional"),
    "response.deflecting": ("logistics",),
    "response.dismissive": ("dismissal",),
    "bid": ("bid",),
    "bid.against": ("dismissal",),
    "transactional": ("transactional",),
    "logistics": ("logistics",),
    "duty": ("duty",),
    "appeasement": ("appeasement",),
    "affection": ("affection",),
    "gratitude": ("gratitude",),
    "future": ("future",),
    "we_talk": ("we_talk",),
    "inner_question": ("inner_question",),
}


def table_of(messages: Sequence[Message]) -> pa.Table:
    return pa.Table.from_pylist([m.to_dict() for m in messages], schema=ARROW_SCHEMA)


def oracle_scores(messages: Sequence[Message], labels: Sequence[str]) -> ScoreResult:
    """1.0 for the signals of each message's label, 0.0 otherwise (NaN: non-text, reply-level)."""
    n = len(messages)
    text = np.array([m.kind == "text" for m in messages], dtype=bool)
    scores = {name: np.where(text, 0.0, np.nan) for name in ALL_SIGNALS}
    for name in REPLY_SIGNALS:
        scores[name] = np.full(n, np.nan)
    for i, label in enumerate(labels):
        if not text[i]:
            continue
        for signal in LABEL_SIGNALS.get(label, ()):
            scores[signal][i] = 1.0
    return ScoreResult(
        message_id=[m.message_id for m in messages],
        lang=["en"] * n,
        scores=scores,
        evidence=[{} for _ in range(n)],
        versions={name: "oracle" for name in ALL_SIGNALS},
    )
