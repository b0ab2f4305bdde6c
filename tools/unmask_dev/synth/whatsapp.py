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
minute precision. ``nnbsp=True`` writes Android's 12-hour clock with a narrow
no-break space before AM/PM, as recent Android versions do.

System lines (``Message.sender is None``) are written as phones write them:
without an author on Android, attributed to the chat's name with a U+200E mark
on iOS. An ``edited`` message carries the app's "<This message was edited>"
marker. iOS media placeholders are whatever the message text says
("image omitted", "<attached: ...>"), behind a U+200E mark.

This is the project's one WhatsApp writer: the bundled samples, the benchmark
corpora and the importer's round-trip fixtures (:mod:`unmask_dev.synth.stress`)
all go through it.
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


EDITED_MARKER = "<This message was edited>"


def _header(ts: datetime, layout: str, nnbsp: bool = False) -> str:
    if layout == "android":
        h, ampm = _twelve(ts)
        space = NNBSP if nnbsp else " "
        return f"{ts.month}/{ts.day}/{ts.year % 100:02d}, {h}:{ts.minute:02d}{space}{ampm} - "
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
        # Android: "This message was deleted" / "You deleted this message"; iOS adds a period
        text = (message.text or "This message was deleted").rstrip(".")
        return text if layout == "android" else LRM + text + "."
    if message.edited:
        mark = EDITED_MARKER if layout == "android" else LRM + EDITED_MARKER
        return f"{message.text} {mark}"
    return message.text


def render_line(message: Message, layout: str, chat_name: str, nnbsp: bool = False) -> str:
    """One message as the export's line(s), without the final newline.

    A system line (``sender is None``) has no author on Android and is attributed
    to ``chat_name`` with a U+200E mark on iOS.
    """
    ts = datetime.fromisoformat(message.timestamp)
    head = _header(ts, layout, nnbsp)
    if message.sender is None:
        return (
            head + message.text
            if layout == "android"
            else f"{head}{chat_name}: {LRM}{message.text}"
        )
    return head + message.sender + ": " + _body(message, layout)


def export_lines(
    messages: Iterable[Message],
    layout: Layout = "android",
    chat_name: str | None = None,
    nnbsp: bool = False,
) -> Iterable[str]:
    """The export's lines (each ending in a newline), streaming.

    ``chat_name`` is who iOS attributes the encryption notice to (the other
    person of a 1:1 chat, as seen by the exporting phone); by default the
    sender of the first message.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown WhatsApp layout {layout!r} (have: {', '.join(LAYOUTS)})")
    first = True
    name = chat_name or ""
    for message in messages:
        if message.sender is not None and ("\n" in message.sender or ": " in message.sender):
            raise ValueError(f"message {message.message_id}: sender name cannot hold ': '")
        if first:
            first = False
            name = name or message.sender or ""
            notice = NOTICE_ANDROID if layout == "android" else NOTICE_IOS
            if not (message.sender is None and message.text == notice):
                yield (
                    render_line(
                        Message("", "", message.timestamp, None, notice), layout, name, nnbsp
                    )
                    + "\n"
                )
        yield render_line(message, layout, name, nnbsp) + "\n"


def write_whatsapp(
    messages: Iterable[Message],
    path: Path,
    layout: Layout = "android",
    chat_name: str | None = None,
    nnbsp: bool = False,
) -> None:
    """Write ``messages`` to ``path`` as a WhatsApp chat export in ``layout``.

    Writes UTF-8 with ``\\n`` line ends, in bounded chunks so a streaming
    ``messages`` (e.g. :func:`generate_large`) keeps memory flat.
    """
    path = Path(path)
    buffer: list[str] = []
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for line in export_lines(messages, layout, chat_name, nnbsp):
            buffer.append(line)
            if len(buffer) >= 8192:
                f.write("".join(buffer))
                buffer.clear()
        f.write("".join(buffer))
