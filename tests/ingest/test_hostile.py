"""Hostile inputs (issue 12): every one ends in a one-line error with a code, never a crash."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from unmask.errors import EmptyInputError, InputError, UnmaskError
from unmask.ingest import ImportOptions, read_table

CHAT = "".join(
    f"[{day:02d}.03.21, 21:{minute:02d}:07] {'Alex' if minute % 2 else 'Mei'}: "
    f"message number {minute} of day {day}, with some words to compress\n"
    for day in range(1, 28)
    for minute in range(0, 60, 3)
).encode()


def _zip(path: Path, data: bytes = CHAT) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", data)
        archive.writestr("00000042-PHOTO-2021-03-01.jpg", b"\xff\xd8\xff" * 50)
    return path


def _corrupt_deflate(path: Path) -> None:
    """Overwrite bytes in the middle of the chat member's compressed data."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("_chat.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 40, start + 80):
        raw[offset] ^= 0x5A
    path.write_bytes(bytes(raw))


def test_corrupt_deflate_data_is_an_input_error(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "chat.zip")
    _corrupt_deflate(archive)
    with pytest.raises(InputError, match="corrupt"):
        read_table(archive)


def test_corrupt_stored_header_is_an_input_error(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "chat.zip")
    raw = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo("_chat.txt")
    raw[info.header_offset + 8] = 0x63  # compression method 99 (unknown)
    raw[info.header_offset + 26] = 0xFF  # a file-name length past the data
    archive.write_bytes(bytes(raw))
    with pytest.raises(InputError):
        read_table(archive)


def test_random_mutations_of_a_zip_never_crash(tmp_path: Path) -> None:
    original = _zip(tmp_path / "chat.zip").read_bytes()
    rng = random.Random(12)
    readable = 0
    for number in range(150):
        raw = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        path = tmp_path / f"m{number}.zip"
        path.write_bytes(bytes(raw))
        try:
            read_table(path, ImportOptions(format="whatsapp"))
            readable += 1
        except UnmaskError:
            pass
    assert readable < 150  # the mutations did break some archives


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        (
            "result.json",
            '{"name": "Mei", "type": "personal_chat", "id": 1, "messages": [{"id": 1, '
            '"type": "message", "date": "2021-03-01T10:00:00", "from": "Mei", "text": "hi", '
            '"from_id": ' + "9" * 5000 + "}]}",
            "telegram",
        ),
        (
            "chat.jsonl",
            '{"sender": "Mei", "text": "hi", "time": "2021-03-01T10:00:00", "n": '
            + "7" * 4400
            + "}\n",
            "jsonl",
        ),
    ],
)
def test_an_integer_over_python_digit_limit_is_an_input_error(
    tmp_path: Path, name: str, content: str, fmt: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="4,300 digits"):
        read_table(path, ImportOptions(format=fmt))


