"""docs/limits.md states every bound as the code has it."""

from __future__ import annotations

from pathlib import Path

from unmask.dyad.partners import MAX_LISTED, MAX_NAME_CHARS
from unmask.ingest import archive, bounds, common, jsonstream
from unmask.ingest.textio import MAX_LINE_BYTES
from unmask.ingest.whatsapp.header import MAX_YEAR, MIN_YEAR
from unmask.report.writer import MAX_REPORT_BYTES

DOC = (Path(__file__).resolve().parents[1] / "docs" / "limits.md").read_text(encoding="utf-8")


def test_every_bound_is_stated_as_the_code_has_it() -> None:
    stated = [
        f"{bounds.MIN_TIMESTAMP[:10]} to {int(bounds.MAX_TIMESTAMP[:4]) - 1}-12-31",
        f"{MIN_YEAR} to {MAX_YEAR}",
        f"| {MAX_LINE_BYTES // 1024**2} MiB |",
        f"{bounds.MAX_TEXT_CHARS:,} characters",
        f"| {bounds.MAX_SENDERS:,} |",
        f"| {MAX_LISTED} (names cut at {MAX_NAME_CHARS} characters)",
        f"| {archive.MAX_MEMBERS:,} |",
        f"{archive.MAX_TOTAL_UNCOMPRESSED // 1024**3} GiB in all",
        f"at most {archive.MAX_RATIO}x",
        f"| {MAX_REPORT_BYTES // 1024**2} MiB each |",
        f"| {common.MAX_EXPORT_BYTES // 1024**2} MiB | `E100`",
        f"| {jsonstream.MAX_VALUE_CHARS // 1024**2} MiB (the file itself is streamed: any size) |",
    ]
    missing = [text for text in stated if text not in DOC]
    assert missing == []
