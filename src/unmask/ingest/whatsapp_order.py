"""Chronological output with bounded memory.

A WhatsApp export is written in the order the phone stored the messages,
which is almost always chronological; exceptions are local (a phone clock
that jumped, a daylight-saving change). :class:`ChronologicalBatcher` keeps
a window of at least one batch of not-yet-emitted rows, stably sorts by
timestamp inside it, and emits full batches from the front. Rows that would
have to move before rows already emitted (disorder wider than the window)
cannot be fixed without holding the whole export; they are counted in
``late_rows`` and the importer says so in the report.

Timestamps compare correctly as strings because they all have the form
``YYYY-MM-DDTHH:MM:SS``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc

_SORT_KEYS = [("timestamp", "ascending")]


def _is_sorted(stamps: pa.Array) -> bool:
    if len(stamps) < 2:
        return True
    ordered = pc.greater_equal(stamps.slice(1), stamps.slice(0, len(stamps) - 1))
    return bool(pc.all(ordered).as_py())


class ChronologicalBatcher:
    """Collects parsed tables; yields sorted record batches of ``batch_size`` rows."""

    def __init__(self, batch_size: int) -> None:
        self.batch_size = max(1, batch_size)
        self._pending: pa.Table | None = None
        self._last_emitted: str | None = None
        self.late_rows = 0

    def push(self, table: pa.Table) -> Iterator[pa.RecordBatch]:
        """Add parsed rows; yield every batch that can no longer change."""
        table = table.combine_chunks()
        stamps = table.column("timestamp").chunk(0) if table.num_rows else None
        if stamps is not None and not _is_sorted(stamps):
            table = table.take(pc.sort_indices(table, sort_keys=_SORT_KEYS))
        if self._last_emitted is not None and table.num_rows:
            late = pc.sum(pc.less(table.column("timestamp"), self._last_emitted)).as_py()
            self.late_rows += int(late or 0)
        pending = self._pending
        if pending is None or pending.num_rows == 0:
            merged = table
        else:
            first_new = table.column("timestamp")[0].as_py() if table.num_rows else None
            last_old = pending.column("timestamp")[-1].as_py()
            merged = pa.concat_tables([pending, table])
            if first_new is not None and first_new < last_old:
                merged = merged.take(pc.sort_indices(merged, sort_keys=_SORT_KEYS))
        # keep at least one batch back so a later chunk can still merge into it
        keep = self.batch_size
        ready = (merged.num_rows - keep) // self.batch_size * self.batch_size
        if ready > 0:
            yield from self._emit(merged.slice(0, ready))
            merged = merged.slice(ready)
        self._pending = merged

    def finish(self) -> Iterator[pa.RecordBatch]:
        """Yield all remaining rows."""
        if self._pending is not None and self._pending.num_rows:
            yield from self._emit(self._pending)
        self._pending = None

    def _emit(self, table: pa.Table) -> Iterator[pa.RecordBatch]:
        table = table.combine_chunks()
        for start in range(0, table.num_rows, self.batch_size):
            part = table.slice(start, self.batch_size).combine_chunks()
            batches = part.to_batches()
            if batches:
                yield batches[0]
        self._last_emitted = table.column("timestamp")[-1].as_py()
