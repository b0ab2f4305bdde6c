"""Discord direct messages exported with DiscordChatExporter (JSON or CSV).

* JSON: ``{"guild": ..., "channel": {"id", "type", "name"}, "messages": [...]}``;
  each message has ``id``, ``type``, ``timestamp`` (ISO 8601 with offset),
  ``timestampEdited``, ``content``, ``author.name``,
  ``attachments``, ``stickers``, ``reactions`` and ``reference.messageId``.
  ``conversation_id`` is ``discord-<channel id>``, ``message_id``
  ``<conversation_id>:<message id>``, ``reply_to`` the same of the reference.
* CSV: ``AuthorID,Author,Date,Content,Attachments,Reactions``; dates as ISO
  8601, ``5/1/2023 3:05 PM`` (the tool's default en-US short format) or the
  older ``01-May-23 03:05 PM``. ``conversation_id`` is the file name.

Reactions are counted in the summary, never read as messages. The JSON is
streamed (one message decoded at a time), so a DM of any size fits in memory.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

import pyarrow as pa

from unmask.errors import EmptyInputError, InputError
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.common import Rows, decode, iso_wall, read_bytes, slug, stamp
from unmask.ingest.jsonstream import JsonStream, json_encoding
from unmask.ingest.textio import decode_head, read_head
from unmask.model import Kind

PLATFORM = "discord"
CSV_HEADER = ("AuthorID", "Author", "Date", "Content", "Attachments", "Reactions")

#: message types that are Discord's own notices, not a person's words
_SYSTEM_TYPES = frozenset(
    {
        "RecipientAdd",
        "RecipientRemove",
        "ChannelNameChange",
        "ChannelIconChange",
        "ChannelPinnedMessage",
        "GuildMemberJoin",
        "ThreadCreated",
        "ThreadStarterMessage",
    }
)
_TEXT_TYPES = frozenset({"Default", "Reply"})
_CSV_TIME_FORMATS = (
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %I:%M:%S %p",
    "%d-%b-%y %I:%M %p",
    "%d-%b-%y %I:%M:%S %p",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
)
_CSV_CALL = re.compile(r"\AStarted a call( that lasted .*)?\.?\Z")
_CSV_SYSTEM = re.compile(
    r"\A(Pinned a message\.|Added .+ to the group\.|Removed .+ from the group\.|"
    r"Left the group\.|Changed the channel name: .*|Changed the channel icon\.|"
    r"Joined the server\.)\Z",
    re.S,
)
_REACTION = re.compile(r"\((\d+)\)")


def csv_time(raw: str) -> tuple[str, int | None] | None:
    """A DiscordChatExporter CSV date as (wall time, offset minutes or None)."""
    raw = raw.strip()
    parsed = iso_wall(raw) if "T" in raw else None
    if parsed is not None:
        return parsed
    for form in _CSV_TIME_FORMATS:
        try:
            return stamp(datetime.strptime(raw, form)), None
        except ValueError:
            continue
    return None


class DiscordImporter:
    """DiscordChatExporter JSON or CSV of one channel (a DM)."""

    name: ClassVar[str] = "discord"
    description: ClassVar[str] = "Discord DM exported with DiscordChatExporter (JSON or CSV)"

    def sniff(self, sample: ExportSample) -> float:
        head = decode_head(sample.head).lstrip("\ufeff \t\r\n")
        if head.startswith("{"):
            if '"guild"' in head and '"channel"' in head:
                return 0.97 if '"messages"' in head else 0.8
            return 0.0
        first = head.split("\n", 1)[0].strip()
        return 0.97 if first.replace('"', "") == ",".join(CSV_HEADER) else 0.0

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        report.format = self.name
        rows = Rows(PLATFORM, options, report)
        head = read_head(path, 4096)
        if not head.strip():
            raise EmptyInputError(f"{path} is empty; export the chat again.")
        if decode_head(head).lstrip("\ufeff \t\r\n").startswith("{"):
            _json_stream(path, options, report, rows)
        else:
            text = decode(
                read_bytes(path, options, report, "Discord channel"), path, options, report
            )
            self._csv(text, path, options, rows)
        yield from rows.batches()

    @staticmethod
    def _csv(text: str, path: Path, options: ImportOptions, rows: Rows) -> None:
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader)
        except (StopIteration, csv.Error):
            header = []
        if tuple(h.strip() for h in header) != CSV_HEADER:
            raise InputError(
                f"{path}: line 1: expected the DiscordChatExporter header {','.join(CSV_HEADER)}."
            )
        conversation = options.conversation_id or "discord-" + slug(path.stem, "dm")
        n = 0
        try:
            for record in reader:
                n += 1
                if not record:
                    continue
                line = reader.line_num
                if len(record) != len(CSV_HEADER):
                    raise InputError(
                        f"{path}: line {line}: expected 6 fields ({','.join(CSV_HEADER)}), "
                        f"found {len(record)}."
                    )
                _author_id, author, date, content, attachments, reactions = record
                parsed = csv_time(date)
                if parsed is None:
                    raise InputError(
                        f"{path}: line {line}, field Date: expected a date like "
                        "2023-05-01T15:05:12+02:00 or 5/1/2023 3:05 PM."
                    )
                rows.reactions += sum(int(c) for c in _REACTION.findall(reactions))
                if _CSV_CALL.match(content):
                    kind = Kind.CALL.value
                elif _CSV_SYSTEM.match(content):
                    kind, author = Kind.SYSTEM.value, ""
                elif attachments.strip():
                    kind = Kind.MEDIA.value
                else:
                    kind = Kind.TEXT.value
                rows.add(
                    conversation,
                    f"{conversation}:{n}",
                    parsed[0],
                    author or None,
                    content,
                    kind,
                    utc_offset=parsed[1],
                )
        except csv.Error as error:
            raise InputError(f"{path}: line {reader.line_num}: broken CSV ({error}).") from None


def _json_stream(path: Path, options: ImportOptions, report: ImportReport, rows: Rows) -> None:
    """Walk the export's top-level object; messages are decoded one at a time (any size)."""
    report.total_bytes = path.stat().st_size
    encoding = json_encoding(read_head(path, 4), options.encoding)
    report.encoding = encoding
    stream = JsonStream(
        path.open("rb"),
        path,
        encoding,
        hint="the export may be truncated; export the channel again with DiscordChatExporter.",
        progress=options.progress,
    )
    try:
        if stream.peek() != "{":
            raise InputError(
                f"{path}: expected a DiscordChatExporter JSON export (an object with "
                "'channel' and 'messages'); found another JSON value."
            )
        conversation = options.conversation_id
        found = False
        for key in stream.members():
            if key == "channel" and conversation is None:
                channel = stream.value()
                channel_id = channel.get("id") if isinstance(channel, dict) else None
                if isinstance(channel_id, str | int) and not isinstance(channel_id, bool):
                    conversation = f"discord-{channel_id}"
            elif key == "messages":
                if stream.peek() != "[":
                    raise InputError(
                        f"{path}: field 'messages': expected a list of messages in a "
                        "DiscordChatExporter JSON export (export the channel again as JSON)."
                    )
                found = True
                conversation = conversation or "discord-" + slug(path.stem, "dm")
                for message in stream.items():
                    _json_message(message, conversation, rows)
            else:
                stream.skip()
        stream.end()
    finally:
        stream.close()
    if not found:
        raise InputError(
            f"{path}: field 'messages': missing; expected a DiscordChatExporter JSON export."
        )


