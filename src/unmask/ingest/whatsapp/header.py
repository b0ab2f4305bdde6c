"""The WhatsApp message header: one regex for every layout, and cheap date/time conversion.

A message starts at a line that begins with a header::

    12/31/21, 9:05 PM - Alex: text                 Android, US
    31.12.21, 21:05 - Alex: text                   Android, German
    31/12/2021, 9:05 p. m. - Alex: text            Android, Spanish
    2021/12/31 下午9:05 - Alex: text               Android, Chinese
    [31.12.21, 21:05:07] Alex: text                iOS, German
    3/1/24, 00:08 a. m. - Alex: text               Android, Latin American (0-11 clock)
    \u200e[12/31/21, 9:05:07\u202fPM] Alex: text        iOS, US (marks as phones write them)

:data:`HEADER_LINE` is the header grammar as a regex (used for sniffing and
the date-order pre-scan). The chunk parser (:mod:`unmask.ingest.whatsapp.parse`)
finds the same parts with vectorised byte tests and then validates each
distinct date and time string with :func:`date_fields` / :func:`convert_time`,
so both agree on what a header is (the regex alone does not insist that
a ``[`` pairs with ``] ``). A header needs the complete layout (date,
time and the `` - `` / ``] `` terminator), so a continuation line that merely
starts with a date or a clock time never splits a message.

Dates and clock times repeat massively in a chat (thousands of messages per
day), so they are converted once per distinct string (:class:`DateConverter`,
:func:`convert_time`) and cached by the caller: no datetime objects per
message. ISO strings are composed directly (seconds are ``00`` when the export shows none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LRM = "\u200e"
_SP = "[ \u202f\u00a0]"

#: locale AM/PM markers and whether they mean the afternoon
AMPM_MARKERS: dict[str, bool] = {
    "AM": False,
    "PM": True,
    "am": False,
    "pm": True,
    "a.m.": False,
    "p.m.": True,
    "a. m.": False,
    "p. m.": True,
    "vorm.": False,
    "nachm.": True,
    "上午": False,
    "下午": True,
    "午前": False,
    "午後": True,
    "오전": False,
    "오후": True,
}

_MARK = rf"(?:AM|PM|am|pm|[ap]\.{_SP}?m\.|vorm\.|nachm\.|上午|下午|午前|午後|오전|오후)"
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
_TIME = rf"(?:{_MARK}{_SP}?)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:{_SP}?{_MARK})?"
_HEADER = rf"({LRM}?\[?({_DATE}),?{_SP}({_TIME})(?:\] | - ))"

#: a header at the start of any line; groups: full header, date, time
HEADER_LINE = re.compile(rf"^{_HEADER}", re.MULTILINE)

_TIME_PARTS = re.compile(
    rf"(?:({_MARK}){_SP}?)?(\d{{1,2}})[:.](\d{{2}})(?:[:.](\d{{2}}))?(?:{_SP}?({_MARK}))?"
)
_DATE_PARTS = re.compile(r"(\d{1,4})([./-])(\d{1,2})([./-])(\d{1,4})")
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
MIN_YEAR = 1990
MAX_YEAR = 2100


def days_in_month(year: int, month: int) -> int:
    """Days of ``month`` in ``year`` (Gregorian leap years)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS[month - 1]


def date_fields(date: str) -> tuple[int, int, int, int] | None:
    """The three numbers of a header date and the digit count of the first, or None."""
    match = _DATE_PARTS.fullmatch(date)
    if match is None or match.group(2) != match.group(4):
        return None
    return int(match.group(1)), int(match.group(3)), int(match.group(5)), len(match.group(1))


def iso_date(year: int, month: int, day: int, year_digits: int = 2) -> str | None:
    """``YYYY-MM-DD`` for a valid date, else None.

    Years written with one or two digits are 20yy; a year written with four
    digits is taken as written (``0001`` is year 1, out of range, never 2001).
    """
    if year < 100 and year_digits <= 2:
        year += 2000
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= days_in_month(year, month):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass(frozen=True)
class DateConverter:
    """Turns header date strings into ISO dates for one date order (``dmy``/``mdy``/``ymd``)."""

    order: str

    def __call__(self, date: str) -> str | None:
        match = _DATE_PARTS.fullmatch(date)
        if match is None or match.group(2) != match.group(4):
            return None
        a, b, c = int(match.group(1)), int(match.group(3)), int(match.group(5))
        if self.order == "dmy":
            return iso_date(c, b, a, len(match.group(5)))
        if self.order == "mdy":
            return iso_date(c, a, b, len(match.group(5)))
        return iso_date(a, b, c, len(match.group(1)))


def _normalise_marker(marker: str) -> str:
    return marker.replace("\u202f", " ").replace("\u00a0", " ")


def time_shaped(time: str) -> bool:
    """True when ``time`` has the shape of a header clock time (valid or not)."""
    return _TIME_PARTS.fullmatch(time) is not None


def convert_time(time: str) -> str | None:
    """``HH:MM:SS`` for a header time (``:00`` when the export shows no seconds), else None.

    Every importer writes full ``HH:MM:SS`` so timestamps of all platforms
    compare and sort as strings; an export without seconds is minute-precise.
    """
    match = _TIME_PARTS.fullmatch(time)
    if match is None:
        return None
    pre, hour_s, minute_s, second_s, post = match.groups()
    if pre is not None and post is not None:
        return None
    hour, minute = int(hour_s), int(minute_s)
    marker = pre if pre is not None else post
    if marker is not None:
        pm = AMPM_MARKERS.get(_normalise_marker(marker))
        if pm is None:
            pm = AMPM_MARKERS.get(_normalise_marker(marker).replace(" ", ""), False)
        if not 0 <= hour <= 12:  # 0-11 clocks write 00:08 a. m. just after midnight
            return None
        hour = hour % 12 + (12 if pm else 0)
    elif hour > 23:
        return None
    if minute > 59:
        return None
    if second_s is None:
        return f"{hour:02d}:{minute:02d}:00"
    if int(second_s) > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second_s}"
