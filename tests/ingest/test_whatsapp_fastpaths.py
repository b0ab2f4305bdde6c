"""The importer's vectorised shortcuts agree with the plain Python rules they stand for."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unmask.ingest.api import _time_range
from unmask.ingest.whatsapp.arrow import numpy_bools, string_array
from unmask.ingest.whatsapp.fields import (
    _MIX_HIGH,
    _MIX_LOW,
    ClockReader,
    distinct_rows,
    group_rows,
    span_keys,
    word_view,
)
from unmask.ingest.whatsapp.header import LRM
from unmask.ingest.whatsapp.kinds import EDITED_SUFFIXES, EXACT_KINDS, classify, strip_edited
from unmask.ingest.whatsapp.parse import (
    ChunkParser,
    _drop_senders,
    _locate,
    _maybe_special,
    _maybe_special_bytes,
    _strip_edited,
)
from unmask.ingest.whatsapp.stitch import header_cut, message_ids
from unmask.model import KINDS

PIECES = [
    *EDITED_SUFFIXES,
    *EXACT_KINDS,
    LRM,
    " ",
    "<",
    ">",
    "x",
    "小猫",
    "😀",
    "\n",
    "ok <This message was edited",
]
texts = st.lists(st.sampled_from(PIECES), max_size=4).map("".join)


def _padded(items: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The texts laid out one after another (with a byte between), as the parser sees them."""
    encoded = [item.encode("utf-8") for item in items]
    starts, ends, data = [], [], bytearray()
    for item in encoded:
        starts.append(len(data))
        data += item
        ends.append(len(data))
        data += b"\n"
    buf = np.concatenate((np.frombuffer(bytes(data), dtype=np.uint8), np.zeros(64, np.uint8)))
    return buf, np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)


@settings(max_examples=300)
@given(st.lists(texts, min_size=1, max_size=12))
def test_vectorised_edited_strip_matches_strip_edited(items: list[str]) -> None:
    stripped, edited = _strip_edited(string_array(items))
    expected = [strip_edited(item) for item in items]
    assert list(zip(stripped.to_pylist(), edited.tolist(), strict=True)) == expected


@settings(max_examples=300)
@given(st.lists(texts, min_size=1, max_size=12))
def test_byte_candidates_cover_the_arrow_candidates(items: list[str]) -> None:
    buf, starts, ends = _padded(items)
    text = string_array(items)
    senders = string_array(["Mei"] * len(items))
    arrow = numpy_bools(_maybe_special(text, senders, None))
    fast = _maybe_special_bytes(buf, starts, ends)
    assert not (arrow & ~fast).any()


def test_byte_candidates_find_every_placeholder_and_few_plain_texts() -> None:
    placeholders = [*EXACT_KINDS, *(LRM + text for text in EXACT_KINDS)]
    plain = ["see you at 7", "This message was great", "Voice calls are fine", "ok", ""]
    buf, starts, ends = _padded(placeholders + plain)
    fast = _maybe_special_bytes(buf, starts, ends)
    assert fast[: len(placeholders)].all()
    assert not fast[len(placeholders) :].any()


def test_span_keys_tell_apart_spans_with_nul_bytes_and_lengths() -> None:
    data = b"1/2/23\x00\x001/2/23\x001/2/231/2/23" + b"\0" * 32
    buf = np.frombuffer(data, dtype=np.uint8)
    starts = np.array([0, 0, 0, 8, 15, 21], dtype=np.int64)
    lengths = np.array([6, 7, 8, 6, 6, 6], dtype=np.int64)
    codes, firsts = group_rows(span_keys(word_view(buf), starts, lengths))
    # "1/2/23", "1/2/23\0", "1/2/23\0\0" differ; the later plain copies equal the first
    assert len(set(codes[:3].tolist())) == 3
    assert codes[3] == codes[4] == codes[5] == codes[0]
    assert sorted(firsts.tolist()) == [0, 1, 2]


