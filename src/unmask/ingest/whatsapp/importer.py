"""The WhatsApp importer: ``.txt`` exports and the ``.zip`` the phone makes.

Pipeline (all streaming, memory bounded by the chunk and batch sizes):

1. open the chat text (the file, or the chat member of a checked zip; media
   members are only counted) and decode it in ~2 MiB chunks
   (:mod:`unmask.ingest.textio`);
2. decide the date order with a pre-scan that stops as soon as the file
   settles it (:mod:`unmask.ingest.whatsapp.dates`), unless
   ``options.date_order`` is given;
3. parse the chunks in two threads, each chunk on its own
   (:mod:`unmask.ingest.whatsapp.parse`), and join them in order, which
   also numbers the messages (:mod:`unmask.ingest.whatsapp.stitch`);
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

import re
import threading
import unicodedata
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager
from pathlib import Path, PurePosixPath
from typing import BinaryIO, ClassVar, cast

import pyarrow as pa

from unmask.errors import EmptyInputError, InputError, UsageError
from unmask.ingest.archive import count_media, find_chat_member, is_zip, open_member_binary
from unmask.ingest.base import DATE_ORDERS, ExportSample, ImportOptions, ImportReport
from unmask.ingest.textio import (
    PaddedChunk,
    decode_head,
    describe_encoding,
    detect_encoding,
    iter_padded_chunks,
    iter_utf8_chunks,
    validate_utf8,
)
from unmask.ingest.whatsapp.dates import DateOrderScan
from unmask.ingest.whatsapp.header import HEADER_LINE, MAX_YEAR, MIN_YEAR
from unmask.ingest.whatsapp.order import ChronologicalBatcher
from unmask.ingest.whatsapp.parse import PAD, PLATFORM, ChunkParser, ParsedChunk
from unmask.ingest.whatsapp.stitch import Stitcher, header_cut

_CHAT_PREFIX = re.compile(r"^WhatsApp[ _-]Chat(?:[ _-]+with[ _-]+|[ _-]+-[ _-]+|[ _-]+)", re.I)
_SCAN_BYTES = 256 * 1024
_ENGLISH_12H = re.compile(r"\d[ \u202f\u00a0]?(?:AM|PM|am|pm)\b")
#: parsing threads (the caller's thread stitches and writes beside them)
_WORKERS = 2
#: chunks read ahead of the one being stitched (memory: a few MiB each)
_AHEAD = 6


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
        stream, size = open_member_binary(self.path, self.member)
        stream.close()
        return size

    def slug_name(self) -> str:
        if self.member is not None and PurePosixPath(self.member).name == "_chat.txt":
            return self.path.name
        return self.member or self.path.name


def _parse_parallel(
    source: _Source, encoding: str, conversation_id: str, order: str
) -> Iterator[tuple[ParsedChunk, int]]:
    """Parsed chunks of the export, in order, with the input bytes consumed so far.

    The caller's thread reads and validates the chunks; a pool of
    :data:`_WORKERS` threads parses them (:meth:`ChunkParser.parse`, one
    parser per thread) while the caller stitches, sorts and writes earlier
    ones. NumPy, Arrow and the Parquet writer release the GIL for their heavy
    work, so on two cores the parse runs about twice as fast as in one
    thread. At most :data:`_AHEAD` chunks are in flight, which bounds memory.
    Errors are re-raised in the caller's thread, in chunk order; closing the
    generator early cancels what has not started.
    """
    local = threading.local()

    def parser() -> ChunkParser:
        found = getattr(local, "parser", None)
        if found is None:
            found = local.parser = ChunkParser(conversation_id, order)
        return cast(ChunkParser, found)

    def parse_padded(chunk: PaddedChunk) -> ParsedChunk:
        data = chunk.buf[: chunk.size]
        validate_utf8(data, source.name, chunk.offset)
        if (data == 13).any():  # CR LF line ends (rare): LF, and a padded copy again
            return parser().parse(bytes(data).replace(b"\r\n", b"\n"))
        return parser().parse_padded(chunk.buf, chunk.size)

    def parse(data: bytes | bytearray) -> ParsedChunk:
        return parser().parse(data)

    # UTF-8 input (almost every export) is read into padded buffers and validated in
    # the parsing threads; other encodings are decoded (and so checked) while reading
    utf8 = encoding.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig")

    pending: deque[tuple[Future[ParsedChunk], int]] = deque()
    with ThreadPoolExecutor(_WORKERS, thread_name_prefix="unmask-whatsapp") as pool:
        try:
            with source.open() as raw:
                tasks: Iterator[tuple[Future[ParsedChunk], int]]
                if utf8:
                    tasks = (
                        (pool.submit(parse_padded, chunk), chunk.bytes_done)
                        for chunk in iter_padded_chunks(
                            raw, cut=header_cut, pad=PAD, source=source.name
                        )
                    )
                else:
                    tasks = (
                        (pool.submit(parse, chunk.data), chunk.bytes_done)
                        for chunk in iter_utf8_chunks(raw, source.name, encoding=encoding)
                    )
                for task in tasks:
                    pending.append(task)
                    if len(pending) >= _AHEAD:
                        future, done = pending.popleft()
                        yield future.result(), done
            while pending:
                future, done = pending.popleft()
                yield future.result(), done
        finally:
            for future, _ in pending:
                future.cancel()


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
        stitcher = Stitcher(ChunkParser(conversation_id, order))
        batcher = ChronologicalBatcher(options.batch_size)
        for chunk, done in _parse_parallel(source, encoding, conversation_id, order):
            table = stitcher.push(chunk)
            if table is not None:
                yield from batcher.push(table)
            if options.progress is not None:
                options.progress(done)
        table = stitcher.finish()
        if table is not None:
            yield from batcher.push(table)
        yield from batcher.finish()
        report.unreadable_lines += stitcher.unreadable_lines
        report.impossible_dates += stitcher.impossible_dates
        if stitcher.impossible_dates:
            report.notes.append(
                f"{stitcher.impossible_dates} line(s) looked like a message header but held an "
                "impossible date or time; they were kept as text of the message before them"
            )
        if batcher.late_rows:
            report.notes.append(
                f"{batcher.late_rows} message(s) are dated earlier than messages well before "
                "them in the export (a clock change?); they keep their place in export order"
            )
        if stitcher.count == 0 and stitcher.impossible_dates:
            raise EmptyInputError(
                f"no WhatsApp messages found in {source.name}: {stitcher.impossible_dates} "
                f"header line(s) hold a date outside {MIN_YEAR}-{MAX_YEAR} or an impossible "
                "time. Export the chat again, or pass --date-order if the order was misread"
            )
        if stitcher.count == 0:
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
            pieces = iter_utf8_chunks(
                raw, source.name, encoding=encoding, chunk_bytes=_SCAN_BYTES, validate=True
            )
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
