"""Streaming decoding of text exports in bounded chunks.

Chat apps write their exports as UTF-8 (iOS adds no BOM, some Android builds
and Windows tools add one) or as UTF-16 (some phones, with or without a BOM).
:func:`iter_text_chunks` reads a binary stream in large blocks, decodes them
incrementally and yields ``str`` chunks, so an export of any size is read with
memory bounded by the chunk size. Line endings ``\\r\\n`` are turned into
``\\n`` (they are the file's encoding of a line break, not message content);
nothing else in the text is changed.

Errors name the file and the encodings that were tried, never the text.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from unmask.errors import EmptyInputError, EncodingError, InputError

#: bytes read per block; decoded chunks are about this size (or twice for UTF-16).
#: 2 MiB: the WhatsApp parser's NumPy passes over a chunk stay in a core's L2 cache
#: (4 MiB chunks parse about 10 % slower), and the import pipeline fills and drains faster
DEFAULT_CHUNK_BYTES = 2 * 1024 * 1024
#: how far back from a block's end :func:`iter_padded_chunks` lets ``cut`` look
CUT_LOOKBACK = 64 * 1024
#: longest line read (bytes): chat apps write lines of at most a few hundred KB, and a
#: longer one would be carried and copied block after block (docs/limits.md)
MAX_LINE_BYTES = 4 * 1024 * 1024


def line_too_long(source: str, offset: int) -> InputError:
    """The error for a line longer than :data:`MAX_LINE_BYTES`."""
    return InputError(
        f"{source}: a line starting near byte {offset:,} is longer than "
        f"{MAX_LINE_BYTES // 1024**2} MiB; chat exports have far shorter lines. "
        "Is this the chat export?"
    )


#: encodings tried, in order, when nothing else is known (named in errors)
ENCODINGS_TRIED = ("UTF-8", "UTF-8 with BOM", "UTF-16 LE/BE")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: magic numbers of common binary files people pick by mistake
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"PK\x03\x04",  # zip (handled by the caller before decoding)
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"SQLite format 3",
    b"\x1f\x8b",  # gzip
    b"\x7fELF",
)


@dataclass(frozen=True)
class TextChunk:
    """One decoded piece of the file and how many input bytes were consumed so far."""

    text: str
    bytes_done: int


def detect_encoding(head: bytes, source: str) -> str:
    """The Python codec name for a file that starts with ``head``.

    A BOM decides; otherwise a NUL byte pattern in the first bytes reveals
    BOM-less UTF-16 (every other byte is NUL for Latin text); otherwise UTF-8.
    Binary files (NULs in no UTF-16 pattern, or a known magic number) are
    refused with :class:`InputError`.
    """
    for bom, bom_codec in _BOMS:
        if head.startswith(bom):
            return bom_codec
    if any(head.startswith(magic) for magic in _BINARY_MAGIC):
        raise InputError(
            f"{source} is a binary file, not a text chat export; "
            "pass the .txt (or the .zip the phone made) instead"
        )
    sample = head[:4096]
    if b"\x00" not in sample:
        return "utf-8"
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = max(1, len(sample) // 2)
    codec: str | None = None
    if odd >= 0.3 * pairs and even <= 0.05 * pairs:
        codec = "utf-16-le"
    elif even >= 0.3 * pairs and odd <= 0.05 * pairs:
        codec = "utf-16-be"
    if codec is not None and _plausible_text(sample[: len(sample) // 2 * 2], codec):
        return codec
    raise InputError(
        f"{source} contains binary data (NUL bytes in no UTF-16 pattern); "
        "it is not a text chat export"
    )


def _plausible_text(sample: bytes, codec: str) -> bool:
    """True when ``sample`` decodes without control characters (other than tab and breaks)."""
    text = sample.decode(codec, errors="replace").rstrip("\ufffd")
    return "\ufffd" not in text and not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in text)


def describe_encoding(codec: str) -> str:
    """A human name for the report (``utf-8-sig`` -> ``UTF-8 with BOM``)."""
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8 with BOM",
        "utf-16": "UTF-16 with BOM",
        "utf-16-le": "UTF-16 LE",
        "utf-16-be": "UTF-16 BE",
    }.get(codec, codec)


def iter_text_chunks(
    raw: BinaryIO,
    source: str,
    *,
    encoding: str | None = None,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
) -> Iterator[TextChunk]:
    """Decode ``raw`` block by block and yield text chunks (``\\r\\n`` -> ``\\n``).

    ``encoding`` forces a codec (e.g. ``latin-1``); otherwise it is detected
    from the first block. Raises :class:`EmptyInputError` for an empty
    stream, :class:`EncodingError` (naming the byte offset and the encodings
    tried) when the bytes do not decode.
    """
    first = raw.read(chunk_bytes)
    if not first:
        raise EmptyInputError(f"{source} is empty; export the chat again from the phone")
    codec = encoding or detect_encoding(first, source)
    try:
        decoder = codecs.getincrementaldecoder(codec)("strict")
    except LookupError:
        raise EncodingError(
            f"unknown encoding {codec!r} for {source}; use a Python codec name such as utf-8"
        ) from None
    done = 0
    pending_cr = False
    block = first
    while True:
        final = not block
        try:
            text = decoder.decode(block, final=final)
        except UnicodeDecodeError as error:
            offset = done + error.start
            tried = describe_encoding(codec) if encoding else ", ".join(ENCODINGS_TRIED)
            raise EncodingError(
                f"{source} is not valid {describe_encoding(codec)} text (byte offset {offset}); "
                f"tried: {tried}. Re-export the chat, or pass --encoding NAME "
                "(for example --encoding latin-1) if you know the file's encoding"
            ) from None
        done += len(block)
        if pending_cr:
            text = "\r" + text
            pending_cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            pending_cr = True
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        if text:
            yield TextChunk(text, done)
        if final:
            return
        block = raw.read(chunk_bytes)


@dataclass(frozen=True)
class Utf8Chunk:
    """Validated UTF-8 bytes ending at a line break (except the last) and bytes consumed.

    ``offset`` is where ``data`` starts in the file's text (after a BOM): the
    base of the byte offset that :func:`validate_utf8` names in its error.
    """

    data: bytes | bytearray
    bytes_done: int
    offset: int = 0


def validate_utf8(data: bytes | bytearray | npt.NDArray[np.uint8], source: str, base: int) -> None:
    """Raise :class:`EncodingError` unless ``data`` is valid UTF-8 (checked in C++)."""
    buffer = pa.py_buffer(data)
    offsets = pa.py_buffer(np.array([0, len(data)], dtype=np.int64))
    try:
        pa.LargeStringArray.from_buffers(1, offsets, buffer).validate(full=True)
    except pa.ArrowInvalid:
        try:
            bytes(data).decode("utf-8")
            start = 0
        except UnicodeDecodeError as error:
            start = error.start
        raise EncodingError(
            f"{source} is not valid UTF-8 text (byte offset {base + start}); "
            f"tried: {', '.join(ENCODINGS_TRIED)}. Re-export the chat, or pass --encoding NAME "
            "(for example --encoding latin-1) if you know the file's encoding"
        ) from None


def iter_utf8_chunks(
    raw: BinaryIO,
    source: str,
    *,
    encoding: str | None = None,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    validate: bool = True,
) -> Iterator[Utf8Chunk]:
    """Yield the stream as validated UTF-8 byte chunks, each cut just after a line break.

    The fast path for UTF-8 input never builds Python strings: blocks are
    validated in C++ and passed on as bytes (BOM removed, CR LF turned
    into LF). Any other encoding is decoded incrementally and re-encoded.
    With ``validate=False`` UTF-8 chunks are not checked here: the caller
    must call :func:`validate_utf8` on each (``chunk.offset`` as ``base``),
    e.g. in the threads that parse them.
    """
    first = raw.read(chunk_bytes)
    if not first:
        raise EmptyInputError(f"{source} is empty; export the chat again from the phone")
    codec = encoding or detect_encoding(first, source)
    if codec.replace("_", "-").lower() not in ("utf-8", "utf8", "utf-8-sig"):
        yield from _transcoded(first, raw, source, codec, chunk_bytes)
        return
    read_total = len(first)
    carry = bytearray(first.removeprefix(codecs.BOM_UTF8))
    validated = 0
    done = False
    while not done:
        # the carry plus the next block, read in place (the block is not copied)
        data = bytearray(len(carry) + chunk_bytes)
        data[: len(carry)] = carry
        with memoryview(data) as view:
            filled, done = _fill(raw, view, len(carry), len(data))
        del data[filled:]
        read_total += filled - len(carry)
        end = len(data) if done else data.rfind(b"\n") + 1
        if end == 0:  # a line longer than a block: keep reading
            if len(data) > MAX_LINE_BYTES:
                raise line_too_long(source, validated)
            carry = data
            continue
        carry = data[end:]
        del data[end:]
        piece = data.replace(b"\r\n", b"\n") if b"\r" in data else data
        if validate:
            validate_utf8(piece, source, validated)
        if piece:
            yield Utf8Chunk(piece, read_total - len(carry), validated)
        validated += end


def _fill(raw: BinaryIO, view: memoryview, filled: int, stop: int) -> tuple[int, bool]:
    """Read into ``view[filled:stop]`` until it is full or the stream ends.

    Returns how much of ``view`` now holds data, and whether the stream ended.
    """
    while filled < stop:
        got = cast(io.BufferedIOBase, raw).readinto(view[filled:stop])
        if not got:
            return filled, True
        filled += got
    return filled, False


@dataclass(frozen=True)
class PaddedChunk:
    """A chunk's bytes (not validated yet) in a NumPy buffer: ``buf[:size]`` is the chunk,
    ``pad`` zero bytes follow it; ``bytes_done`` and ``offset`` as in :class:`Utf8Chunk`.
    """

    buf: npt.NDArray[np.uint8]
    size: int
    bytes_done: int
    offset: int


def iter_padded_chunks(
    raw: BinaryIO,
    *,
    cut: Callable[[bytes], int],
    pad: int,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    source: str = "the export",
) -> Iterator[PaddedChunk]:
    """A UTF-8 stream as padded chunks (:class:`PaddedChunk`), each cut where ``cut`` says.

    For the parsing threads: each block is read straight into an uninitialised
    NumPy buffer after the partial line carried over, so the reading thread
    neither zeroes nor copies a block while holding the GIL, and the parser
    gets its zero padding without a copy of its own. ``cut`` sees at most the
    last :data:`CUT_LOOKBACK` bytes of a block (as bytes) and returns the end
    of the chunk in them, just after a line break, or 0. A leading BOM is
    dropped; the caller validates the UTF-8 (:func:`validate_utf8`) and turns
    CR LF into LF.
    """
    first = raw.read(chunk_bytes)
    read_total = len(first)
    carry = first.removeprefix(codecs.BOM_UTF8)
    validated = 0
    done = False
    while not done:
        room = len(carry) + chunk_bytes
        buf = np.empty(room + pad, dtype=np.uint8)
        buf[: len(carry)] = np.frombuffer(carry, dtype=np.uint8)
        with buf.data as view:
            filled, done = _fill(raw, view, len(carry), room)
        read_total += filled - len(carry)
        if done:
            end = filled
        else:
            low = max(0, filled - CUT_LOOKBACK)
            end = cut(bytes(buf[low:filled]))
            end = low + end if end else bytes(buf[:filled]).rfind(b"\n") + 1
        if end == 0:  # a line longer than a block: keep reading
            if filled > MAX_LINE_BYTES:
                raise line_too_long(source, validated)
            carry = bytes(buf[:filled])
            continue
        carry = bytes(buf[end:filled])
        buf[end : end + pad] = 0
        yield PaddedChunk(buf[: end + pad], end, read_total - len(carry), validated)
        validated += end


def _transcoded(
    first: bytes, raw: BinaryIO, source: str, codec: str, chunk_bytes: int
) -> Iterator[Utf8Chunk]:
    carry = ""
    done = 0
    stream = cast(BinaryIO, _Prepend(first, raw))
    for chunk in iter_text_chunks(stream, source, encoding=codec, chunk_bytes=chunk_bytes):
        text = carry + chunk.text
        cut = text.rfind("\n") + 1
        text, carry = text[:cut], text[cut:]
        if len(carry) > MAX_LINE_BYTES:
            raise line_too_long(source, done)
        done = chunk.bytes_done
        if text:
            yield Utf8Chunk(_encode(text, source), done)
    if carry:
        yield Utf8Chunk(_encode(carry, source), done)


def _encode(text: str, source: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise EncodingError(
            f"{source} holds broken UTF-16 (unpaired surrogates); "
            f"tried: {', '.join(ENCODINGS_TRIED)}. Re-export the chat"
        ) from None


class _Prepend:
    """A read()-able stream that first returns ``head``, then the rest of ``raw``."""

    def __init__(self, head: bytes, raw: BinaryIO) -> None:
        self._head = head
        self._raw = raw

    def read(self, size: int = -1) -> bytes:
        if self._head:
            head, self._head = self._head, b""
            return head
        return self._raw.read(size)


def read_head(path: Path, size: int = 65_536) -> bytes:
    """The first ``size`` bytes of a file (for sniffing); :class:`InputError` if unreadable."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from None


def decode_head(head: bytes) -> str:
    """Best-effort text of a file's first bytes for format sniffing (never raises)."""
    try:
        codec = detect_encoding(head, "sample")
    except InputError:
        return ""
    if codec == "utf-16":
        codec = "utf-16-le" if head.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        head = head[2:]
    if codec.startswith("utf-16") and len(head) % 2:
        head = head[:-1]
    return head.decode(codec, errors="ignore")
