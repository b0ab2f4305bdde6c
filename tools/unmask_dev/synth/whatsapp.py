"""Writing messages as a real-looking WhatsApp chat export (.txt).

Three layouts, as phones write them:

* ``android``: US locale, 12-hour clock, no seconds: ``12/31/21, 9:05 PM - Name: text``;
  system lines have no author; every media file is ``<Media omitted>``.
* ``ios``: German-style dates, 24-hour clock with seconds, in brackets:
  ``[31.12.21, 21:05:07] Name: text``; the encryption notice is attributed to the
  other person (the chat's name) and placeholders carry a U+200E mark.
* ``ios_us``: ``[12/31/21, 9:05:07\u202fPM] Name: text`` (narrow no-break space
  before AM/PM, as recent iOS writes).

The first line is the end-to-end encryption notice, dated like the first
message. Android drops the seconds, so an Android export reads back with
minute precision.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Literal

from unmask.model import Message

Layout = Literal["android", "ios", "ios_us"]
LAYOUTS: tuple[str, ...] = ("android", "ios", "ios_us")

LRM = "\u200e"
NNBSP = "\u202f"
NOTICE_ANDROID = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, "
    "not even WhatsApp, can read or listen to them. Tap to learn more."
)
NOTICE_IOS = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, "
    "not even WhatsApp, can read or listen to them."
)


def _twelve(ts: datetime) -> tuple[int, str]:
    return ts.hour % 12 or 12, "AM" if ts.hour < 12 else "PM"


def _header(ts: datetime, layout: str) -> str:
    if layout == "android":
        h, ampm = _twelve(ts)
        return f"{ts.month}/{ts.day}/{ts.year % 100:02d}, {h}:{ts.minute:02d} {ampm} - "
    if layout == "ios":
        return (
            f"[{ts.day:02d}.{ts.month:02d}.{ts.year % 100:02d}, "
            f"{ts.hour:02d}:{ts.minute:02d}:{ts.second:02d}] "
        )
    h, ampm = _twelve(ts)
    return (
        f"[{ts.month}/{ts.day}/{ts.year % 100:02d}, {h}:{ts.minute:02d}:{ts.second:02d}"
        f"{NNBSP}{ampm}] "
    )


def _body(message: Message, layout: str) -> str:
    if message.kind in ("media", "sticker"):
        return "<Media omitted>" if layout == "android" else LRM + message.text
    if message.kind == "deleted":
        return (
            "This message was deleted" if layout == "android" else LRM + "This message was deleted."
        )
    return message.text


def export_lines(
    messages: Iterable[Message], layout: Layout = "android", chat_name: str | None = None
) -> Iterable[str]:
    """The export's lines (each ending in a newline), streaming.

    ``chat_name`` is who iOS attributes the encryption notice to (the other
    person of a 1:1 chat, as seen by the exporting phone); by default the
    sender of the first message.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown WhatsApp layout {layout!r} (have: {', '.join(LAYOUTS)})")
    first = True
    for message in messages:
        if message.sender is None:
            raise ValueError(f"message {message.message_id}: a WhatsApp export needs a sender")
        if "\n" in message.sender or ": " in message.sender:
            raise ValueError(f"message {message.message_id}: sender name cannot hold ': '")
        ts = datetime.fromisoformat(message.timestamp)
        head = _header(ts, layout)
        if first:
            first = False
            if layout == "android":
                yield head + NOTICE_ANDROID + "\n"
            else:
                name = chat_name or message.sender
                yield head + name + ": " + LRM + NOTICE_IOS + "\n"
        yield head + message.sender + ": " + _body(message, layout) + "\n"


def write_whatsapp(
    messages: Iterable[Message],
    path: Path,
    layout: Layout = "android",
    chat_name: str | None = None,
) -> None:
    """Write ``messages`` to ``path`` as a WhatsApp chat export in ``layout``.

    Writes UTF-8 with ``\\n`` line ends, in bounded chunks so a streaming
    ``messages`` (e.g. :func:`generate_large`) keeps memory flat.
    """
    path = Path(path)
    buffer: list[str] = []
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for line in export_lines(messages, layout, chat_name):
            buffer.append(line)
            if len(buffer) >= 8192:
                f.write("".join(buffer))
                buffer.clear()
        f.write("".join(buffer))
