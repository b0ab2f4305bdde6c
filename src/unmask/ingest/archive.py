"""Safe, streaming access to the zip archives phones export.

WhatsApp's "Export chat" with media produces a zip holding the chat text
(``_chat.txt`` on iOS, ``WhatsApp Chat with NAME.txt`` on Android) and the
media files. We read the chat member as a stream and only *count* the media:
nothing is ever extracted to disk, so hostile names cannot write anywhere.
Archives are still checked before use, because a zip from somewhere else may
be crafted: members with absolute or ``..`` names are refused, and so are zip
bombs (see :data:`MAX_TOTAL_UNCOMPRESSED` and :data:`MAX_RATIO`).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO, TextIO, cast

from unmask.errors import InputError, UnsafeArchiveError
from unmask.ingest.textio import detect_encoding

#: refuse archives whose members add up to more than this when uncompressed (8 GiB)
MAX_TOTAL_UNCOMPRESSED = 8 * 1024**3
#: refuse members that expand more than this many times (text compresses ~3-10x)
MAX_RATIO = 200
#: members smaller than this (uncompressed) are exempt from the ratio check
RATIO_EXEMPT_BYTES = 1024 * 1024
#: refuse archives with more members than this
MAX_MEMBERS = 200_000

_IOS_CHAT = "_chat.txt"
#: what zipfile raises on damaged archives (besides OSError); found by benchmarks/fuzz.py
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    EOFError,
    ValueError,
    NotImplementedError,
    IndexError,
    KeyError,
    OverflowError,
    struct.error,
    zlib.error,
)


def is_zip(path: Path) -> bool:
    """True when the file starts like a zip archive (cheap; reads 4 bytes)."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except _ZIP_ERRORS as error:
        raise InputError(
            f"{path} is not a readable zip archive ({type(error).__name__}); "
            "export the chat again or pass the .txt inside it"
        ) from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from None


def _check_name(path: Path, name: str) -> None:
    posix = PurePosixPath(name.replace("\\", "/"))
    if (
        not name
        or posix.is_absolute()
        or ".." in posix.parts
        or (len(name) > 1 and name[1] == ":")  # Windows drive letter
        or "\x00" in name
    ):
        raise UnsafeArchiveError(
            f"{path} holds a member with an unsafe name (empty, absolute or with '..'); "
            "refusing to read it. Use the zip exactly as the phone exported it"
        )


def _check_infos(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise UnsafeArchiveError(
            f"{path} holds {len(infos)} members (limit {MAX_MEMBERS}); refusing to read it"
        )
    total = 0
    for info in infos:
        _check_name(path, info.filename)
        total += info.file_size
        if info.file_size > RATIO_EXEMPT_BYTES and info.file_size > MAX_RATIO * max(
            1, info.compress_size
        ):
            raise UnsafeArchiveError(
                f"{path} looks like a zip bomb: a member expands "
                f"{info.file_size // max(1, info.compress_size)}x (limit {MAX_RATIO}x); "
                "refusing to read it"
            )
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise UnsafeArchiveError(
            f"{path} would expand to {total / 1024**3:.1f} GiB "
            f"(limit {MAX_TOTAL_UNCOMPRESSED / 1024**3:.0f} GiB); refusing to read it"
        )


def zip_members(path: Path) -> list[str]:
    """The member names of a checked archive (directories left out).

    Raises :class:`UnsafeArchiveError` for traversal/absolute names and zip
    bombs, :class:`InputError` for a file that is not a readable zip.
    """
    with _open_zip(path) as archive:
        infos = archive.infolist()
        _check_infos(path, infos)
        return [info.filename for info in infos if not info.filename.endswith("/")]


def find_chat_member(path: Path) -> str:
    """The name of the WhatsApp chat text inside the archive.

    ``_chat.txt`` (iOS) wins, then ``WhatsApp Chat with NAME.txt`` /
    ``WhatsApp Chat - NAME.txt`` (Android, any folder), then the single
    ``.txt`` member. Raises :class:`InputError` when there is none or several
    candidates.
    """
    names = zip_members(path)
    texts = [name for name in names if name.lower().endswith(".txt")]
    ios = [name for name in texts if PurePosixPath(name).name == _IOS_CHAT]
    if len(ios) == 1:
        return ios[0]
    android = [name for name in texts if PurePosixPath(name).name.startswith("WhatsApp Chat")]
    if len(android) == 1:
        return android[0]
    if len(texts) == 1:
        return texts[0]
    if not texts:
        raise InputError(
            f"no chat inside {path}: it holds no .txt file. Export the chat again "
            "(choose 'Export chat' in WhatsApp) or pass the chat .txt itself"
        )
    raise InputError(
        f"{path} holds {len(texts)} .txt files and none is named _chat.txt or "
        "'WhatsApp Chat with ...'; unzip it and pass the chat .txt itself"
    )


def count_media(path: Path, chat_member: str) -> int:
    """How many media files the archive holds besides the chat text."""
    return sum(1 for name in zip_members(path) if name != chat_member)


def open_member_binary(path: Path, member: str) -> tuple[BinaryIO, int]:
    """A binary stream over ``member`` (never extracted) and its uncompressed size.

    The archive is checked first. The stream keeps the archive file open
    until it is closed; use it in a ``with`` block.
    """
    archive = _open_zip(path)
    try:
        infos = archive.infolist()
        _check_infos(path, infos)
        try:
            info = archive.getinfo(member)
        except KeyError:
            raise InputError(f"{path} has no member named {member!r}") from None
        try:
            stream = archive.open(info)
        except (*_ZIP_ERRORS, RuntimeError, OSError) as error:
            raise InputError(
                f"cannot read {member!r} inside {path} ({type(error).__name__}: "
                "corrupt, encrypted or an unsupported compression)"
            ) from None
    finally:
        archive.close()  # the member stream keeps its own reference to the file
    buffered = io.BufferedReader(_GuardedStream(stream, path), buffer_size=1024 * 1024)
    return cast(BinaryIO, buffered), info.file_size


def open_member_text(path: Path, member: str) -> tuple[TextIO, int]:
    """A text stream over ``member`` (encoding detected: UTF-8, BOM, UTF-16) and its size."""
    probe, _ = open_member_binary(path, member)
    with probe:
        codec = detect_encoding(probe.read(4096), f"{path}:{member}")
    raw, size = open_member_binary(path, member)
    return io.TextIOWrapper(raw, encoding=codec, newline=None), size


class _GuardedStream(io.RawIOBase):
    """A member stream whose read errors become :class:`InputError` (no zipfile traceback)."""

    def __init__(self, inner: IO[bytes], source: Path) -> None:
        self._inner = inner
        self._source = source

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        try:
            return self._inner.read(size)
        except (*_ZIP_ERRORS, OSError) as error:
            raise InputError(
                f"the chat inside {self._source} is corrupt ({type(error).__name__}); "
                "export it again"
            ) from None

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()
