"""Generic CSV and JSON Lines: any other source, and our own canonical JSONL.

Columns are found by the options (``--sender-col``, ``--text-col``,
``--time-col``), else by the first familiar header name (:data:`ALIASES`).
Optional columns are recognised by their canonical names: ``kind``,
``reply_to``, ``conversation_id``, ``message_id``, ``platform``,
``utc_offset``, ``edited``; so the canonical JSONL of docs/format.md reads
back exactly without any option.

Times without ``--time-format`` may be written as (see :func:`parse_time`):
ISO 8601 (``2021-03-01T20:15:03``, a space instead of ``T``, without seconds,
with fractions, with ``Z`` or ``+02:00``, date only), ``2021/03/01 20:15[:03]``,
or Unix epoch seconds (10 digits) or milliseconds (13 digits, read as UTC).

Rows may come in any order: all rows are read (as compact Arrow batches), and
re-sorted by time within each conversation only when they were out of order.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

import pyarrow as pa

from unmask.errors import EmptyInputError, EncodingError, InputError
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.batching import RowBuffer, scrub_surrogates, sorted_batches
from unmask.ingest.textio import MAX_LINE_BYTES, detect_encoding, line_too_long, read_head
from unmask.model import FIELDS, KINDS

GENERIC_PLATFORM = "generic"

#: header names tried, in order, when no --*-col option names the column
ALIASES: dict[str, tuple[str, ...]] = {
    "sender": ("sender", "from", "author", "name", "user", "username", "speaker"),
    "text": ("text", "message", "body", "content", "msg"),
    "time": ("timestamp", "time", "datetime", "date", "date_time", "sent_at", "created_at"),
}
_OPTIONAL = (
    "kind",
    "reply_to",
    "conversation_id",
    "message_id",
    "platform",
    "utc_offset",
    "edited",
)
_CANONICAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?\Z")
_SLASH_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d")
_TRUE = frozenset({"true", "1", "yes", "y", "t"})
_FALSE = frozenset({"false", "0", "no", "n", "f", ""})
_MAX_OFFSET_MINUTES = 18 * 60


class FieldError(ValueError):
    """A value that cannot be read; the caller adds file and line."""


def parse_time(value: Any, time_format: str | None) -> tuple[str, int | None]:
    """Turn one time value into (ISO wall time, UTC offset in minutes or None)."""
    if isinstance(value, bool) or value is None:
        raise FieldError("empty or not a time")
    if isinstance(value, int | float) and time_format is None:
        return _epoch(float(value))
    if not isinstance(value, str):
        raise FieldError("not a time")
    raw = value.strip()
    if time_format is not None:
        try:
            return _wall(datetime.strptime(raw, time_format))
        except ValueError:
            raise FieldError(f"does not match --time-format {time_format!r}") from None
    if _CANONICAL_TIME.match(raw):
        try:
            datetime.fromisoformat(raw)
        except ValueError:
            raise FieldError("not a real date") from None
        return raw, None
    if raw.isdigit() and len(raw) in (9, 10, 12, 13):
        return _epoch(float(raw))
    try:
        return _wall(datetime.fromisoformat(raw))
    except ValueError:
        pass
    for form in _SLASH_FORMATS:
        try:
            return _wall(datetime.strptime(raw, form))
        except ValueError:
            continue
    raise FieldError(
        "not a time in a form read by default (ISO 8601, YYYY/MM/DD HH:MM[:SS], Unix epoch); "
        "pass --time-format, e.g. '%d.%m.%Y %H:%M'"
    )


def _wall(moment: datetime) -> tuple[str, int | None]:
    offset = moment.utcoffset()
    minutes = None if offset is None else round(offset.total_seconds() / 60)
    return moment.replace(tzinfo=None).isoformat(), minutes


def _epoch(seconds: float) -> tuple[str, int | None]:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise FieldError("epoch time out of range") from None
    return moment.replace(tzinfo=None).isoformat(), 0


def _as_str(value: Any, nullable: bool) -> str | None:
    if value is None or (nullable and value == ""):
        return None if nullable else ""
    if isinstance(value, str):
        return scrub_surrogates(value)[0]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise FieldError("expected a string")


class ColumnMap:
    """Where each canonical field comes from in one source's records."""

    def __init__(self, columns: Sequence[str], options: ImportOptions, where: str) -> None:
        lower = {c.strip().lower(): c for c in reversed(list(columns))}
        chosen: dict[str, str] = {}
        missing: list[str] = []
        for field, option in (
            ("sender", options.sender_col),
            ("text", options.text_col),
            ("time", options.time_col),
        ):
            if option is not None:
                if option not in columns:
                    raise InputError(
                        f"{where}: no column {option!r} (--{field}-col); the columns are "
                        f"{', '.join(map(repr, columns))}."
                    )
                chosen[field] = option
                continue
            found = next((lower[a] for a in ALIASES[field] if a in lower), None)
            if found is None:
                missing.append(field)
            else:
                chosen[field] = found
        if missing:
            raise InputError(
                f"{where}: no {' or '.join(missing)} column found among "
                f"{', '.join(map(repr, columns))}; name "
                f"{'it' if len(missing) == 1 else 'them'} with "
                f"{' '.join(f'--{f}-col NAME' for f in missing)}."
            )
        self.sender, self.text, self.time = chosen["sender"], chosen["text"], chosen["time"]
        self.optional = {name: lower[name] for name in _OPTIONAL if name in lower}
        self.time_format = options.time_format
        self.canonical = set(FIELDS) <= set(columns)

    def row(
        self, record: Mapping[str, Any], number: int, conversation: str
    ) -> tuple[str, str, str, str | None, str, str, str, str | None, int | None, bool]:
        """One canonical row from one record (``number`` = 1-based record index)."""
        field = self.time
        try:
            timestamp, offset = parse_time(record.get(self.time), self.time_format)
            field = self.sender
            sender = _as_str(record.get(self.sender), nullable=True)
            field = self.text
            text = _as_str(record.get(self.text), nullable=False) or ""
            opt = {name: record.get(col) for name, col in self.optional.items()}
            field = self.optional.get("kind", "kind")
            kind = _kind(opt.get("kind"))
            field = self.optional.get("conversation_id", "conversation_id")
            conv = _as_str(opt.get("conversation_id"), nullable=True) or conversation
            field = self.optional.get("message_id", "message_id")
            message_id = _as_str(opt.get("message_id"), nullable=True) or f"{conv}:{number}"
            field = self.optional.get("platform", "platform")
            platform = _as_str(opt.get("platform"), nullable=True) or GENERIC_PLATFORM
            field = self.optional.get("reply_to", "reply_to")
            reply_to = _as_str(opt.get("reply_to"), nullable=True)
            field = self.optional.get("utc_offset", "utc_offset")
            if "utc_offset" in opt:
                offset = _offset(opt["utc_offset"])
            field = self.optional.get("edited", "edited")
            edited = _flag(opt.get("edited"))
        except FieldError as error:
            raise FieldError(f"column {field!r}: {error}") from None
        return (conv, message_id, timestamp, sender, text, kind, platform, reply_to, offset, edited)