def _json_message(message: Any, conversation: str, rows: Rows) -> None:
    """One DiscordChatExporter message object as a canonical row (or a counted skip)."""
    if not isinstance(message, dict):
        rows.skip("not a message object")
        return
    moment = message.get("timestamp")
    parsed = iso_wall(moment) if isinstance(moment, str) else None
    ident = message.get("id")
    if parsed is None or not isinstance(ident, str | int) or isinstance(ident, bool):
        rows.skip("Discord message without an id or a readable timestamp")
        return
    rows.reactions += _json_reactions(message.get("reactions"))
    kind, sender, body = _json_kind(message)
    reference = message.get("reference")
    reply = reference.get("messageId") if isinstance(reference, dict) else None
    rows.add(
        conversation,
        f"{conversation}:{ident}",
        parsed[0],
        sender,
        body,
        kind,
        reply_to=f"{conversation}:{reply}" if isinstance(reply, str | int) else None,
        utc_offset=parsed[1],
        edited=isinstance(message.get("timestampEdited"), str),
    )


def _json_reactions(value: Any) -> int:
    if not isinstance(value, list):
        return 0
    total = 0
    for reaction in value:
        count = reaction.get("count") if isinstance(reaction, dict) else None
        total += count if isinstance(count, int) and not isinstance(count, bool) else 1
    return total


def _json_kind(message: dict[str, Any]) -> tuple[str, str | None, str]:
    """(kind, sender, text) of one DiscordChatExporter message object."""
    author = message.get("author")
    sender: str | None = None
    if isinstance(author, dict):
        name = author.get("name")
        sender = name if isinstance(name, str) else None
    content = message.get("content")
    body = content if isinstance(content, str) else ""
    kind_name = message.get("type")
    if kind_name == "Call":
        return Kind.CALL.value, sender, body
    if kind_name in _SYSTEM_TYPES:
        return Kind.SYSTEM.value, None, body or str(kind_name)
    if message.get("stickers"):
        return Kind.STICKER.value, sender, body
    if message.get("attachments"):
        return Kind.MEDIA.value, sender, body
    if kind_name is not None and kind_name not in _TEXT_TYPES:
        return Kind.OTHER.value, sender, body
    return Kind.TEXT.value, sender, body
