"""iMessage: the macOS Messages database chat.db, read-only."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import ChatChoiceError, InputError
from unmask.ingest import ImportOptions, ImportReport, read_table, registry
from unmask.ingest.imessage import apple_time, attributed_text
from unmask_dev.synth.platforms import (
    MEI,
    SAM,
    apple_nanoseconds,
    imessage_db,
    imessage_sample_db,
    typedstream,
)
from unmask_dev.synth.platforms import at_minute as _m


@pytest.fixture
def chat_db(tmp_path: Path) -> Path:
    return imessage_sample_db(tmp_path / "chat.db")


def rows(
    path: Path, chat: str | None = MEI, report: ImportReport | None = None
) -> list[dict[str, Any]]:
    return read_table(path, ImportOptions(format="imessage", chat=chat), report).to_pylist()


def test_fields_text_from_attributed_body_and_kinds(chat_db: Path) -> None:
    report = ImportReport(source=str(chat_db))
    table = rows(chat_db, report=report)
    conv = "imessage-15551234567"
    assert table[0] == {
        "conversation_id": conv,
        "message_id": f"{conv}:GUID-0001",
        "timestamp": "2023-05-01T21:00:00",
        "sender": MEI,
        "text": "are you home yet?",
        "kind": "text",
        "platform": "imessage",
        "reply_to": None,
        "utc_offset": 0,
        "edited": False,
    }
    # messages 2 and 4 have text NULL: read from the attributedBody typedstream
    assert [r["text"] for r in table[:4]] == [
        "are you home yet?",
        "on the bus, 10 min",
        "ok. I made soup 🍲\nthere is enough for two",
        "you are the best",
    ]
    assert [r["sender"] for r in table[:4]] == [MEI, "Me", MEI, "Me"]
    photo, reply, unsent, event = table[4:]
    assert (photo["kind"], photo["text"]) == ("media", "")
    assert reply["reply_to"] == f"{conv}:GUID-0003" and reply["edited"] is True
    assert (unsent["kind"], unsent["edited"]) == ("deleted", False)
    assert (event["kind"], event["sender"]) == ("system", None)
    assert len(table) == 8
    assert "2 reaction(s) counted, not read as messages." in report.notes


def test_the_database_is_never_modified(chat_db: Path) -> None:
    before = hashlib.sha256(chat_db.read_bytes()).hexdigest()
    names = sorted(p.name for p in chat_db.parent.iterdir())
    rows(chat_db)
    rows(chat_db, chat=SAM)
    assert hashlib.sha256(chat_db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in chat_db.parent.iterdir()) == names  # no -wal, -shm, -journal


def test_an_unread_write_ahead_log_is_named_in_the_summary(chat_db: Path) -> None:
    (chat_db.parent / "chat.db-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    report = ImportReport(source=str(chat_db))
    rows(chat_db, report=report)
    assert any("chat.db-wal" in note and "quit Messages" in note for note in report.notes)


def test_read_only_file_is_read(chat_db: Path) -> None:
    chat_db.chmod(0o444)
    assert len(rows(chat_db)) == 8


def test_without_chat_several_chats_are_listed(chat_db: Path) -> None:
    with pytest.raises(ChatChoiceError) as caught:
        rows(chat_db, chat=None)
    message = str(caught.value)
    assert "--chat" in message and MEI in message and SAM in message
    assert "8 messages" not in message and "10 messages" in message  # tapbacks counted as rows
    with pytest.raises(ChatChoiceError, match="--chat 'nobody' matches no chat"):
        rows(chat_db, chat="nobody")


def test_one_chat_needs_no_choice(tmp_path: Path) -> None:
    path = tmp_path / "chat.db"
    imessage_db({SAM: [_m(0, SAM, "hi"), _m(1, "Me", "hey")]}, path, seconds=True)
    table = rows(path, chat=None)
    assert [(r["timestamp"], r["text"]) for r in table] == [
        ("2023-05-01T21:00:00", "hi"),
        ("2023-05-01T21:01:00", "hey"),
    ]


def test_cli_chat_option_and_list(chat_db: Path, tmp_path: Path) -> None:
    from unmask.cli.main import app

    runner = CliRunner()
    out = tmp_path / "out.jsonl"
    listed = runner.invoke(app, ["import", str(chat_db), "-o", str(out)])
    assert listed.exit_code == 2 and SAM in listed.output and "Traceback" not in listed.output
    done = runner.invoke(app, ["import", str(chat_db), "-o", str(out), "--chat", SAM])
    assert done.exit_code == 0, done.output
    assert "imessage" in done.output and out.exists()
    assert "reaction(s) counted, not read as messages" not in done.output  # Sam's chat has none
    mei = runner.invoke(app, ["import", str(chat_db), "-o", str(out), "--chat", MEI, "--force"])
    assert "2 reaction(s) counted, not read as messages." in mei.output


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, datetime(2001, 1, 1)),
        (704_667_600, datetime(2023, 5, 1, 21, 0)),  # seconds (before macOS 10.13)
        (704_667_600_000_000_000, datetime(2023, 5, 1, 21, 0)),  # nanoseconds
        ("x", None),
        (None, None),
    ],
)
def test_apple_time(value: Any, expected: datetime | None) -> None:
    assert apple_time(value) == expected


@pytest.mark.parametrize("text", ["hi", "é" * 100, "长" * 30_000, ""])
def test_attributed_text_lengths(text: str) -> None:
    assert attributed_text(typedstream(text)) == text


def test_attributed_text_of_a_mutable_string() -> None:
    blob = typedstream("still here").replace(b"\x08NSString", b"\x0fNSMutableString")
    assert attributed_text(blob) == "still here"


def test_attributed_text_of_damaged_blobs() -> None:
    assert attributed_text(None) is None
    assert attributed_text(b"streamtyped but no string") is None
    blob = typedstream("hello there")
    assert attributed_text(blob[: blob.index(b"hello") + 5]) is None  # cut inside the string
    assert attributed_text(blob) == "hello there"


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"SQLite format 3\x00" + b"\x00" * 84, "not a readable SQLite database|no chat|missing"),
        (b"not a database at all", "not a SQLite database"),
    ],
)
def test_bad_input(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "chat.db"
    path.write_bytes(content)
    with pytest.raises(InputError, match=match) as caught:
        rows(path)
    assert str(path) in str(caught.value)


def test_another_sqlite_database_is_refused_naming_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (id INTEGER, body TEXT)")
    db.commit()
    db.close()
    with pytest.raises(InputError, match="chat, chat_message_join, message missing"):
        rows(path)
    assert registry.rank(registry.sample_export(path))[0][0] < registry.MIN_CONFIDENCE


def test_truncated_database_is_an_input_error(chat_db: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut" / "chat.db"
    cut.parent.mkdir()
    cut.write_bytes(chat_db.read_bytes()[:5000])
    with pytest.raises(InputError):
        rows(cut)


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffc"),
    min_size=1,
    max_size=300,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(_text, min_size=1, max_size=8),
    seconds=st.booleans(),
)
def test_round_trip_from_the_writer(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str], seconds: bool
) -> None:
    path = tmp_path_factory.mktemp("imessage") / "chat.db"
    messages = [_m(n * 7, "Me" if n % 3 else MEI, text) for n, text in enumerate(texts)]
    imessage_db({MEI: messages}, path, seconds=seconds)
    table = read_table(path).to_pylist()
    assert [(r["timestamp"], r["sender"], r["text"]) for r in table] == [
        (m.timestamp, m.sender, m.text) for m in messages
    ]


def test_the_sms_and_imessage_chats_of_one_person_are_one_conversation(chat_db: Path) -> None:
    db = sqlite3.connect(chat_db)
    db.execute(
        "INSERT INTO chat (ROWID, guid, style, chat_identifier, service_name, display_name) "
        "VALUES (3, ?, 45, ?, 'SMS', '')",
        (f"SMS;-;{MEI}", MEI),
    )
    date = apple_nanoseconds(datetime(2023, 5, 1, 21, 0, 30))
    db.execute(
        "INSERT INTO message (ROWID, guid, text, handle_id, date, is_from_me) "
        "VALUES (30, 'GUID-SMS1', 'no signal here, texting instead', 1, ?, 0)",
        (date,),
    )
    db.execute("INSERT INTO chat_message_join VALUES (3, 30, ?)", (date,))
    db.commit()
    db.close()
    table = rows(chat_db)
    assert [r["text"] for r in table[:2]] == [
        "are you home yet?",
        "no signal here, texting instead",
    ]
    assert {r["conversation_id"] for r in table} == {"imessage-15551234567"}
    with pytest.raises(ChatChoiceError, match=r"\+15551234567: 11 messages"):
        rows(chat_db, chat=None)