def _kind(value: Any) -> str:
    if value is None or value == "":
        return "text"
    if isinstance(value, str) and value.strip().lower() in KINDS:
        return value.strip().lower()
    raise FieldError(f"expected one of {', '.join(KINDS)}")


def _offset(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        minutes = int(value) if not isinstance(value, bool | float) else None
    except ValueError:
        minutes = None
    if minutes is None or abs(minutes) > _MAX_OFFSET_MINUTES:
        raise FieldError("expected whole minutes between -1080 and 1080")
    return minutes


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, str | int) and str(value).strip().lower() in _TRUE | _FALSE:
        return str(value).strip().lower() in _TRUE
    raise FieldError("expected true or false")


def _start(name: str, path: Path, options: ImportOptions, report: ImportReport) -> tuple[str, str]:
    """What both generic importers do first: fill the report, pick the encoding and the
    conversation id (the option, else the file name without suffix)."""
    report.format, report.platform = name, GENERIC_PLATFORM
    encoding = report.encoding = _encoding(path, options)
    report.total_bytes = path.stat().st_size
    return encoding, options.conversation_id or path.stem


def _encoding(path: Path, options: ImportOptions) -> str:
    """The user's --encoding, else what the byte-order mark says, else UTF-8."""
    if options.encoding:
        try:
            codecs.lookup(options.encoding)
        except LookupError:
            raise EncodingError(f"--encoding {options.encoding}: unknown encoding name.") from None
        return options.encoding
    return detect_encoding(read_head(path, 4096), str(path))


