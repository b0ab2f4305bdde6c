"""Telegram Desktop JSON exports: one chat, the whole account, or a minimal file.

Every shape Telegram Desktop (and tools re-saving its output) writes is read:

* one chat (``result.json``: ``name``, ``type``, ``id``, ``messages``);
* the full account (``chats.list[]`` and ``left_chats.list[]``, each a chat): the
  chat is chosen with ``--chat NAME|ID``; without it, an export holding several
  personal chats is refused with their list, else every chat is read;
* minimal files holding only ``messages``, with ``date``, or only ``date_unixtime``;
* ``text`` as a string or as a list of strings and entity objects.

The file is **streamed** (:mod:`unmask.ingest.jsonstream`): messages are decoded one
by one from a sliding window, so memory stays bounded whatever the export's size.
Decisions (documented in docs/format.md):

* ``conversation_id`` is ``telegram-<chat id>``; ``message_id`` is
  ``<conversation_id>:<telegram message id>`` (stable across re-exports).
* ``timestamp`` is ``date`` (wall time of the exporting computer);
  ``utc_offset`` is ``date - date_unixtime`` in minutes. A message with only
  ``date_unixtime`` is read in UTC (``utc_offset`` 0).
* Messages keep the export's order (Telegram ids are chronological, and wall
  time can step back at a daylight-saving change, so we do not re-sort).
* Service messages are kind ``system`` with sender ``None`` and the action
  name as text when Telegram gives no text; phone calls are kind ``call``
  with the caller (``actor``) as sender.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, ClassVar

import pyarrow as pa

from unmask.errors import ChatChoiceError, EmptyInputError, InputError
from unmask.ingest.archive import is_zip, open_member_binary, zip_members
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.batching import RowBuffer, scrub_surrogates
from unmask.ingest.jsonstream import JsonStream, json_encoding
from unmask.model import Kind

PLATFORM = "telegram"
_EPOCH = datetime(1970, 1, 1)
#: real time zones lie within UTC-12..UTC+14; anything beyond is not an offset
_MAX_OFFSET_MINUTES = 18 * 60
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\Z")
#: Unix seconds Telegram could have written (1970 to 2100)
_MAX_UNIX = 4_102_444_800
_CHAT_SECTIONS = ("chats", "left_chats")
_META_KEYS = ("name", "type", "id")

#: media_type values that are a sticker; every other media_type is media
_STICKER_TYPES = frozenset({"sticker"})
#: keys of a regular message that make it media (a caption may be its text)
_MEDIA_KEYS = ("photo", "file", "media_type")
#: keys of a regular message that make it "other" (shared contact, place, poll, game...)
_OTHER_KEYS = (
    "contact_information",
    "location_information",
    "place_name",
    "poll",
    "game_title",
    "invoice_information",
    "live_location_period_seconds",
    "dice",
)
_CALL_ACTIONS = frozenset({"phone_call", "group_call", "invite_to_group_call"})

Row = tuple[str, str, str | None, str, str, str | None, int | None, bool]


def flatten_text(value: Any) -> str:
    """Telegram's ``text``: a string, or a list of strings and ``{"type", "text"}`` entities."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def classify(message: dict[str, Any]) -> str:
    """The canonical kind of one Telegram message object."""
    if message.get("type") == "service":
        return Kind.CALL.value if message.get("action") in _CALL_ACTIONS else Kind.SYSTEM.value
    media_type = message.get("media_type")
    if media_type in _STICKER_TYPES:
        return Kind.STICKER.value
    if any(key in message for key in _MEDIA_KEYS):
        return Kind.MEDIA.value
    if any(key in message for key in _OTHER_KEYS):
        return Kind.OTHER.value
    if message.get("type") not in (None, "message"):
        return Kind.OTHER.value
    return Kind.TEXT.value


