"""Shared types of the importers: options, the import report, the protocol.

An importer turns one export into a stream of Arrow record batches in the
canonical schema (:data:`unmask.model.ARROW_SCHEMA`). Batches keep memory
bounded for exports of any size; a helper turns them into a table or into
:class:`~unmask.model.Message` objects when that is more convenient.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Protocol

import pyarrow as pa

DATE_ORDERS = ("dmy", "mdy", "ymd")


@dataclass
class ImportOptions:
    """What the user told us about the export (all optional)."""

    format: str = "auto"
    date_order: str | None = None
    encoding: str | None = None
    sender_col: str | None = None
    text_col: str | None = None
    time_col: str | None = None
    time_format: str | None = None
    conversation_id: str | None = None
    #: which chat of an export holding several (a name as the app shows it, or an id)
    chat: str | None = None
    batch_size: int = 65_536
    #: called with the number of input bytes consumed so far (for progress bars)
    progress: Callable[[int], None] | None = None


@dataclass
class ImportReport:
    """What happened during an import; shown as the summary, never holds message text."""

    source: str
    format: str = ""
    platform: str = ""
    encoding: str | None = None
    total_bytes: int = 0
    date_order: str | None = None
    date_order_ambiguous: bool = False
    unreadable_lines: int = 0
    impossible_dates: int = 0
    media_files: int = 0
    conversations: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ExportSample:
    """The first bytes of an export (or of the chat inside a zip) for format sniffing."""

    path: Path
    head: bytes
    zip_members: tuple[str, ...] = ()


class Importer(Protocol):
    """One chat platform's reader. Built-ins and plugins implement the same protocol."""

    name: ClassVar[str]
    description: ClassVar[str]

    def sniff(self, sample: ExportSample) -> float:
        """Confidence in [0, 1] that this importer reads the export."""
        ...

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        """Yield canonical record batches in chronological order; fill ``report``."""
        ...
