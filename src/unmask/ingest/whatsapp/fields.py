"""Header dates and clock times, converted in bulk, as fixed-width ISO bytes.

A header field is identified by its bytes, read as whole machine words: a
strided ``uint64`` view of the chunk (:func:`word_view`) gives the 8 bytes
at any offset in one gather, so a field of up to 15 bytes becomes a key of
two integers (two masked words, the second carrying the length, :func:`span_keys`).
Consecutive headers mostly repeat a field (one date per day, AM for half of
it), so :func:`group_rows` compares each key with the previous one and sorts
only the keys that start a run. Only distinct field strings never seen
before reach Python.

Dates have few distinct values (one per day): :class:`DateTable` converts
each once (:class:`~unmask.ingest.whatsapp.header.DateConverter`) and keeps
its ``YYYY-MM-DD`` bytes in a NumPy table. Clock times with seconds have up
to 86,400 distinct values, too many to convert one by one; :class:`ClockReader`
reads their digits with NumPy and looks up only the AM/PM marker (a handful
of distinct strings) in Python. It follows the grammar of
:func:`~unmask.ingest.whatsapp.header.convert_time`; the round-trip tests
check that both agree.

Both return ``uint8`` matrices (10 and 8 bytes a row), so the parser composes
the 19-byte timestamps with one NumPy assignment, no string kernels.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from unmask.ingest.whatsapp.header import AMPM_MARKERS

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
Bytes = npt.NDArray[np.uint8]
Words = npt.NDArray[np.uint64]
#: a chunk's bytes as the parser holds them
Chunk = bytes | bytearray | npt.NDArray[np.uint8]

_PREFIX_BYTES = 8  # a prefix AM/PM marker (下午, "오후 ") is shorter than this
_KEY_BYTES = 15  # fields up to this long get exact keys (dates: 10, markers: 12)
_SPACE = "[ \u202f\u00a0]"
_MARKER_SPACE = re.compile("[\u202f\u00a0]")
_MARKER_SHAPE = re.compile(f"{_SPACE}?[^ \u202f\u00a0](?:.*[^ \u202f\u00a0])?{_SPACE}?")
#: _MASKS[k] keeps the low k bytes of a little-endian word
_MASKS = np.array([(1 << (8 * k)) - 1 for k in range(9)], dtype=np.uint64)
_NO_DATE = b"\0" * 10


def _is_digit(values: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    return (values - 48) <= 9


def _is_sep(values: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    return (values == 58) | (values == 46)


def word_view(buf: Bytes) -> Words:
    """``view[i]`` is the little-endian ``uint64`` of ``buf[i:i + 8]`` (a strided view, no copy).

    ``buf`` must be padded so that every start of interest has 8 + 8 bytes after it.
    """
    return np.ndarray(shape=(max(0, len(buf) - 7),), dtype="<u8", buffer=buf, strides=(1,))


def span_keys(words: Words, starts: Ints, lengths: Ints) -> tuple[Words, Words]:
    """Exact integer keys of the spans ``[start, start + length)`` (length <= 15).

    Two words with the bytes past the span masked off; the length goes into
    the second word's top byte (free, as it holds at most 7 bytes of the
    span), so a span holding a NUL byte never collides with a shorter one.
    """
    low = words[starts] & _MASKS[np.clip(lengths, 0, 8)]
    high = words[starts + 8] & _MASKS[np.clip(lengths - 8, 0, 7)]
    return low, high | (lengths.astype(np.uint64) << np.uint64(56))


def _changes(low: Words, high: Words) -> Bools:
    """Rows whose two-word key differs from the row before (the first row always)."""
    change = np.empty(len(low), dtype=np.bool_)
    if len(low):
        change[0] = True
        np.not_equal(low[1:], low[:-1], out=change[1:])
        change[1:] |= high[1:] != high[:-1]
    return change


def group_rows(keys: tuple[Words, Words]) -> tuple[Ints, Ints]:
    """Codes of equal keys: (code per row, first row of each code).

    Only the rows where the key changes from the previous row are sorted,
    so the usual runs of equal fields cost two comparisons per row.
    """
    low, high = keys
    if len(low) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    change = _changes(low, high)
    run_starts = np.flatnonzero(change)
    pairs = np.stack((low[run_starts], high[run_starts]), axis=1)
    _, first, inverse = np.unique(pairs, axis=0, return_index=True, return_inverse=True)
    run_of_row = np.cumsum(change) - 1
    codes = np.asarray(inverse, dtype=np.int64).reshape(-1)[run_of_row]
    return codes, run_starts[first]


#: odd 64-bit multipliers that mix two words into one (see :func:`mix`)
_MIX_LOW = np.uint64(0x9E3779B97F4A7C15)
_MIX_HIGH = np.uint64(0xC2B2AE3D27D4EB4F)


def mix(low: Words, high: Words) -> Words:
    """One word from two (wrapping multiply-add): a hash, so callers check collisions
    or only use it where a collision costs nothing but time."""
    with np.errstate(over="ignore"):
        return low * _MIX_LOW + high * _MIX_HIGH


#: grouping pays only when runs of equal keys are this much fewer than rows
_RUNS_PER_ROW = 0.5


def distinct_rows(keys: tuple[Words, Words]) -> tuple[Ints, Ints] | None:
    """Like :func:`group_rows` for fields with many distinct values (clock times).

    The run starts are sorted by a one-word mix of the key instead of by both
    words; every row is then checked against its group's first row, so a
    collision of the mix is never silent: it returns None (as it does when
    most rows differ from the one before, where grouping would not pay).
    """
    low, high = keys
    change = _changes(low, high)
    run_starts = np.flatnonzero(change)
    if len(run_starts) > _RUNS_PER_ROW * len(low):
        return None
    mixed = mix(low[run_starts], high[run_starts])
    _, first, inverse = np.unique(mixed, return_index=True, return_inverse=True)
    firsts = run_starts[first]
    codes = np.asarray(inverse, dtype=np.int64).reshape(-1)[np.cumsum(change) - 1]
    if not ((low == low[firsts][codes]).all() and (high == high[firsts][codes]).all()):
        return None
    return codes, firsts


class DateTable:
    """ISO bytes of every distinct header date seen so far, converted once each.

    ``convert`` maps a date string to (``YYYY-MM-DD`` or None, shaped like a
    header date).
    """

    def __init__(self, convert: Callable[[str], tuple[str | None, bool]]) -> None:
        self._convert = convert
        self._index: dict[bytes, int] = {}
        self._iso = bytearray()
        self._valid: list[bool] = []
        self._shaped: list[bool] = []

    def lookup(
        self, data: Chunk, words: Words, start: Ints, end: Ints
    ) -> tuple[Bytes, Bools, Bools]:
        """ISO date bytes (``n x 10``), validity and shape of each date ``data[start:end]``.

        Dates are at most 10 bytes (the parser's date window guarantees it).
        """
        codes, firsts = group_rows(span_keys(words, start, end - start))
        ids = np.empty(len(firsts), dtype=np.int64)
        lo, hi = start[firsts].tolist(), end[firsts].tolist()
        for g, (a, b) in enumerate(zip(lo, hi, strict=True)):
            field = bytes(data[a:b])
            found = self._index.get(field)
            ids[g] = self._add(field) if found is None else found
        rows = ids[codes]
        table = np.frombuffer(bytes(self._iso), dtype=np.uint8).reshape(-1, 10)
        return table[rows], np.array(self._valid)[rows], np.array(self._shaped)[rows]

    def _add(self, field: bytes) -> int:
        iso, shaped = self._convert(field.decode("utf-8"))
        self._index[field] = len(self._valid)
        self._iso += _NO_DATE if iso is None else iso.encode("ascii")
        self._valid.append(iso is not None)
        self._shaped.append(shaped)
        return len(self._valid) - 1


def _seconds_at(buf: Bytes, q: Ints, te: Ints) -> Ints:
    """Position of the seconds' first digit of each time ``H:MM:SS...`` or ``HH:MM:SS...``
    that starts with its digits (no marker before them); -1 for the others.

    The same reading as :meth:`ClockReader._read_digits` for such a field.
    """
    two = _is_digit(buf[q + 1])
    c1 = q + 1 + two
    ok = _is_digit(buf[q]) & _is_sep(buf[c1]) & _is_digit(buf[c1 + 1]) & _is_digit(buf[c1 + 2])
    c2 = c1 + 3
    ok &= _is_sep(buf[c2]) & _is_digit(buf[c2 + 1]) & _is_digit(buf[c2 + 2]) & (c2 + 3 <= te)
    return np.where(ok, c2 + 1, -1)


class ClockReader:
    """Reads header clock times in bulk; remembers what each AM/PM marker means."""

    def __init__(self) -> None:
        self._markers: dict[bytes, bool | None] = {}

    def read(
        self, buf: Bytes, words: Words, data: Chunk, q: Ints, te: Ints
    ) -> tuple[Bytes, Bools, Bools]:
        """``HH:MM:SS`` bytes (``n x 8``), validity and shape of each header time ``data[q:te]``.

        Exports with seconds have up to 86,400 distinct times, too many to
        convert one by one in Python; the digits are read in bulk instead
        (:meth:`_read_digits`). Without seconds a chunk holds at most 1,440
        distinct times (twice that with AM/PM), so those are read once each
        and shared by the rows that repeat them (:func:`distinct_rows`).
        """
        lengths = te - q
        if len(q) and int(lengths.max()) <= _KEY_BYTES:
            low, high = span_keys(words, q, lengths)
            grouped = distinct_rows((low, high))
            if grouped is not None:
                codes, firsts = grouped
                text, valid, shaped = self._read_digits(buf, words, data, q[firsts], te[firsts])
                return text[codes], valid[codes], shaped[codes]
            # with seconds: group without the two seconds digits, then put each row's back
            sec = _seconds_at(buf, q, te)
            has = sec >= 0
            if has.any():
                shift = (np.where(has, sec - q, 0) * 8).astype(np.uint64)
                hole = np.where(has, ~(np.uint64(0xFFFF) << shift), ~np.uint64(0))
                flag = has.astype(np.uint64) << np.uint64(63)  # never grouped with the others
                grouped = distinct_rows((low & hole, high | flag))
                if grouped is not None:
                    codes, firsts = grouped
                    text, valid, shaped = self._read_digits(
                        buf, words, data, q[firsts], te[firsts], has[firsts]
                    )
                    text, valid, shaped = text[codes], valid[codes], shaped[codes]
                    rows = np.flatnonzero(has)
                    tens, units = buf[sec[rows]], buf[sec[rows] + 1]
                    text[rows, 6], text[rows, 7] = tens, units
                    valid[rows] &= (tens.astype(np.int16) - 48) * 10 + units - 48 <= 59
                    return text, valid, shaped
        return self._read_digits(buf, words, data, q, te)

    def _read_digits(
        self,
        buf: Bytes,
        words: Words,
        data: Chunk,
        q: Ints,
        te: Ints,
        seconds_later: Bools | None = None,
    ) -> tuple[Bytes, Bools, Bools]:
        """:meth:`read` for every row: the digits in bulk, only the AM/PM marker (a
        handful of distinct strings) looked up in Python. Same grammar as
        :func:`~unmask.ingest.whatsapp.header.convert_time`. Rows flagged in
        ``seconds_later`` are not checked for their seconds (the caller does).
        """
        n = len(q)
        # the first digit (after a prefix marker such as 下午 or "오후 ")
        d0 = np.zeros(n, dtype=np.int64)
        shaped = _is_digit(buf[q])
        prefixed = np.flatnonzero(~shaped)
        if len(prefixed):  # only rows with a prefix marker need the byte window
            window = buf[q[prefixed, None] + np.arange(_PREFIX_BYTES)]
            digits = (window - 48) <= 9
            first_digit = digits.argmax(axis=1)
            d0[prefixed] = first_digit
            shaped[prefixed] = digits[np.arange(len(prefixed)), first_digit]
        p0 = q + d0
        shaped &= p0 < te
        two = _is_digit(buf[p0 + 1])
        c1 = p0 + 1 + two
        shaped &= _is_sep(buf[c1]) & _is_digit(buf[c1 + 1]) & _is_digit(buf[c1 + 2])
        shaped &= c1 + 3 <= te
        c2 = c1 + 3
        has_sec = _is_sep(buf[c2]) & _is_digit(buf[c2 + 1]) & _is_digit(buf[c2 + 2])
        has_sec &= c2 + 3 <= te
        tail = np.where(has_sec, c2 + 3, c2)
        first = buf[p0].astype(np.int64) - 48
        hour = np.where(two, first * 10 + buf[p0 + 1] - 48, first)
        minute = (buf[c1 + 1].astype(np.int64) - 48) * 10 + buf[c1 + 2] - 48
        second = np.where(has_sec, (buf[c2 + 1].astype(np.int64) - 48) * 10 + buf[c2 + 2] - 48, 0)
        length = te - q
        tail = tail - q
        # the marker: before the digits or after them, never both
        has_pre = d0 > 0
        has_post = tail < length
        shaped &= ~(has_pre & has_post)
        m_start = np.where(has_pre, q, q + tail)
        m_end = np.where(has_pre, q + d0, np.where(has_post, te, q + tail))
        pm = np.zeros(n, dtype=np.bool_)
        marked = has_pre | has_post
        if marked.any():
            rows = np.flatnonzero(marked)
            length = m_end[rows] - m_start[rows]
            short = length <= _KEY_BYTES  # a longer one is no marker (the longest is 12)
            rows, length = rows[short], length[short]
            codes, firsts = group_rows(span_keys(words, m_start[rows], length))
            lo, hi = m_start[rows[firsts]].tolist(), m_end[rows[firsts]].tolist()
            meaning = [self._marker(bytes(data[a:b])) for a, b in zip(lo, hi, strict=True)]
            known = np.zeros(n, dtype=np.bool_)
            known[rows] = np.array([m is not None for m in meaning], dtype=np.bool_)[codes]
            pm[rows] = np.array([bool(m) for m in meaning], dtype=np.bool_)[codes]
            shaped &= known | ~marked
        seconds_ok = second <= 59
        if seconds_later is not None:
            seconds_ok |= seconds_later
        valid = shaped & (minute <= 59) & seconds_ok
        valid &= np.where(marked, hour <= 12, hour <= 23)  # 00:08 a. m. is a 0-11 clock
        hour = np.where(marked, hour % 12 + 12 * pm, hour)
        text = np.empty((n, 8), dtype=np.uint8)
        text[:, 0], text[:, 1] = hour // 10 + 48, hour % 10 + 48
        text[:, 3], text[:, 4] = minute // 10 + 48, minute % 10 + 48
        text[:, 6], text[:, 7] = second // 10 + 48, second % 10 + 48
        text[:, 2] = text[:, 5] = 58
        return text, valid, shaped

    def _marker(self, key: bytes) -> bool | None:
        """True for an afternoon marker, False for a morning one, None if not a marker."""
        if key not in self._markers:
            marker = key.decode("utf-8", "replace")  # a misshapen time may cut a character
            pm = AMPM_MARKERS.get(_MARKER_SPACE.sub(" ", marker.strip(" \u202f\u00a0")))
            if pm is None or not _MARKER_SHAPE.fullmatch(marker):
                self._markers[key] = None
            else:
                self._markers[key] = pm
        return self._markers[key]