def _delimiter(header_line: str) -> str:
    """The separator of a CSV file, judged by its header line (``,`` on a tie)."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _decode_error(path: Path, line: int, encoding: str) -> EncodingError:
    return EncodingError(
        f"{path}: line {line}: not valid {encoding}. Pass the file's encoding with "
        "--encoding (for example --encoding cp1252 or --encoding latin-1)."
    )


class _Collector:
    """Adds rows, remembers whether they stayed in time order, emits them in order."""

    def __init__(self, options: ImportOptions, raw: BinaryIO, report: ImportReport) -> None:
        self.buffer = RowBuffer(options.batch_size)
        self.batches: list[pa.RecordBatch] = []
        self.last: dict[str, str] = {}
        self.current: str | None = None
        self.in_order = True
        self.progress: Callable[[int], None] | None = options.progress
        self.raw = raw
        self.report = report
        self.count = 0
        self.platforms: set[str] = set()

    def add(self, row: tuple[Any, ...]) -> None:
        conv, timestamp = row[0], row[2]
        if conv != self.current:
            if conv in self.last:
                self.in_order = False
            self.current = conv
        elif timestamp < self.last[conv]:
            self.in_order = False
        self.last[conv] = timestamp
        self.count += 1
        if len(self.platforms) < 2:
            self.platforms.add(row[6])
        batch = self.buffer.add(*row)
        if batch is not None:
            self.batches.append(batch)
            if self.progress is not None:
                self.progress(self.raw.tell())

    def finish(self, path: Path, batch_size: int) -> Iterator[pa.RecordBatch]:
        last = self.buffer.flush()
        if last is not None:
            self.batches.append(last)
        if self.progress is not None:
            self.progress(self.raw.tell())
        self.report.conversations += len(self.last)
        if len(self.platforms) == 1:
            self.report.platform = next(iter(self.platforms))
        if self.count == 0:
            raise EmptyInputError(f"{path}: no messages found (only a header or blank lines).")
        if self.in_order:
            yield from self.batches
            return
        self.report.notes.append("Rows were not in time order; they were sorted by time.")
        yield from sorted_batches(self.batches, batch_size)


class CsvImporter:
    """Any CSV (or semicolon/tab separated) file with a header row."""

    name: ClassVar[str] = "csv"
    description: ClassVar[str] = "CSV with a header row (--sender-col/--text-col/--time-col)"

    def sniff(self, sample: ExportSample) -> float:
        """A header with familiar column names and a steady column count."""
        text = sample.head.decode("utf-8", "ignore").lstrip("\ufeff")
        lines = text.splitlines()[:20]
        if len(lines) < 2:
            return 0.0
        delimiter = _delimiter(lines[0])
        header = [h.strip().lower() for h in next(csv.reader([lines[0]], delimiter=delimiter))]
        if len(header) < 2:
            return 0.0
        widths = [len(r) for r in csv.reader(lines[1:-1], delimiter=delimiter) if r]
        if widths and sum(w == len(header) for w in widths) < len(widths) / 2:
            return 0.05
        known = sum(any(a in header for a in ALIASES[f]) for f in ALIASES)
        score = 0.2 + 0.2 * known
        if sample.path.suffix.lower() in (".csv", ".tsv"):
            score += 0.15
        return min(score, 0.9)

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        """Read every row, map it to the canonical fields, emit in time order."""
        encoding, conversation = _start(self.name, path, options, report)
        csv.field_size_limit(MAX_LINE_BYTES)
        with path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding=encoding, newline="")
            try:
                first = text.readline()
            except UnicodeDecodeError:
                raise _decode_error(path, 1, encoding) from None
            text.seek(0)
            reader = csv.reader(text, delimiter=_delimiter(first))
            collector = _Collector(options, raw, report)
            self._read(reader, path, options, report, collector, conversation, encoding)
            yield from collector.finish(path, options.batch_size)

    @staticmethod
    def _read(
        reader: Any,
        path: Path,
        options: ImportOptions,
        report: ImportReport,
        collector: _Collector,
        conversation: str,
        encoding: str,
    ) -> None:
        header: list[str] | None = None
        columns: ColumnMap | None = None
        number = 0
        bad = 0
        while True:
            line = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                break
            except UnicodeDecodeError:
                raise _decode_error(path, line, encoding) from None
            except csv.Error as error:
                raise InputError(f"{path}: line {line}: not valid CSV ({error}).") from None
            if not fields or fields == [""]:
                continue
            if header is None:
                header = [scrub_surrogates(f)[0] for f in fields]
                columns = ColumnMap(header, options, str(path))
                continue
            assert columns is not None
            if len(fields) != len(header):
                bad += 1
                continue
            number += 1
            try:
                collector.add(
                    columns.row(dict(zip(header, fields, strict=True)), number, conversation)
                )
            except FieldError as error:
                raise InputError(f"{path}: line {line}, {error}.") from None
        if header is None:
            raise EmptyInputError(f"{path}: the file is empty; expected a header row.")
        if bad:
            report.unreadable_lines += bad
            report.notes.append(f"{bad} row(s) had a different number of columns and were skipped.")


class JsonlImporter:
    """JSON Lines: one JSON object per line (our canonical JSONL reads back exactly)."""

    name: ClassVar[str] = "jsonl"
    description: ClassVar[str] = "JSON Lines, one message object per line (canonical or mapped)"

    def sniff(self, sample: ExportSample) -> float:
        """The first complete line is a JSON object; canonical keys make it certain."""
        head = sample.head.lstrip(b"\xef\xbb\xbf")
        lines = [ln for ln in head.split(b"\n")[:-1] if ln.strip()] or (
            [head] if len(head) < 65_536 and head.strip() else []
        )
        if not lines:
            return 0.0
        try:
            first = json.loads(lines[0])
        except (ValueError, RecursionError):
            return 0.0
        if not isinstance(first, dict):
            return 0.0
        if set(FIELDS) <= set(first):
            return 0.99
        known = sum(any(a in first for a in ALIASES[f]) for f in ALIASES)
        return 0.3 + 0.15 * known

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        """Parse line by line; the first object's keys decide the column mapping."""
        encoding, conversation = _start(self.name, path, options, report)
        columns: ColumnMap | None = None
        number = 0
        with path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding=encoding, newline="")
            collector = _Collector(options, raw, report)
            line = 0
            while True:
                line += 1
                try:
                    content = text.readline(MAX_LINE_BYTES + 1)
                except UnicodeDecodeError:
                    raise _decode_error(path, line, encoding) from None
                if not content:
                    break
                if len(content) > MAX_LINE_BYTES:
                    raise line_too_long(f"{path}: line {line}", raw.tell())
                if not content.strip():
                    continue
                record = _parse_line(content, path, line)
                if columns is None:
                    columns = ColumnMap(list(record), options, f"{path}: line {line}")
                    if columns.canonical:
                        report.notes.append("Read as unmask's canonical JSONL.")
                number += 1
                try:
                    collector.add(columns.row(record, number, conversation))
                except FieldError as error:
                    raise InputError(f"{path}: line {line}, {error}.") from None
            if columns is None:
                raise EmptyInputError(f"{path}: the file is empty; expected JSON objects.")
            yield from collector.finish(path, options.batch_size)


def _parse_line(content: str, path: Path, line: int) -> dict[str, Any]:
    try:
        record = json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path}: line {line}, column {error.colno}: invalid JSON ({error.msg})."
        ) from None
    except RecursionError:
        raise InputError(f"{path}: line {line}: JSON nested too deeply.") from None
    except ValueError:  # Python's limit on integer digits (4,300)
        raise InputError(
            f"{path}: line {line}: a number is too long (over 4,300 digits)."
        ) from None
    if not isinstance(record, dict):
        raise InputError(f"{path}: line {line}: expected a JSON object, found another value.")
    return record
