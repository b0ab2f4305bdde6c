"""Safe zip access: chat found, media counted, nothing extracted, bombs and traversal refused."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from unmask.errors import InputError, UnsafeArchiveError
from unmask.ingest.archive import (
    MAX_RATIO,
    find_chat_member,
    open_member_text,
    zip_members,
)
from unmask.ingest.base import ImportReport

ImportFn = Callable[..., tuple[list[dict[str, Any]], ImportReport]]


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_ios_zip_chat_and_media(
    tmp_path: Path, whatsapp_data: Path, import_whatsapp: ImportFn
) -> None:
    chat = (whatsapp_data / "ios_de.txt").read_bytes()
    archive = _zip(
        tmp_path / "WhatsApp Chat - Mei.zip",
        {
            "_chat.txt": chat,
            "00000042-PHOTO-2021-12-31-21-06-10.jpg": b"\xff\xd8\xff" * 50,
            "00000043-AUDIO-2021-12-31-21-07-00.opus": b"OggS" * 50,
        },
    )
    before = set(os.listdir(tmp_path))
    rows, report = import_whatsapp(archive)
    expected, _ = import_whatsapp(whatsapp_data / "ios_de.txt")
    assert [(r["sender"], r["text"], r["kind"]) for r in rows] == [
        (r["sender"], r["text"], r["kind"]) for r in expected
    ]
    assert report.media_files == 2
    assert {r["conversation_id"] for r in rows} == {"mei"}
    assert set(os.listdir(tmp_path)) == before  # nothing extracted


def test_android_zip_member_name(tmp_path: Path, whatsapp_data: Path) -> None:
    chat = (whatsapp_data / "android_de_24h.txt").read_bytes()
    archive = _zip(tmp_path / "export.zip", {"WhatsApp Chat with Mei.txt": chat, "IMG-1.jpg": b"x"})
    assert find_chat_member(archive) == "WhatsApp Chat with Mei.txt"
    assert zip_members(archive) == ["WhatsApp Chat with Mei.txt", "IMG-1.jpg"]
    stream, size = open_member_text(archive, "WhatsApp Chat with Mei.txt")
    with stream:
        assert stream.read() == chat.decode("utf-8")
    assert size == len(chat)


def test_utf16_member_is_decoded(tmp_path: Path) -> None:
    text = "[13.01.22, 10:00:00] A: x\n"
    archive = _zip(tmp_path / "e.zip", {"_chat.txt": text.encode("utf-16")})
    stream, _ = open_member_text(archive, "_chat.txt")
    with stream:
        assert stream.read() == text


def test_zip_without_chat(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    archive = _zip(tmp_path / "photos.zip", {"IMG-1.jpg": b"x", "IMG-2.jpg": b"y"})
    with pytest.raises(InputError, match="no chat inside"):
        find_chat_member(archive)
    with pytest.raises(InputError, match="no chat inside"):
        import_whatsapp(archive)


def test_several_unnamed_texts_are_ambiguous(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "x.zip", {"a.txt": b"a", "b.txt": b"b"})
    with pytest.raises(InputError, match="2 .txt files"):
        find_chat_member(archive)


def test_zip_bomb_is_refused(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    big = b"\0" * (20 * 1024 * 1024)  # 20 MiB of zeros compress about 1000x
    archive = _zip(
        tmp_path / "bomb.zip", {"_chat.txt": b"[13.01.22, 10:00:00] A: x\n", "IMG.jpg": big}
    )
    info = zipfile.ZipFile(archive).getinfo("IMG.jpg")
    assert info.file_size > MAX_RATIO * info.compress_size
    with pytest.raises(UnsafeArchiveError, match="zip bomb"):
        zip_members(archive)
    with pytest.raises(UnsafeArchiveError):
        import_whatsapp(archive)


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "media/../../x.jpg", "C:\\x.txt"])
def test_traversal_names_are_refused(tmp_path: Path, name: str) -> None:
    archive = _zip(tmp_path / "t.zip", {"_chat.txt": b"[13.01.22, 10:00:00] A: x\n", name: b"x"})
    with pytest.raises(UnsafeArchiveError, match="unsafe name"):
        zip_members(archive)
    with pytest.raises(UnsafeArchiveError):
        find_chat_member(archive)


def test_corrupt_zip_is_an_input_error(tmp_path: Path, import_whatsapp: ImportFn) -> None:
    archive = tmp_path / "broken.zip"
    archive.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(InputError, match="not a readable zip"):
        zip_members(archive)
    with pytest.raises(InputError):
        import_whatsapp(archive)


def test_stored_small_members_are_not_bombs(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "s.zip", {"_chat.txt": b"a" * 1000}, method=zipfile.ZIP_STORED)
    assert zip_members(archive) == ["_chat.txt"]
