"""The public import API: read any export (or a canonical file) as the canonical table.

Everything downstream codes against these four functions:

* :func:`iter_batches` streams canonical record batches (bounded memory),
* :func:`read_table` collects them into one :class:`pyarrow.Table`,
* :func:`iter_messages` yields :class:`~unmask.model.Message` objects,
* :func:`import_export` writes ``.jsonl``/``.parquet`` and returns an
  :class:`ImportSummary` (what ``unmask import`` prints).

Rows come in chronological order within each conversation (see
docs/format.md, "Order").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from unmask.errors import EmptyInputError, InputError, UsageError
from unmask.ingest.base import DATE_ORDERS, ImportOptions, ImportReport
from unmask.ingest.batching import is_sorted
from unmask.ingest.bounds import bounded
from unmask.ingest.registry import detect, get_importer, resolve_source
from unmask.ingest.writers import AtomicTableWriter
from unmask.model import ARROW_SCHEMA, FIELDS, Message

_PARQUET_MAGIC = b"PAR1"


@dataclass(frozen=True)
class ImportSummary:
    """What an import found; holds counts and names, never message text."""

    report: ImportReport
    messages: int
    #: sender display name -> message count, most active first (system lines excluded)
    participants: dict[str, int]
    first_timestamp: str | None
    last_timestamp: str | None
    #: kind -> message count
    kinds: dict[str, int]
    conversations: int
    output: Path | None = None


@dataclass
class _SummaryBuilder:
    """Accumulates an :class:`ImportSummary` batch by batch."""

    messages: int = 0
    senders: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    conversations: set[str] = field(default_factory=set)
    first: str | None = None
    last: str | None = None

    def add(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows == 0:
            return
        self.messages += batch.num_rows
        for column, counter in (
            (batch.column("sender"), self.senders),
            (batch.column("kind"), self.kinds),
        ):
            for item in pc.value_counts(column).to_pylist():
                if item["values"] is not None:
                    counter[item["values"]] += item["counts"]
        self.conversations.update(pc.unique(batch.column("conversation_id")).to_pylist())
        low, high = _time_range(batch.column("timestamp"))
        if low is not None and (self.first is None or low < self.first):
            self.first = low
        if high is not None and (self.last is None or high > self.last):
            self.last = high

    def build(self, report: ImportReport, output: Path | None) -> ImportSummary:
        return ImportSummary(
            report=report,
            messages=self.messages,
            participants=dict(self.senders.most_common()),
            first_timestamp=self.first,
            last_timestamp=self.last,
            kinds=dict(self.kinds.most_common()),
            conversations=len(self.conversations),
            output=output,
        )


def _time_range(stamps: pa.Array) -> tuple[str | None, str | None]:
    """Earliest and latest timestamp of a batch (ISO strings compare as text).

    Batches mostly come in order, and checking that (each stamp against the
    one before) costs a seventh of a general min/max over strings.
    """
    n = len(stamps)
    if n and not stamps.null_count and is_sorted(stamps):
        return stamps[0].as_py(), stamps[n - 1].as_py()
    bounds = pc.min_max(stamps).as_py()
    return bounds["min"], bounds["max"]


def _check_options(options: ImportOptions) -> None:
    if options.date_order is not None and options.date_order not in DATE_ORDERS:
        raise UsageError(
            f"--date-order {options.date_order!r}: expected one of {', '.join(DATE_ORDERS)}."
        )
    if options.batch_size < 1:
        raise UsageError("batch_size must be at least 1.")


def _is_parquet(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == _PARQUET_MAGIC
    except OSError:
        return False


def _parquet_batches(
    path: Path, options: ImportOptions, report: ImportReport
) -> Iterator[pa.RecordBatch]:
    """A canonical Parquet file written by us (or anything with the same columns)."""
    report.format = "parquet"
    report.total_bytes = path.stat().st_size
    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError, ValueError) as error:
        raise InputError(f"{path}: not a readable Parquet file ({type(error).__name__}).") from None
    missing = [name for name in FIELDS if name not in parquet.schema_arrow.names]
    if missing:
        raise InputError(
            f"{path}: a Parquet file without the canonical columns {', '.join(missing)} "
            "(see docs/format.md); import the original export instead."
        )
    platforms: set[str] = set()
    conversations: set[str] = set()
    try:
        for batch in parquet.iter_batches(batch_size=options.batch_size, columns=list(FIELDS)):
            canonical = pa.RecordBatch.from_arrays(
                [batch.column(name).cast(ARROW_SCHEMA.field(name).type) for name in FIELDS],
                schema=ARROW_SCHEMA,
            )
            canonical.validate(full=True)  # invalid UTF-8 in a string column is damage too
            platforms.update(pc.unique(canonical.column("platform")).to_pylist())
            conversations.update(pc.unique(canonical.column("conversation_id")).to_pylist())
            yield canonical
    except (pa.ArrowException, OSError, ValueError) as error:
        raise InputError(f"{path}: damaged Parquet file ({type(error).__name__}).") from None
    report.platform = platforms.pop() if len(platforms) == 1 else "mixed"
    report.conversations = len(conversations)


def iter_batches(
    source: Path | str,
    options: ImportOptions | None = None,
    report: ImportReport | None = None,
) -> Iterator[pa.RecordBatch]:
    """Stream canonical record batches of an export (or a canonical .jsonl/.parquet).

    ``options.format`` ``"auto"`` detects the format; ``report`` (optional) is
    filled with what happened (encoding, unreadable lines, date order...).
    """
    options = options or ImportOptions()
    _check_options(options)
    path = resolve_source(Path(source))
    report = report if report is not None else ImportReport(source=str(path))
    yield from bounded(_raw_batches(path, options, report), report, path)


def _raw_batches(
    path: Path, options: ImportOptions, report: ImportReport
) -> Iterator[pa.RecordBatch]:
    if options.format in ("auto", "parquet") and _is_parquet(path):
        yield from _parquet_batches(path, options, report)
        return
    if options.format == "parquet":
        raise InputError(f"{path}: not a Parquet file (it does not start with PAR1).")
    importer = detect(path) if options.format == "auto" else get_importer(options.format)
    report.format = importer.name
    yield from importer.batches(path, options, report)


def read_table(
    source: Path | str,
    options: ImportOptions | None = None,
    report: ImportReport | None = None,
) -> pa.Table:
    """The whole canonical table of an export or canonical file, in chronological order."""
    report = report if report is not None else ImportReport(source=str(source))
    batches = list(iter_batches(source, options, report))
    table = pa.Table.from_batches(batches, schema=ARROW_SCHEMA)
    if table.num_rows == 0 and report.impossible_dates:
        raise EmptyInputError(
            f"{source}: no messages left: {report.impossible_dates} dated outside 1970-2100."
        )
    return table


def iter_messages(source: Path | str, options: ImportOptions | None = None) -> Iterator[Message]:
    """Messages one by one as :class:`~unmask.model.Message` (convenient, slower than batches)."""
    for batch in iter_batches(source, options):
        for row in batch.to_pylist():
            yield Message(**row)


def import_export(
    source: Path | str,
    out: Path | str,
    options: ImportOptions | None = None,
    *,
    overwrite: bool = False,
) -> ImportSummary:
    """Read an export and write it to ``out`` (.jsonl or .parquet) atomically.

    Raises :class:`~unmask.errors.OutputExistsError` when ``out`` exists and
    ``overwrite`` is false (checked before reading anything), and
    :class:`~unmask.errors.EmptyInputError` (writing nothing) when the export
    holds no message.
    """
    options = options or ImportOptions()
    out = Path(out)
    path = resolve_source(Path(source))
    report = ImportReport(source=str(path))
    builder = _SummaryBuilder()
    with AtomicTableWriter(out, overwrite=overwrite) as writer:
        for batch in iter_batches(path, options, report):
            builder.add(batch)
            writer.write(batch)
        if builder.messages == 0:
            why = (
                f" ({report.impossible_dates} dated outside 1970-2100)"
                if report.impossible_dates
                else ""
            )
            raise EmptyInputError(
                f"{path}: the export holds no messages{why}; nothing was written."
            )
    return builder.build(report, out)
