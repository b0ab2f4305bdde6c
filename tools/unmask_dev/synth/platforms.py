"""Small writers of the Signal, iMessage, WeChat, LINE and Discord export layouts.

Each writer takes canonical :class:`~unmask.model.Message` objects (only
``timestamp``, ``sender``, ``text`` and ``kind`` ``text`` are written) and
writes them the way the platform's export tool does. The importer tests use
them for round trips (write, import, compare) and for the iMessage fixture
database; the layouts follow docs/format.md, "Platform rules".
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from unmask.model import Message

APPLE_EPOCH = datetime(2001, 1, 1)
MEI = "+15551234567"
SAM = "sam@example.com"
_EPOCH = datetime(1970, 1, 1)


def _when(message: Message) -> datetime:
    return datetime.fromisoformat(message.timestamp)


def signal_markdown(messages: Sequence[Message], path: Path) -> None:
    """signal-export's chat.md: ``[YYYY-MM-DD HH:MM:SS] Name: body  ``, a blank line after each."""
    lines = [
        f"[{_when(m).strftime('%Y-%m-%d %H:%M:%S')}] {m.sender}: {m.text.replace('`', '')}  "
        for m in messages
    ]
    path.write_text("".join(line + "\n\n" for line in lines), encoding="utf-8")


def signal_jsonl(messages: Sequence[Message], path: Path) -> None:
    """signal-export's data.json: one message object per line."""
    with path.open("w", encoding="utf-8") as handle:
        for m in messages:
            record: dict[str, object] = {
                "date": _when(m).isoformat(),
                "sender": m.sender,
                "body": m.text + "  ",
                "quote": "",
                "sticker": None,
                "reactions": [],
                "attachments": [],
                "deleted": False,
                "call": False,
                "missed": False,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def line_txt(messages: Sequence[Message], path: Path, partner: str = "Mei") -> None:
    """LINE's English chat history: a date line per day, ``H:MM AM<TAB>name<TAB>text``."""
    out = [f"[LINE] Chat history with {partner}", "Saved on: 05/10/2023, 21:04", ""]
    day = None
    for m in messages:
        moment = _when(m)
        if moment.date() != day:
            if day is not None:
                out.append("")
            day = moment.date()
            out.append(moment.strftime("%a, %m/%d/%Y"))
        clock = moment.strftime("%I:%M %p").lstrip("0")
        text = m.text
        if "\n" in text or text.startswith('"'):
            text = '"' + text.replace('"', '""') + '"'
        out.append(f"{clock}\t{m.sender}\t{text}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def wechat_csv(messages: Sequence[Message], path: Path, me: str = "") -> None:
    """WeChatMsg/MemoTrace's CSV (UTF-8 with BOM), every message a text (type 1)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "localId",
            "TalkerId",
            "Type",
            "SubType",
            "IsSender",
            "CreateTime",
            "Status",
            "StrContent",
            "StrTime",
            "Remark",
            "NickName",
            "Sender",
        ]
    )
    for n, m in enumerate(messages, start=1):
        moment = _when(m)
        created = int((moment - timedelta(hours=8) - _EPOCH).total_seconds())
        writer.writerow(
            [
                n,
                1,
                1,
                0,
                int(m.sender == me),
                created,
                2,
                m.text,
                moment.strftime("%Y-%m-%d %H:%M:%S"),
                m.sender,
                m.sender,
                f"wxid_{n}",
            ]
        )
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")


def wechat_txt(messages: Sequence[Message], path: Path) -> None:
    """WeChatMsg/MemoTrace's TXT: ``YYYY-MM-DD HH:MM:SS name``, the text, a blank line."""
    blocks = [
        f"{_when(m).strftime('%Y-%m-%d %H:%M:%S')} {m.sender}\n{m.text}\n\n" for m in messages
    ]
    path.write_text("".join(blocks), encoding="utf-8")


def discord_json(messages: Sequence[Message], path: Path, channel_id: str = "42") -> None:
    """DiscordChatExporter's JSON of a DM channel (timestamps with a +02:00 offset)."""
    document = {
        "guild": {"id": "0", "name": "Direct Messages", "iconUrl": ""},
        "channel": {"id": channel_id, "type": "DirectTextChat", "name": "dm", "topic": None},
        "messages": [
            {
                "id": str(1000 + n),
                "type": "Default",
                "timestamp": _when(m).isoformat() + "+02:00",
                "timestampEdited": None,
                "isPinned": False,
                "content": m.text,
                "author": {"id": str(abs(hash(m.sender)) % 10**6), "name": m.sender},
                "attachments": [],
                "embeds": [],
                "stickers": [],
                "reactions": [],
                "mentions": [],
            }
            for n, m in enumerate(messages)
        ],
        "messageCount": len(messages),
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")


def discord_csv(messages: Sequence[Message], path: Path) -> None:
    """DiscordChatExporter's CSV (every field quoted, en-US dates ``5/1/2023 3:05 PM``)."""

    def quote(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    lines = ["AuthorID,Author,Date,Content,Attachments,Reactions"]
    for m in messages:
        moment = _when(m)
        date = (
            f"{moment.month}/{moment.day}/{moment.year} {moment.strftime('%I:%M %p').lstrip('0')}"
        )
        fields = ["1", m.sender or "", date, m.text, "", ""]
        lines.append(",".join(quote(f) for f in fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


_IMESSAGE_SCHEMA = """
CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL,
    country TEXT, service TEXT NOT NULL, uncanonicalized_id TEXT, person_centric_id TEXT);
CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,
    style INTEGER, state INTEGER, account_id TEXT, chat_identifier TEXT, service_name TEXT,
    display_name TEXT);
CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,
    text TEXT, handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER, date_read INTEGER,
    is_from_me INTEGER DEFAULT 0, cache_has_attachments INTEGER DEFAULT 0,
    item_type INTEGER DEFAULT 0, group_action_type INTEGER DEFAULT 0,
    associated_message_guid TEXT, associated_message_type INTEGER DEFAULT 0,
    balloon_bundle_id TEXT, attributedBody BLOB, is_audio_message INTEGER DEFAULT 0,
    thread_originator_guid TEXT, date_edited INTEGER DEFAULT 0,
    date_retracted INTEGER DEFAULT 0);
CREATE TABLE chat_message_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,
    message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE, message_date INTEGER
    DEFAULT 0, PRIMARY KEY (chat_id, message_id));
CREATE TABLE chat_handle_join (chat_id INTEGER, handle_id INTEGER, UNIQUE(chat_id, handle_id));
"""


def typedstream(text: str) -> bytes:
    """An ``attributedBody`` blob as macOS writes it: an NSAttributedString typedstream."""
    data = text.encode("utf-8")
    if len(data) < 0x80:
        length = bytes([len(data)])
    elif len(data) < 0x10000:
        length = b"\x81" + len(data).to_bytes(2, "little")
    else:
        length = b"\x82" + len(data).to_bytes(4, "little")
    return (
        b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00"
        b"\x84\x84\x08NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+"
        + length
        + data
        + b"\x86\x84\x02iI\x01\x01\x92\x84\x84\x84\x0cNSDictionary\x00"
        b"\x94\x84\x01i\x01\x92\x84\x96\x96\x1d"
        b"__kIMMessagePartAttributeName\x86\x92\x84\x84\x84\x08NSNumber\x00\x84\x84\x07"
        b"NSValue\x00\x94\x84\x01*\x84\x99\x99\x00\x86\x86\x86"
    )


def apple_nanoseconds(moment: datetime) -> int:
    """``message.date`` of macOS 10.13+: nanoseconds since 2001-01-01 UTC."""
    return int((moment - APPLE_EPOCH).total_seconds()) * 1_000_000_000


def imessage_db(
    chats: dict[str, Sequence[Message]],
    path: Path,
    *,
    attributed: bool = True,
    seconds: bool = False,
) -> None:
    """A macOS Messages ``chat.db`` with one chat per handle (``chats``: handle -> messages).

    Messages from ``"Me"`` are ``is_from_me``; timestamps are read as UTC. With
    ``attributed`` every other message keeps its text only in ``attributedBody``
    (``text`` NULL, as newer macOS writes); ``seconds`` writes the old
    seconds-since-2001 dates instead of nanoseconds.
    """
    db = sqlite3.connect(path)
    try:
        db.executescript(_IMESSAGE_SCHEMA)
        n = 0
        for chat_index, (handle, messages) in enumerate(chats.items(), start=1):
            db.execute(
                "INSERT INTO handle (ROWID, id, service) VALUES (?, ?, 'iMessage')",
                (chat_index, handle),
            )
            db.execute(
                "INSERT INTO chat (ROWID, guid, style, chat_identifier, service_name, "
                "display_name) VALUES (?, ?, 45, ?, 'iMessage', '')",
                (chat_index, f"iMessage;-;{handle}", handle),
            )
            db.execute("INSERT INTO chat_handle_join VALUES (?, ?)", (chat_index, chat_index))
            for m in messages:
                n += 1
                moment = _when(m)
                date = (
                    int((moment - APPLE_EPOCH).total_seconds())
                    if seconds
                    else apple_nanoseconds(moment)
                )
                hidden = attributed and n % 2 == 0
                db.execute(
                    "INSERT INTO message (ROWID, guid, text, handle_id, service, date, "
                    "is_from_me, attributedBody) VALUES (?, ?, ?, ?, 'iMessage', ?, ?, ?)",
                    (
                        n,
                        f"GUID-{n:04d}",
                        None if hidden else m.text,
                        0 if m.sender == "Me" else chat_index,
                        date,
                        int(m.sender == "Me"),
                        typedstream(m.text) if attributed else None,
                    ),
                )
                db.execute("INSERT INTO chat_message_join VALUES (?, ?, ?)", (chat_index, n, date))
        db.commit()
    finally:
        db.close()


def at_minute(minute: int, sender: str, text: str) -> Message:
    moment = datetime(2023, 5, 1, 21, 0) + timedelta(minutes=minute)
    return Message("c", str(minute), moment.isoformat(), sender, text)


def imessage_sample_db(path: Path) -> Path:
    """The iMessage tests' chat.db: two chats, text in attributedBody, tapbacks, media, replies."""
    mei = [
        at_minute(0, MEI, "are you home yet?"),
        at_minute(1, "Me", "on the bus, 10 min"),
        at_minute(2, MEI, "ok. I made soup 🍲\nthere is enough for two"),
        at_minute(3, "Me", "you are the best"),
    ]
    imessage_db({MEI: mei, SAM: [at_minute(5, SAM, "see you at practice")]}, path)
    db = sqlite3.connect(path)
    base = apple_nanoseconds(datetime(2023, 5, 1, 21, 10))
    extra = [
        # a tapback (love) on message 3: a reaction, not a message
        (20, "GUID-T1", None, 1, base, 0, 2000, "p:0/GUID-0003", 0, 0, None, 0, 0, None),
        # a photo: the object replacement character stands for it
        (21, "GUID-P1", "\ufffc", 0, base + 10**9, 1, 0, None, 1, 0, None, 0, 0, None),
        # a reply to message 3, edited later
        (
            22,
            "GUID-R1",
            "I mean it",
            0,
            base + 2 * 10**9,
            1,
            0,
            None,
            0,
            0,
            "GUID-0003",
            base + 5 * 10**9,
            0,
            None,
        ),
        # an unsent message: no text left, retracted
        (23, "GUID-U1", None, 1, base + 3 * 10**9, 0, 0, None, 0, 0, None, base, base, None),
        # a group event written by the app
        (24, "GUID-S1", None, 1, base + 4 * 10**9, 0, 0, None, 0, 2, None, 0, 0, None),
        # a removed tapback (3000): also only counted
        (
            25,
            "GUID-T2",
            None,
            1,
            base + 5 * 10**9,
            0,
            3000,
            "p:0/GUID-0003",
            0,
            0,
            None,
            0,
            0,
            None,
        ),
    ]
    for row in extra:
        db.execute(
            "INSERT INTO message (ROWID, guid, text, handle_id, date, is_from_me, "
            "associated_message_type, associated_message_guid, cache_has_attachments, "
            "item_type, thread_originator_guid, date_edited, date_retracted, attributedBody) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
        db.execute("INSERT INTO chat_message_join VALUES (1, ?, ?)", (row[0], row[4]))
    db.commit()
    db.close()
    return path