def test_whatsapp_four_digit_year_0001_is_not_2001(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(
        "[01.01.0001, 10:00:00] Alex: hi\n[01.01.0001, 10:01:00] Mei: hello\n"
        "[02.01.2021, 10:00:00] Alex: a real one\n[02.01.2021, 10:02:00] Mei: yes\n",
        encoding="utf-8",
    )
    table = read_table(path)
    stamps = table.column("timestamp").to_pylist()
    assert not any(stamp.startswith("2001") for stamp in stamps)
    assert all(stamp.startswith("2021-01-02") for stamp in stamps)


def test_whatsapp_two_digit_years_still_mean_20yy(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("[01.02.21, 10:00:00] Alex: hi\n[01.02.21, 10:01:00] Mei: hi\n")
    assert read_table(path).column("timestamp").to_pylist()[0] == "2021-02-01T10:00:00"


def test_whatsapp_year_9999_only_says_the_dates_are_out_of_range(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("[01.01.9999, 10:00:00] Alex: hi\n[01.01.9999, 10:01:00] Mei: hello\n")
    with pytest.raises(EmptyInputError, match="1990"):
        read_table(path)


def _telegram(path: Path, messages: list[tuple[str, str, str]]) -> Path:
    import json

    path.write_text(
        json.dumps(
            {
                "name": "Mei",
                "type": "personal_chat",
                "id": 1,
                "messages": [
                    {"id": i, "type": "message", "date": date, "from": sender, "text": text}
                    for i, (date, sender, text) in enumerate(messages, 1)
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_messages_dated_year_1_and_9999_are_left_out(tmp_path: Path) -> None:
    path = _telegram(
        tmp_path / "result.json",
        [
            ("0001-01-01T00:00:00", "Alex", "hi"),
            ("2021-05-01T10:00:00", "Mei", "hello"),
            ("9999-12-31T23:59:59", "Alex", "bye"),
        ],
    )
    from unmask.ingest.base import ImportReport

    report = ImportReport(source=str(path))
    table = read_table(path, report=report)
    assert table.column("timestamp").to_pylist() == ["2021-05-01T10:00:00"]
    assert report.impossible_dates == 2
    assert any("1970" in note and "2100" in note for note in report.notes)


def test_only_out_of_range_dates_is_a_clear_error(tmp_path: Path) -> None:
    path = _telegram(
        tmp_path / "result.json",
        [("0001-01-01T00:00:00", "Alex", "hi"), ("9999-01-01T00:00:00", "Mei", "yo")],
    )
    with pytest.raises(EmptyInputError, match="2 dated outside 1970-2100"):
        read_table(path)


def test_a_huge_message_is_cut_to_the_bound(tmp_path: Path) -> None:
    from unmask.ingest.bounds import MAX_TEXT_CHARS

    path = _telegram(
        tmp_path / "result.json",
        [
            ("2021-05-01T10:00:00", "Alex", "é" * (MAX_TEXT_CHARS * 3)),
            ("2021-05-01T10:01:00", "Mei", "ok"),
        ],
    )
    texts = read_table(path).column("text").to_pylist()
    assert len(texts[0]) == MAX_TEXT_CHARS and texts[1] == "ok"


def test_too_many_senders_is_refused_naming_none(tmp_path: Path) -> None:
    from unmask.ingest.bounds import MAX_SENDERS

    path = tmp_path / "chat.csv"
    rows = "\n".join(f"2021-05-01T10:00:00,person{i},hi" for i in range(MAX_SENDERS + 5))
    path.write_text("time,sender,text\n" + rows + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="different senders") as caught:
        read_table(path)
    assert len(str(caught.value)) < 300


def test_partner_error_names_at_most_a_few_senders() -> None:
    from unmask.dyad.partners import MAX_LISTED, choose_partners
    from unmask.errors import PartnerError

    counts = {f"sender number {i}": 1000 - i for i in range(500)}
    with pytest.raises(PartnerError) as caught:
        choose_partners(counts)
    message = str(caught.value)
    assert message.count('"sender number') == MAX_LISTED
    assert "sender number 0" in message and "and 492 more" in message
    assert len(message) < 600


@pytest.mark.parametrize(
    ("name", "head", "fmt"),
    [
        ("chat.txt", "[01.03.21, 10:00:00] Alex: ", "whatsapp"),
        ("chat.jsonl", '{"sender": "Alex", "time": "2021-03-01T10:00:00", "text": "', "jsonl"),
        ("chat.csv", 'time,sender,text\n2021-03-01T10:00:00,Alex,"', "csv"),
    ],
)
def test_a_line_over_the_bound_is_refused(tmp_path: Path, name: str, head: str, fmt: str) -> None:
    from unmask.ingest.textio import MAX_LINE_BYTES

    path = tmp_path / name
    with path.open("w", encoding="utf-8") as handle:
        handle.write(head + "word " * (2 * MAX_LINE_BYTES // 5) + "\n")
        handle.write("[01.03.21, 10:01:00] Mei: ok\n")
    with pytest.raises(InputError, match="MiB|field limit"):
        read_table(path, ImportOptions(format=fmt))


def test_a_utf16_line_over_the_bound_is_refused(tmp_path: Path) -> None:
    from unmask.ingest.textio import MAX_LINE_BYTES

    path = tmp_path / "chat.txt"
    text = "[01.03.21, 10:00:00] Alex: " + "word " * (2 * MAX_LINE_BYTES // 5) + "\n"
    path.write_bytes(text.encode("utf-16"))
    with pytest.raises(InputError, match="MiB"):
        read_table(path, ImportOptions(format="whatsapp"))


FUZZ_FINDINGS = Path(__file__).parent / "data" / "fuzz"


@pytest.mark.parametrize("name", sorted(p.name for p in FUZZ_FINDINGS.iterdir()))
def test_inputs_that_crashed_the_fuzzer_are_clean_errors(name: str) -> None:
    """Each file in data/fuzz/ once crashed an importer (benchmarks/fuzz.py found it)."""
    with pytest.raises(UnmaskError):
        read_table(FUZZ_FINDINGS / name)


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b'{"messages": [{"id": ' + b"7" * 5000 + b"}]}", "4,300 digits"),
        (b'{"messages": [' + b"[" * 200_000 + b"]" * 200_000 + b"]}", "nested too deeply"),
        (b'{"chats": {"list": [{"messages": [' + b"{" * 100_000, "nested too deeply|invalid"),
    ],
)
def test_hostile_telegram_json_is_a_clean_error_not_a_crash(
    tmp_path: Path, body: bytes, why: str
) -> None:
    """Huge integers and deep nesting: what crashes some streaming JSON parsers."""
    path = tmp_path / "result.json"
    path.write_bytes(body)
    with pytest.raises(InputError, match=why) as caught:
        read_table(path, ImportOptions(format="telegram"))
    assert str(path) in str(caught.value) and "line 1" in str(caught.value)
