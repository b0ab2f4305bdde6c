"""iMessage: the macOS Messages database ``~/Library/Messages/chat.db`` (SQLite).

The database is opened read-only and immutable (``file:...?mode=ro&immutable=1``):
nothing is written, no journal or lock file is created, the file's bytes stay
the same. Tables read: ``message``, ``handle``, ``chat``, ``chat_message_join``.

* One conversation is imported: ``--chat`` names it (its ``chat_identifier``, its
  ``display_name`` or its row id); the iMessage and SMS chats of one identifier are
  one conversation; with several chats and no ``--chat`` the
  import stops (E105) with a list of the chats and their message counts.
* ``text`` is ``message.text``; where newer macOS leaves it NULL, the NSString
  inside the ``attributedBody`` typedstream blob is read.
* ``message.date`` counts from 2001-01-01 UTC, in seconds (older macOS) or
  nanoseconds (macOS 10.13+); ``timestamp`` is that moment in UTC and
  ``utc_offset`` is 0 (the database holds no local time).
* ``sender`` is ``Me`` for ``is_from_me`` and otherwise the handle's id (a phone
  number or e-mail address as stored: the contact names live in the address book,
  not in the database).
* Tapbacks (``associated_message_type`` 2000-3007) are reactions: counted, not
  read as messages. Messages with attachments are ``media``; ``item_type`` other
  than 0 (group changes, renames) ``system``; an unsent message ``deleted``.
* ``message_id`` is ``<conversation_id>:<message guid>``; ``reply_to`` the same of
  ``thread_originator_guid``; ``edited`` from ``date_edited``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pyarrow as pa

from unmask.errors import ChatChoiceError, InputError
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.common import Rows, slug, stamp
from unmask.model import Kind

PLATFORM = "imessage"
APPLE_EPOCH = datetime(2001, 1, 1)
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: ``message.date`` above this is nanoseconds (seconds would be past the year 5000)
_NANOSECONDS = 10**11
_OBJECT_REPLACEMENT = "\ufffc"
_TAPBACKS = range(2000, 3008)
#: chats listed by name when --chat is missing
MAX_LISTED = 20


def apple_time(value: Any) -> datetime | None:
    """A ``message.date`` (seconds or nanoseconds since 2001-01-01 UTC) as naive UTC."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    seconds = value / 1e9 if abs(value) >= _NANOSECONDS else float(value)
    try:
        return APPLE_EPOCH + timedelta(seconds=seconds)
    except (OverflowError, ValueError):
        return None


def _length(blob: bytes, at: int) -> tuple[int, int] | None:
    """A typedstream length at ``at``: one byte, or 0x81 + 2 bytes, or 0x82 + 4 bytes (LE)."""
    if at >= len(blob):
        return None
    first = blob[at]
    if first == 0x81:
        return int.from_bytes(blob[at + 1 : at + 3], "little"), at + 3
    if first == 0x82:
        return int.from_bytes(blob[at + 1 : at + 5], "little"), at + 5
    return first, at + 1


def attributed_text(blob: bytes | None) -> str | None:
    """The plain text of an ``attributedBody`` typedstream (the first NSString's bytes)."""
    if not blob:
        return None
    at = blob.find(b"NSString")
    if at < 0:
        at = blob.find(b"NSMutableString")
        if at < 0:
            return None
        at += 7  # past "Mutable": the same layout follows
    plus = blob.find(b"+", at + 8, at + 20)  # the C-string type tag before the length
    if plus < 0:
        return None
    length = _length(blob, plus + 1)
    if length is None:
        return None
    size, start = length
    data = blob[start : start + size]
    if len(data) != size:
        return None
    return data.decode("utf-8", errors="replace")


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}  # noqa: S608


