"""LINE chat history (``[LINE] Chat history with X.txt``) in English, Japanese, Chinese.

The app writes a header (``[LINE] Chat history with X`` / ``[LINE] Xとのトーク履歴`` /
``[LINE] 與X的聊天記錄``), a "Saved on" line, then for each day a date line
(``Mon, 05/01/2023``, ``2023/05/01(月)``, ``2023/05/01（週一）``, ``2023.05.01 Monday``)
followed by messages ``time<TAB>sender<TAB>text``. A message of several lines
is wrapped in double quotes (inner quotes doubled). Lines ``time<TAB>text``
without a sender are the app's notices. Times are ``09:14``, ``9:14 AM``,
``午前9:14`` or ``上午09:14``.

``timestamp`` is the date line's day with the message's time (seconds ``:00``,
LINE shows none); ``utc_offset`` is null. Stickers, photos, videos, files and
voice messages are their placeholders (``[Sticker]``, ``[スタンプ]``, ``[貼圖]``...)
as kind ``sticker``/``media``; ``☎`` call lines are ``call``; "unsent a message"
lines are ``deleted``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import ClassVar

import pyarrow as pa

from unmask.errors import InputError
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.common import Rows, decode, read_bytes, slug
from unmask.ingest.textio import decode_head
from unmask.model import Kind

PLATFORM = "line"

_HEADER = re.compile(
    r"\A\ufeff?(?:\[LINE\]\s*)?(?:Chat history with (?P<en>.+)|(?P<ja>.+)とのトーク履歴|"
    r"與(?P<zh>.+)的聊天記錄|与(?P<zhs>.+)的聊天记录)\s*\Z"
)
_SAVED = re.compile(r"\A(Saved on:|保存日時：|保存日時:|儲存日期：|儲存日期:|保存日期：)")
#: a date line: weekday and date in any order, nothing else
_YMD = re.compile(r"(?P<y>\d{4})[/.\-](?P<m>\d{1,2})[/.\-](?P<d>\d{1,2})")
_MDY = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})")
_DATE_LINE = re.compile(
    r"\A(?:[A-Za-z]{3,9},?\s+)?(?:\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}/\d{1,2}/\d{4})"
    r"\s*(?:[(（][^)）]{1,4}[)）]|[A-Za-z]{3,9})?\s*\Z"
)
_TIME = re.compile(
    r"\A(?P<pre>午前|午後|上午|下午|AM|PM)?\s?(?P<h>\d{1,2}):(?P<m>\d{2})"
    r"(?:\s?(?P<post>AM|PM|am|pm))?\Z"
)
_PM = frozenset({"午後", "下午", "PM", "pm"})
_AM = frozenset({"午前", "上午", "AM", "am"})

STICKERS = frozenset({"[Sticker]", "[スタンプ]", "[貼圖]", "[贴图]"})
MEDIA = frozenset(
    {
        "[Photo]",
        "[Video]",
        "[File]",
        "[Voice message]",
        "[Albums]",
        "[Album]",
        "[写真]",
        "[動画]",
        "[ファイル]",
        "[ボイスメッセージ]",
        "[アルバム]",
        "[照片]",
        "[影片]",
        "[檔案]",
        "[語音訊息]",
        "[相簿]",
        "[图片]",
        "[视频]",
        "[文件]",
        "[语音]",
    }
)
_UNSENT = re.compile(
    r"(unsent a message\.?|メッセージの送信を取り消しました|已收回訊息|已收回讯息|撤回了一条消息)\Z"
)
_OTHER = re.compile(r"\A\[(Contact|Location|連絡先|位置情報|聯絡資訊|位置資訊)\]")


def parse_time(raw: str) -> tuple[int, int] | None:
    """(hour, minute) of a LINE time: 24-hour or with an AM/PM marker in any language."""
    match = _TIME.match(raw.strip())
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    marker = match["pre"] or match["post"]
    if marker is not None:
        if not 1 <= hour <= 12 and not (hour == 0 and marker in _AM | _PM):
            return None
        hour %= 12
        if marker in _PM:
            hour += 12
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def parse_date_line(line: str) -> date | None:
    """The day of a date header line (``None`` when the line is not one)."""
    if not _DATE_LINE.match(line.strip()):
        return None
    match = _YMD.search(line) or _MDY.search(line)
    if match is None:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def classify(text: str) -> str:
    if text in STICKERS:
        return Kind.STICKER.value
    if text in MEDIA:
        return Kind.MEDIA.value
    if text.startswith("☎"):
        return Kind.CALL.value
    if _OTHER.match(text):
        return Kind.OTHER.value
    return Kind.TEXT.value


def _unquote(lines: list[str]) -> str:
    """The text of a message wrapped in quotes: LINE wraps one of several lines, its quotes
    doubled. A one-line message is unwrapped only where it reads as such a wrapper: inside,
    quotes come in doubled pairs and there is at least one pair (a one-character message
    that is a quote is written as four quotes); a message typed in quotes stays as is."""
    body = "\n".join(lines)
    if len(body) < 2 or not (body.startswith('"') and body.endswith('"')):
        return body
    inner = body[1:-1]
    if len(lines) > 1 or ('""' in inner and '"' not in inner.replace('""', "")):
        return inner.replace('""', '"')
    return body


class LineImporter:
    """LINE's "Send chat history" text file (English, Japanese, Chinese layouts)."""

    name: ClassVar[str] = "line"
    description: ClassVar[str] = "LINE chat history .txt (English, Japanese, Chinese)"

    def sniff(self, sample: ExportSample) -> float:
        text = decode_head(sample.head)
        lines = text.lstrip("\ufeff").split("\n", 40)
        first = lines[0].strip() if lines else ""
        if _HEADER.match(first) and (first.startswith("[LINE]") or len(lines) > 1):
            return 0.97
        dates = sum(1 for line in lines[:40] if parse_date_line(line))
        tabbed = sum(
            1
            for line in lines[:40]
            if line.count("\t") >= 1 and parse_time(line.split("\t", 1)[0]) is not None
        )
        return 0.7 if dates and tabbed >= 3 else 0.0

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        report.format = self.name
        text = decode(read_bytes(path, options, report, "LINE chat"), path, options, report)
        lines = text.split("\n")
        header = _HEADER.match(lines[0].strip()) if lines else None
        partner = next((g for g in header.groups() if g), None) if header else None
        conversation = options.conversation_id or "line-" + slug(
            partner or path.stem.removeprefix("[LINE]").strip(), "chat"
        )
        rows = Rows(PLATFORM, options, report)
        day: date | None = None
        #: (line number, time, sender or None, text lines) of the message being read
        current: tuple[int, datetime, str | None, list[str]] | None = None
        n = 0

        def flush() -> None:
            nonlocal current, n
            if current is None:
                return
            _line, moment, sender, parts = current
            current = None
            while len(parts) > 1 and not parts[-1].strip():
                parts.pop()
            n += 1
            body = _unquote(parts)
            if sender is None:
                kind = Kind.DELETED.value if _UNSENT.search(body) else Kind.SYSTEM.value
            else:
                kind = Kind.DELETED.value if _UNSENT.search(body) else classify(body)
                if kind in (Kind.STICKER.value, Kind.MEDIA.value):
                    body = ""  # the app's placeholder, not the sender's words
            rows.add(
                conversation,
                f"{conversation}:{n}",
                moment.isoformat(),
                sender,
                body,
                kind,
            )

        seen_message = False
        for number, line in enumerate(lines, start=1):
            if number <= 3 and (
                (number == 1 and header) or _SAVED.match(line) or (not line and not seen_message)
            ):
                continue
            in_quote = current is not None and _open_quote(current[3])
            new_day = None if in_quote else parse_date_line(line)
            if new_day is not None:
                flush()
                day = new_day
                continue
            fields = line.split("\t", 2) if not in_quote else []
            clock = parse_time(fields[0]) if len(fields) >= 2 else None
            if clock is not None:
                if day is None:
                    raise InputError(
                        f"{path}: line {number}: a message before any date line; expected a "
                        "date line like 'Mon, 05/01/2023' or '2023/05/01(月)' first."
                    )
                flush()
                seen_message = True
                moment = datetime(day.year, day.month, day.day, *clock)
                if len(fields) == 3:
                    current = (number, moment, fields[1] or None, [fields[2]])
                else:
                    current = (number, moment, None, [fields[1]])
                continue
            if current is not None and not _closed_quote(current[3]):
                current[3].append(line)
            elif line.strip():
                rows.skip("line outside any message")
        flush()
        if n == 0 and day is None:
            raise InputError(
                f"{path}: no LINE date line or message found; expected a LINE chat history "
                "('[LINE] Chat history with ...', then date lines and tab-separated messages)."
            )
        yield from rows.batches()


def _open_quote(parts: list[str]) -> bool:
    """Whether a quoted multi-line message is still open (its closing quote not yet read)."""
    first = parts[0]
    if not first.startswith('"') or '"' in first[1:].replace('""', ""):
        return False
    if len(parts) == 1:
        return True
    return not parts[-1].replace('""', "").endswith('"')


def _closed_quote(parts: list[str]) -> bool:
    """Whether the message is a quoted multi-line one whose closing quote was read."""
    return len(parts) > 1 and parts[0].startswith('"') and not _open_quote(parts)
