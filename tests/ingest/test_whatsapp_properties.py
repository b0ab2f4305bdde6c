"""Property-based tests: arbitrary bytes fail cleanly; well-formed chats round-trip exactly."""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import UnmaskError
from unmask.ingest.base import ImportOptions, ImportReport
from unmask.ingest.whatsapp import WhatsAppImporter
from unmask.ingest.whatsapp.header import HEADER_LINE
from unmask.ingest.whatsapp.kinds import EXACT_KINDS, looks_like_system_sender


def _run(data: bytes, name: str = "chat.txt", **options: Any) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        report = ImportReport(source=str(path))
        batches = WhatsAppImporter().batches(path, ImportOptions(**options), report)
        return pa.Table.from_batches(list(batches)).to_pylist()


HEADERISH = st.sampled_from(
    [
        b"12/31/21, 9:05 PM - ",
        b"[31.12.21, 21:05:07] ",
        b"31/02/21, 10:00 - ",
        b"\xe2\x80\x8e[",
        b"A: ",
        b"\n",
        b"\r\n",
        b"\xef\xbb\xbf",
        b"\x00",
        b"PK\x03\x04",
        b"<Media omitted>",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.binary(max_size=40), HEADERISH), max_size=20))
def test_arbitrary_bytes_raise_only_unmask_errors(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    with contextlib.suppress(UnmaskError):  # anything else escaping fails the test
        _run(data)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_in_a_zip_raise_only_unmask_errors(data: bytes) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("_chat.txt", data)
    with contextlib.suppress(UnmaskError):
        _run(buffer.getvalue(), name="chat.zip")


# -- well-formed chats ------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    name: str
    order: str
    seconds: bool

    def header(self, ts: datetime) -> str:
        h12 = ts.hour % 12 or 12
        en = "AM" if ts.hour < 12 else "PM"
        yy = ts.year % 100
        if self.name == "android_us":
            return f"{ts.month}/{ts.day}/{yy:02d}, {h12}:{ts.minute:02d} {en} - "
        if self.name == "android_us_nnbsp":
            return f"{ts.month}/{ts.day}/{yy:02d}, {h12}:{ts.minute:02d}\u202f{en} - "
        if self.name == "android_de":
            return f"{ts.day:02d}.{ts.month:02d}.{yy:02d}, {ts.hour:02d}:{ts.minute:02d} - "
        if self.name == "android_es":
            es = "a. m." if ts.hour < 12 else "p. m."
            return f"{ts.day}/{ts.month}/{ts.year}, {h12}:{ts.minute:02d} {es} - "
        if self.name == "android_es_h0":  # a 0-11 clock: 00:08 a. m., 0:30 p. m.
            es = "a. m." if ts.hour < 12 else "p. m."
            return f"{ts.day}/{ts.month}/{ts.year}, {ts.hour % 12:02d}:{ts.minute:02d} {es} - "
        if self.name == "android_us_h0":
            return f"{ts.month}/{ts.day}/{yy:02d}, {ts.hour % 12}:{ts.minute:02d} {en} - "
        if self.name == "android_zh":
            zh = "上午" if ts.hour < 12 else "下午"
            return f"{ts.year}/{ts.month}/{ts.day} {zh}{h12}:{ts.minute:02d} - "
        if self.name == "ymd_dash":
            return f"{ts.year}-{ts.month:02d}-{ts.day:02d}, {ts.hour:02d}:{ts.minute:02d} - "
        if self.name == "ios_de":
            return (
                f"[{ts.day:02d}.{ts.month:02d}.{yy:02d}, "
                f"{ts.hour:02d}:{ts.minute:02d}:{ts.second:02d}] "
            )
        return (
            f"\u200e[{ts.month}/{ts.day}/{yy:02d}, "
            f"{h12}:{ts.minute:02d}:{ts.second:02d}\u202f{en}] "
        )


Chat = tuple[Layout, list[tuple[datetime, str, str]]]

LAYOUTS = [
    Layout("android_us", "mdy", False),
    Layout("android_us_nnbsp", "mdy", False),
    Layout("android_de", "dmy", False),
    Layout("android_es", "dmy", False),
    Layout("android_es_h0", "dmy", False),
    Layout("android_us_h0", "mdy", False),
    Layout("android_zh", "ymd", False),
    Layout("ymd_dash", "ymd", False),
    Layout("ios_de", "dmy", True),
    Layout("ios_us", "mdy", True),
]

_SENDER_CHARS = st.sampled_from(list("AlexMüi李美玲 -:+0123456789😀🚀."))
_TEXT_CHARS = st.one_of(
    st.sampled_from(list("abc ok，。…:-/[]0123456789 \t👩‍❤️‍👨🇩🇪")),
    st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="<>\u200e\r\n\x85"
    ),
)
_LINE_PIECES = st.sampled_from(["10/12 dentist", "21:00 dinner", "1. milk", "12/31/21 - x", ""])

