"""Header dates and clock times, converted in bulk.

Dates have few distinct values (one per day), so :class:`FieldCache` keeps
every distinct date string seen so far in an Arrow array, matches each chunk
against it in C++ and converts only new strings in Python
(:class:`~unmask.ingest.whatsapp_header.DateConverter`).

Clock times with seconds have up to 86,400 distinct values, too many to
convert one by one; :class:`ClockReader` reads their digits with NumPy and
looks up only the AM/PM marker (a handful of distinct strings) in Python. It
follows the grammar of :func:`~unmask.ingest.whatsapp_header.convert_time`;
the round-trip tests check that both agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from unmask.ingest.whatsapp_arrow import (
    bool_array,
    every,
    numpy_view,
    spans,
    string_array,
    string_scalar,
)
from unmask.ingest.whatsapp_header import AMPM_MARKERS

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

_PREFIX_BYTES = 8  # a prefix AM/PM marker (下午, "오후 ") is shorter than this
_SPACE = "[ \u202f\u00a0]"
_MARKER_SPACE = re.compile("[\u202f\u00a0]")
_MARKER_SHAPE = re.compile(f"{_SPACE}?[^ \u202f\u00a0](?:.*[^ \u202f\u00a0])?{_SPACE}?")
_NULL = string_scalar(None)


def _is_digit(values: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    return (values - 48) <= 9


def _is_sep(values: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    return (values == 58) | (values == 46)


class FieldCache:
    """ISO conversions of every distinct header date (or time) string seen so far.

    The known strings live in an Arrow array, so each chunk is matched against
    them in C++ (``index_in``); only strings never seen before reach Python.
    An iOS export with seconds has up to 86,400 distinct times: each is
    converted once per import, not once per chunk.
    """

    def __init__(self, convert: Callable[[str], tuple[str | None, bool]]) -> None:
        self._convert = convert
        self._keys = string_array([])
        self._iso = string_array([])
        self._valid = np.zeros(0, dtype=np.bool_)
        self._shaped = np.zeros(0, dtype=np.bool_)

    def lookup(
        self, values: pa.Array
    ) -> tuple[pa.Array, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
        """ISO values, validity and 'shaped like a header field' for each string."""
        found = pc.index_in(values, value_set=self._keys)
        if found.null_count:
            new = pc.unique(values.filter(pc.is_null(found))).to_pylist()
            results = [self._convert(value) for value in new]
            self._keys = pa.concat_arrays([self._keys, string_array(new)])
            self._iso = pa.concat_arrays([self._iso, string_array([r[0] for r in results])])
            self._valid = np.concatenate((self._valid, [r[0] is not None for r in results]))
            self._shaped = np.concatenate((self._shaped, [r[1] for r in results]))
            found = pc.index_in(values, value_set=self._keys)
        positions = numpy_view(found)
        return self._iso.take(found), self._valid[positions], self._shaped[positions]


class ClockReader:
    """Reads header clock times in bulk; remembers what each AM/PM marker means."""

    def __init__(self) -> None:
        self._markers: dict[bytes, bool | None] = {}

    def read(
        self, buf: npt.NDArray[np.uint8], data: bytes, q: Ints, te: Ints
    ) -> tuple[pa.Array, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
        """``HH:MM:SS``, validity and shape for each header time ``data[q:te]``.

        Exports with seconds have up to 86,400 distinct times, too many to
        convert one by one; the digits are read in bulk instead. Only the
        AM/PM marker (a handful of distinct strings) is looked up in Python.
        Same grammar as :func:`~unmask.ingest.whatsapp_header.convert_time`.
        """
        n = len(q)
        # the first digit (after a prefix marker such as 下午 or "오후 ")
        window = buf[q[:, None] + np.arange(_PREFIX_BYTES)]
        digits = (window - 48) <= 9
        d0 = digits.argmax(axis=1)
        p0 = q + d0
        shaped = digits[np.arange(n), d0] & (p0 < te)
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
            markers = every(spans(pa.py_buffer(data), [m_start, m_end], len(data)), 0, 2, n)
            encoded = pc.dictionary_encode(markers)
            meaning = [self._marker(v) for v in encoded.dictionary.to_pylist()]
            codes = numpy_view(encoded.indices)
            known = np.array([m is not None for m in meaning], dtype=np.bool_)[codes]
            pm = np.array([bool(m) for m in meaning], dtype=np.bool_)[codes]
            shaped &= known | ~marked
        valid = shaped & (minute <= 59) & (second <= 59)
        valid &= np.where(marked, (hour >= 1) & (hour <= 12), hour <= 23)
        hour = np.where(marked, hour % 12 + 12 * pm, hour)
        text = np.empty((n, 8), dtype=np.uint8)
        text[:, 0], text[:, 1] = hour // 10 + 48, hour % 10 + 48
        text[:, 3], text[:, 4] = minute // 10 + 48, minute % 10 + 48
        text[:, 6], text[:, 7] = second // 10 + 48, second % 10 + 48
        text[:, 2] = text[:, 5] = 58
        offsets = np.arange(0, 8 * n + 1, 8, dtype=np.int32)
        iso = pa.StringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(text))
        iso = pc.if_else(bool_array(valid), iso, _NULL)
        return iso, valid, shaped

    def _marker(self, marker: str) -> bool | None:
        """True for an afternoon marker, False for a morning one, None if not a marker."""
        key = marker.encode("utf-8")
        if key not in self._markers:
            pm = AMPM_MARKERS.get(_MARKER_SPACE.sub(" ", marker.strip(" \u202f\u00a0")))
            if pm is None or not _MARKER_SHAPE.fullmatch(marker):
                self._markers[key] = None
            else:
                self._markers[key] = pm
        return self._markers[key]
