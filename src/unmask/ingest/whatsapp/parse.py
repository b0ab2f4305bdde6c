"""Turning WhatsApp export bytes, chunk by chunk, into canonical Arrow tables.

Speed comes from doing almost nothing per message in Python. A chunk of
validated UTF-8 bytes is viewed as a NumPy array, and:

1. line starts come from the positions of ``\\n``; a line can start a
   message only if its first byte is a digit, ``[`` or a U+200E mark;
2. for those, the header's parts are located a few bytes ahead, eight
   bytes at a time (:mod:`unmask.ingest.whatsapp.swar`): date end (the
   first ``,`` or space), header end (the first `` - `` or, for bracketed
   layouts, ``] ``) and the sender's end (the first ``": "`` on the line);
3. the date and time strings are converted in bulk
   (:mod:`unmask.ingest.whatsapp.fields`): each distinct date once in Python,
   clock times with NumPy; this is where a line is finally accepted as a
   header. A header-like line with an impossible date simply
   does not start a message, so it stays text of the message before it;
4. message texts and senders are cut out of the chunk buffer as Arrow arrays
   from offsets (no Python string per message);
5. only the rare rows that can be something other than plain text (a
   leading U+200E or ``<``, a trailing ``>``, an exact placeholder, no
   sender) go through :func:`~unmask.ingest.whatsapp.kinds.classify`.

Each chunk is parsed on its own (:meth:`ChunkParser.parse`): the bytes
before its first valid header and its last message (which may go on in the
next chunk) are handed back as bytes as well, and
:class:`~unmask.ingest.whatsapp.stitch.Stitcher` joins them across chunks
and numbers the messages. So chunks can be parsed in parallel threads.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from unmask.ingest.whatsapp.arrow import (
    bool_array,
    cut_strings,
    int_array,
    numpy_bools,
    numpy_view,
    spans,
    string_array,
    string_scalar,
)
from unmask.ingest.whatsapp.fields import ClockReader, DateTable, Words, mix, word_view
from unmask.ingest.whatsapp.header import (
    LRM,
    DateConverter,
    date_fields,
)
from unmask.ingest.whatsapp.kinds import (
    ATTACHED_RE2,
    EDITED_STRIP_RE2,
    EDITED_TAIL_RE2,
    EXACT_KINDS,
    SPECIAL_PREFIXES,
    SPECIAL_SUFFIX,
    classify,
    looks_like_system_sender,
)
from unmask.ingest.whatsapp.swar import (
    NOT_FOUND,
    first_lane,
    first_pattern,
    lanes_equal,
)
from unmask.model import ARROW_SCHEMA, KINDS
from unmask.npset import unique

PLATFORM = "whatsapp"
_KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}
_KIND_VALUES = string_array(KINDS)
_FAST_TEXTS = sorted(EXACT_KINDS) + [LRM + text for text in sorted(EXACT_KINDS)]
_FAST_VALUES = string_array(_FAST_TEXTS)
_FAST_CLEAN = string_array([text.removeprefix(LRM) for text in _FAST_TEXTS])
_FAST_KIND = np.array([_KIND_CODE[EXACT_KINDS[t.removeprefix(LRM)]] for t in _FAST_TEXTS], np.int8)
_FAST_DROP_SENDER = np.array(
    [EXACT_KINDS[t.removeprefix(LRM)] in ("system", "call") for t in _FAST_TEXTS], np.bool_
)
_NULL = string_scalar(None)
_CONSTANT_ROWS = 65_536  # rows of the constant columns built at once (sliced per chunk)
PAD = 64  # bytes of zero padding so windows never run off the buffer
_DATE_MIN = 3  # the date's end (first "," or " ") lies in [start + 3, start + 11)
_SENDER_SPAN = 28  # sender names are looked for eight bytes at a time this far
_TERM_WINDOW = 22  # the header ends within this many bytes after the time's 4th byte

Ints = npt.NDArray[np.int64]


@dataclass
class _Headers:
    """The valid headers found in one chunk (positions relative to the chunk)."""

    starts: Ints  # line start (the header's first byte)
    ends: Ints  # first byte after the header (" - " or "] " included)
    line_ends: Ints  # position of the line's "\n" (or the chunk's end)
    stamps: pa.Array  # ISO timestamps
    buf: npt.NDArray[np.uint8]  # the chunk's bytes with :data:`PAD` zero bytes after them


#: the canonical columns a parsed chunk carries: all but ``message_id``, which
#: only the in-order stitcher can number (see :mod:`unmask.ingest.whatsapp.stitch`)
PARSED_SCHEMA = ARROW_SCHEMA.remove(ARROW_SCHEMA.get_field_index("message_id"))


@dataclass(frozen=True)
class ParsedChunk:
    """What one chunk holds, parsed without knowing any other chunk.

    ``prefix`` (the bytes before the chunk's first valid header) continues
    the message that ended the chunk before; ``table`` holds every message
    whose header lies in the chunk (:data:`PARSED_SCHEMA`, None if none), the
    last one read as if it ended with the chunk (one trailing line break
    dropped). That holds when the next chunk starts with a header, which the
    reader arranges where it can; otherwise the last message goes on in the
    next chunk and ``tail`` (its bytes, from its header on) lets the stitcher
    parse it again with what follows.
    """

    prefix: bytes
    table: pa.Table | None
    tail: bytes
    impossible_dates: int  # header-like lines with an impossible date or time


class ChunkParser:
    """Parses UTF-8 chunks (each ending with a line break) one at a time.

    A chunk is parsed on its own (:meth:`parse`), so chunks can be parsed in
    any order and in several threads, one parser per thread; the parser only
    caches what does not depend on the order (converted dates, AM/PM markers,
    senders checked for looking like system lines). Joining the chunks
    (messages that straddle chunks, numbering) is the stitcher's job.
    """

    def __init__(self, conversation_id: str, date_order: str) -> None:
        self.conversation_id = conversation_id
        self._date = DateConverter(date_order)
        self._dates = DateTable(self._convert_date)
        self._clock = ClockReader()
        self._system_senders: set[str] = set()
        self._checked_senders: set[str | None] = set()
        self._constants: dict[str, pa.Array] = {}

    def parse(self, data: bytes | bytearray) -> ParsedChunk:
        """Split ``data`` into prefix, messages and tail (see :class:`ParsedChunk`)."""
        raw = np.frombuffer(data, dtype=np.uint8)
        return self.parse_padded(np.concatenate((raw, np.zeros(PAD, dtype=np.uint8))), len(raw))

    def parse_padded(self, buf: npt.NDArray[np.uint8], size: int) -> ParsedChunk:
        """:meth:`parse` for ``buf[:size]`` when at least :data:`PAD` zero bytes follow it."""
        if len(buf) < size + PAD or buf[size : size + PAD].any():
            raise ValueError("parse_padded needs PAD zero bytes after the chunk")
        data = buf[:size]
        headers, impossible = self._headers(data, buf)
        n = len(headers.starts)
        if n == 0:
            return ParsedChunk(bytes(data), None, b"", impossible)
        first = int(headers.starts[0])
        cut = int(headers.starts[n - 1])
        end = size - 1 if size and data[size - 1] == 10 else size
        table = self._table(data, headers, n, end, size)
        return ParsedChunk(bytes(data[:first]), table, bytes(data[cut:]), impossible)

    # -- header detection ---------------------------------------------------------------

    def _headers(
        self, raw: npt.NDArray[np.uint8], buf: npt.NDArray[np.uint8]
    ) -> tuple[_Headers, int]:
        data = raw
        size = len(raw)
        newlines = np.flatnonzero(raw == 10)
        line_starts = np.concatenate(([0], newlines + 1))
        line_ends = np.concatenate((newlines, [size]))
        if line_starts[-1] >= size:  # the chunk ends with "\n": no line after it
            line_starts, line_ends = line_starts[:-1], line_ends[:-1]
        first = buf[line_starts]
        cand = ((first - 48) <= 9) | (first == 91) | (first == 0xE2)
        s = line_starts[cand]
        e = line_ends[cand]
        # optional U+200E mark, optional "["
        lrm = (buf[s] == 0xE2) & (buf[s + 1] == 0x80) & (buf[s + 2] == 0x8E)
        p = s + 3 * lrm
        bracket = buf[p] == 91
        p = p + bracket
        ok = (buf[p] - 48) <= 9
        # the date ends at the first "," or " " of the 8 bytes from p + 3
        words = word_view(buf)
        ahead = words[p + _DATE_MIN]
        lane = first_lane(lanes_equal(ahead, 44) | lanes_equal(ahead, 32))
        ok &= lane < 8
        de = p + _DATE_MIN + lane
        # ",", then one space (" ", U+202F or U+00A0)
        q = de + (buf[de] == 44)
        c0, c1, c2 = buf[q], buf[q + 1], buf[q + 2]
        width = np.where(
            c0 == 32,
            1,
            np.where(
                (c0 == 0xE2) & (c1 == 0x80) & (c2 == 0xAF),
                3,
                np.where((c0 == 0xC2) & (c1 == 0xA0), 2, 0),
            ),
        )
        ok &= width > 0
        q = q + width
        # the header ends with "] " (bracketed) or " - "; a clock time has 4+ bytes:
        # the first terminator at or after q + 4, if it starts within the window
        lo = q + 4
        te = np.full(len(lo), NOT_FOUND, dtype=np.int64)
        for pattern, rows in ((b"] ", ok & bracket), (b" - ", ok & ~bracket)):
            picked = np.flatnonzero(rows)
            if len(picked):
                te[picked] = first_pattern(words, lo[picked], pattern, _TERM_WINDOW)
        ok &= te != NOT_FOUND
        te = np.minimum(te, size)
        he = te + np.where(bracket, 2, 3)
        ok &= he <= e
        s, e, p, de, q, te, he = (a[ok] for a in (s, e, p, de, q, te, he))
        if len(s) == 0:
            empty = np.zeros(0, dtype=np.int64)
            return _Headers(empty, empty, empty, string_array([]), buf), 0
        date_iso, date_valid, date_shaped = self._dates.lookup(data, words, p, de)
        time_iso, time_valid, time_shaped = self._clock.read(buf, words, data, q, te)
        valid = date_valid & time_valid
        shaped = date_shaped & time_shaped
        impossible = int(np.count_nonzero(shaped & ~valid))
        if valid.all():  # the usual case: no row to drop
            return _Headers(s, he, e, _timestamps(date_iso, time_iso), buf), impossible
        stamps = _timestamps(date_iso[valid], time_iso[valid])
        return _Headers(s[valid], he[valid], e[valid], stamps, buf), impossible

    def _convert_date(self, date: str) -> tuple[str | None, bool]:
        return self._date(date), date_fields(date) is not None

    # -- message table ------------------------------------------------------------------

    def _table(
        self, data: npt.NDArray[np.uint8], headers: _Headers, keep: int, end: int, cut: int
    ) -> pa.Table:
        buffer = pa.py_buffer(data)
        buf = headers.buf
        s = headers.starts[:keep]
        he = headers.ends[:keep]
        e = headers.line_ends[:keep]
        colon = _sender_colons(data, word_view(buf), he, e)
        has_sender = colon < e
        sender_end = np.where(has_sender, colon, he)
        text_start = np.where(has_sender, colon + 2, he)
        text_end = np.empty(keep, dtype=np.int64)
        text_end[:-1] = s[1:] - 1
        text_end[-1] = end
        text_end = np.maximum(text_end, text_start)
        # texts and senders are every other span of the chunk buffer (no copy yet)
        text_spans = spans(buffer, [text_start, text_end], cut)
        senders = cut_strings(buffer, he, sender_end, cut, has_sender)
        self._learn_senders(senders)
        system = None
        candidate = _maybe_special_bytes(buf, text_start, text_end) | ~has_sender
        if self._system_senders:
            system = pc.is_in(senders, value_set=string_array(sorted(self._system_senders)))
            candidate |= numpy_bools(system)
        # rows that may be anything but plain text; all the work below is on them alone
        picked = np.flatnonzero(candidate)
        kinds = np.zeros(keep, dtype=np.int8)
        edited = np.zeros(keep, dtype=np.bool_)
        texts = None
        if len(picked):
            sub_system = None if system is None else system.take(int_array(picked))
            old_sender = senders.take(int_array(picked))
            sub_text, sub_sender, kinds[picked], edited[picked] = self._classify_rows(
                text_spans.take(int_array(2 * picked)), old_sender, sub_system
            )
            # a cleaned text is a part of its line (a mark or marker cut off, or the
            # "sender: " put back): find it there, and copy every text once
            starts = [text_start[picked], text_start[picked] + 3, he[picked]]
            at = _locate(buffer, cut, sub_text, starts, text_end[picked])
            if at is not None:
                text_start, text_end = text_start.copy(), text_end.copy()
                text_start[picked] = at
                text_end[picked] = at + _byte_lengths(sub_text)
            else:  # not found (never seen): the classified texts taken from after the spans
                order = np.arange(0, 2 * keep, 2, dtype=np.int64)
                order[picked] = 2 * keep + np.arange(len(picked))
                texts = pa.concat_arrays([text_spans, sub_text]).take(int_array(order))
            if not sub_sender.equals(old_sender):
                senders = _drop_senders(senders, picked, old_sender, sub_sender)
        if texts is None:
            texts = cut_strings(buffer, text_start, text_end, cut)
        columns = [
            self._constant(self.conversation_id, keep),
            headers.stamps.slice(0, keep),
            senders,
            texts,
            _KIND_VALUES.take(int_array(kinds)),
            self._constant(PLATFORM, keep),
            pa.nulls(keep, pa.string()),
            pa.nulls(keep, pa.int32()),
            bool_array(edited),
        ]
        return pa.Table.from_arrays(columns, schema=PARSED_SCHEMA)

    def _constant(self, value: str, n: int) -> pa.Array:
        """``value`` ``n`` times: a zero-copy slice of a column built once per parser."""
        column = self._constants.get(value)
        if column is None or len(column) < n:
            column = self._constants[value] = _repeat(value, max(n, _CONSTANT_ROWS))
        return column.slice(0, n)

    def _learn_senders(self, senders: pa.Array) -> None:
        """Note the senders not seen before that look like an app's system line."""
        for sender in pc.unique(senders).to_pylist():
            if sender in self._checked_senders:
                continue
            self._checked_senders.add(sender)
            if sender is not None and looks_like_system_sender(sender):
                self._system_senders.add(sender)

    def _classify_rows(
        self, text: pa.Array, senders: pa.Array, system: pa.Array | None
    ) -> tuple[pa.Array, pa.Array, npt.NDArray[np.int8], npt.NDArray[np.bool_]]:
        """Kinds, cleaned texts and senders of candidate rows (vectorised where possible)."""
        n = len(text)
        kinds = np.zeros(n, dtype=np.int8)
        text, edited = _strip_edited(text)
        # exact placeholders (with or without the U+200E mark): classified in bulk
        found = pc.index_in(text, value_set=_FAST_VALUES)
        fast = pc.is_valid(found)
        if system is not None:
            fast = pc.and_(fast, pc.invert(system))
        rows = numpy_view(pc.indices_nonzero(fast))
        if len(rows):
            codes = numpy_view(found.filter(fast))
            kinds[rows] = _FAST_KIND[codes]
            text = pc.replace_with_mask(text, fast, _FAST_CLEAN.take(int_array(codes)))
            drop = np.zeros(n, dtype=np.bool_)
            drop[rows] = _FAST_DROP_SENDER[codes]
            if drop.any():
                senders = pc.if_else(bool_array(drop), _NULL, senders)
        slow = pc.and_(_maybe_special(text, senders, system, exact=False), pc.invert(fast))
        # attachments with a file name (iOS: one message in twenty), in bulk too
        attached = pc.and_(slow, pc.match_substring_regex(text, ATTACHED_RE2))
        attached = pc.and_not(attached, pc.match_substring_regex(text, EDITED_TAIL_RE2))
        if system is not None:
            attached = pc.and_not(attached, system)
        rows = numpy_view(pc.indices_nonzero(attached))
        if len(rows):
            kinds[rows] = _KIND_CODE["media"]
            core = pc.replace_substring_regex(text.filter(attached), "^\u200e", "")
            text = pc.replace_with_mask(text, attached, core)
            slow = pc.and_not(slow, attached)
        # the rest, one by one
        special = pc.indices_nonzero(slow)
        if len(special):
            new_text: list[str] = []
            new_sender: list[str | None] = []
            for i, body, sender in zip(
                numpy_view(special).tolist(),
                text.take(special).to_pylist(),
                senders.take(special).to_pylist(),
                strict=True,
            ):
                if sender is not None and sender in self._system_senders:
                    body, sender = f"{sender}: {body}", None
                row = classify(body, sender)
                kinds[i] = _KIND_CODE[row.kind]
                edited[i] |= row.edited
                new_text.append(row.text)
                new_sender.append(row.sender)
            text = pc.replace_with_mask(text, slow, string_array(new_text))
            senders = pc.replace_with_mask(senders, slow, string_array(new_sender))
        return text, senders, kinds, edited


def _maybe_special(
    text: pa.Array, senders: pa.Array, system: pa.Array | None, exact: bool = True
) -> pa.Array:
    """Rows that may be a placeholder, notice, system line or edited message."""
    starts = [pc.starts_with(text, prefix) for prefix in SPECIAL_PREFIXES]
    mask = pc.or_(
        pc.or_(starts[0], starts[1]),
        pc.or_(pc.ends_with(text, SPECIAL_SUFFIX), pc.is_null(senders)),
    )
    if exact:
        mask = pc.or_(mask, pc.is_in(text, value_set=_FAST_VALUES))
    if system is not None:
        mask = pc.or_(mask, system)
    return mask


def _strip_edited(text: pa.Array) -> tuple[pa.Array, npt.NDArray[np.bool_]]:
    """Remove a trailing edited marker (as ``classify`` does), marking the rows that had one.

    Every marker ends with :data:`SPECIAL_SUFFIX` and no exact placeholder has
    one, so one RE2 pass over the other rows ending with it finds the (few)
    edited rows, and a second strips the marker from those. (Comparing with a Python
    number here would make Arrow import pandas: 0.2 s.)
    """
    edited = np.zeros(len(text), dtype=np.bool_)
    maybe = pc.and_not(pc.ends_with(text, SPECIAL_SUFFIX), pc.is_in(text, value_set=_FAST_VALUES))
    candidates = pc.indices_nonzero(maybe)
    if len(candidates) == 0:
        return text, edited
    hits = pc.match_substring_regex(text.take(candidates), EDITED_TAIL_RE2)
    rows = candidates.filter(hits)
    if len(rows) == 0:
        return text, edited
    stripped = pc.replace_substring_regex(
        text.take(rows), EDITED_STRIP_RE2, r"\1", max_replacements=1
    )
    mask = np.zeros(len(text), dtype=np.bool_)
    mask[numpy_view(rows)] = True
    edited[numpy_view(rows)] = True
    return pc.replace_with_mask(text, bool_array(mask), stripped), edited


def _timestamps(dates: npt.NDArray[np.uint8], times: npt.NDArray[np.uint8]) -> pa.Array:
    """``YYYY-MM-DDTHH:MM:SS`` strings from date (``n x 10``) and time (``n x 8``) bytes."""
    n = len(dates)
    stamp = np.empty((n, 19), dtype=np.uint8)
    stamp[:, :10] = dates
    stamp[:, 10] = 84  # "T"
    stamp[:, 11:] = times
    offsets = np.arange(0, 19 * n + 1, 19, dtype=np.int32)
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(stamp))