senders = st.text(_SENDER_CHARS, min_size=1, max_size=12).filter(
    lambda s: ": " not in s and s.strip() and not looks_like_system_sender(s)
)
lines = st.one_of(st.text(_TEXT_CHARS, max_size=25), _LINE_PIECES)
texts = (
    st.lists(lines, min_size=1, max_size=4)
    .map("\n".join)
    .filter(
        lambda t: (
            t not in EXACT_KINDS and not any(HEADER_LINE.match(line) for line in t.split("\n")[1:])
        )
    )
)


@st.composite
def chats(draw: st.DrawFn) -> Chat:
    layout = draw(st.sampled_from(LAYOUTS))
    start = draw(st.datetimes(min_value=datetime(2009, 1, 1), max_value=datetime(2030, 1, 1)))
    gaps = draw(st.lists(st.integers(0, 90 * 86400), min_size=1, max_size=12))
    people = draw(st.lists(senders, min_size=1, max_size=3, unique=True))
    messages = []
    ts = start
    for gap in gaps:
        ts = ts + timedelta(seconds=gap)
        messages.append((ts, draw(st.sampled_from(people)), draw(texts)))
    return layout, messages


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chats())
def test_well_formed_chats_round_trip(chat: Chat) -> None:
    layout, messages = chat
    body = "".join(f"{layout.header(ts)}{sender}: {text}\n" for ts, sender, text in messages)
    rows = _run(body.encode("utf-8"), date_order=layout.order)
    fmt = "%Y-%m-%dT%H:%M:%S" if layout.seconds else "%Y-%m-%dT%H:%M:00"
    expected = [(ts.strftime(fmt), sender, text) for ts, sender, text in messages]
    assert [(r["timestamp"], r["sender"], r["text"]) for r in rows] == expected
    assert {r["kind"] for r in rows} <= {"text"}


# -- the reference grammar and the vectorised path agree on clock times ----------------

_MARKERS = st.sampled_from(
    ["AM", "PM", "am", "pm", "a. m.", "p. m.", "a.m.", "p.m.", "上午", "下午"]
)


@st.composite
def clock_times(draw: st.DrawFn) -> str:
    hour = draw(st.integers(0, 25))
    width = draw(st.sampled_from(["", "02"]))
    minute = draw(st.integers(0, 61))
    seconds = draw(st.one_of(st.none(), st.integers(0, 61)))
    core = f"{hour:{width}d}:{minute:02d}" + ("" if seconds is None else f":{seconds:02d}")
    marker = draw(st.one_of(st.none(), _MARKERS))
    if marker is None:
        return core
    if marker in ("上午", "下午"):
        return marker + core
    return f"{core}{draw(st.sampled_from([' ', chr(0x202F)]))}{marker}"


@settings(max_examples=200, deadline=None)
@given(time=clock_times())
def test_clock_times_are_read_as_the_reference_grammar_reads_them(time: str) -> None:
    """A header with any clock time (hour 00 with a marker included): the importer's
    timestamp is :func:`convert_time`'s, and a time it refuses folds into the message before."""
    from unmask.ingest.whatsapp.header import convert_time

    body = f"2021/12/31, 10:00 - A: before\n2021/12/31, {time} - B: probe\n"
    rows = _run(body.encode("utf-8"), date_order="ymd")
    expected = convert_time(time)
    if expected is None:
        assert [r["text"] for r in rows] == [f"before\n2021/12/31, {time} - B: probe"]
    else:
        probe = [r["timestamp"] for r in rows if r["text"] == "probe"]  # rows come sorted
        assert probe == [f"2021-12-31T{expected}"] and len(rows) == 2
