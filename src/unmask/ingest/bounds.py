"""Bounds on what one import may hold, so hostile input cannot make the work unbounded.

Applied to every importer's batches (:func:`bounded`), after parsing:

* messages dated before :data:`MIN_TIMESTAMP` or after :data:`MAX_TIMESTAMP`
  are dropped and counted (a chat cannot predate 1970 or postdate 2100; a
  file claiming year 1 and year 9999 would make a month series over ten
  thousand years);
* a message text longer than :data:`MAX_TEXT_CHARS` characters is cut there
  and counted (WhatsApp and Telegram allow 65,536 and 4,096);
* more than :data:`MAX_SENDERS` distinct senders is refused (a couple's chat
  has two; a group export a few hundred).

docs/limits.md lists these with the other limits.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from unmask.arrownp import scalar
from unmask.errors import InputError
from unmask.ingest.base import ImportReport

#: earliest timestamp kept (inclusive)
MIN_TIMESTAMP = "1970-01-01T00:00:00"
#: latest timestamp kept (exclusive bound: all of 2100 is kept)
MAX_TIMESTAMP = "2101-01-01T00:00:00"
#: characters of one message text kept
MAX_TEXT_CHARS = 65_536
#: distinct senders one import may hold
MAX_SENDERS = 10_000


def _in_range(batch: pa.RecordBatch) -> pa.Array:
    stamps = batch.column("timestamp")
    # Arrow scalars, not Python values (which make pyarrow import pandas: unmask.arrownp)
    inside = pc.and_(
        pc.greater_equal(stamps, scalar(MIN_TIMESTAMP)), pc.less(stamps, scalar(MAX_TIMESTAMP))
    )
    return pc.fill_null(inside, scalar(True))


def _cut_texts(batch: pa.RecordBatch) -> tuple[pa.RecordBatch, int]:
    texts = batch.column("text")
    too_long = pc.fill_null(
        pc.greater(pc.utf8_length(texts), scalar(MAX_TEXT_CHARS)), scalar(False)
    )
    count = pc.sum(too_long).as_py() or 0
    if not count:
        return batch, 0
    cut = pc.if_else(too_long, pc.utf8_slice_codeunits(texts, 0, MAX_TEXT_CHARS), texts)
    index = batch.schema.get_field_index("text")
    return batch.set_column(index, batch.schema.field(index), cut.cast(texts.type)), count


def bounded(
    batches: Iterator[pa.RecordBatch], report: ImportReport, source: object
) -> Iterator[pa.RecordBatch]:
    """``batches`` with :data:`MIN_TIMESTAMP`..:data:`MAX_TIMESTAMP`, text length and
    sender bounds applied; what was dropped or cut is counted in ``report.notes``."""
    senders: set[str] = set()
    dropped = cut = 0
    for batch in batches:
        if batch.num_rows == 0:
            yield batch
            continue
        keep = _in_range(batch)
        if not pc.all(keep).as_py():
            before = batch.num_rows
            batch = batch.filter(keep)
            dropped += before - batch.num_rows
        batch, count = _cut_texts(batch)
        cut += count
        senders.update(s for s in pc.unique(batch.column("sender")).to_pylist() if s is not None)
        if len(senders) > MAX_SENDERS:
            raise InputError(
                f"{source}: more than {MAX_SENDERS:,} different senders; a chat export of a "
                "couple has two. Export the one conversation to analyse."
            )
        yield batch
    if dropped:
        report.impossible_dates += dropped
        report.notes.append(
            f"{dropped} message(s) dated before {MIN_TIMESTAMP[:4]} or after "
            f"{int(MAX_TIMESTAMP[:4]) - 1} were left out"
        )
    if cut:
        report.notes.append(
            f"{cut} message(s) longer than {MAX_TEXT_CHARS:,} characters were cut to that length"
        )
