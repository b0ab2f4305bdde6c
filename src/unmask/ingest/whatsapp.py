"""The WhatsApp importer: ``.txt`` exports and the ``.zip`` the phone makes.

Pipeline (all streaming, memory bounded by the chunk and batch sizes):

1. open the chat text (the file, or the chat member of a checked zip; media
   members are only counted) and decode it in ~2 MiB chunks
   (:mod:`unmask.ingest.textio`);
2. decide the date order with a pre-scan that stops as soon as the file
   settles it (:mod:`unmask.ingest.whatsapp_dates`), unless
   ``options.date_order`` is given;
3. parse chunk by chunk (:mod:`unmask.ingest.whatsapp_parse`);
4. keep the output chronological (:class:`ChronologicalBatcher`) and emit
   record batches of ``options.batch_size`` rows.

Canonical mapping: platform ``whatsapp``; ``conversation_id`` from
``options.conversation_id`` or a slug of the file name (``WhatsApp Chat with
Mei.txt`` -> ``mei``); ``message_id`` ``f"{conversation_id}:{n}"`` with ``n``
the 1-based position in the export (stable across re-imports of the same
export); ``timestamp`` ``YYYY-MM-DDTHH:MM:SS`` (``:00`` when the export shows no seconds);
``utc_offset`` ``None`` (exports show wall time only).
"""

from __future__ import annotations

import queue
import re
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path, PurePosixPath
from typing import BinaryIO, ClassVar, cast

import pyarrow as pa

from unmask.errors import EmptyInputError, InputError, UsageError
from unmask.ingest.archive import count_media, find_chat_member, is_zip, open_member_binary
from unmask.ingest.base import DATE_ORDERS, ExportSample, ImportOptions, ImportReport
from unmask.ingest.textio import decode_head, describe_encoding, detect_encoding, iter_utf8_chunks
from unmask.ingest.whatsapp_dates import DateOrderScan
from unmask.ingest.whatsapp_header import HEADER_LINE
from unmask.ingest.whatsapp_order import ChronologicalBatcher
from unmask.ingest.whatsapp_parse import PLATFORM, ChunkParser, Located

_CHAT_PREFIX = re.compile(r"^WhatsApp[ _-]Chat(?:[ _-]+with[ _-]+|[ _-]+-[ _-]+|[ _-]+)", re.I)
_SCAN_BYTES = 256 * 1024
_ENGLISH_12H = re.compile(r"\d[ \u202f\u00a0]?(?:AM|PM|am|pm)\b")


def conversation_slug(name: str) -> str:
    """A stable id from an export's file name: ``WhatsApp Chat with Mei.txt`` -> ``mei``.

    Letters of any script are kept (``李美玲`` stays), runs of anything else
    become ``-``; an empty result falls back to ``whatsapp``.
    """
    stem = PurePosixPath(name).name
    stem = re.sub(r"\.(txt|zip)$", "", stem, flags=re.I)
    stem = _CHAT_PREFIX.sub("", stem)
    stem = unicodedata.normalize("NFKC", stem).casefold()
    slug = "".join(ch if ch.isalnum() else "-" for ch in stem)
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    return slug or "whatsapp"


class _Source:
    """Where the chat text lives: a plain file or a member of a zip archive."""

    def __init__(self, path: Path, report: ImportReport) -> None:
        self.path = path
        self.member: str | None = None
        if not path.is_file():
            raise InputError(f"{path} does not exist or is not a file")
        if is_zip(path):
            self.member = find_chat_member(path)
            report.media_files = count_media(path, self.member)
            self.name = f"{path}:{self.member}"
        else:
            self.name = str(path)

    def open(self) -> AbstractContextManager[BinaryIO]:
        if self.member is None:
            try:
                return self.path.open("rb")
            except OSError as error:
                raise InputError(f"cannot read {self.path}: {error.strerror}") from None
        stream, _ = open_member_binary(self.path, self.member)
        return stream

    def size(self) -> int:
        if self.member is None:
            return self.path.stat().st_size
        _, size = open_member_binary(self.path, self.member)
        return size

    def slug_name(self) -> str:
        if self.member is not None and PurePosixPath(self.member).name == "_chat.txt":
            return self.path.name
        return self.member or self.path.name


