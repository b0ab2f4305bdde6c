"""The report's example messages get their evidence from one scoring call, not one per
claim (profile.evidence.ExamplePicker.all_examples): the same examples either way."""

from __future__ import annotations

from typing import Any

import pytest

import unmask.signals
from unmask.analyze import Analysis
from unmask.profile.evidence import MESSAGE_CLAIMS, ExamplePicker
from unmask.signals.types import ScoreResult


def test_all_examples_score_their_evidence_in_one_call(
    drifting_analysis: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = drifting_analysis
    calls: list[int] = []
    score_texts = unmask.signals.score_texts

    def counted(texts: list[str], **kwargs: Any) -> ScoreResult:
        calls.append(len(texts))
        return score_texts(texts, **kwargs)

    monkeypatch.setattr(unmask.signals, "score_texts", counted)
    together = ExamplePicker(a.table, a.cols, a.runs).all_examples(a.responses, a.bids)
    assert len(calls) == 1 and calls[0] > 20
    # each list on its own, from a picker that has loaded nothing yet (one call per claim)
    calls.clear()
    for key, signals in MESSAGE_CLAIMS.items():
        alone = ExamplePicker(a.table, a.cols, a.runs).messages_with(signals)
        assert alone == together[key]
    quoted = sum(len(v) for v in together.values())
    assert quoted > 10 and len(calls) == len(MESSAGE_CLAIMS)
    assert all(e.get("evidence") for key in MESSAGE_CLAIMS for e in together[key])


def test_few_texts_read_one_by_one_are_the_texts_a_take_reads(
    drifting_analysis: Analysis,
) -> None:
    """h-speed54: up to _FEW_TEXTS missing texts are read one by one from the chunked text
    column, more with one take: the same strings in the same order (a null as "")."""
    import numpy as np
    import pyarrow as pa

    from unmask.profile import evidence

    a = drifting_analysis
    n = len(a.cols.row)
    picker = ExamplePicker(a.table, a.cols, a.runs)
    texts = a.table.column("text")
    # rows spread over the whole chat (every chunk), repeated and out of order
    few = [n - 1, 0, n // 2, 3, n // 2, 1]
    many = np.linspace(0, n - 1, evidence._FEW_TEXTS + 9).astype(int).tolist()[::-1]
    media = np.flatnonzero(~a.cols.is_text)[:5].tolist()  # a null text, if the chat has one
    for wanted in (few, many, media + few):
        indices, got = picker._missing(wanted)
        assert indices == sorted(set(wanted))
        rows = pa.array(a.cols.row[np.asarray(indices, dtype=np.int64)])
        assert got == [t or "" for t in texts.take(rows).to_pylist()]
    assert len(many) > evidence._FEW_TEXTS >= len(few)
