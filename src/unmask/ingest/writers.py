"""Streaming writers of the canonical table: JSON Lines and Parquet.

The writer is chosen by the output's suffix (:data:`WRITERS`). Batches are
written as they come (Parquet: a row group per ~128k rows), into a temporary
file in the output's own folder that is renamed over the output only when
everything was written; a failed or interrupted import never leaves a
half-written output, and an existing output is replaced only when the caller
says ``overwrite=True``.
"""

from __future__ import annotations

import contextlib
import io
import json
from json.encoder import encode_basestring
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from unmask.errors import OutputExistsError, UsageError
from unmask.fsutil import commit, discard, output_error, private_temp
from unmask.model import ARROW_SCHEMA, FIELDS


class BatchWriter(Protocol):
    """Writes record batches to an open binary file."""

    def write(self, batch: pa.RecordBatch) -> None: ...

    def close(self) -> None: ...


#: rows turned into Python objects at a time (bounds the writer's memory)
_JSONL_SLICE = 8192
#: one canonical row as JSON, keys in order, with json.dumps's default separators
_JSONL_LINE = "{" + ", ".join(json.dumps(name) + ": %s" for name in FIELDS) + "}"


def _json_values(column: pa.Array) -> list[str]:
    """Each value of a string, integer or boolean column as JSON text (``null`` for None)."""
    values = column.to_pylist()
    if pa.types.is_string(column.type):
        if not column.null_count:
            return list(map(encode_basestring, values))
        return ["null" if value is None else encode_basestring(value) for value in values]
    if pa.types.is_boolean(column.type):
        return ["null" if value is None else "true" if value else "false" for value in values]
    if pa.types.is_integer(column.type):
        return ["null" if value is None else str(value) for value in values]
    return [json.dumps(value, ensure_ascii=False) for value in values]


class JsonlBatchWriter:
    """One JSON object per message, keys in canonical order, UTF-8, no ASCII escaping."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle

    def write(self, batch: pa.RecordBatch) -> None:
        """Append the batch's rows, column by column: each value is turned into JSON
        text by the ``json`` module's own C encoder, then every line is filled in from
        one template (the same bytes as ``json.dumps(row, ensure_ascii=False)``, several
        times faster than a dict and a ``dumps`` call per row)."""
        for start in range(0, batch.num_rows, _JSONL_SLICE):
            part = batch.slice(start, _JSONL_SLICE)
            columns = [_json_values(part.column(name)) for name in FIELDS]
            lines = map(_JSONL_LINE.__mod__, zip(*columns, strict=True))
            self._handle.write(("\n".join(lines) + "\n").encode("utf-8"))

    def close(self) -> None:
        self._handle.flush()


#: the Parquet columns worth compressing
_COMPRESSED = ("message_id", "timestamp", "text", "reply_to")
#: rows per Parquet row group: a few batches together (fewer column chunks and
#: compressor set-ups than one group per batch; the batches are not copied)
_ROW_GROUP_ROWS = 128 * 1024


class ParquetBatchWriter:
    """A Parquet file with the canonical schema (and its format version) as metadata."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._writer = pq.ParquetWriter(
            handle,
            ARROW_SCHEMA,
            # zstd at Arrow's default level (1): fast, and smaller than lz4/snappy; only on the
            # large columns (the dictionary-encoded ones are tiny run-length pages already)
            compression={name: "zstd" if name in _COMPRESSED else "none" for name in FIELDS},
            # dictionaries only for the few-valued columns: on the text, message_id and
            # timestamp columns they cost time (about a quarter of the writer's) and,
            # falling back to plain pages anyway, make the file larger, not smaller
            use_dictionary=["conversation_id", "sender", "kind", "platform"],
            # statistics only for the time range (where readers filter); others cost time
            write_statistics=["timestamp"],
        )

        self._pending: list[pa.RecordBatch] = []
        self._rows = 0

    def write(self, batch: pa.RecordBatch) -> None:
        """Buffer ``batch``; a row group is written once :data:`_ROW_GROUP_ROWS` are buffered."""
        if batch.num_rows == 0:
            return
        if not batch.schema.equals(ARROW_SCHEMA):
            batch = batch.cast(ARROW_SCHEMA)
        self._pending.append(batch)
        self._rows += batch.num_rows
        if self._rows >= _ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            table = pa.Table.from_batches(self._pending, schema=ARROW_SCHEMA)
            self._writer.write_table(table, row_group_size=self._rows)
        self._pending, self._rows = [], 0

    def close(self) -> None:
        self._flush()
        self._writer.close()