@given(st.integers(1, 10**12), st.integers(0, 3000), st.sampled_from(["mei:", "李:", ""]))
def test_message_ids_match_string_formatting(first: int, n: int, prefix: str) -> None:
    ids = message_ids(prefix.encode("utf-8"), first, n)
    assert ids.type == pa.string()
    assert ids.to_pylist() == [f"{prefix}{k}" for k in range(first, first + n)]


def test_header_cut_prefers_a_header_line_and_falls_back_to_a_line_break() -> None:
    chat = (
        b"1/2/23, 09:15 - Mei: hi\nsecond line\n3 apples\n1/2/23, 09:16 - Alex: yo\nand more\npart"
    )
    cut = header_cut(chat)
    assert chat[cut:].startswith(b"1/2/23, 09:16")
    assert chat[cut - 1 : cut] == b"\n"
    bracketed = b"x\n\xe2\x80\x8e[1.2.23, 09:15:00] Mei: hi\ntext\n"
    assert bracketed[header_cut(bracketed) :].startswith(b"\xe2\x80\x8e[1.2.23")
    no_header = b"just text\nmore text\nhalf a li"
    assert header_cut(no_header) == no_header.rfind(b"\n") + 1
    assert header_cut(b"no line break at all") == 0


def test_distinct_rows_never_hides_a_collision_of_its_mix() -> None:
    mix_low, mix_high = int(_MIX_LOW), int(_MIX_HIGH)
    # (0, K_low) and (K_high, 0) mix to the same word: K_low * K_high
    low = np.array([0, 0, 0, mix_high, mix_high, mix_high], dtype=np.uint64)
    high = np.array([mix_low] * 3 + [0] * 3, dtype=np.uint64)
    assert distinct_rows((low, high)) is None
    plain = distinct_rows((np.array([1, 1, 2, 2, 1, 1], np.uint64), np.zeros(6, np.uint64)))
    assert plain is not None
    codes, firsts = plain
    a, b = int(codes[0]), int(codes[2])
    assert a != b and codes.tolist() == [a, a, b, b, a, a]
    assert (int(firsts[a]), int(firsts[b])) == (0, 2)


CLOCKS = [
    "9:05 AM",
    "12:00 PM",
    "12:00 AM",
    "11:59 PM",
    "09:05",
    "23:59",
    "7:07:07 PM",
    "下午3:15",
    "上午12:01",
    "3:15 a. m.",
    "3:15\u202fp.m.",
    "25:00",
    "9:61 AM",
    "13:00 PM",
    "00:03:07",
    "00:03:59",
    "00:03:60",
    "23:59:58",
    "12:07:49 AM",
    "12:07:99 AM",
    "下午3:15:07",
    "9.05.07",
]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(CLOCKS), min_size=1, max_size=40))
def test_grouped_clock_reading_matches_reading_every_row(times: list[str]) -> None:
    _read_both_ways(times)


def _read_both_ways(times: list[str]) -> tuple[np.ndarray, ...]:
    """The clock reading of ``times`` (grouped), checked equal to reading every row."""
    buf, starts, ends = _padded(times)
    words = word_view(buf)
    data = bytes(buf[: int(ends[-1]) + 1])
    grouped = ClockReader().read(buf, words, data, starts, ends)
    direct = ClockReader()._read_digits(buf, words, data, starts, ends)
    for got, want in zip(grouped, direct, strict=True):
        assert np.array_equal(got, want)
    return grouped


ROW_PIECES = [
    "<attached: 00000042-PHOTO-2016-01-01-00-08-06.jpg>",
    "<附件：IMG_1.jpg>",
    "<attached: a.jpg> <This message was edited>",
    LRM,
    " <This message was edited>",
    "image omitted",
    "hi",
    "<",
    ">",
    "Missed voice call",
]
rows_text = st.lists(st.sampled_from(ROW_PIECES), min_size=1, max_size=3).map("".join)


