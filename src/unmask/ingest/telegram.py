"""Telegram Desktop JSON exports: one chat (``result.json``) or the whole account.

Telegram Desktop writes one JSON document, so it has to be parsed as a whole:
:func:`json.loads` needs roughly 5-10 times the file size in memory (a 100 MB
full-account export takes about 1 GB). Messages are then emitted in bounded
batches. Decisions (documented in docs/format.md):

* ``conversation_id`` is ``telegram-<chat id>``; ``message_id`` is
  ``<conversation_id>:<telegram message id>`` (stable across re-exports).
* ``timestamp`` is ``date`` (wall time of the exporting computer);
  ``utc_offset`` is ``date - date_unixtime`` in minutes.
* Messages keep the export's order (Telegram ids are chronological, and wall
  time can step back at a daylight-saving change, so we do not re-sort).
* Service messages are kind ``system`` with sender ``None`` and the action
  name as text when Telegram gives no text; phone calls are kind ``call``
  with the caller (``actor``) as sender.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pyarrow as pa

from unmask.errors import EmptyInputError, EncodingError, InputError
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.batching import RowBuffer, scrub_surrogates
from unmask.model import Kind

PLATFORM = "telegram"
_READ_CHUNK = 1 << 20
_EPOCH = datetime(1970, 1, 1)
#: real time zones lie within UTC-12..UTC+14; anything beyond is not an offset
_MAX_OFFSET_MINUTES = 18 * 60
#: largest result.json read (parsed whole: memory is about 5-10 times this; docs/limits.md)
MAX_JSON_BYTES = 1024**3
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\Z")

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


def _utc_offset(wall: datetime, unixtime: Any) -> int | None:
    """Minutes between the wall time and UTC (``None`` when Telegram gave no unixtime)."""
    try:
        utc = _EPOCH + timedelta(seconds=int(unixtime))
    except (TypeError, ValueError, OverflowError):
        return None
    offset = round((wall - utc).total_seconds() / 60)
    return offset if abs(offset) <= _MAX_OFFSET_MINUTES else None


def _chats(document: Any, path: Path) -> list[dict[str, Any]]:
    """The chats of a single-chat or full-account export."""
    if not isinstance(document, dict):
        raise InputError(
            f"{path}: expected a Telegram Desktop export (a JSON object with 'messages' or "
            "'chats'); found another JSON value. Export again with the JSON format selected."
        )
    if isinstance(document.get("messages"), list):
        return [document]
    chats: list[dict[str, Any]] = []
    for section in ("chats", "left_chats"):
        block = document.get(section)
        if isinstance(block, dict) and isinstance(block.get("list"), list):
            chats.extend(c for c in block["list"] if isinstance(c, dict))
    if not chats and not any(k in document for k in ("chats", "left_chats")):
        raise InputError(
            f"{path}: a JSON object without 'messages' or 'chats.list'; this is not a Telegram "
            "Desktop export. Use --format to choose another reader."
        )
    return chats


def _load(path: Path, options: ImportOptions, report: ImportReport) -> Any:
    """Read and parse the whole file, reporting progress while reading."""
    size = path.stat().st_size
    if size > MAX_JSON_BYTES:
        raise InputError(
            f"{path}: {size / 1024**3:.1f} GiB of JSON (limit {MAX_JSON_BYTES // 1024**3} GiB, "
            "read whole into memory); export the one chat from Telegram Desktop instead of "
            "the whole account."
        )
    chunks: list[bytes] = []
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_READ_CHUNK):
            chunks.append(chunk)
            done += len(chunk)
            if options.progress is not None:
                options.progress(done)
    data = b"".join(chunks)
    del chunks
    report.total_bytes = done
    if not data.strip():
        raise EmptyInputError(f"{path}: the file is empty; export the chat again.")
    encoding = options.encoding or json.detect_encoding(data)
    report.encoding = encoding
    try:
        text = data.decode(encoding)
    except LookupError:
        raise EncodingError(f"--encoding {encoding}: unknown encoding name.") from None
    except UnicodeDecodeError as error:
        start = getattr(error, "start", 0)
        line = data.count(b"\n", 0, start) + 1
        raise EncodingError(
            f"{path}: line {line}: not valid {encoding}. Telegram Desktop writes UTF-8; "
            "if the file was re-saved, try --encoding with the encoding it was saved in."
        ) from None
    del data
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path}: line {error.lineno}, column {error.colno}: invalid JSON ({error.msg}). "
            "The export may be truncated; export the chat again from Telegram Desktop."
        ) from None
    except RecursionError:
        raise InputError(f"{path}: JSON nested too deeply to be a Telegram export.") from None
    except ValueError:  # Python's limit on integer digits (4,300)
        raise InputError(
            f"{path}: a number in the JSON is too long (over 4,300 digits); "
            "this is not a Telegram export."
        ) from None


class TelegramImporter:
    """Reads Telegram Desktop's ``result.json`` (one chat or the full account)."""

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
        if b'"messages"' in head:
            return 0.6
        return 0.05

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        """Parse the export, then yield its messages chat by chat in export order."""
        report.format = self.name
        report.platform = PLATFORM
        chats = _chats(_load(path, options, report), path)
        buffer = RowBuffer(options.batch_size)
        skipped = replaced = 0
        single = len(chats) == 1
        for index, chat in enumerate(chats):
            if single and options.conversation_id:
                conversation = options.conversation_id
            else:
                chat_id = chat.get("id")
                conversation = f"telegram-{chat_id if chat_id is not None else index}"
            conversation = scrub_surrogates(conversation)[0]
            report.conversations += 1
            messages = chat.get("messages")
            if not isinstance(messages, list):
                continue
            for message in messages:
                row = self._row(message, conversation)
                if row is None:
                    skipped += 1
                    continue
                text, fixed = scrub_surrogates(row[3])
                replaced += fixed
                sender = row[2] if row[2] is None else scrub_surrogates(row[2])[0]
                batch = buffer.add(
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
                if batch is not None:
                    yield batch
        last = buffer.flush()
        if last is not None:
            yield last
        report.unreadable_lines += skipped
        if skipped:
            report.notes.append(
                f"{skipped} Telegram message(s) had no id or no readable date and were skipped."
            )
        if replaced:
            report.notes.append(
                f"{replaced} message(s) held invalid UTF-16 escapes; "
                "those characters became U+FFFD."
            )

    @staticmethod
    def _row(
        message: Any, conversation: str
    ) -> tuple[str, str, str | None, str, str, str | None, int | None, bool] | None:
        """(message_id, timestamp, sender, text, kind, reply_to, utc_offset, edited) or None."""
        if not isinstance(message, dict):
            return None
        telegram_id = message.get("id")
        date = message.get("date")
        if isinstance(telegram_id, bool) or not isinstance(telegram_id, int | str):
            return None
        if not isinstance(date, str) or not _DATE_RE.match(date):
            return None
        try:
            wall = datetime.fromisoformat(date)
        except ValueError:
            return None
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
            _utc_offset(wall, message.get("date_unixtime")),
            "edited" in message,
        )
