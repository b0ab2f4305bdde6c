"""Joining independently parsed WhatsApp chunks into the export's message sequence.

:meth:`~unmask.ingest.whatsapp.parse.ChunkParser.parse` handles one chunk
without knowing its neighbours, so chunks can be parsed in parallel. What
depends on the order is done here, in chunk order and cheaply:

* a chunk's last message is parsed as if it ended with the chunk. The reader
  cuts chunks just before a line that looks like a header
  (:func:`header_cut`), so that is almost always right; the stitcher holds
  each table back until the next chunk shows it: a next chunk that starts
  with lines before its first header (``prefix``) means the last message goes
  on there, so that row is dropped and the message (``tail`` plus ``prefix``)
  is parsed again on its own;
* lines before the first header of the export (a preamble) are counted as
  unreadable, once;
* ``message_id`` is ``f"{conversation_id}:{n}"`` with ``n`` the 1-based
  position of the message in the export, so it is stable across re-imports
  of the same export (whatever the chunk or batch size).

Header-like lines with an impossible date are counted by the chunk parse
that first sees them (each line once), not again when a straddling message
is re-parsed.
"""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa

from unmask.ingest.whatsapp.parse import ChunkParser, ParsedChunk
from unmask.model import ARROW_SCHEMA

_ID_INDEX = ARROW_SCHEMA.get_field_index("message_id")
#: 10**k, for the number of digits of a message number
_POWERS = 10 ** np.arange(19, dtype=np.int64)
#: the ASCII digits of 0000 .. 9999 (one row each; made in numpy: the 10,000 lists took
#: ~4.5 ms of every read)
_NUMBERS4 = np.arange(10_000)
_DIGITS4 = (
    np.stack(
        [_NUMBERS4 // 1000, _NUMBERS4 // 100 % 10, _NUMBERS4 // 10 % 10, _NUMBERS4 % 10], axis=1
    )
    + ord("0")
).astype(np.uint8)
#: the same, each row as one 4-byte word (a 1-D gather is several times faster than a 2-D one)
_DIGITS4_WORDS = _DIGITS4.view(np.uint32).reshape(-1)
#: the start of a header line: optional U+200E and "[", then a date such as 1/2/23
_HEADER_START = re.compile(rb"(?:\xe2\x80\x8e)?\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


def header_cut(data: bytes | bytearray) -> int:
    """Where to end a chunk of ``data``: after the last line break that a header-like line follows.

    A header-like line starts with a date (after an optional U+200E mark and
    ``[``). Falls back to the last line break (0 if none): the stitcher copes
    with any cut, this one only makes its cheap case the usual one. The reader
    hands it only a block's last bytes (:data:`~unmask.ingest.textio.CUT_LOOKBACK`).
    """
    last = data.rfind(b"\n") + 1
    at = last - 1
    while at >= 0:
        if _HEADER_START.match(data, at + 1):
            return at + 1
        at = data.rfind(b"\n", 0, at)
    return last


def message_ids(prefix: bytes, first: int, n: int) -> pa.Array:
    """``prefix + str(k)`` for ``k`` from ``first`` (>= 1) on, ``n`` of them, built in NumPy."""
    numbers = np.arange(first, first + n, dtype=np.int64)
    widths = np.searchsorted(_POWERS, numbers, side="right")
    pieces = []
    bounds = np.flatnonzero(np.diff(widths)) + 1
    for group in np.split(numbers, bounds):
        if not len(group):
            continue
        width = int(np.searchsorted(_POWERS, group[0], side="right"))
        rows = np.empty((len(group), len(prefix) + width), dtype=np.uint8)
        rows[:, : len(prefix)] = np.frombuffer(prefix, dtype=np.uint8)
        rest = group.astype(np.uint32) if group[-1] < 2**32 else group
        end = len(prefix) + width
        while end > len(prefix):  # four digits at a time, from the right, by table lookup
            take = min(4, end - len(prefix))
            rest, block = np.divmod(rest, 10_000)
            digits = _DIGITS4_WORDS[block].view(np.uint8).reshape(-1, 4)
            rows[:, end - take : end] = digits[:, 4 - take :]
            end -= take
        pieces.append(rows.reshape(-1))
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(len(prefix) + widths, out=offsets[1:])
    values = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.uint8)
    return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(values)).cast(
        pa.string()
    )


class Stitcher:
    """Takes parsed chunks in export order; returns canonical tables (:data:`ARROW_SCHEMA`).

    ``parser`` re-parses the straddling messages; it must belong to the
    calling thread (parsers are not shared between threads).
    """

    def __init__(self, parser: ChunkParser) -> None:
        self._parser = parser
        self._prefix = (parser.conversation_id + ":").encode("utf-8")
        #: the last table pushed; its last row is final only once the next chunk shows it
        self._held: pa.Table | None = None
        #: the held table's last message, from its header, plus any lines since
        self._carry = b""
        #: whether lines were added to the carry (then the held last row is incomplete)
        self._extended = False
        self.count = 0
        self.unreadable_lines = 0
        self.impossible_dates = 0

    def push(self, chunk: ParsedChunk) -> pa.Table | None:
        """The messages completed by ``chunk`` (None if none yet)."""
        self.impossible_dates += chunk.impossible_dates
        if self._held is None:  # still in the lines before the export's first message
            self.unreadable_lines += sum(1 for line in chunk.prefix.split(b"\n") if line.strip())
            done = None
        else:
            if chunk.prefix:
                self._carry += chunk.prefix
                self._extended = True
            if chunk.table is None:  # no header in the chunk: the open message goes on
                return None
            done = self._release()
        if chunk.table is not None:
            self._held, self._carry, self._extended = chunk.table, chunk.tail, False
        return self._number(done)

    def finish(self) -> pa.Table | None:
        """The export's last messages (None if the export held no message)."""
        done = self._release() if self._held is not None else None
        self._held, self._carry, self._extended = None, b"", False
        return self._number(done)

    def _release(self) -> pa.Table:
        """The held table, its last message re-parsed if lines were added to it since."""
        held = self._held
        assert held is not None
        if not self._extended:
            return held
        whole = self._parser.parse(self._carry).table
        assert whole is not None and whole.num_rows == 1  # the carry starts with its header
        return pa.concat_tables([held.slice(0, held.num_rows - 1), whole]).combine_chunks()

    def _number(self, table: pa.Table | None) -> pa.Table | None:
        if table is None or table.num_rows == 0:
            return None
        n = table.num_rows
        ids = message_ids(self._prefix, self.count + 1, n)
        self.count += n
        columns = list(table.columns)
        columns.insert(_ID_INDEX, ids)
        return pa.Table.from_arrays(columns, schema=ARROW_SCHEMA)
