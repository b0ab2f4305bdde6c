"""Chronological output with bounded memory.

A WhatsApp export is written in the order the phone stored the messages,
which is almost always chronological; exceptions are local (a phone clock
that jumped, a daylight-saving change). :class:`ChronologicalBatcher` keeps
the last parsed chunk (tens of thousands of messages) back, stably sorts by
timestamp inside it and merges it with the next chunk when they overlap.
Rows that would have to move before rows already emitted (disorder wider
than the window) cannot be fixed without holding the whole export; they are
counted in ``late_rows`` and the importer says so in the report.

Timestamps compare correctly as strings because they all have the form
``YYYY-MM-DDTHH:MM:SS``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from unmask.ingest.batching import is_sorted
from unmask.ingest.whatsapp.arrow import string_scalar

_SORT_KEYS = [("timestamp", "ascending")]


class ChronologicalBatcher:
    """Collects parsed tables; yields sorted record batches of at most ``batch_size`` rows.

    The last table pushed is held back until the next one shows whether it
    must be merged with it; emitted batches are zero-copy slices.
    """

    def __init__(self, batch_size: int) -> None:
        self.batch_size = max(1, batch_size)
        self._pending: pa.Table | None = None
        self._last_emitted: str | None = None
        self.late_rows = 0

    def push(self, table: pa.Table) -> Iterator[pa.RecordBatch]:
        """Add parsed rows; yield every batch that can no longer change."""
        if table.num_rows == 0:
            return
        table = _sorted(table)
        first_new = table.column("timestamp")[0].as_py()
        if self._last_emitted is not None and first_new < self._last_emitted:
            before = pc.less(table.column("timestamp"), string_scalar(self._last_emitted))
            late = pc.sum(before).as_py()
            self.late_rows += int(late or 0)
        pending = self._pending
        if pending is not None:
            if first_new < pending.column("timestamp")[-1].as_py():
                table = _sorted(pa.concat_tables([pending, table]))
            else:
                yield from self._emit(pending)
        self._pending = table

    def finish(self) -> Iterator[pa.RecordBatch]:
        """Yield all remaining rows."""
        if self._pending is not None:
            yield from self._emit(self._pending)
        self._pending = None

    def _emit(self, table: pa.Table) -> Iterator[pa.RecordBatch]:
        if table.column("timestamp").num_chunks != 1:
            table = table.combine_chunks()
        for start in range(0, table.num_rows, self.batch_size):
            part = table.slice(start, self.batch_size)
            yield from part.to_batches()
        self._last_emitted = table.column("timestamp")[-1].as_py()


def _sorted(table: pa.Table) -> pa.Table:
    """The table stably sorted by timestamp (the same table when already sorted)."""
    if table.column("timestamp").num_chunks != 1:
        table = table.combine_chunks()
    if is_sorted(table.column("timestamp").chunk(0)):
        return table
    return table.take(pc.sort_indices(table, sort_keys=_SORT_KEYS))
