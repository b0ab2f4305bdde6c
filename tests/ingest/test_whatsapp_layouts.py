"""Hand-written exports in every header layout, with the exact rows expected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from unmask.ingest.base import ExportSample, ImportReport
from unmask.ingest.whatsapp import WhatsAppImporter

LRM = "\u200e"

ENCRYPTION_ANDROID = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them. Tap to learn more."
)
ENCRYPTION_IOS = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them."
)

# (timestamp, sender, text, kind, edited)
ANDROID_US = [
    ("2021-12-31T21:05:00", None, ENCRYPTION_ANDROID, "system", False),
    ("2021-12-31T21:06:00", "Alex Müller", "did you pay the rent?", "text", False),
    (
        "2021-12-31T21:07:00",
        "李美玲",
        "yes\n1. milk\n2. eggs\n21:00 dinner at Sofia's\n10/12 dentist\n12/31/21 - not a header",
        "text",
        False,
    ),
    ("2022-01-01T00:01:00", "Alex Müller", "<Media omitted>", "media", False),
    ("2022-01-01T00:02:00", "李美玲", "This message was deleted", "deleted", False),
    (
        "2022-01-01T00:03:00",
        "Alex Müller",
        "Note: the car insurance is due on the 15th",
        "text",
        False,
    ),
    ("2022-01-01T12:04:00", "+1 555 123 4567", "hi, it's the plumber", "text", False),
    ("2022-01-13T08:15:00", "Jean-Luc - Work 🚀", "ok ❤️", "text", True),
    ("2022-01-13T08:16:00", "Team:Blue", "ping", "text", False),
]
ANDROID_DE = [
    ("2021-12-31T21:05:00", "Alex Müller", "Hallo", "text", False),
    ("2021-12-31T21:06:00", "李美玲", "<Medien ausgeschlossen>", "media", False),
    ("2022-01-01T00:00:00", "Alex Müller", "Frohes neues Jahr!\nZweite Zeile", "text", False),
]
ANDROID_ES = [
    ("2021-12-31T21:05:00", "Alex", "<Multimedia omitido>", "media", False),
    ("2021-12-31T23:59:00", "Mei", "¿vienes?", "text", False),
    ("2022-01-01T00:30:00", "Alex", "sí", "text", False),
]
ANDROID_ZH = [
    ("2021-12-31T21:05:00", "美玲", "今天好累，想你了。", "text", False),
    (
        "2021-12-31T21:06:00",
        "美玲",
        "<附件：00000012-PHOTO-2021-12-31-21-06-00.jpg>",
        "media",
        False,
    ),
    ("2022-01-01T00:01:00", "Alex", "新年快乐……", "text", False),
]
IOS_DE = [
    ("2021-12-31T21:05:07", None, ENCRYPTION_IOS, "system", False),
    ("2021-12-31T21:05:30", "Alex Müller", "Hallo 👩‍❤️‍👨", "text", False),
    ("2021-12-31T21:06:00", "李美玲", "image omitted", "media", False),
    (
        "2021-12-31T21:06:10",
        "李美玲",
        "<attached: 00000042-PHOTO-2021-12-31-21-06-10.jpg>",
        "media",
        False,
    ),
    ("2021-12-31T21:07:00", "Alex Müller", "This message was deleted.", "deleted", False),
    ("2021-12-31T21:08:00", "Alex Müller", "bis gleich", "text", True),
    ("2021-12-31T21:09:00", None, "Missed voice call", "call", False),
    ("2021-12-31T21:10:00", "李美玲", "sticker omitted", "sticker", False),
    ("2022-01-13T08:00:00", "Alex Müller", "zwei\nZeilen", "text", False),
]
IOS_US_LRM = [
    ("2021-12-31T21:05:07", "Alex", "hello", "text", False),
    ("2021-12-31T22:15:00", "Mei", "key: value", "text", False),
    ("2022-01-13T00:00:01", "Alex", "late", "text", False),
]
# a 0-11 clock (Latin American Android): hour 00 with a. m. is just after midnight
ANDROID_ES_HOUR00 = [
    ("2024-01-03T23:58:00", "Lucía", "¿ya dormiste?", "text", False),
    ("2024-01-04T00:08:00", "Mateo", "todavía no", "text", False),
    ("2024-01-04T00:41:00", "Lucía", "buenas noches ❤️\nque descanses", "text", False),
    ("2024-01-04T12:15:00", "Mateo", "¿almorzamos?", "text", False),
    ("2024-01-04T13:02:00", "Lucía", "sí", "text", False),
]
YMD_DASH = [
    ("2021-12-31T21:05:00", "Alex", "one", "text", False),
    ("2021-12-31T21:06:00", "Mei", "two", "text", False),
    ("2022-01-01T00:01:00", "Alex", "three", "text", False),
]
GROUP = [
    ("2022-01-13T10:00:00", None, 'Alex created group "Family"', "system", False),
    ("2022-01-13T10:01:00", None, "Alex added Mei", "system", False),
    (
        "2022-01-13T10:02:00",
        None,
        'Alex changed the subject from "Family" to "Family: 2022"',
        "system",
        False,
    ),
    ("2022-01-13T10:03:00", "Mei", "hi all", "text", False),
    ("2022-01-13T10:04:00", "Ben 😀", "hello", "text", False),
    ("2022-01-13T10:05:00", None, "Mei left", "system", False),
]

CASES = {
    "android_us_12h.txt": (ANDROID_US, "mdy"),
    "android_de_24h.txt": (ANDROID_DE, "dmy"),
    "android_es_ampm.txt": (ANDROID_ES, "dmy"),
    "android_es_hour00.txt": (ANDROID_ES_HOUR00, "dmy"),
    "android_zh.txt": (ANDROID_ZH, "ymd"),
    "ios_de.txt": (IOS_DE, "dmy"),
    "ios_us_lrm.txt": (IOS_US_LRM, "mdy"),
    "ymd_dash.txt": (YMD_DASH, "ymd"),
    "group_android.txt": (GROUP, "dmy"),
}

ImportFn = Callable[..., tuple[list[dict[str, Any]], ImportReport]]


def _rows(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["timestamp"], r["sender"], r["text"], r["kind"], r["edited"]) for r in rows]


@pytest.mark.parametrize("name", sorted(CASES))
def test_layout_is_read_exactly(whatsapp_data: Path, import_whatsapp: ImportFn, name: str) -> None:
    expected, order = CASES[name]
    rows, report = import_whatsapp(whatsapp_data / name)
    assert _rows(rows) == expected
    assert report.date_order == order
    assert report.unreadable_lines == 0
    assert report.impossible_dates == 0


@pytest.mark.parametrize("name", sorted(CASES))
def test_crlf_line_endings_read_the_same(
    whatsapp_data: Path, import_whatsapp: ImportFn, tmp_path: Path, name: str
) -> None:
    expected, _ = CASES[name]
    crlf = tmp_path / name
    crlf.write_bytes((whatsapp_data / name).read_bytes().replace(b"\n", b"\r\n"))
    rows, _ = import_whatsapp(crlf)
    assert _rows(rows) == expected


def test_text_is_not_normalised(whatsapp_data: Path, import_whatsapp: ImportFn) -> None:
    """Full-width punctuation, the ellipsis and ZWJ sequences come out byte for byte."""
    rows, _ = import_whatsapp(whatsapp_data / "android_zh.txt")
    assert rows[0]["text"].encode("utf-8") == "今天好累，想你了。".encode()
    assert rows[2]["text"].endswith("\u2026\u2026")
    rows, _ = import_whatsapp(whatsapp_data / "ios_de.txt")
    assert "\u200d" in rows[1]["text"]


def test_lrm_typed_by_a_person_is_kept(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    export = tmp_path / "chat.txt"
    export.write_text(
        f"[31.12.21, 21:05:07] Noa: {LRM}שלום hello\n[31.12.21, 21:06:07] Ben: hi\n",
        encoding="utf-8",
    )
    rows, _ = import_whatsapp(export)
    assert rows[0]["text"] == f"{LRM}שלום hello"
    assert rows[0]["kind"] == "text"


def test_conversation_id_from_file_name(
    tmp_path: Path, import_whatsapp: ImportFn, whatsapp_data: Path
) -> None:
    export = tmp_path / "WhatsApp Chat with Mei Ling.txt"
    export.write_bytes((whatsapp_data / "ymd_dash.txt").read_bytes())
    rows, _ = import_whatsapp(export)
    assert {r["conversation_id"] for r in rows} == {"mei-ling"}
    assert rows[0]["message_id"] == "mei-ling:1"
    rows, _ = import_whatsapp(export, conversation_id="couple-7")
    assert rows[2]["message_id"] == "couple-7:3"


def test_text_before_the_first_header_is_counted(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    export = tmp_path / "chat.txt"
    export.write_text("exported by some tool\n\n2021-12-31, 21:05 - Alex: one\n", encoding="utf-8")
    rows, report = import_whatsapp(export)
    assert [r["text"] for r in rows] == ["one"]
    assert report.unreadable_lines == 1


@pytest.mark.parametrize("name", sorted(CASES))
def test_sniff_recognises_every_layout(whatsapp_data: Path, name: str) -> None:
    path = whatsapp_data / name
    sample = ExportSample(path=path, head=path.read_bytes()[:65536])
    assert WhatsAppImporter().sniff(sample) >= 0.9


@pytest.mark.parametrize(
    "head",
    [b'{"name": "Mei", "type": "personal_chat", "messages": []}', b"sender,text,time\n", b""],
)
def test_sniff_rejects_other_formats(tmp_path: Path, head: bytes) -> None:
    assert WhatsAppImporter().sniff(ExportSample(path=tmp_path / "x", head=head)) == 0.0


def test_progress_is_reported(whatsapp_data: Path, import_whatsapp: ImportFn) -> None:
    seen: list[int] = []
    import_whatsapp(whatsapp_data / "ios_de.txt", progress=seen.append)
    size = (whatsapp_data / "ios_de.txt").stat().st_size
    assert seen and seen[-1] == size and seen == sorted(seen)
