"""Date order decisions, impossible dates and bad input of the WhatsApp importer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from unmask.errors import EmptyInputError, EncodingError, InputError, UsageError
from unmask.ingest.base import ImportReport
from unmask.ingest.whatsapp.dates import DateOrderScan

ImportFn = Callable[..., tuple[list[dict[str, Any]], ImportReport]]


def test_order_that_runs_forward_wins(whatsapp_data: Path, import_whatsapp: ImportFn) -> None:
    """No field exceeds 12, but only d/m/y runs forward: read as d/m/y, not flagged."""
    rows, report = import_whatsapp(whatsapp_data / "forward_dmy.txt")
    assert [r["timestamp"][:10] for r in rows] == ["2021-01-05", "2021-01-12", "2021-02-03"]
    assert report.date_order == "dmy"
    assert not report.date_order_ambiguous


def test_ambiguous_chat_is_flagged_not_silently_swapped(
    whatsapp_data: Path, import_whatsapp: ImportFn
) -> None:
    rows, report = import_whatsapp(whatsapp_data / "ambiguous.txt")
    assert report.date_order_ambiguous
    assert report.date_order == "dmy"  # 24-hour clock: day first is the likelier reading
    assert any("--date-order mdy" in note for note in report.notes)
    assert [r["timestamp"][:10] for r in rows] == ["2021-02-01", "2021-03-01", "2021-04-02"]


def test_date_order_option_overrides(whatsapp_data: Path, import_whatsapp: ImportFn) -> None:
    rows, report = import_whatsapp(whatsapp_data / "ambiguous.txt", date_order="mdy")
    assert [r["timestamp"][:10] for r in rows] == ["2021-01-02", "2021-01-03", "2021-02-04"]
    assert report.date_order == "mdy"
    assert not report.date_order_ambiguous


def test_unknown_date_order_option_is_a_usage_error(
    whatsapp_data: Path, import_whatsapp: ImportFn
) -> None:
    with pytest.raises(UsageError, match="dmy, mdy, ymd"):
        import_whatsapp(whatsapp_data / "ambiguous.txt", date_order="dym")


def test_us_twelve_hour_ambiguous_chat_prefers_month_first(
    tmp_path: Path, import_whatsapp: ImportFn
) -> None:
    export = tmp_path / "chat.txt"
    export.write_text("1/2/21, 9:00 AM - A: x\n1/3/21, 9:00 AM - B: y\n", encoding="utf-8")
    rows, report = import_whatsapp(export)
    assert report.date_order == "mdy" and report.date_order_ambiguous
    assert rows[0]["timestamp"] == "2021-01-02T09:00:00"


def test_identical_day_and_month_is_not_ambiguous(
    tmp_path: Path, import_whatsapp: ImportFn
) -> None:
    export = tmp_path / "chat.txt"
    export.write_text("3/3/21, 09:00 - A: x\n3/3/21, 10:00 - B: y\n", encoding="utf-8")
    _, report = import_whatsapp(export)
    assert not report.date_order_ambiguous


def test_impossible_date_is_kept_as_text_and_counted(
    whatsapp_data: Path, import_whatsapp: ImportFn
) -> None:
    rows, report = import_whatsapp(whatsapp_data / "impossible_date.txt")
    assert [(r["sender"], r["text"]) for r in rows] == [
        ("Alex", "first\n31/02/2022, 10:00 - Alex: this is not a real date"),
        ("Mei", "second"),
    ]
    assert report.impossible_dates == 1
    assert any("impossible" in note for note in report.notes)


def test_impossible_clock_time_is_kept_as_text(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    export = tmp_path / "chat.txt"
    export.write_text(
        "[13.01.22, 10:00:00] A: x\n[13.01.22, 25:61:00] A: y\n[13.01.22, 10:01:00] B: z\n",
        encoding="utf-8",
    )
    rows, report = import_whatsapp(export)
    assert [r["text"] for r in rows] == ["x\n[13.01.22, 25:61:00] A: y", "z"]
    assert report.impossible_dates == 1


def test_a_stray_witness_does_not_settle_the_order() -> None:
    scan = DateOrderScan()
    assert not scan.feed(["13/01/21"])
    assert not scan.feed(["01/14/21"])
    assert not scan.feed(["14/01/21", "15/01/21", "16/01/21"])  # contradicted: scan on
    assert scan.decide("mdy").order == "dmy"  # the majority wins at the end


def test_clear_witnesses_settle_the_order_early() -> None:
    scan = DateOrderScan()
    assert not scan.feed(["13/01/21", "14/01/21"])
    assert scan.feed(["15/01/21"])
    assert scan.decide("mdy").order == "dmy"


def test_out_of_order_lines_are_sorted(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    export = tmp_path / "chat.txt"
    export.write_text(
        "2021-12-31, 21:05 - A: one\n2021-12-31, 20:00 - B: clock went back\n"
        "2021-12-31, 21:06 - A: two\n",
        encoding="utf-8",
    )
    rows, _ = import_whatsapp(export)
    assert [r["text"] for r in rows] == ["clock went back", "one", "two"]
    assert [r["message_id"].rsplit(":", 1)[1] for r in rows] == ["2", "1", "3"]


def test_utf16_and_bom_exports(
    whatsapp_data: Path, import_whatsapp: ImportFn, tmp_path: Path
) -> None:
    source = (whatsapp_data / "ios_de.txt").read_text(encoding="utf-8")
    expected, _ = import_whatsapp(whatsapp_data / "ios_de.txt")
    for name, data in [
        ("bom.txt", b"\xef\xbb\xbf" + source.encode("utf-8")),
        ("utf16.txt", source.encode("utf-16")),
        ("utf16le.txt", source.encode("utf-16-le")),
        ("utf16be.txt", source.encode("utf-16-be")),
    ]:
        export = tmp_path / name
        export.write_bytes(data)
        rows, report = import_whatsapp(export)
        assert [(r["sender"], r["text"]) for r in rows] == [
            (r["sender"], r["text"]) for r in expected
        ], name
        assert report.encoding is not None


def test_empty_file_is_a_clear_error(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    export = tmp_path / "chat.txt"
    export.write_bytes(b"")
    with pytest.raises(EmptyInputError, match="is empty"):
        import_whatsapp(export)


def test_text_without_headers_is_a_clear_error(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    export = tmp_path / "notes.txt"
    export.write_text("just some notes\nnothing else\n", encoding="utf-8")
    with pytest.raises(EmptyInputError, match="no WhatsApp messages"):
        import_whatsapp(export)


def test_binary_file_is_refused(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    export = tmp_path / "photo.txt"
    export.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary"):
        import_whatsapp(export)


def test_wrong_encoding_names_the_encodings_tried(
    tmp_path: Path, import_whatsapp: ImportFn
) -> None:
    export = tmp_path / "chat.txt"
    export.write_bytes("13/01/2022, 10:00 - Jörg: grüß dich\n".encode("latin-1"))
    with pytest.raises(EncodingError) as error:
        import_whatsapp(export)
    message = str(error.value)
    assert "UTF-8" in message and "UTF-16" in message and "chat.txt" in message
    assert "grüß" not in message
    rows, _ = import_whatsapp(export, encoding="latin-1")
    assert rows[0]["sender"] == "Jörg" and rows[0]["text"] == "grüß dich"


def test_missing_file_is_an_input_error(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    with pytest.raises(InputError, match="does not exist"):
        import_whatsapp(tmp_path / "nope.txt")