def open_readonly(path: Path) -> sqlite3.Connection:
    """The database opened read-only and immutable (never written, no lock, no journal)."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        db = sqlite3.connect(uri, uri=True)
        db.text_factory = _text  # damaged UTF-8 in a text column is replaced, not fatal
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise InputError(f"{path}: not a readable SQLite database ({error}).") from None
    except UnicodeDecodeError:  # sqlite's own message quotes damaged bytes
        raise InputError(f"{path}: not a readable SQLite database (damaged schema).") from None
    return db


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Chat:
    """One conversation: every chat row with the same identifier (iMessage and SMS of one
    person are two rows of the ``chat`` table)."""

    identifier: str
    name: str
    messages: int
    rowids: tuple[int, ...]

    def label(self) -> str:
        shown = self.identifier or str(self.rowids[0])
        return f"{shown}{f' ({self.name})' if self.name else ''}: {self.messages:,} messages"


def list_chats(db: sqlite3.Connection) -> list[Chat]:
    """Every conversation (chats grouped by identifier), busiest first."""
    rows = db.execute(
        "SELECT c.ROWID, coalesce(c.chat_identifier, ''), coalesce(c.display_name, ''), "
        "count(j.message_id) FROM chat c LEFT JOIN chat_message_join j ON j.chat_id = c.ROWID "
        "GROUP BY c.ROWID ORDER BY c.ROWID"
    ).fetchall()
    grouped: dict[str, list[tuple[int, str, int]]] = {}
    for rowid, identifier, name, count in rows:
        key = str(identifier) or f"#{rowid}"
        grouped.setdefault(key, []).append((int(rowid), str(name), int(count)))
    chats = [
        Chat(
            identifier=key if not key.startswith("#") else "",
            name=next((name for _r, name, _c in members if name), ""),
            messages=sum(count for _r, _n, count in members),
            rowids=tuple(rowid for rowid, _n, _c in members),
        )
        for key, members in grouped.items()
    ]
    return sorted(chats, key=lambda chat: (-chat.messages, chat.rowids[0]))


def choose_chat(chats: list[Chat], wanted: str | None, path: Path) -> Chat:
    """The chat named by ``--chat`` (or the only one); :class:`ChatChoiceError` listing them."""
    if wanted is not None:
        key = wanted.strip().casefold()
        for chat in chats:
            ids = {str(rowid) for rowid in chat.rowids}
            if key in ids or key in (chat.identifier.casefold(), chat.name.strip().casefold()):
                return chat
    elif len(chats) == 1:
        return chats[0]
    if not chats:
        raise InputError(f"{path}: the Messages database holds no chat.")
    listing = "; ".join(chat.label() for chat in chats[:MAX_LISTED])
    more = f"; and {len(chats) - MAX_LISTED} more" if len(chats) > MAX_LISTED else ""
    start = (
        f"{path}: --chat {wanted!r} matches no chat"
        if wanted is not None
        else f"{path} holds {len(chats)} chats"
    )
    raise ChatChoiceError(
        f"{start}; choose one with --chat (its identifier or name): {listing}{more}."
    )


class IMessageImporter:
    """The macOS Messages database (chat.db), read-only."""

    name: ClassVar[str] = "imessage"
    description: ClassVar[str] = "iMessage: the macOS Messages database chat.db (one chat)"

    def sniff(self, sample: ExportSample) -> float:
        head = sample.head
        if not head.startswith(_SQLITE_MAGIC):
            return 0.0
        if b"chat_message_join" in head or (b"associated_message_type" in head):
            return 0.98
        return 0.4 if sample.path.name == "chat.db" else 0.0

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        report.format = self.name
        report.total_bytes = path.stat().st_size
        with open(path, "rb") as handle:
            if handle.read(16) != _SQLITE_MAGIC:
                raise InputError(
                    f"{path}: not a SQLite database; expected the Messages database chat.db."
                )
        wal = path.with_name(path.name + "-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            report.notes.append(
                f"{wal.name} beside the database holds recent changes that are not read; "
                "quit Messages and copy chat.db again to include them."
            )
        db = open_readonly(path)
        try:
            yield from self._read(db, path, options, report)
        except (sqlite3.Error, OverflowError, ValueError) as error:
            why = "damaged" if isinstance(error, UnicodeDecodeError) else str(error)
            raise InputError(
                f"{path}: cannot read the Messages database ({why}); expected chat.db "
                "from ~/Library/Messages (copy it while Messages is closed)."
            ) from None
        finally:
            db.close()

    def _read(
        self, db: sqlite3.Connection, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = {"message", "chat", "chat_message_join"} - tables
        if missing:
            raise InputError(
                f"{path}: table(s) {', '.join(sorted(missing))} missing; this is not the "
                "Messages database chat.db."
            )
        chat = choose_chat(list_chats(db), options.chat, path)
        conversation = options.conversation_id or "imessage-" + slug(
            chat.identifier, str(chat.rowids[0])
        )
        have = _columns(db, "message")
        wanted = (
            "guid",
            "text",
            "attributedBody",
            "date",
            "is_from_me",
            "associated_message_type",
            "cache_has_attachments",
            "item_type",
            "date_edited",
            "date_retracted",
            "thread_originator_guid",
            "balloon_bundle_id",
            "is_audio_message",
        )
        select = ", ".join(f"m.{c}" if c in have else f"NULL AS {c}" for c in wanted)
        handle_join = "LEFT JOIN handle h ON h.ROWID = m.handle_id" if "handle" in tables else ""
        handle_id = "h.id" if handle_join else "NULL"
        query = (
            f"SELECT DISTINCT m.ROWID, {select}, {handle_id} FROM message m "  # noqa: S608
            f"JOIN chat_message_join j ON j.message_id = m.ROWID {handle_join} "
            f"WHERE j.chat_id IN ({', '.join('?' * len(chat.rowids))}) "
            "ORDER BY m.date, m.ROWID"
        )
        rows = Rows(PLATFORM, options, report)
        for record in db.execute(query, chat.rowids):
            self._add(rows, conversation, record)
        yield from rows.batches()

    @staticmethod
    def _add(rows: Rows, conversation: str, record: tuple[Any, ...]) -> None:
        (
            rowid,
            guid,
            text,
            body,
            date,
            from_me,
            associated,
            attachments,
            item_type,
            edited,
            retracted,
            thread,
            balloon,
            audio,
            handle,
        ) = record
        if isinstance(associated, int) and associated in _TAPBACKS:
            rows.reactions += 1
            return
        moment = apple_time(date)
        if moment is None:
            rows.skip("iMessage row without a readable date")
            return
        if not isinstance(text, str) or not text:
            text = attributed_text(body if isinstance(body, bytes) else None) or ""
        has_media = bool(attachments) or bool(audio) or _OBJECT_REPLACEMENT in text
        text = text.replace(_OBJECT_REPLACEMENT, "")
        sender: str | None = "Me" if from_me else (handle if isinstance(handle, str) else None)
        if item_type:
            kind, sender = Kind.SYSTEM.value, None
        elif retracted or (edited and not text and not has_media):
            kind = Kind.DELETED.value
        elif has_media:
            kind = Kind.MEDIA.value
        elif balloon:
            kind = Kind.OTHER.value
        else:
            kind = Kind.TEXT.value
        ident = guid if isinstance(guid, str) and guid else str(rowid)
        rows.add(
            conversation,
            f"{conversation}:{ident}",
            stamp(moment.replace(microsecond=0)),
            sender,
            text,
            kind,
            reply_to=f"{conversation}:{thread}" if isinstance(thread, str) and thread else None,
            utc_offset=0,
            edited=bool(edited) and kind != Kind.DELETED.value,
        )
