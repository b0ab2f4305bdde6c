"""A chat repeats its lines: each distinct text is scored once, every copy gets its scores."""

from __future__ import annotations

import numpy as np

from unmask.signals import score_text, score_texts
from unmask.signals.distinct import distinct
from unmask.signals.types import MESSAGE_SIGNALS

LINES = [
    "I'm so scared I'll lose my job, I haven't slept in days",
    "ok",
    "love you ❤️",
    "我真的很难过，最近一直睡不好",
    "can you pick up milk at 5? $12.50 for the tickets",
    "ok",
    "I'm so scared I'll lose my job, I haven't slept in days",
    "",
    "love you ❤️",
    "我真的很难过，最近一直睡不好",
]


def test_distinct_keeps_first_occurrence_order_and_maps_every_text() -> None:
    firsts, inverse = distinct(LINES)
    assert firsts == list(dict.fromkeys(LINES))
    assert inverse is not None
    assert [firsts[i] for i in inverse] == LINES
    assert distinct(["a", "b"]) == (["a", "b"], None)


def test_copies_get_the_scores_and_evidence_of_their_text_scored_alone() -> None:
    together = score_texts(LINES)
    for i, text in enumerate(LINES):
        alone = score_text(text)
        assert together.lang[i] == alone.lang
        for name in MESSAGE_SIGNALS:
            assert together.scores[name][i] == alone.scores[name], (text, name)
        assert together.evidence[i] == alone.evidence
    # each message has evidence containers of its own: adding to one leaves its copies alone
    first, copy = together.evidence[0], together.evidence[6]
    assert first == copy and first is not copy
    name = next(iter(first))
    assert first[name] is not copy[name]
    first[name].append(first[name][0])
    assert len(copy[name]) == len(first[name]) - 1


def test_progress_counts_every_message_not_only_the_distinct_ones() -> None:
    done: list[int] = []
    score_texts(LINES * 3, progress=done.append)
    assert sum(done) == len(LINES) * 3
    assert np.all(np.asarray(done) > 0)