def _unix(value: Any) -> int | None:
    """``date_unixtime`` (a string of digits, or a number) as seconds, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 12:
        seconds = int(value)
    elif isinstance(value, int):
        seconds = value
    else:
        return None
    return seconds if 0 <= seconds <= _MAX_UNIX else None


def _utc_offset(wall: datetime, unixtime: int | None) -> int | None:
    """Minutes between the wall time and UTC (``None`` when Telegram gave no unixtime)."""
    if unixtime is None:
        return None
    offset = round((wall - (_EPOCH + timedelta(seconds=unixtime))).total_seconds() / 60)
    return offset if abs(offset) <= _MAX_OFFSET_MINUTES else None


@dataclass
class ChatInfo:
    """One chat of an export as the walk meets it (metadata written before its messages)."""

    index: int
    #: "" for a single-chat export, else the account export's section (chats, left_chats)
    section: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    messages: int = 0

    @property
    def name(self) -> str:
        name = self.meta.get("name")
        return name if isinstance(name, str) else ""

    @property
    def ident(self) -> str | None:
        ident = self.meta.get("id")
        if isinstance(ident, bool) or not isinstance(ident, int | str):
            return None
        return str(ident)

    @property
    def personal(self) -> bool:
        return self.meta.get("type") == "personal_chat"

    def label(self) -> str:
        name = scrub_surrogates(self.name or "(no name)")[0]
        plural = "" if self.messages == 1 else "s"
        return f'"{name}" (id {self.ident or "?"}, {self.messages:,} message{plural})'


#: one event of the walk: a chat starts (message None), or one of its messages
Event = tuple[ChatInfo, Any]


def result_member(path: Path) -> str | None:
    """The ``result.json`` inside a zipped Telegram export folder (the shallowest), or None."""
    found = [name for name in zip_members(path) if PurePosixPath(name).name == "result.json"]
    return min(found, key=lambda name: name.count("/")) if found else None


def _open(path: Path) -> BinaryIO:
    if is_zip(path):
        member = result_member(path)
        if member is None:
            raise InputError(
                f"{path}: a zip without result.json; pass the Telegram export folder's "
                "result.json (Telegram Desktop: Export chat history, format JSON)."
            )
        return open_member_binary(path, member)[0]
    return path.open("rb")


def _open_stream(path: Path, options: ImportOptions, report: ImportReport) -> JsonStream:
    with _open(path) as probe:
        head = probe.read(4)
    if not head.strip():
        with _open(path) as probe:
            if not probe.read(65_536).strip():
                raise EmptyInputError(f"{path}: the file is empty; export the chat again.")
    encoding = json_encoding(head, options.encoding)
    report.encoding = encoding
    return JsonStream(
        _open(path),
        path,
        encoding,
        hint="the export may be truncated; export the chat again from Telegram Desktop.",
        progress=options.progress,
    )


def _walk(stream: JsonStream, path: Path) -> Iterator[Event]:
    """Every chat of a single-chat, minimal or full-account export and its messages, in order.

    Messages are decoded one by one; the sections beside them (contacts, sessions,
    the account's profile) are small and skipped whole.
    """
    if stream.peek() == "":
        raise EmptyInputError(f"{path}: the file is empty; export the chat again.")
    if stream.peek() != "{":
        raise InputError(
            f"{path}: expected a Telegram Desktop export (a JSON object with 'messages' or "
            "'chats'); found another JSON value. Export again with the JSON format selected."
        )
    top = ChatInfo(0)
    found = False
    count = 0
    for key in stream.members():
        if key == "messages" and stream.peek() == "[":
            found = True
            count += 1
            yield top, None
            for message in stream.items():
                yield top, message
        elif key in _CHAT_SECTIONS and stream.peek() == "{":
            found = True
            section = key
            for sub in stream.members():
                if sub != "list" or stream.peek() != "[":
                    stream.skip()
                    continue
                for _ in stream.positions():
                    if stream.peek() != "{":
                        stream.skip()
                        continue
                    chat = ChatInfo(count, section)
                    count += 1
                    yield from _walk_chat(stream, chat)
        elif key in _META_KEYS:
            top.meta[key] = stream.value()
        else:
            stream.skip()
    stream.end()
    if not found:
        raise InputError(
            f"{path}: a JSON object without 'messages' or 'chats.list'; this is not a Telegram "
            "Desktop export. Use --format to choose another reader."
        )


def _walk_chat(stream: JsonStream, chat: ChatInfo) -> Iterator[Event]:
    started = False
    for key in stream.members():
        if key == "messages" and stream.peek() == "[" and not started:
            started = True
            yield chat, None
            for message in stream.items():
                yield chat, message
        elif key in _META_KEYS:
            chat.meta[key] = stream.value()
        else:
            stream.skip()
    if not started:
        yield chat, None


def catalogue(path: Path, options: ImportOptions | None = None) -> list[ChatInfo]:
    """The chats of an export with their message counts (one streamed pass, nothing kept)."""
    options = options or ImportOptions()
    stream = _open_stream(path, ImportOptions(encoding=options.encoding), ImportReport(str(path)))
    chats: list[ChatInfo] = []
    try:
        for chat, message in _walk(stream, path):
            if message is None:
                chats.append(chat)
            else:
                chat.messages += 1
    finally:
        stream.close()
    return chats


def _matches(chat: ChatInfo, wanted: str) -> bool:
    wanted = wanted.strip().casefold()
    return chat.name.strip().casefold() == wanted or chat.ident == wanted.removeprefix("telegram-")


def choose(chats: list[ChatInfo], wanted: str | None, path: Path) -> set[int] | None:
    """Indices of the chats to read (None: all of them).

    ``--chat`` picks one by name or id; without it, an export holding several
    personal chats is refused with their list (a couple's chat is one of them).
    """
    personal = [chat for chat in chats if chat.personal]
    if wanted is not None:
        found = [chat for chat in chats if _matches(chat, wanted)]
        if len(found) == 1:
            return {found[0].index}
        if not found:
            raise ChatChoiceError(
                f"{path}: no chat named {wanted!r}; the export holds "
                f"{_listing(personal or chats)}. Pass one of these names or ids with --chat."
            )
        raise ChatChoiceError(
            f"{path}: {len(found)} chats are named {wanted!r}: {_listing(found)}; "
            "pass the id with --chat instead."
        )
    if len(personal) > 1:
        raise ChatChoiceError(
            f"{path} holds {len(personal)} personal chats: {_listing(personal)}. Choose the "
            "one to read with --chat NAME (or --chat ID)."
        )
    return None


def _listing(chats: list[ChatInfo], most: int = 20) -> str:
    if not chats:
        return "no chats"
    ranked = sorted(chats, key=lambda chat: -chat.messages)
    text = ", ".join(chat.label() for chat in ranked[:most])
    return text + (f" and {len(ranked) - most} more" if len(ranked) > most else "")


class TelegramImporter:
    """Reads Telegram Desktop's ``result.json`` (one chat, the account, or minimal)."""

    name: ClassVar[str] = "telegram"
    description: ClassVar[str] = "Telegram Desktop JSON export (result.json, one chat or all)"

    def sniff(self, sample: ExportSample) -> float:
        """Telegram exports start with ``{`` and use its key names near the top."""
        head = sample.head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not head.startswith(b"{"):
            return 0.0
        if b'"messages"' in head and (b'"date_unixtime"' in head or b'"from_id"' in head):
            return 0.95
        if b'"personal_information"' in head or (b'"chats"' in head and b'"list"' in head):
            return 0.9
        if b'"messages"' in head and b'"sender_name"' not in head:
            return 0.6
        return 0.05

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        """Stream the export's messages chat by chat, in export order."""
        report.format = self.name
        report.platform = PLATFORM
        decided = False
        chosen: set[int] | None = None  # None: every chat
        counted: set[int] = set()
        buffer = RowBuffer(options.batch_size)
        stats = {"skipped": 0, "replaced": 0, "unix_only": 0}
        stream = _open_stream(path, options, report)
        try:
            for chat, message in _walk(stream, path):
                if message is None:  # a chat starts
                    if chat.section and not decided:  # the first chat of an account export
                        decided = True
                        chosen = (
                            choose(catalogue(path, options), None, path)
                            if options.chat is None
                            else set()
                        )
                    if chosen is not None and options.chat and _matches(chat, options.chat):
                        chosen.add(chat.index)
                    continue
                if chat.section and chosen is not None and chat.index not in chosen:
                    continue
                if chat.index not in counted:
                    counted.add(chat.index)
                    report.conversations += 1
                batch = self._add(buffer, message, self._conversation(chat, options), stats)
                if batch is not None:
                    yield batch
        finally:
            stream.close()
        report.total_bytes = stream.bytes_read
        if chosen is not None and options.chat is not None and len(chosen) != 1:
            choose(catalogue(path, options), options.chat, path)  # raises, listing the chats
        last = buffer.flush()
        if last is not None:
            yield last
        self._notes(report, stats)

    @staticmethod
    def _conversation(chat: ChatInfo, options: ImportOptions) -> str:
        if options.conversation_id and (options.chat is not None or not chat.section):
            return options.conversation_id
        ident = chat.ident
        return scrub_surrogates(f"telegram-{ident if ident is not None else chat.index}")[0]

    def _add(
        self, buffer: RowBuffer, message: Any, conversation: str, stats: dict[str, int]
    ) -> pa.RecordBatch | None:
        row = self._row(message, conversation)
        if row is None:
            stats["skipped"] += 1
            return None
        if row[6] == 0 and isinstance(message, dict) and "date" not in message:
            stats["unix_only"] += 1
        text, fixed = scrub_surrogates(row[3])
        stats["replaced"] += fixed
        sender = row[2] if row[2] is None else scrub_surrogates(row[2])[0]
        return buffer.add(
            conversation,
            row[0],
            row[1],
            sender,
            text,
            row[4],
            PLATFORM,
            reply_to=row[5],
            utc_offset=row[6],
            edited=row[7],
        )

    @staticmethod
    def _notes(report: ImportReport, stats: dict[str, int]) -> None:
        report.unreadable_lines += stats["skipped"]
        if stats["skipped"]:
            report.notes.append(
                f"{stats['skipped']} Telegram message(s) had no id or no readable date and "
                "were skipped."
            )
        if stats["unix_only"]:
            report.notes.append(
                f"{stats['unix_only']} message(s) had only date_unixtime (no local date): "
                "their times are in UTC."
            )
        if stats["replaced"]:
            report.notes.append(
                f"{stats['replaced']} message(s) held invalid UTF-16 escapes; "
                "those characters became U+FFFD."
            )

    @staticmethod
    def _row(message: Any, conversation: str) -> Row | None:
        """(message_id, timestamp, sender, text, kind, reply_to, utc_offset, edited) or None."""
        if not isinstance(message, dict):
            return None
        telegram_id = message.get("id")
        if isinstance(telegram_id, bool) or not isinstance(telegram_id, int | str):
            return None
        unixtime = _unix(message.get("date_unixtime"))
        date = message.get("date")
        if date is None and unixtime is not None:
            wall = _EPOCH + timedelta(seconds=unixtime)
            date = wall.strftime("%Y-%m-%dT%H:%M:%S")
            offset: int | None = 0
        else:
            if not isinstance(date, str) or not _DATE_RE.match(date):
                return None
            try:
                wall = datetime.fromisoformat(date)
            except ValueError:
                return None
            offset = _utc_offset(wall, unixtime)
        kind = classify(message)
        text = flatten_text(message.get("text"))
        sender: str | None
        if kind == Kind.SYSTEM.value:
            sender = None
            if not text and isinstance(message.get("action"), str):
                text = message["action"]
        elif kind == Kind.CALL.value:
            actor = message.get("actor")
            sender = actor if isinstance(actor, str) else None
        else:
            author = message.get("from")
            sender = author if isinstance(author, str) else None
        reply = message.get("reply_to_message_id")
        reply_to = (
            scrub_surrogates(f"{conversation}:{reply}")[0]
            if isinstance(reply, int | str) and not isinstance(reply, bool)
            else None
        )
        return (
            scrub_surrogates(f"{conversation}:{telegram_id}")[0],
            date,
            sender,
            text,
            kind,
            reply_to,
            offset,
            "edited" in message,
        )
