"""Collect canonical rows column by column and cut them into Arrow record batches.

Importers find messages one at a time; building a Python dict per message and
converting at the end would hold the whole export twice. :class:`RowBuffer`
appends each field to its own list and emits a :class:`pyarrow.RecordBatch`
every ``batch_size`` rows, so memory stays bounded by the batch size.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from unmask.model import ARROW_SCHEMA, FIELDS


def scrub_surrogates(text: str) -> tuple[str, bool]:
    """Replace lone UTF-16 surrogates (``"\\ud800"`` in JSON) with U+FFFD.

    They cannot be stored as UTF-8; every other character is kept exactly.
    Returns the text and whether anything was replaced.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        fixed = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        return fixed, True
    return text, False


class RowBuffer:
    """Column lists for up to ``batch_size`` canonical rows."""

    def __init__(self, batch_size: int = 65_536) -> None:
        self.batch_size = max(1, batch_size)
        self._reset()

    def _reset(self) -> None:
        self.conversation_id: list[str] = []
        self.message_id: list[str] = []
        self.timestamp: list[str] = []
        self.sender: list[str | None] = []
        self.text: list[str] = []
        self.kind: list[str] = []
        self.platform: list[str] = []
        self.reply_to: list[str | None] = []
        self.utc_offset: list[int | None] = []
        self.edited: list[bool] = []

    def __len__(self) -> int:
        return len(self.message_id)

    def add(
        self,
        conversation_id: str,
        message_id: str,
        timestamp: str,
        sender: str | None,
        text: str,
        kind: str,
        platform: str,
        reply_to: str | None = None,
        utc_offset: int | None = None,
        edited: bool = False,
    ) -> pa.RecordBatch | None:
        """Append one row; return a full batch when ``batch_size`` rows are buffered."""
        self.conversation_id.append(conversation_id)
        self.message_id.append(message_id)
        self.timestamp.append(timestamp)
        self.sender.append(sender)
        self.text.append(text)
        self.kind.append(kind)
        self.platform.append(platform)
        self.reply_to.append(reply_to)
        self.utc_offset.append(utc_offset)
        self.edited.append(edited)
        if len(self.message_id) >= self.batch_size:
            return self.flush()
        return None

    def flush(self) -> pa.RecordBatch | None:
        """Return the buffered rows as one batch (``None`` when empty) and start afresh."""
        if not self.message_id:
            return None
        arrays = [
            pa.array(getattr(self, name), type=ARROW_SCHEMA.field(name).type) for name in FIELDS
        ]
        self._reset()
        return pa.RecordBatch.from_arrays(arrays, schema=ARROW_SCHEMA)


def is_sorted(stamps: pa.Array) -> bool:
    """Whether each value is >= the one before (null comparisons are skipped)."""
    if len(stamps) < 2:
        return True
    ordered = pc.greater_equal(stamps.slice(1), stamps.slice(0, len(stamps) - 1))
    return bool(pc.all(ordered).as_py())


def sorted_batches(batches: list[pa.RecordBatch], batch_size: int) -> Iterator[pa.RecordBatch]:
    """Re-emit ``batches`` stably sorted by (conversation, timestamp).

    Used only by importers whose source may be out of order (CSV, JSON Lines);
    conversations keep the order in which they first appear.
    """
    if not batches:
        return
    table = pa.Table.from_batches(batches, schema=ARROW_SCHEMA)
    first_seen: dict[str, int] = {}
    for conv in table.column("conversation_id").to_pylist():
        first_seen.setdefault(conv, len(first_seen))
    rank = pa.array(
        [first_seen[c] for c in table.column("conversation_id").to_pylist()], type=pa.int64()
    )
    keyed = table.append_column("_conv_rank", rank)
    order = pc.sort_indices(
        keyed, sort_keys=[("_conv_rank", "ascending"), ("timestamp", "ascending")]
    )
    yield from table.take(order).to_batches(max_chunksize=batch_size)
