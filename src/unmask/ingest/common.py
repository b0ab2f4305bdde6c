"""Helpers shared by the smaller platform importers (Signal, iMessage, WeChat, LINE, Discord).

These exports are one chat each and small next to WhatsApp's: each is read
whole (bounded by :data:`MAX_EXPORT_BYTES`), decoded with the same encoding
rules as the other text importers, and its rows go through :class:`Rows`,
which counts what was skipped and sorts stably by time when the export was out
of order.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa

from unmask.errors import EmptyInputError, EncodingError, InputError
from unmask.ingest.base import ImportOptions, ImportReport
from unmask.ingest.batching import RowBuffer, scrub_surrogates, sorted_batches
from unmask.ingest.textio import describe_encoding, detect_encoding

#: largest single-chat export read whole (memory is a few times this)
MAX_EXPORT_BYTES = 512 * 1024**2
#: real time zones lie within UTC-12..UTC+14; anything beyond is not an offset
MAX_OFFSET_MINUTES = 18 * 60
_EPOCH = datetime(1970, 1, 1)


def read_bytes(path: Path, options: ImportOptions, report: ImportReport, what: str) -> bytes:
    """The whole file (refused over :data:`MAX_EXPORT_BYTES` or when empty)."""
    try:
        size = path.stat().st_size
        if size > MAX_EXPORT_BYTES:
            raise InputError(
                f"{path}: {size / 1024**2:.0f} MiB is more than the {MAX_EXPORT_BYTES // 1024**2} "
                f"MiB read for one {what}; export a single chat instead."
            )
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from None
    report.total_bytes = len(data)
    if options.progress is not None:
        options.progress(len(data))
    if not data.strip():
        raise EmptyInputError(f"{path} is empty; export the chat again.")
    return data


def decode(data: bytes, path: Path, options: ImportOptions, report: ImportReport) -> str:
    """Text of an export: ``--encoding``, else a BOM / UTF-16 pattern, else UTF-8."""
    codec = options.encoding or detect_encoding(data[:65536], str(path))
    report.encoding = describe_encoding(codec)
    try:
        text = data.decode(codec)
    except LookupError:
        raise EncodingError(f"--encoding {codec}: unknown encoding name.") from None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise EncodingError(
            f"{path}: line {line}: not valid {describe_encoding(codec)}; if the file was "
            "re-saved in another encoding, pass it with --encoding."
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def load_json(text: str, path: Path, what: str) -> Any:
    """Parse a JSON document; errors name the line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path}: line {error.lineno}, column {error.colno}: invalid JSON ({error.msg}); "
            f"expected a {what}. The file may be truncated; export it again."
        ) from None
    except (RecursionError, ValueError):
        raise InputError(f"{path}: JSON too deeply nested or with absurd numbers.") from None


def slug(name: str, fallback: str) -> str:
    """A conversation id made of a name: letters and digits kept, the rest ``-``."""
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in name.strip())
    cleaned = re.sub(r"-{2,}", "-", cleaned).strip("-").lower()
    return cleaned or fallback


def offset_minutes(wall: datetime, utc: datetime) -> int | None:
    """``wall - utc`` in minutes when it is a real time zone's offset, else ``None``."""
    minutes = round((wall - utc).total_seconds() / 60)
    return minutes if abs(minutes) <= MAX_OFFSET_MINUTES else None


def from_epoch(seconds: float) -> datetime | None:
    """A naive UTC datetime of Unix seconds (``None`` when out of range)."""
    try:
        return _EPOCH + timedelta(seconds=seconds)
    except (OverflowError, ValueError):
        return None


def iso_wall(value: str) -> tuple[str, int | None] | None:
    """ISO 8601 with or without an offset -> (wall time, offset minutes or None)."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    offset = moment.utcoffset()
    minutes = None if offset is None else round(offset.total_seconds() / 60)
    return stamp(moment.replace(tzinfo=None)), minutes


def stamp(moment: datetime) -> str:
    """The canonical timestamp text, to the second (``2023-05-01T15:05:12``).

    Fractions of a second (Discord's milliseconds) are dropped: no chat app shows
    them, and the later stages read whole seconds.
    """
    return moment.replace(tzinfo=None, microsecond=0).isoformat()


class Rows:
    """Collects one importer's rows, counts what was skipped, and yields sorted batches."""

    def __init__(self, platform: str, options: ImportOptions, report: ImportReport) -> None:
        self.platform = platform
        self.options = options
        self.report = report
        self.skipped: Counter[str] = Counter()
        self.reactions = 0
        self._batches: list[pa.RecordBatch] = []
        self._buffer = RowBuffer(options.batch_size)
        self._last: dict[str, str] = {}
        self._disorder = False
        self._count = 0
        self._conversations: set[str] = set()

    def add(
        self,
        conversation_id: str,
        message_id: str,
        timestamp: str,
        sender: str | None,
        text: str,
        kind: str,
        *,
        reply_to: str | None = None,
        utc_offset: int | None = None,
        edited: bool = False,
    ) -> None:
        text = scrub_surrogates(text)[0]
        sender = None if sender is None else scrub_surrogates(sender)[0]
        if timestamp < self._last.get(conversation_id, ""):
            self._disorder = True
        self._last[conversation_id] = timestamp
        self._conversations.add(conversation_id)
        self._count += 1
        batch = self._buffer.add(
            conversation_id,
            scrub_surrogates(message_id)[0],
            timestamp,
            sender,
            text,
            kind,
            self.platform,
            reply_to=reply_to,
            utc_offset=utc_offset,
            edited=edited,
        )
        if batch is not None:
            self._batches.append(batch)

    def skip(self, why: str, n: int = 1) -> None:
        """Count ``n`` records left out for the reason ``why`` (shown in the summary)."""
        self.skipped[why] += n

    def batches(self) -> Iterator[pa.RecordBatch]:
        """All rows in time order within each conversation; fills the report's notes."""
        last = self._buffer.flush()
        if last is not None:
            self._batches.append(last)
        report = self.report
        report.platform = self.platform
        report.conversations = len(self._conversations)
        for why, n in self.skipped.items():
            report.unreadable_lines += n
            report.notes.append(f"{n:,} record(s) skipped: {why}.")
        if self.reactions:
            report.notes.append(f"{self.reactions:,} reaction(s) counted, not read as messages.")
        if self._disorder:
            report.notes.append("The export was not in time order; messages were sorted by time.")
            yield from sorted_batches(self._batches, self.options.batch_size)
        else:
            yield from self._batches
        self._batches = []
