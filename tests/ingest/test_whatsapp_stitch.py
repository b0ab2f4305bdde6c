"""Chunks are parsed independently and stitched in order: the result must not depend on
where the chunk boundaries fall (preamble, long multi-line messages, impossible dates)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from unmask.ingest import read_table
from unmask.ingest.base import ImportReport
from unmask.ingest.whatsapp import stitch
from unmask.ingest.whatsapp.parse import ChunkParser

LONG = "\n".join(f"line {i} of a long message, 小猫 😀" for i in range(60))


def _chat() -> str:
    lines = ["Chat exported from the phone", "", "second preamble line"]
    for day in range(1, 29):
        lines.append(f"{day:02d}/03/2021, 09:15 - Mei: morning {day}")
        lines.append(f"{day:02d}/03/2021, 21:40 - Alex: night {day}\nsecond line")
        if day % 9 == 0:
            lines.append(f"{day:02d}/03/2021, 22:00 - Mei: {LONG}")
            lines.append("31/02/2021, 22:01 - Mei: an impossible date stays text")
    return "\n".join(lines) + "\n"


def _import(path: Path) -> Any:
    report = ImportReport(source=str(path))
    table = read_table(path, report=report)
    return table.to_pylist(), report


@pytest.mark.parametrize("chunk_bytes", [40, 333, 4096])
def test_chunking_never_changes_rows_or_counts(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    small_chunks: Callable[[int], None],
    chunk_bytes: int,
) -> None:
    export = tmp_path / "WhatsApp Chat with Mei.txt"
    export.write_text(_chat(), encoding="utf-8")
    whole, whole_report = _import(export)
    small_chunks(chunk_bytes)
    parsed: list[int] = []
    padded = ChunkParser.parse_padded

    def counting(self: ChunkParser, buf: Any, size: int) -> Any:
        parsed.append(size)
        return padded(self, buf, size)

    monkeypatch.setattr(ChunkParser, "parse_padded", counting)
    rows, report = _import(export)
    assert len(parsed) >= len(_chat().encode()) // (2 * chunk_bytes)  # really cut in chunks
    assert rows == whole
    assert len(rows) == 28 * 2 + 3
    assert [row["message_id"] for row in rows] == [f"mei:{n}" for n in range(1, len(rows) + 1)]
    long_rows = [row for row in rows if row["text"].startswith("line 0 of")]
    assert len(long_rows) == 3
    assert all(row["text"].endswith("an impossible date stays text") for row in long_rows)
    # each impossible-date line is counted once, wherever the chunks are cut
    assert (report.unreadable_lines, report.impossible_dates) == (2, 3)
    assert (whole_report.unreadable_lines, whole_report.impossible_dates) == (2, 3)


def test_the_digit_table_holds_each_four_digit_number_as_ascii() -> None:
    assert stitch._DIGITS4.dtype == np.uint8 and stitch._DIGITS4.shape == (10_000, 4)
    assert [bytes(row) for row in stitch._DIGITS4] == [f"{i:04d}".encode() for i in range(10_000)]
    assert stitch._DIGITS4_WORDS.tobytes() == b"".join(f"{i:04d}".encode() for i in range(10_000))
