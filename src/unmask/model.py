"""The canonical message model (see docs/format.md).

A chat export of any platform becomes a sequence of :class:`Message` records.
They are plain frozen data; importers produce them, every later stage reads
them. :data:`ARROW_SCHEMA` is the same model as a columnar schema, used for
Parquet files and for the vectorised stages.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

import pyarrow as pa

FORMAT_VERSION = "1.0"


class Kind(StrEnum):
    """What a message is, independent of the platform."""

    TEXT = "text"
    MEDIA = "media"
    SYSTEM = "system"
    DELETED = "deleted"
    CALL = "call"
    STICKER = "sticker"
    OTHER = "other"


KINDS: tuple[str, ...] = tuple(k.value for k in Kind)


@dataclass(frozen=True, slots=True)
class Message:
    """One message of one conversation, as the export shows it.

    ``timestamp`` is the wall time shown in the export, ISO 8601 without an
    offset (``2021-12-31T21:05:07``); ``utc_offset`` holds the offset in
    minutes when the platform records it (Telegram's ``date_unixtime``), else
    ``None``. ``text`` is byte-faithful: never normalised, newlines kept, only
    the invisible direction marks that the exporting app inserted around
    placeholders are removed, and the app's own "edited" marker is dropped
    (``edited`` keeps that fact). ``sender`` is ``None`` for system lines.
    """

    conversation_id: str
    message_id: str
    timestamp: str
    sender: str | None
    text: str
    kind: str = Kind.TEXT.value
    platform: str = "unknown"
    reply_to: str | None = None
    utc_offset: int | None = None
    edited: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


FIELDS: tuple[str, ...] = (
    "conversation_id",
    "message_id",
    "timestamp",
    "sender",
    "text",
    "kind",
    "platform",
    "reply_to",
    "utc_offset",
    "edited",
)

ARROW_SCHEMA = pa.schema(
    [
        pa.field("conversation_id", pa.string(), nullable=False),
        pa.field("message_id", pa.string(), nullable=False),
        pa.field("timestamp", pa.string(), nullable=False),
        pa.field("sender", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("platform", pa.string(), nullable=False),
        pa.field("reply_to", pa.string()),
        pa.field("utc_offset", pa.int32()),
        pa.field("edited", pa.bool_(), nullable=False),
    ],
    metadata={"unmask.format_version": FORMAT_VERSION},
)
