"""Signal Desktop chats exported with ``signal-export`` (sigexport): Markdown, JSON Lines, HTML.

``signal-export`` writes one folder per chat holding ``chat.md`` (and with
options ``data.json``, one JSON object per line, and ``index.html``):

* Markdown / plain text: ``[2023-05-01 15:05:12] Name: text`` (older versions and
  hand-made logs: ``[2023-05-01, 15:05] Name: text``); following lines that are
  not a new header continue the message. A reply puts the quoted text first as
  ``> `` lines between blank lines; reactions follow as ``(- Name: 😀, ... -)``;
  a sticker is ``(( 😀 ))``; attachments are Markdown links ``[name](./media/...)``.
* JSON Lines: ``{"date", "sender", "body", "quote", "sticker", "reactions",
  "attachments", "deleted", ...}``.
* HTML: ``<div class='msg ...'>`` blocks with ``date``, ``time``, ``sender`` spans
  and ``quote``, ``body`` and ``reaction`` paragraphs.

The quoted text of a reply is not the sender's words and is dropped from
``text`` (Signal's export does not say which message it quotes, so ``reply_to``
stays null); reactions are counted in the summary. ``utc_offset`` is null: the
export shows the exporting computer's wall time. ``conversation_id`` is
``signal-`` and the chat folder's name (or the file's name).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

import pyarrow as pa

from unmask.errors import InputError
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.common import Rows, decode, read_bytes, slug, stamp
from unmask.ingest.textio import decode_head
from unmask.model import Kind

PLATFORM = "signal"
#: file names signal-export writes inside a chat's folder
EXPORT_NAMES = frozenset({"chat.md", "data.json", "index.html", "chat.txt"})

HEADER = re.compile(
    r"^\[(?P<date>\d{4}-\d{2}-\d{2}),? (?P<time>\d{1,2}:\d{2}(?::\d{2})?)\] (?P<rest>.*)$"
)
_REACTIONS = re.compile(r"\n?\(- (?P<list>.*) -\)\s*\Z")
_STICKER = re.compile(r"\n?\(\( (?P<emoji>.*) \)\)\s*\Z")
_LINK = re.compile(r"!?\[(?P<name>[^\]\n]*)\]\((?P<target>\./media/[^)\n]*|\.\./[^)\n]*)\)  ?")
_DELETED = "(This message was deleted)"
_CALL = re.compile(
    r"\A(Incoming|Outgoing|Missed) (voice |video |audio )?call\b.*\Z|\A(Incoming|Outgoing) call\Z"
)


def parse_stamp(day: str, clock: str) -> str | None:
    """``2023-05-01`` and ``15:05[:12]`` as a canonical timestamp (None when impossible)."""
    if clock[1:2] == ":":  # 9:05 or 9:05:12 (a damaged HTML time may be one character)
        clock = "0" + clock
    try:  # both parts are fixed-width digits here (the header's pattern): the fast C parser
        return stamp(datetime.fromisoformat(f"{day}T{clock}"))
    except ValueError:
        return None


def _count_reactions(listing: str) -> int:
    return len([part for part in listing.split(", ") if part.strip()])


def split_body(body: str) -> tuple[str, str, int]:
    """(kind, text, reactions) of a Markdown message body written by signal-export."""
    reactions = 0
    match = _REACTIONS.search(body)
    if match:
        reactions = _count_reactions(match["list"])
        body = body[: match.start()]
    kind = Kind.TEXT.value
    sticker = _STICKER.search(body)
    if sticker:
        body = body[: sticker.start()]
        kind = Kind.STICKER.value
    if body.startswith("\n\n> ") or body.startswith("> "):
        # the quoted message of a reply: "\n\n> line\n> line\n\n" before the body
        lines = body.lstrip("\n").split("\n")
        while lines and (lines[0].startswith("> ") or lines[0] == ">"):
            lines.pop(0)
        while lines and not lines[0]:
            lines.pop(0)
        body = "\n".join(lines)
    links = list(_LINK.finditer(body))
    if links:
        body = _LINK.sub("", body)
        if kind == Kind.TEXT.value:
            kind = Kind.MEDIA.value
    if body.endswith("  "):
        body = body[:-2]
    if body == _DELETED:
        return Kind.DELETED.value, "", reactions
    if _CALL.match(body):
        kind = Kind.CALL.value
    return kind, body, reactions


def conversation_for(path: Path, options: ImportOptions) -> str:
    if options.conversation_id:
        return options.conversation_id
    name = path.parent.name if path.name.lower() in EXPORT_NAMES else path.stem
    return "signal-" + slug(name, "chat")


class SignalImporter:
    """Signal Desktop chats exported with signal-export (Markdown, JSON Lines, HTML)."""

    name: ClassVar[str] = "signal"
    description: ClassVar[str] = "Signal Desktop chat from signal-export (chat.md, data.json, HTML)"

    def sniff(self, sample: ExportSample) -> float:
        text = decode_head(sample.head).lstrip("\ufeff \t\r\n")
        if text.startswith("{"):
            first = text.split("\n", 1)[0]
            keys = ('"date"', '"sender"', '"body"', '"quote"', '"reactions"')
            return 0.96 if all(k in first for k in keys) else 0.0
        if text[:15].lower().startswith(("<!doctype html", "<html")):
            return 0.95 if "class='msg" in text or 'class="msg' in text else 0.0
        lines = text.split("\n", 60)[:60]
        matches = [m for m in map(HEADER.match, lines) if m]
        if not matches or not HEADER.match(lines[0]):
            return 0.0
        if "\u200e" in text[:4096]:
            return 0.3  # WhatsApp iOS marks its own lines; signal-export never does
        # "[2023-05-01, 15:05]" (a comma and no seconds) is signal-export's old layout;
        # WhatsApp's bracketed iOS layout always shows seconds
        if all("," in m.group(0) and m["time"].count(":") == 1 for m in matches):
            return 0.97
        cues = (
            sample.path.suffix.lower() == ".md"
            or "](./media/" in text
            or "\n(- " in text
            or any(line.endswith("  ") for line in lines if HEADER.match(line))
        )
        return 0.97 if cues else 0.6

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        report.format = self.name
        text = decode(read_bytes(path, options, report, "Signal chat"), path, options, report)
        rows = Rows(PLATFORM, options, report)
        conversation = conversation_for(path, options)
        head = text.lstrip()
        if head.startswith("{") or (head.startswith("[") and not HEADER.match(head.split("\n")[0])):
            _jsonl(text, path, conversation, rows)
        elif head[:15].lower().startswith(("<!doctype html", "<html")):
            _html(text, path, conversation, rows)
        else:
            _markdown(text, path, conversation, rows)
        yield from rows.batches()


def _add(rows: Rows, conversation: str, n: int, moment: str, sender: str, body: str) -> None:
    kind, text, reactions = split_body(body)
    rows.reactions += reactions
    rows.add(conversation, f"{conversation}:{n}", moment, sender or None, text, kind)


def _markdown(text: str, path: Path, conversation: str, rows: Rows) -> None:
    current: list[Any] | None = None  # [moment, sender, lines]
    n = 0
    found = False

    def flush() -> None:
        nonlocal current, n
        if current is None:
            return
        moment, sender, lines = current
        current = None
        while len(lines) > 1 and not lines[-1]:
            lines.pop()
        n += 1
        _add(rows, conversation, n, moment, sender, "\n".join(lines))

    for number, line in enumerate(text.split("\n"), start=1):
        match = HEADER.match(line)
        if match:
            moment = parse_stamp(match["date"], match["time"])
            sender, sep, body = match["rest"].partition(": ")
            if not sep and match["rest"].endswith(":"):  # "Name:" with its space trimmed
                sender, sep, body = match["rest"][:-1], ":", ""
            if moment is not None and sep:
                flush()
                found = True
                current = [moment, sender, [body]]
                continue
            if moment is None and current is None:
                raise InputError(
                    f"{path}: line {number}: an impossible date or time in a Signal "
                    "message header; expected [YYYY-MM-DD HH:MM:SS] Name: text."
                )
            if moment is None:
                report_line(rows)
        if current is not None:
            current[2].append(line)
        elif line.strip():
            rows.skip("line before the first Signal message")
    flush()
    if not found:
        raise InputError(
            f"{path}: no Signal message found; expected lines like "
            "'[2023-05-01 15:05:12] Name: text' (signal-export's chat.md)."
        )


def report_line(rows: Rows) -> None:
    """A header with an impossible date is kept as text of the message before it."""
    rows.report.impossible_dates += 1


def _jsonl(text: str, path: Path, conversation: str, rows: Rows) -> None:
    n = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError, ValueError):
            raise InputError(
                f"{path}: line {number}: not a JSON object; expected one signal-export "
                "message per line (data.json). The file may be truncated; export it again."
            ) from None
        if not isinstance(record, dict):
            raise InputError(f"{path}: line {number}: expected a JSON object, found another value.")
        date = record.get("date")
        moment = _iso(date) if isinstance(date, str) else None
        if moment is None:
            raise InputError(
                f"{path}: line {number}, field 'date': expected an ISO 8601 date like "
                "2023-05-01T15:05:12."
            )
        sender = record.get("sender")
        body = record.get("body")
        if not isinstance(body, str) or not (sender is None or isinstance(sender, str)):
            raise InputError(f"{path}: line {number}, fields 'sender'/'body': expected text.")
        n += 1
        reactions = record.get("reactions")
        rows.reactions += len(reactions) if isinstance(reactions, list) else 0
        if body.endswith("  "):
            body = body[:-2]
        kind = Kind.TEXT.value
        if record.get("deleted") is True:
            kind, body = Kind.DELETED.value, ""
        elif record.get("call") is True or record.get("missed") is True or _CALL.match(body):
            kind = Kind.CALL.value
        elif record.get("sticker"):
            kind = Kind.STICKER.value
        elif record.get("attachments"):
            kind = Kind.MEDIA.value
        rows.add(conversation, f"{conversation}:{n}", moment, sender or None, body, kind)
    if n == 0:
        raise InputError(f"{path}: no Signal message in the file.")


def _iso(value: str) -> str | None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return stamp(moment)


#: elements that never have a closing tag
_VOID = frozenset({"br", "img", "input", "source", "meta", "link", "hr", "wbr"})
#: the classes whose text the HTML reader keeps, per message
_FIELDS = ("date", "time", "sender", "quote", "body", "reaction", "who")


class _SignalHtml(HTMLParser):
    """Collects the fields of each message block of signal-export's index.html.

    Two generations are read: ``<div class='msg'>`` with ``date``, ``time``,
    ``sender``, ``quote``, ``body`` and ``reaction`` elements; and the newer page
    with a ``meta`` block holding the sender and a ``<time datetime=ISO>``,
    ``<div class=reactions>`` of one ``reaction`` each, and grouped (``cont``)
    messages that repeat neither sender nor time.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.messages: list[dict[str, Any]] = []
        self._stack: list[tuple[str, str | None]] = []
        self._current: dict[str, Any] | None = None

    def _field(self) -> str | None:
        for _tag, field in reversed(self._stack):
            if field is not None:
                return field
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "div" and ("msg" in classes or "event" in classes or "call" in classes):
            self._current = {"classes": classes, "reactions": 0, "media": False}
            self.messages.append(self._current)
            self._stack = [(tag, None)]
            return
        field = next((name for name in _FIELDS if name in classes), None)
        current = self._current
        if current is not None:
            if tag == "time" and attributes.get("datetime"):
                current["iso"] = attributes["datetime"]
            if field == "reaction":
                current["reaction_elements"] = current.get("reaction_elements", 0) + 1
            if field == "who":
                current["reactions"] += 1
            inside = self._field()
            if inside == "body" and (
                tag in ("img", "video", "audio", "figure")
                or (tag == "a" and "file" in classes)
                or (tag == "a" and (attributes.get("href") or "").startswith(("./media", "media/")))
            ):
                current["media"] = True
            if tag == "br" and inside is not None:
                current[inside] = current.get(inside, "") + "\n"
        if tag not in _VOID:
            self._stack.append((tag, field))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                del self._stack[index:]
                return

    def handle_data(self, data: str) -> None:
        field = self._field()
        if field is not None and self._current is not None:
            self._current[field] = self._current.get(field, "") + data