def _sender_colons(data: npt.NDArray[np.uint8], words: Words, starts: Ints, ends: Ints) -> Ints:
    """For each header, the first ``": "`` at or after ``start``; anything ``>= end`` if the
    line has none (the row has no sender).

    Eight bytes at a time for the usual short names; lines with a longer name
    (or none, such as system lines) are searched one by one.
    """
    colon = first_pattern(words, starts, b": ", _SENDER_SPAN)
    further = np.flatnonzero((colon == NOT_FOUND) & (ends - starts >= _SENDER_SPAN + 2))
    for row in further.tolist():
        start = int(starts[row]) + _SENDER_SPAN
        at = bytes(data[start : int(ends[row])]).find(b": ")
        colon[row] = NOT_FOUND if at < 0 else start + at
    return colon


def _byte_lengths(texts: pa.Array) -> Ints:
    """UTF-8 byte length of each (non-null) string."""
    return np.asarray(numpy_view(pc.binary_length(texts)), dtype=np.int64)


def _locate(
    buffer: pa.Buffer, size: int, texts: pa.Array, starts: list[Ints], limits: Ints
) -> Ints | None:
    """Where in ``buffer`` each of ``texts`` lies, trying the given start positions in turn.

    Returns the first start at which the buffer holds the text's bytes and
    the text ends by its row's limit (so located spans never overlap the
    next line), or None when some text is found at none of them.
    """
    lengths = _byte_lengths(texts)
    found = np.full(len(texts), -1, dtype=np.int64)
    for start in starts:
        rows = np.flatnonzero(found < 0)
        if not len(rows):
            break
        begin = start[rows]
        end = begin + lengths[rows]
        ok = (begin >= 0) & (end <= limits[rows])
        rows, begin, end = rows[ok], begin[ok], end[ok]
        if not len(rows):
            continue
        here = cut_strings(buffer, begin, end, size)
        same = numpy_bools(pc.equal(here, texts.take(int_array(rows))))
        found[rows[same]] = begin[same]
    return None if (found < 0).any() else found