#: output suffix -> writer class (the one place output formats are declared)
WRITERS: dict[str, type[JsonlBatchWriter] | type[ParquetBatchWriter]] = {
    ".jsonl": JsonlBatchWriter,
    ".parquet": ParquetBatchWriter,
}


def writer_for(out: Path) -> type[JsonlBatchWriter] | type[ParquetBatchWriter]:
    """The writer class for an output path, by suffix."""
    try:
        return WRITERS[out.suffix.lower()]
    except KeyError:
        raise UsageError(
            f"{out}: unknown output type {out.suffix or '(no suffix)'!r}; "
            f"name the output {' or '.join('OUT' + s for s in WRITERS)}."
        ) from None


class AtomicTableWriter:
    """Context manager: write batches to a temp file, rename it onto ``out`` on success.

    >>> with AtomicTableWriter(Path("out.parquet")) as writer:  # doctest: +SKIP
    ...     writer.write(batch)
    """

    def __init__(self, out: Path, *, overwrite: bool = False) -> None:
        self.out = Path(out)
        self.overwrite = overwrite
        self.rows = 0
        self._check_target()
        self._cls = writer_for(self.out)
        self._handle: io.BufferedWriter | None = None
        self._tmp: Path | None = None
        self._writer: JsonlBatchWriter | ParquetBatchWriter | None = None

    def _check_target(self) -> None:
        if self.out.is_dir():
            raise UsageError(f"{self.out} is a folder; name an output file instead.")
        if self.out.exists() and not self.overwrite:
            raise OutputExistsError(
                f"{self.out} already exists; pass --force to replace it, or choose another name."
            )
        if not self.out.parent.is_dir():
            raise UsageError(f"{self.out.parent}: no such folder for the output.")

    def __enter__(self) -> AtomicTableWriter:
        handle, self._tmp = private_temp(self.out)
        self._handle = handle
        try:
            self._writer = self._cls(handle)
        except OSError as error:
            self._abandon()
            raise output_error(self.out, error) from None
        return self

    def write(self, batch: pa.RecordBatch) -> None:
        """Append one batch (:class:`~unmask.errors.OutputError` when the disk is full)."""
        assert self._writer is not None, "use AtomicTableWriter in a with block"
        try:
            self._writer.write(batch)
        except OSError as error:
            raise output_error(self.out, error) from None
        self.rows += batch.num_rows

    def _abandon(self) -> None:
        """Close what is open, ignoring errors (a full disk fails again), and remove the temp."""
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.close()
        if self._handle is not None:
            with contextlib.suppress(Exception):
                self._handle.close()
        if self._tmp is not None:
            discard(self._tmp)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._writer is not None and self._handle is not None and self._tmp is not None
        if exc_type is not None:
            self._abandon()
            return
        try:
            self._writer.close()
            self._handle.close()
        except OSError as error:
            self._abandon()
            raise output_error(self.out, error) from None
        except BaseException:
            self._abandon()
            raise
        try:
            self._check_target()  # it may have appeared meanwhile
        except BaseException:
            discard(self._tmp)
            raise
        commit(self._tmp, self.out)


def write_batches(batches: Any, out: Path, *, overwrite: bool = False) -> int:
    """Write an iterable of canonical batches to ``out`` atomically; return the row count."""
    with AtomicTableWriter(out, overwrite=overwrite) as writer:
        for batch in batches:
            writer.write(batch)
    return writer.rows
