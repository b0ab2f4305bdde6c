"""Discord DMs exported with DiscordChatExporter: JSON and CSV."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import EmptyInputError, InputError
from unmask.ingest import ImportOptions, ImportReport, read_table
from unmask.ingest.discord import csv_time
from unmask.model import Message
from unmask_dev.synth.platforms import discord_csv, discord_json

DATA = Path(__file__).parent / "data" / "discord"
JSON = DATA / "Direct Messages - Mei [1043].json"
CSV = DATA / "Direct Messages - Mei [1043].csv"


def rows(path: Path, report: ImportReport | None = None) -> list[dict[str, Any]]:
    return read_table(path, ImportOptions(format="discord"), report).to_pylist()


def test_json_fields_replies_edits_and_offsets() -> None:
    report = ImportReport(source=str(JSON))
    table = rows(JSON, report)
    conv = "discord-1043958812345678901"
    assert table[0] == {
        "conversation_id": conv,
        "message_id": f"{conv}:1102553330000000001",
        "timestamp": "2023-05-01T15:05:12",  # milliseconds dropped
        "sender": "mei.lin",
        "text": "are you coming to the stream tonight?",
        "kind": "text",
        "platform": "discord",
        "reply_to": None,
        "utc_offset": 120,
        "edited": False,
    }
    assert table[1]["reply_to"] == f"{conv}:1102553330000000001"
    assert table[1]["edited"] is True
    assert table[1]["text"] == "yes!! saving you a seat\nbring snacks 🍿"
    assert [r["kind"] for r in table[2:6]] == ["media", "sticker", "call", "system"]
    assert table[5]["sender"] is None
    assert table[6]["text"] == "  that was the best night in a while. thank you  "
    assert "3 reaction(s) counted, not read as messages." in report.notes


def test_csv_fields_and_kinds() -> None:
    report = ImportReport(source=str(CSV))
    table = rows(CSV, report)
    assert [r["sender"] for r in table] == ["mei.lin", "kai_", "mei.lin", "kai_", None, "mei.lin"]
    assert [r["kind"] for r in table] == ["text", "text", "media", "call", "system", "text"]
    assert table[1]["text"] == "yes!! saving you a seat\nbring snacks 🍿"
    assert table[5]["text"] == 'she said "thank you" twice'
    assert table[5]["timestamp"] == "2023-05-02T00:02:00"
    assert table[0]["conversation_id"] == "discord-direct-messages-mei-1043"
    assert "4 reaction(s) counted, not read as messages." in report.notes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5/1/2023 3:05 PM", ("2023-05-01T15:05:00", None)),
        ("01-May-23 03:05 PM", ("2023-05-01T15:05:00", None)),
        ("2023-05-01T15:05:12.5+02:00", ("2023-05-01T15:05:12", 120)),
        ("2023-05-01 15:05", ("2023-05-01T15:05:00", None)),
        ("yesterday", None),
    ],
)
def test_csv_dates(raw: str, expected: tuple[str, int | None] | None) -> None:
    assert csv_time(raw) == expected


@pytest.mark.parametrize(
    ("name", "content", "error", "match"),
    [
        ("a.json", "", EmptyInputError, "empty"),
        (
            "b.json",
            '{"guild": {}, "channel": {"id": "1"}, "messages": [{"id": "1"',
            InputError,
            "line 1, column",
        ),
        ("c.json", '{"guild": {}, "channel": {}, "messages": 3}', InputError, "field 'messages'"),
        ("d.csv", "AuthorID,Author,Date\n1,a,b\n", InputError, "line 1: expected the"),
        (
            "e.csv",
            'AuthorID,Author,Date,Content,Attachments,Reactions\n"1","a","soon","x","",""\n',
            InputError,
            "line 2, field Date",
        ),
        (
            "f.csv",
            'AuthorID,Author,Date,Content,Attachments,Reactions\n"1","a"\n',
            InputError,
            "line 2: expected 6 fields",
        ),
    ],
)
def test_bad_input(
    tmp_path: Path, name: str, content: str, error: type[Exception], match: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=match) as caught:
        rows(path)
    assert str(path) in str(caught.value)


def test_messages_without_id_or_time_are_counted(tmp_path: Path) -> None:
    document = json.loads(JSON.read_text(encoding="utf-8"))
    document["messages"][0]["timestamp"] = "someday"
    del document["messages"][1]["id"]
    document["messages"].append("not a message")
    path = tmp_path / "dm.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    report = ImportReport(source=str(path))
    assert len(rows(path, report)) == 5
    assert report.unreadable_lines == 3


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda t: t.strip() == t and not t.startswith("Started a call"))


@st.composite
def conversations(draw: st.DrawFn) -> list[Message]:
    moment = datetime(2023, 5, 1)
    out = []
    for n in range(draw(st.integers(1, 10))):
        moment += timedelta(minutes=draw(st.integers(0, 2000)))
        sender = draw(st.sampled_from(["mei.lin", "kai_", "Zoë"]))
        text = draw(st.lists(_text, min_size=1, max_size=2).map("\n".join))
        out.append(Message("c", str(n), moment.isoformat(), sender, text))
    return out


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(messages=conversations(), layout=st.sampled_from(["json", "csv"]))
def test_round_trip_from_the_writer(
    tmp_path_factory: pytest.TempPathFactory, messages: list[Message], layout: str
) -> None:
    path = tmp_path_factory.mktemp("discord") / f"dm.{layout}"
    (discord_json if layout == "json" else discord_csv)(messages, path)
    table = read_table(path).to_pylist()
    assert [(r["timestamp"], r["sender"], r["text"]) for r in table] == [
        (m.timestamp, m.sender, m.text) for m in messages
    ]
    assert {r["utc_offset"] for r in table} == ({120} if layout == "json" else {None})


def test_json_is_streamed_in_any_unicode_encoding(tmp_path: Path) -> None:
    path = tmp_path / "dm.json"
    path.write_text(JSON.read_text(encoding="utf-8"), encoding="utf-16")
    report = ImportReport(source=str(path))
    table = rows(path, report)
    assert [r["text"] for r in table] == [r["text"] for r in rows(JSON)]
    assert report.encoding is not None and report.encoding.startswith("utf-16")


def test_json_with_extra_data_after_the_document(tmp_path: Path) -> None:
    path = tmp_path / "dm.json"
    path.write_text(JSON.read_text(encoding="utf-8") + "\n{}", encoding="utf-8")
    with pytest.raises(InputError, match="extra data") as caught:
        rows(path)
    assert str(path) in str(caught.value)