def _drop_senders(senders: pa.Array, picked: Ints, old: pa.Array, new: pa.Array) -> pa.Array:
    """``senders`` with ``new`` in place of ``old`` at the ``picked`` rows.

    Classification only ever takes a sender away (system lines, calls), so
    the result shares the senders' buffers under a new validity bitmap; any
    other change falls back to a copy.
    """
    kept = numpy_bools(pc.is_valid(new))
    if (
        senders.offset
        or not numpy_bools(
            pc.equal(old.filter(bool_array(kept)), new.filter(bool_array(kept)))
        ).all()
    ):
        order = np.arange(len(senders), dtype=np.int64)
        order[picked] = len(senders) + np.arange(len(picked))
        return pa.concat_arrays([senders, new]).take(int_array(order))
    valid = numpy_bools(pc.is_valid(senders))
    valid[picked[~kept]] = False
    buffers = senders.buffers()
    nulls = int(len(valid) - np.count_nonzero(valid))
    return pa.Array.from_buffers(
        pa.string(),
        len(senders),
        [pa.py_buffer(np.packbits(valid, bitorder="little")), buffers[1], buffers[2]],
        nulls,
        senders.offset,
    )


def _repeat(value: str, n: int) -> pa.Array:
    """``value`` ``n`` times, as a string array built from one repeated buffer."""
    item = value.encode("utf-8")
    offsets = np.arange(n + 1, dtype=np.int64) * len(item)
    values = pa.py_buffer(item * n)
    if offsets[-1] < 2**31:
        return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.astype(np.int32)), values)
    return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), values).cast(pa.string())


