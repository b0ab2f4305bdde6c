"""Turning decoded WhatsApp text, chunk by chunk, into canonical Arrow tables.

Speed comes from doing almost nothing per message in Python:

- one :func:`re.split` of a multi-megabyte chunk with :data:`HEADER_SPLIT`
  gives every column as a list slice (``parts[2::5]`` are the dates...);
- dates and clock times are converted once per *distinct* string and
  composed into ISO timestamps with one dict lookup each;
- the rare rows that may be anything but plain text (a leading U+200E or
  ``<``, a trailing ``>``, an exact placeholder text, no sender) are found
  with vectorised Arrow compute kernels, and only those go through
  :func:`~unmask.ingest.whatsapp_kinds.classify`;
- every column becomes an Arrow array once per chunk.

A chunk is cut just before its last *valid* header; the tail is carried to
the next chunk, so a message never straddles two chunks and a line with an
impossible date can always be merged into the message before it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask.ingest.whatsapp_header import (
    GROUPS_PER_MESSAGE,
    HEADER_SPLIT,
    DateConverter,
    convert_time,
)
from unmask.ingest.whatsapp_kinds import (
    EXACT_KINDS,
    SPECIAL_PREFIXES,
    SPECIAL_SUFFIX,
    classify,
    looks_like_system_sender,
)
from unmask.model import ARROW_SCHEMA, KINDS

PLATFORM = "whatsapp"
_KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}
_KIND_VALUES = pa.array(KINDS, pa.string())
_EXACT_VALUES = pa.array(sorted(EXACT_KINDS), pa.string())
#: how far back from a chunk's end to look for the last header first
_TAIL_WINDOW = 64 * 1024


class ChunkParser:
    """Stateful parser: feed decoded chunks in order, get one table per chunk.

    ``message_id`` is ``f"{conversation_id}:{n}"`` with ``n`` the 1-based
    position of the message in the export, so it is stable across re-imports
    of the same export file (whatever the chunk size or batch size).
    """

    def __init__(self, conversation_id: str, date_order: str) -> None:
        self.conversation_id = conversation_id
        self._date = DateConverter(date_order)
        self._dates: dict[str, str | None] = {}
        self._times: dict[str, str | None] = {}
        self._system_senders: set[str] = set()
        self._checked_senders: set[str] = set()
        self._carry = "\n"
        self._first = True
        self.count = 0
        self.unreadable_lines = 0
        self.impossible_dates = 0

    # -- public -------------------------------------------------------------------------

    def feed(self, text: str, final: bool = False) -> pa.Table | None:
        """Parse ``text`` (the next piece of the export); None when no message completed."""
        buffer = self._carry + text
        if final:
            self._carry = ""
        else:
            cut = self._last_valid_header(buffer)
            if cut <= 0:
                self._carry = buffer
                return None
            self._carry = buffer[cut:]
            buffer = buffer[:cut]
        return self._parse(buffer, final)

    def finish(self) -> pa.Table | None:
        """Parse whatever is left after the last chunk."""
        return self.feed("", final=True)

    # -- internals ----------------------------------------------------------------------

    def _valid(self, date: str, time: str) -> bool:
        iso = self._dates.get(date)
        if iso is None and date not in self._dates:
            iso = self._dates[date] = self._date(date)
        clock = self._times.get(time)
        if clock is None and time not in self._times:
            clock = self._times[time] = convert_time(time)
        return iso is not None and clock is not None

    def _last_valid_header(self, buffer: str) -> int:
        """Offset of the last header with a valid date and time (0: none after the start)."""
        start = max(1, len(buffer) - _TAIL_WINDOW)
        while True:
            matches = list(HEADER_SPLIT.finditer(buffer, start))
            for match in reversed(matches):
                if self._valid(match.group(2), match.group(3)):
                    return match.start()
            if start == 1:
                return 0
            start = max(1, start - 8 * _TAIL_WINDOW)

    def _parse(self, buffer: str, final: bool) -> pa.Table | None:
        parts = HEADER_SPLIT.split(buffer)
        step = GROUPS_PER_MESSAGE
        preamble = parts[0]
        if self._first:
            self._first = False
            self.unreadable_lines += sum(1 for line in preamble.split("\n") if line.strip())
        fulls, dates, times = parts[1::step], parts[2::step], parts[3::step]
        senders: list[str | None] = parts[4::step]
        bodies: list[str] = parts[5::step]
        if not bodies:
            return None
        if final and bodies[-1].endswith("\n"):
            bodies[-1] = bodies[-1][:-1]

        date_map, time_map = self._dates, self._times
        for date in set(dates).difference(date_map):
            date_map[date] = self._date(date)
        for time in set(times).difference(time_map):
            time_map[time] = convert_time(time)
        bad_dates = {d for d in set(dates) if date_map[d] is None}
        bad_times = {t for t in set(times) if time_map[t] is None}
        if bad_dates or bad_times:
            dates, times, senders, bodies = self._merge_impossible(
                fulls, dates, times, senders, bodies, bad_dates, bad_times
            )
            if not bodies:
                return None
        stamps = [date_map[d] + "T" + time_map[t] for d, t in zip(dates, times, strict=True)]  # type: ignore[operator]
        return self._table(stamps, senders, bodies)

    def _merge_impossible(
        self,
        fulls: list[str],
        dates: list[str],
        times: list[str],
        senders: list[str | None],
        bodies: list[str],
        bad_dates: set[str],
        bad_times: set[str],
    ) -> tuple[list[str], list[str], list[str | None], list[str]]:
        """Fold header-like lines with an impossible date/time into the message before them."""
        out_d: list[str] = []
        out_t: list[str] = []
        out_s: list[str | None] = []
        out_b: list[str] = []
        for full, date, time, sender, body in zip(
            fulls, dates, times, senders, bodies, strict=True
        ):
            if date in bad_dates or time in bad_times:
                self.impossible_dates += 1
                raw = full + (f"{sender}: " if sender is not None else "") + body
                if out_b:
                    out_b[-1] = out_b[-1] + "\n" + raw
                else:  # nothing before it in the export: it cannot belong to a message
                    self.unreadable_lines += raw.count("\n") + 1
                continue
            out_d.append(date)
            out_t.append(time)
            out_s.append(sender)
            out_b.append(body)
        return out_d, out_t, out_s, out_b

    def _table(self, stamps: list[str], senders: list[str | None], bodies: list[str]) -> pa.Table:
        n = len(bodies)
        for sender in set(senders).difference(self._checked_senders):
            if sender is not None and looks_like_system_sender(sender):
                self._system_senders.add(sender)
            self._checked_senders.add(sender)  # type: ignore[arg-type]
        text = pa.array(bodies, pa.string())
        sender_arr = pa.array(senders, pa.string())
        mask = pc.or_(
            pc.or_(pc.starts_with(text, SPECIAL_PREFIXES[0]), pc.starts_with(text, SPECIAL_PREFIXES[1])),
            pc.or_(pc.ends_with(text, SPECIAL_SUFFIX), pc.is_in(text, value_set=_EXACT_VALUES)),
        )
        mask = pc.or_(mask, pc.is_null(sender_arr))
        if self._system_senders:
            system = pa.array(sorted(self._system_senders), pa.string())
            mask = pc.or_(mask, pc.is_in(sender_arr, value_set=system))
        kinds = np.zeros(n, dtype=np.int8)
        edited = np.zeros(n, dtype=np.bool_)
        special = pc.indices_nonzero(mask).to_numpy()
        if len(special):
            new_text: list[str] = []
            new_sender: list[str | None] = []
            for i in special.tolist():
                body, sender = bodies[i], senders[i]
                if sender is not None and sender in self._system_senders:
                    body, sender = f"{sender}: {body}", None
                row = classify(body, sender)
                kinds[i] = _KIND_CODE[row.kind]
                edited[i] = row.edited
                new_text.append(row.text)
                new_sender.append(row.sender)
            text = pc.replace_with_mask(text, mask, pa.array(new_text, pa.string()))
            sender_arr = pc.replace_with_mask(sender_arr, mask, pa.array(new_sender, pa.string()))
        first = self.count + 1
        self.count += n
        numbers = pc.cast(pa.array(np.arange(first, first + n, dtype=np.int64)), pa.string())
        ids = pc.binary_join_element_wise(self.conversation_id + ":", numbers, "")
        columns = [
            _repeat(self.conversation_id, n),
            ids,
            pa.array(stamps, pa.string()),
            sender_arr,
            text,
            _KIND_VALUES.take(pa.array(kinds)),
            _repeat(PLATFORM, n),
            pa.nulls(n, pa.string()),
            pa.nulls(n, pa.int32()),
            pa.array(edited, pa.bool_()),
        ]
        return pa.Table.from_arrays(columns, schema=ARROW_SCHEMA)


def _repeat(value: str, n: int) -> pa.Array:
    return pa.DictionaryArray.from_arrays(
        pa.array(np.zeros(n, dtype=np.int32)), pa.array([value], pa.string())
    ).cast(pa.string())


ProgressFn = Callable[[int], None]
