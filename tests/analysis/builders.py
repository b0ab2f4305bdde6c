"""Tiny hand-built chats with known answers: rows of (sender, minute, text, signals[, kind])."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import numpy as np
import pyarrow as pa

from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.model import ARROW_SCHEMA
from unmask.signals.types import ALL_SIGNALS, REPLY_SIGNALS, ScoreResult

START = datetime(2023, 1, 2, 9, 0, 0)

Row = tuple  # (sender, minute offset, text, signals) or (..., kind)


def build(rows: Sequence[Row], start: datetime = START) -> tuple[pa.Table, ScoreResult]:
    """A canonical table and matching scores (1.0 for the listed signals, else 0.0)."""
    records = []
    n = len(rows)
    scores = {name: np.zeros(n) for name in ALL_SIGNALS}
    for name in REPLY_SIGNALS:
        scores[name][:] = np.nan
    for i, row in enumerate(rows):
        sender, minute, text, signals = row[:4]
        kind = row[4] if len(row) > 4 else "text"
        stamp = (start + timedelta(minutes=float(minute))).strftime("%Y-%m-%dT%H:%M:%S")
        records.append(
            {
                "conversation_id": "c1",
                "message_id": str(i),
                "timestamp": stamp,
                "sender": sender,
                "text": text,
                "kind": kind,
                "platform": "test",
                "reply_to": None,
                "utc_offset": None,
                "edited": False,
            }
        )
        if kind != "text":
            for name in ALL_SIGNALS:
                scores[name][i] = np.nan
        for signal in signals:
            scores[signal][i] = 0.9
    table = pa.Table.from_pylist(records, schema=ARROW_SCHEMA)
    result = ScoreResult(
        message_id=[str(i) for i in range(n)],
        lang=["en"] * n,
        scores=scores,
        evidence=[{} for _ in range(n)],
        versions={s: "test" for s in ALL_SIGNALS},
    )
    return table, result


def run(
    rows: Sequence[Row], partners: str | None = None, resamples: int = 50, start: datetime = START
) -> Analysis:
    table, scores = build(rows, start)
    return analyze(
        "test-chat.txt",
        partners=partners,
        table=table,
        scores=scores,
        options=AnalyzeOptions(bootstrap_resamples=resamples),
    )