def _text_keys(head: npt.NDArray[np.uint64], tail: npt.NDArray[np.uint64], lengths: Ints) -> Words:
    """A 64-bit key of a text from its first and last 8 bytes and its length (>= 8);
    a collision only adds a candidate."""
    with np.errstate(over="ignore"):
        return mix(head, tail) + lengths.astype(np.uint64)


def _exact_keys() -> tuple[Words, npt.NDArray[np.bool_]]:
    """Sorted keys of the exact placeholders, and which byte lengths they have."""
    encoded = [text.encode("utf-8") for text in _FAST_TEXTS]
    assert min(len(item) for item in encoded) >= 8  # the key reads 8 bytes from each end
    head = np.array([int.from_bytes(item[:8], "little") for item in encoded], dtype=np.uint64)
    tail = np.array([int.from_bytes(item[-8:], "little") for item in encoded], dtype=np.uint64)
    lengths = np.array([len(item) for item in encoded], dtype=np.int64)
    # the last slot stands for every longer text: never a placeholder
    has_length = np.zeros(int(lengths.max()) + 2, dtype=np.bool_)
    has_length[lengths] = True
    # npset.unique: np.unique's first call would import numpy.ma (~10 ms) inside the read
    return unique(_text_keys(head, tail, lengths)), has_length


