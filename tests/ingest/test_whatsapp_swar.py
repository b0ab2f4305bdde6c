"""The eight-bytes-at-a-time pattern search agrees with bytes.find on arbitrary bytes."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from unmask.ingest.whatsapp.fields import word_view
from unmask.ingest.whatsapp.swar import NOT_FOUND, first_lane, first_pattern, lanes_equal

# bytes that make near-misses likely: parts of the patterns, high bytes, NUL
ALPHABET = st.sampled_from([b" ", b"-", b":", b",", b"]", b"a", b"\x00", b"\x80", b"\xff", b"\x7f"])
chunks = st.lists(ALPHABET, min_size=1, max_size=80).map(b"".join)


def _words(data: bytes) -> np.ndarray:
    buf = np.frombuffer(data + b"\0" * 64, dtype=np.uint8)
    return word_view(buf)


@settings(max_examples=400)
@given(chunks, st.sampled_from([b" - ", b"] ", b": ", b",", b" "]), st.integers(1, 30))
def test_first_pattern_matches_find(data: bytes, pattern: bytes, span: int) -> None:
    words = _words(data)
    starts = np.arange(len(data), dtype=np.int64)
    got = first_pattern(words, starts, pattern, span)
    padded = data + b"\0" * 64
    for start, at in zip(starts.tolist(), got.tolist(), strict=True):
        want = padded.find(pattern, start, start + span + len(pattern) - 1)
        assert at == (NOT_FOUND if want < 0 else want)


@given(st.binary(min_size=8, max_size=8), st.integers(0, 255))
def test_lanes_equal_is_exact_for_every_byte_value(word: bytes, byte: int) -> None:
    mask = int(lanes_equal(np.frombuffer(word, dtype="<u8"), byte)[0])
    expected = sum(0x80 << (8 * i) for i, b in enumerate(word) if b == byte)
    assert mask == expected
    lane = int(first_lane(np.array([mask], dtype=np.uint64))[0])
    assert lane == (word.index(bytes([byte])) if byte in word else 8)