def _parse_ahead(
    source: _Source, encoding: str, parser: ChunkParser
) -> Iterator[tuple[pa.Table | None, int | None]]:
    """Parse in two stages: a helper thread reads, decodes and locates the messages
    of chunk i+1 (:meth:`ChunkParser.locate`) while the caller's thread cuts out
    chunk i (:meth:`ChunkParser.build`) and does whatever it does with the
    batches (writing them, usually).

    NumPy, Arrow and the Parquet writer release the GIL for their heavy work,
    so on two cores the stages overlap. The queue bound (two chunks) keeps
    memory bounded. Errors are re-raised here, in the caller's thread; closing
    the generator early stops the helper.
    """
    pending: queue.Queue[tuple[str, object, int | None]] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def put(item: tuple[str, object, int | None]) -> None:
        while not stop.is_set():
            try:
                pending.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def work() -> None:
        try:
            with source.open() as raw:
                for chunk in iter_utf8_chunks(raw, source.name, encoding=encoding):
                    if stop.is_set():
                        return
                    put(("located", parser.locate(chunk.data), chunk.bytes_done))
            put(("located", parser.locate(b"", final=True), None))
            put(("done", None, None))
        except BaseException as error:  # handed to the consumer, which re-raises it
            put(("error", error, None))

    helper = threading.Thread(target=work, name="unmask-whatsapp-parse", daemon=True)
    helper.start()
    try:
        while True:
            kind, value, done = pending.get()
            if kind == "error":
                assert isinstance(value, BaseException)
                raise value
            if kind == "done":
                return
            located = cast(Located | None, value)
            yield (None if located is None else parser.build(located)), done
    finally:
        stop.set()
        helper.join()


class WhatsAppImporter:
    """Reads WhatsApp chat exports (Android and iOS, any locale's header layout)."""

    name: ClassVar[str] = "whatsapp"
    description: ClassVar[str] = (
        "WhatsApp chat export: the .txt, or the .zip the phone makes (Android and iOS)"
    )

    def sniff(self, sample: ExportSample) -> float:
        """High confidence when the sample's lines start with WhatsApp message headers."""
        text = decode_head(sample.head)
        lines = [line for line in text.split("\n")[:40] if line.strip()]
        if not lines:
            return 0.0
        hits = sum(1 for line in lines if HEADER_LINE.match(line))
        names = [PurePosixPath(member).name for member in sample.zip_members]
        named = any(n == "_chat.txt" or n.startswith("WhatsApp Chat") for n in names)
        if hits == 0:
            return 0.0
        if HEADER_LINE.match(lines[0]) or hits >= 3:
            return 0.95 if not named else 0.99
        return 0.6

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        """Yield the export's messages as canonical record batches, in chronological order."""
        path = Path(path)
        source = _Source(path, report)
        report.format = self.name
        report.platform = PLATFORM
        report.conversations = 1
        report.total_bytes = source.size()
        encoding = options.encoding or self._detect(source)
        report.encoding = describe_encoding(encoding)
        order = self._date_order(source, encoding, options, report)
        conversation_id = options.conversation_id or conversation_slug(source.slug_name())
        parser = ChunkParser(conversation_id, order)
        batcher = ChronologicalBatcher(options.batch_size)
        for table, done in _parse_ahead(source, encoding, parser):
            if table is not None:
                yield from batcher.push(table)
            if done is not None and options.progress is not None:
                options.progress(done)
        yield from batcher.finish()
        report.unreadable_lines += parser.unreadable_lines
        report.impossible_dates += parser.impossible_dates
        if parser.impossible_dates:
            report.notes.append(
                f"{parser.impossible_dates} line(s) looked like a message header but held an "
                "impossible date or time; they were kept as text of the message before them"
            )
        if batcher.late_rows:
            report.notes.append(
                f"{batcher.late_rows} message(s) are dated earlier than messages well before "
                "them in the export (a clock change?); they keep their place in export order"
            )
        if parser.count == 0:
            raise EmptyInputError(
                f"no WhatsApp messages found in {source.name}: no line starts with a "
                "date and time header. Is it a WhatsApp export? Use --format to pick another "
                "importer"
            )

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _detect(source: _Source) -> str:
        with source.open() as raw:
            head = raw.read(4096)
        if not head:
            raise EmptyInputError(f"{source.name} is empty; export the chat again from the phone")
        return detect_encoding(head, source.name)

    @staticmethod
    def _date_order(
        source: _Source, encoding: str, options: ImportOptions, report: ImportReport
    ) -> str:
        if options.date_order is not None:
            if options.date_order not in DATE_ORDERS:
                raise UsageError(
                    f"unknown date order {options.date_order!r}; use one of "
                    + ", ".join(DATE_ORDERS)
                )
            report.date_order = options.date_order
            return options.date_order
        scan = DateOrderScan()
        likely = "dmy"
        first = True
        with source.open() as raw:
            # small pieces: most exports settle the order within their first few days
            pieces = iter_utf8_chunks(raw, source.name, encoding=encoding, chunk_bytes=_SCAN_BYTES)
            for chunk in pieces:
                matches = HEADER_LINE.findall(chunk.data.decode("utf-8"))
                if first and matches:
                    first = False
                    _, date, time = matches[0]
                    if "/" in date and _ENGLISH_12H.search(time):
                        likely = "mdy"
                if scan.feed([date for _, date, _ in matches]):
                    break
        decision = scan.decide(likely)
        report.date_order = decision.order
        if decision.ambiguous:
            report.date_order_ambiguous = True
            report.notes.append(f"date order is ambiguous: {decision.reason}")
        return decision.order