_EXACT_KEYS, _EXACT_LENGTHS = _exact_keys()
_PREFIX_BYTES = [np.frombuffer(p.encode("utf-8"), dtype=np.uint8) for p in SPECIAL_PREFIXES]
_SUFFIX_BYTES = np.frombuffer(SPECIAL_SUFFIX.encode("utf-8"), dtype=np.uint8)


def _maybe_special_bytes(
    buf: npt.NDArray[np.uint8], start: Ints, end: Ints
) -> npt.NDArray[np.bool_]:
    """Texts ``buf[start:end]`` that may be a placeholder, notice or edited message.

    The byte-level twin of :func:`_maybe_special` for a whole chunk (a superset
    of it: a key collision only adds a candidate, which :func:`classify` then
    reads as plain text): a special prefix or suffix, or an exact placeholder.
    """
    lengths = end - start
    mask = np.zeros(len(start), dtype=np.bool_)
    for prefix in _PREFIX_BYTES:
        hit = lengths >= len(prefix)
        for i, byte in enumerate(prefix):
            hit &= buf[start + i] == byte
        mask |= hit
    hit = lengths >= len(_SUFFIX_BYTES)
    for i, byte in enumerate(_SUFFIX_BYTES):
        hit &= buf[np.maximum(end - len(_SUFFIX_BYTES) + i, 0)] == byte
    mask |= hit
    # exact placeholders: only texts of a placeholder's byte length get a key
    rows = np.flatnonzero(_EXACT_LENGTHS[np.minimum(lengths, len(_EXACT_LENGTHS) - 1)])
    if len(rows):
        words = word_view(buf)
        keys = _text_keys(words[start[rows]], words[end[rows] - 8], lengths[rows])
        at = np.minimum(np.searchsorted(_EXACT_KEYS, keys), len(_EXACT_KEYS) - 1)
        mask[rows] |= _EXACT_KEYS[at] == keys
    return mask
