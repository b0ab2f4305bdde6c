"""Streaming decoding of text exports: encodings, BOMs, line endings, chunk cuts."""

from __future__ import annotations

import io
from typing import Any

import pytest

from unmask.errors import EmptyInputError, EncodingError, InputError
from unmask.ingest.textio import (
    decode_head,
    detect_encoding,
    iter_padded_chunks,
    iter_text_chunks,
    iter_utf8_chunks,
)

SAMPLE = "12/31/21, 9:05 PM - 李美玲: 今天好累，想你了。\r\nzweite Zeile 👩‍❤️‍👨\r\n" * 50


def _utf8(data: bytes, **kwargs: Any) -> bytes:
    chunks = list(iter_utf8_chunks(io.BytesIO(data), "chat.txt", **kwargs))
    return b"".join(chunk.data for chunk in chunks)


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_every_encoding_becomes_the_same_utf8(data: bytes, codec: str) -> None:
    assert detect_encoding(data[:4096], "chat.txt") == codec
    expected = SAMPLE.replace("\r\n", "\n").encode("utf-8")
    assert _utf8(data) == expected
    assert _utf8(data, chunk_bytes=7) == expected  # cuts inside characters and CR LF pairs


def test_chunks_end_at_line_breaks_and_report_progress() -> None:
    data = SAMPLE.encode("utf-8")
    chunks = list(iter_utf8_chunks(io.BytesIO(data), "chat.txt", chunk_bytes=100))
    assert all(chunk.data.endswith(b"\n") for chunk in chunks)
    done = [chunk.bytes_done for chunk in chunks]
    assert done == sorted(done) and done[-1] == len(data)


def test_text_chunks_decode_the_same() -> None:
    data = SAMPLE.encode("utf-16")
    text = "".join(c.text for c in iter_text_chunks(io.BytesIO(data), "x", chunk_bytes=5))
    assert text == SAMPLE.replace("\r\n", "\n")


def test_invalid_utf8_names_offset_and_encodings_tried() -> None:
    data = b"ok\n" * 10 + b"caf\xe9\n"
    with pytest.raises(EncodingError) as error:
        _utf8(data)
    message = str(error.value)
    assert "byte offset 33" in message
    assert "UTF-8" in message and "UTF-16" in message and "--encoding" in message


def test_forced_encoding_is_used() -> None:
    assert _utf8("café\n".encode("latin-1"), encoding="latin-1") == "café\n".encode()


def test_unknown_forced_encoding_is_an_encoding_error() -> None:
    with pytest.raises(EncodingError, match="unknown encoding"):
        list(iter_text_chunks(io.BytesIO(b"x"), "chat.txt", encoding="no-such-codec"))


def test_empty_stream() -> None:
    with pytest.raises(EmptyInputError):
        _utf8(b"")


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02\x03binary\x00\xff" * 100, b"%PDF-1.7\n...", b"\x7fELF\x02\x01\x01"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        _utf8(data)


def test_decode_head_never_raises() -> None:
    assert decode_head(SAMPLE.encode("utf-16")[:1001]).startswith("12/31/21")
    assert decode_head(b"\x00\x01\x02binary\x00") == ""


def _last_line_break(data: bytes) -> int:
    return data.rfind(b"\n") + 1


@pytest.mark.parametrize("chunk_bytes", [7, 100, 4096])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_padded_chunks_hold_the_stream_with_zero_padding(chunk_bytes: int, bom: bytes) -> None:
    data = SAMPLE.encode("utf-8") + b"a line longer than any block " * 20 + b"no newline"
    chunks = list(
        iter_padded_chunks(
            io.BytesIO(bom + data), cut=_last_line_break, pad=16, chunk_bytes=chunk_bytes
        )
    )
    assert b"".join(bytes(c.buf[: c.size]) for c in chunks) == data
    assert all(len(c.buf) == c.size + 16 and not c.buf[c.size :].any() for c in chunks)
    assert all(bytes(c.buf[c.size - 1 : c.size]) == b"\n" for c in chunks[:-1])
    offsets = [c.offset for c in chunks]
    assert offsets == [sum(c.size for c in chunks[:i]) for i in range(len(chunks))]
    done = [c.bytes_done for c in chunks]
    assert done == sorted(done) and done[-1] == len(bom + data)


def test_padded_chunks_of_an_empty_stream() -> None:
    assert list(iter_padded_chunks(io.BytesIO(b""), cut=_last_line_break, pad=8)) == []
