"""A two-message exchange as a table (test_reply_guard, test_reply_mirror): A writes, B
answers a minute later, in one conversation."""

from __future__ import annotations

import pyarrow as pa

from unmask.model import ARROW_SCHEMA


def exchange(first: str, second: str) -> pa.Table:
    """``first`` from A, then ``second`` from B, as one conversation's table."""
    return pa.table(
        {
            "conversation_id": ["c", "c"],
            "message_id": ["1", "2"],
            "timestamp": ["2024-01-01T10:00:00", "2024-01-01T10:01:00"],
            "sender": ["A", "B"],
            "text": [first, second],
            "kind": ["text", "text"],
            "platform": ["generic", "generic"],
            "reply_to": pa.nulls(2, pa.string()),
            "utc_offset": pa.nulls(2, pa.int32()),
            "edited": [False, False],
        },
        schema=ARROW_SCHEMA,
    )
