"""Finding short byte patterns near many positions at once, eight bytes at a time.

The header parser asks, for every line, where the date ends (the first ``,``
or space), where the header ends (the first ``" - "`` or ``"] "`` after the
clock time) and where the sender ends (the first ``": "``). The answer is
always a few bytes away, so instead of scanning the whole chunk for each
pattern, each row reads the 8 bytes at its position as one ``uint64``
(:func:`~unmask.ingest.whatsapp.fields.word_view`) and tests all eight byte
lanes together with exact "SIMD within a register" arithmetic: a lane's top
bit is set when the lane equals a byte (:func:`lanes_equal`), masks of
neighbouring lanes are combined by shifting, and the lowest set lane is the
first match (:func:`first_lane`). Rows not settled within the span looked at
are reported as such, so the caller can look further one by one.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
Words = npt.NDArray[np.uint64]

_LOW7 = np.uint64(0x7F7F7F7F7F7F7F7F)
_HIGH = np.uint64(0x8080808080808080)
_ONES = 0x0101010101010101
_LANE_INDEX = np.uint64(0x0001020304050607)
#: no match found
NOT_FOUND = np.iinfo(np.int64).max


def lanes_equal(words: Words, byte: int) -> Words:
    """The top bit of each byte lane set exactly where the lane equals ``byte``."""
    v = words ^ np.uint64(byte * _ONES)
    t = ((v & _LOW7) + _LOW7) | v  # the top bit is set in every lane that is not zero
    return ~t & _HIGH


def first_lane(mask: Words) -> Ints:
    """Index (0-7) of the lowest byte lane whose top bit is set in ``mask``; 8 where none is."""
    with np.errstate(over="ignore"):
        lowest = (mask & (~mask + np.uint64(1))) >> np.uint64(7)  # 256**lane, or 0
        # 256**lane * 0x0001020304050607 has ``lane`` in its top byte
        lane = ((lowest * _LANE_INDEX) >> np.uint64(56)).astype(np.int64)
    lane[mask == 0] = 8
    return lane


def pattern_lanes(words: Words, pattern: bytes) -> Words:
    """Top bit of lane ``i`` set where ``pattern`` starts at lane ``i`` within the word."""
    equal = {byte: lanes_equal(words, byte) for byte in set(pattern)}
    mask = equal[pattern[0]]
    for shift, byte in enumerate(pattern[1:], start=1):
        mask = mask & (equal[byte] >> np.uint64(8 * shift))
    return mask


def first_pattern(words: Words, starts: Ints, pattern: bytes, span: int) -> Ints:
    """For each start, the first position ``p`` in ``[start, start + span)`` where ``pattern``
    begins (the bytes it covers may reach past ``start + span``); :data:`NOT_FOUND` if none.

    ``words`` must be readable up to ``start + span + 8`` for every start.
    """
    step = 9 - len(pattern)  # the lanes where a whole pattern fits in one word
    found = np.full(len(starts), NOT_FOUND, dtype=np.int64)
    rows = np.arange(len(starts), dtype=np.int64)
    for offset in range(0, span, step):
        if not len(rows):
            break
        at = starts[rows] + offset
        lane = first_lane(pattern_lanes(words[at], pattern))
        hit = lane < min(step, span - offset)
        found[rows[hit]] = at[hit] + lane[hit]
        rows = rows[~hit]
    return found
