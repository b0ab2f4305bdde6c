"""Helpers of the twin tests (test_mend_twins, test_mend2_twins): a couple's chat as a
table, a message a minute, and whether one message alone fires a signal."""

from __future__ import annotations

import pyarrow as pa

from unmask.model import ARROW_SCHEMA
from unmask.signals import PRESENT, score_text


def chat_table(thread: list[tuple[str, str]]) -> pa.Table:
    """``thread`` (sender, text) as one conversation's table, a message a minute."""
    records = [
        {
            "conversation_id": "c",
            "message_id": f"m{k}",
            "timestamp": f"2024-03-01T08:{k:02d}:00",
            "sender": who,
            "text": text,
            "kind": "text",
            "platform": "test",
            "reply_to": None,
            "utc_offset": None,
            "edited": False,
        }
        for k, (who, text) in enumerate(thread)
    ]
    return pa.Table.from_pylist(records, schema=ARROW_SCHEMA)


def fires_alone(text: str, signal: str) -> bool:
    """``signal`` of ``text`` scored alone reaches :data:`PRESENT`."""
    value = score_text(text).scores[signal]
    return value is not None and value >= PRESENT