@settings(max_examples=300)
@given(st.lists(st.tuples(rows_text, st.sampled_from(["Mei", None])), min_size=1, max_size=10))
def test_bulk_classification_matches_classify_row_by_row(
    rows: list[tuple[str, str | None]],
) -> None:
    texts = [text for text, _ in rows]
    senders = [sender for _, sender in rows]
    parser = ChunkParser("c", "dmy")
    got_text, got_sender, kinds, edited = parser._classify_rows(
        string_array(texts), string_array(senders), None
    )
    for i, (text, sender) in enumerate(rows):
        body, was_edited = strip_edited(text)
        want = classify(body, sender)
        assert KINDS[kinds[i]] == want.kind
        assert got_text[i].as_py() == want.text
        assert got_sender[i].as_py() == want.sender
        assert bool(edited[i]) == (was_edited or want.edited)


def test_locate_finds_cleaned_texts_in_their_line_or_gives_up() -> None:
    data = "Mei: \u200e<attached: a.jpg>\nAlex: hi <This message was edited>\n".encode()
    buffer = pa.py_buffer(data)
    first = data.index(b"\xe2\x80\x8e")
    second = data.index(b"hi")
    starts = [np.array([first, second]), np.array([first + 3, second + 3]), np.array([0, 23])]
    limits = np.array([data.index(b"\n"), len(data) - 1])
    texts = string_array(["<attached: a.jpg>", "hi"])
    at = _locate(buffer, len(data), texts, starts, limits)
    assert at is not None and at.tolist() == [first + 3, second]
    # a text that is not in its line (or only past its limit) is not located
    assert _locate(buffer, len(data), string_array(["<attached", "Alex"]), starts, limits) is None


def test_dropping_senders_shares_buffers_and_other_changes_copy() -> None:
    senders = string_array(["Mei", "Alex", None, "Mei"])
    picked = np.array([1, 3], dtype=np.int64)
    old = senders.take(pa.array(picked))
    dropped = _drop_senders(senders, picked, old, string_array(["Alex", None]))
    assert dropped.to_pylist() == ["Mei", "Alex", None, None]
    assert dropped.buffers()[2].address == senders.buffers()[2].address
    renamed = _drop_senders(senders, picked, old, string_array(["Bo", None]))
    assert renamed.to_pylist() == ["Mei", "Bo", None, None]


def test_times_with_seconds_are_grouped_by_minute_and_keep_their_own_seconds() -> None:
    times = ["00:07:49", "00:07:58", "00:07:99", "00:08:06", "12:07:49 AM", "12:07:58 AM"] * 4
    text, valid, _ = _read_both_ways(times)
    assert bytes(text[1]).decode() == "00:07:58" and not valid[2] and valid[3]


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        (
            ["2021-03-01T09:00:00", "2021-03-01T09:00:00", "2021-03-02T08:00:00"],
            ("2021-03-01T09:00:00", "2021-03-02T08:00:00"),
        ),
        (
            ["2021-03-02T08:00:00", "2021-03-01T09:00:00", "2021-03-03T07:00:00"],
            ("2021-03-01T09:00:00", "2021-03-03T07:00:00"),
        ),
        (
            ["2021-03-02T08:00:00", None, "2021-03-01T09:00:00"],
            ("2021-03-01T09:00:00", "2021-03-02T08:00:00"),
        ),
        (["2021-03-02T08:00:00"], ("2021-03-02T08:00:00", "2021-03-02T08:00:00")),
        ([], (None, None)),
    ],
)
def test_time_range_of_ordered_and_unordered_batches(
    stamps: list[str | None], expected: tuple[str | None, str | None]
) -> None:
    assert _time_range(string_array(stamps)) == expected


def test_reading_a_whatsapp_export_leaves_numpy_ma_unimported() -> None:
    """``np.unique``'s first call imports ``numpy.ma`` (numpy 2.3+; ~8 ms); the importer's
    placeholder keys are made without it, so the read does not pay that import (the
    analysis imports it beside its scoring child, for the bootstrap's percentiles)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from unmask.ingest import read_table\n"
        "from unmask.samples import sample_path\n"
        "assert read_table(sample_path('close_en')).num_rows > 100\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]
