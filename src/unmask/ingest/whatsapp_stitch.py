"""Joining independently parsed WhatsApp chunks into the export's message sequence.

:meth:`~unmask.ingest.whatsapp_parse.ChunkParser.parse` handles one chunk
without knowing its neighbours, so chunks can be parsed in parallel. What
depends on the order is done here, in chunk order and cheaply:

* the message that straddles two chunks: the previous chunk's ``tail`` (its
  last header and what follows) plus this chunk's ``prefix`` (the lines
  before its first header) are one message, parsed again on their own;
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

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask.ingest.whatsapp_arrow import int_array, string_scalar
from unmask.ingest.whatsapp_parse import ChunkParser, ParsedChunk
from unmask.model import ARROW_SCHEMA

_ID_INDEX = ARROW_SCHEMA.get_field_index("message_id")
_EMPTY = string_scalar("")


class Stitcher:
    """Takes parsed chunks in export order; returns canonical tables (:data:`ARROW_SCHEMA`).

    ``parser`` re-parses the straddling messages; it must belong to the
    calling thread (parsers are not shared between threads).
    """

    def __init__(self, parser: ChunkParser) -> None:
        self._parser = parser
        self._prefix = string_scalar(parser.conversation_id + ":")
        self._carry = b""
        self._seen_header = False
        self.count = 0
        self.unreadable_lines = 0
        self.impossible_dates = 0

    def push(self, chunk: ParsedChunk) -> pa.Table | None:
        """The messages completed by ``chunk`` (None if none yet)."""
        self.impossible_dates += chunk.impossible_dates
        if not self._seen_header:  # still in the lines before the export's first message
            self.unreadable_lines += sum(1 for line in chunk.prefix.split(b"\n") if line.strip())
            joined = None
        elif not chunk.tail:  # no header in the chunk: the open message goes on
            self._carry += chunk.prefix
            return None
        else:
            joined = self._whole(self._carry + chunk.prefix)
        if chunk.tail:
            self._seen_header = True
            self._carry = chunk.tail
        return self._number([joined, chunk.table])

    def finish(self) -> pa.Table | None:
        """The export's last message (None if the export held no message)."""
        last = self._whole(self._carry) if self._carry else None
        self._carry = b""
        return self._number([last])

    def _whole(self, data: bytes) -> pa.Table | None:
        """The one message in ``data`` (which starts with its header)."""
        return self._parser.parse(data, final=True).table

    def _number(self, parts: list[pa.Table | None]) -> pa.Table | None:
        tables = [table for table in parts if table is not None and table.num_rows]
        if not tables:
            return None
        table = tables[0] if len(tables) == 1 else pa.concat_tables(tables).combine_chunks()
        n = table.num_rows
        first = self.count + 1
        self.count += n
        numbers = pc.cast(int_array(np.arange(first, first + n, dtype=np.int64)), pa.string())
        ids = pc.binary_join_element_wise(self._prefix, numbers, _EMPTY)
        columns = list(table.columns)
        columns.insert(_ID_INDEX, ids)
        return pa.Table.from_arrays(columns, schema=ARROW_SCHEMA)
