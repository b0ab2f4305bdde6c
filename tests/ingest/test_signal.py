"""Signal chats exported with signal-export: Markdown, JSON Lines, HTML and the plain layout."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import EmptyInputError, InputError
from unmask.ingest import ImportOptions, ImportReport, import_export, read_table
from unmask.ingest.signal import parse_stamp, split_body
from unmask.model import Message
from unmask_dev.synth.platforms import signal_jsonl, signal_markdown

DATA = Path(__file__).parent / "data" / "signal"
SIGNAL = ImportOptions(format="signal")


def rows(path: Path, report: ImportReport | None = None) -> list[dict[str, Any]]:
    return read_table(path, SIGNAL, report).to_pylist()


def test_markdown_export_fields_quotes_reactions_and_kinds() -> None:
    report = ImportReport(source="chat.md")
    table = rows(DATA / "Mei" / "chat.md", report)
    assert table[0] == {
        "conversation_id": "signal-mei",
        "message_id": "signal-mei:1",
        "timestamp": "2023-05-01T08:02:11",
        "sender": "Mei",
        "text": "Morning! Did you sleep at all?",
        "kind": "text",
        "platform": "signal",
        "reply_to": None,
        "utc_offset": None,
        "edited": False,
    }
    # a reply: the quoted message is dropped, the reaction under it is not text
    assert table[2]["text"] == "Poor you. Come over tonight? I can cook"
    assert (table[3]["kind"], table[3]["text"]) == ("media", "Lunch at the new place")
    assert (table[4]["kind"], table[4]["text"]) == ("sticker", "")
    assert table[5]["text"] == (
        "I have been thinking about what you said\nabout us moving in together.\n"
        "I want it too, I am just scared."
    )
    assert [r["kind"] for r in table[6:8]] == ["deleted", "call"]
    assert len(table) == 9
    assert report.platform == "signal" and report.unreadable_lines == 0
    assert "3 reaction(s) counted, not read as messages." in report.notes


def test_plain_text_layout_with_comma_and_minutes() -> None:
    table = rows(DATA / "plain.txt")
    assert [r["sender"] for r in table] == ["Jonas", "Ana", "Jonas", "Ana", "Jonas"]
    assert table[0]["timestamp"] == "2022-11-03T21:14:00"
    assert table[2]["text"] == (
        "I wanted to say sorry about earlier.\nI was tired and I snapped at you.\n\n"
        "That was not fair."
    )


def test_jsonl_export_matches_the_markdown_one() -> None:
    report = ImportReport(source="data.json")
    table = rows(DATA / "data.json", report)
    assert [r["kind"] for r in table] == [
        "text",
        "text",
        "text",
        "media",
        "sticker",
        "deleted",
        "call",
    ]
    assert table[2]["text"] == "Poor you. Come over tonight?\nI can cook"
    assert table[1]["text"] == "A little. The neighbours were loud again"
    assert "2 reaction(s) counted, not read as messages." in report.notes


def test_html_export() -> None:
    report = ImportReport(source="index.html")
    table = rows(DATA / "index.html", report)
    assert [r["sender"] for r in table] == ["Mei", "Me", "Mei", "Me", "Me"]
    assert table[1]["text"] == "A little. The neighbours were loud & the dog barked"
    assert table[2]["text"] == "Poor you. Come over tonight?\nI can cook"  # the quote is not text
    assert [r["kind"] for r in table[3:]] == ["media", "deleted"]
    assert table[0]["timestamp"] == "2023-05-01T08:02:00"
    assert "2 reaction(s) counted, not read as messages." in report.notes


def test_split_body_of_signal_export_markdown() -> None:
    assert split_body("hi  \n(- Mei: 😀, Jo: 👍 -)") == ("text", "hi", 2)
    assert split_body("\n\n> quoted\n> twice\n\nanswer  ") == ("text", "answer", 0)
    assert split_body("  \n(( 🐱 ))") == ("sticker", "", 0)
    assert split_body("(This message was deleted)") == ("deleted", "", 0)
    assert split_body("look  [notes.pdf](./media/notes.pdf)  ") == ("media", "look", 0)


def test_a_header_line_with_an_impossible_date_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "chat.md"
    path.write_text(
        "[2023-05-01 08:00:00] Mei: see the log:\n[2023-13-45 99:00:00] Mei: nope\n",
        encoding="utf-8",
    )
    report = ImportReport(source=str(path))
    table = rows(path, report)
    assert len(table) == 1 and table[0]["text"].endswith("[2023-13-45 99:00:00] Mei: nope")
    assert report.impossible_dates == 1


def test_header_without_a_trailing_space_after_the_colon(tmp_path: Path) -> None:
    path = tmp_path / "chat.md"
    path.write_text(
        "[2023-05-01 08:00:00] Mei:\n\n> earlier\n\nyes\n[2023-05-01 08:01:00] Me: ok\n",
        encoding="utf-8",
    )
    assert [(r["sender"], r["text"]) for r in rows(path)] == [("Mei", "yes"), ("Me", "ok")]


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("empty.md", "", "empty"),
        ("notes.md", "Dear diary,\nnothing here.\n", "no Signal message"),
        ("truncated.json", '{"date": "2023-05-01T08:02:11", "sender": "Mei", "bo', "line 1"),
        ("wrong.json", '{"date": 17, "sender": "Mei", "body": "x"}\n', "field 'date'"),
        ("types.json", '{"date": "2023-05-01T08:00:00", "sender": 3, "body": 4}\n', "line 1"),
        ("list.json", "[1, 2]\n", "expected a JSON object"),
        ("first.md", "[2023-02-30 08:00:00] Mei: hi\n", "line 1: an impossible date"),
    ],
)
def test_bad_input_names_file_and_line(tmp_path: Path, name: str, content: str, match: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    error = EmptyInputError if not content else InputError
    with pytest.raises(error, match=match) as caught:
        rows(path)
    assert str(path) in str(caught.value)
    assert "Dear diary" not in str(caught.value)


def test_the_chat_folder_signal_export_writes_can_be_passed() -> None:
    table = read_table(DATA / "Mei").to_pylist()
    assert len(table) == 9 and table[0]["conversation_id"] == "signal-mei"


def test_import_summary_and_written_output(tmp_path: Path) -> None:
    summary = import_export(DATA / "Mei" / "chat.md", tmp_path / "out.jsonl")
    assert summary.report.format == "signal" and summary.messages == 9
    assert summary.participants == {"Me": 5, "Mei": 4}


_names = st.sampled_from(["Mei", "Me", "Jonas Weber", "李美玲", "Ana-Luísa"])
_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="`\u2028\u2029"
    ),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() == t and not t.startswith(("(", ">", "[", "!")) and "](" not in t)


@st.composite
def conversations(draw: st.DrawFn) -> list[Message]:
    count = draw(st.integers(1, 12))
    start = datetime(2023, 5, 1, 8, 0, 0)
    gaps = draw(st.lists(st.integers(0, 90_000), min_size=count, max_size=count))
    out = []
    moment = start
    for n, gap in enumerate(gaps):
        moment += timedelta(seconds=gap)
        out.append(
            Message("c", str(n), moment.isoformat(), draw(_names), draw(_text), platform="signal")
        )
    return out


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(messages=conversations(), layout=st.sampled_from(["md", "jsonl"]))
def test_round_trip_from_the_writer(
    tmp_path_factory: pytest.TempPathFactory, messages: list[Message], layout: str
) -> None:
    folder = tmp_path_factory.mktemp("signal")
    path = folder / ("chat.md" if layout == "md" else "data.json")
    (signal_markdown if layout == "md" else signal_jsonl)(messages, path)
    table = read_table(path).to_pylist()
    assert [(r["timestamp"], r["sender"], r["text"], r["kind"]) for r in table] == [
        (m.timestamp, m.sender, m.text, "text") for m in messages
    ]


def test_newer_html_with_grouped_messages_and_reaction_chips() -> None:
    report = ImportReport(source="index_paged.html")
    table = rows(DATA / "index_paged.html", report)
    assert [(r["timestamp"], r["sender"], r["kind"], r["text"]) for r in table] == [
        ("2023-05-01T08:02:11", "Mei", "text", "Morning! Did you sleep at all?"),
        ("2023-05-01T08:02:11", "Mei", "text", "I dreamt about the sea again"),
        ("2023-05-01T08:05:40", "Me", "text", "Tell me tonight?\nI want to hear it all"),
        ("2023-05-01T08:05:40", "Me", "media", ""),
    ]
    assert "2 reaction(s) counted, not read as messages." in report.notes
    assert any("2 grouped message(s)" in note for note in report.notes)


@pytest.mark.parametrize(
    ("day", "clock", "expected"),
    [
        ("2023-05-01", "15:05:12", "2023-05-01T15:05:12"),
        ("2023-05-01", "15:05", "2023-05-01T15:05:00"),
        ("2023-05-01", "9:05", "2023-05-01T09:05:00"),
        ("2023-05-01", "9:05:07", "2023-05-01T09:05:07"),
        ("2023-02-29", "10:00", None),
        ("2023-05-01", "24:00", None),
    ],
)
def test_parse_stamp(day: str, clock: str, expected: str | None) -> None:
    assert parse_stamp(day, clock) == expected