def _squash(text: str) -> str:
    """Text of an element as shown: runs of layout whitespace become one space, <br> kept."""
    lines = [" ".join(part.split()) for part in text.split("\n")]
    return "\n".join(line for line in lines if line) if "\n" in text else " ".join(text.split())


def _html(text: str, path: Path, conversation: str, rows: Rows) -> None:
    parser = _SignalHtml()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):
        raise InputError(f"{path}: HTML the reader cannot follow; export again.") from None
    n = 0
    sender, moment = "", None
    grouped = 0
    for block in parser.messages:
        stamp_text = _html_stamp(block)
        if "sender" in block:
            sender = _squash(block["sender"])
        if stamp_text is not None:
            moment = stamp_text
        elif "cont" in block["classes"] and moment is not None:
            grouped += 1  # a grouped message shows no time: the one before it is used
        else:
            rows.skip("Signal HTML message without a readable date and time")
            continue
        assert moment is not None
        body = _squash(block.get("body", ""))
        if block["reactions"]:
            rows.reactions += block["reactions"]
        elif block.get("reaction", "").strip():
            rows.reactions += _count_reactions(_squash(block["reaction"]))
        kind = Kind.MEDIA.value if block["media"] else Kind.TEXT.value
        if body == _DELETED or "deleted" in block["classes"]:
            kind, body = Kind.DELETED.value, ""
        elif _CALL.match(body) or "call" in block["classes"]:
            kind = Kind.CALL.value
        n += 1
        rows.add(conversation, f"{conversation}:{n}", moment, sender or None, body, kind)
    if n == 0:
        raise InputError(
            f"{path}: no Signal message found in the HTML; expected signal-export's index.html."
        )
    if grouped:
        rows.report.notes.append(
            f"{grouped:,} grouped message(s) in the HTML show no time of their own; "
            "they carry the time of the message before them (chat.md has every time)."
        )


def _html_stamp(block: dict[str, Any]) -> str | None:
    """The message's time: ``<time datetime>``, else its ``date`` and ``time`` fields."""
    iso = block.get("iso")
    if isinstance(iso, str):
        moment = _iso(iso.strip())
        if moment is not None:
            return moment
    day = (block.get("date") or "").strip()
    clock = (block.get("time") or "").strip()
    return parse_stamp(day, clock) if day and clock else None
