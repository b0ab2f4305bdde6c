"""Uploaded chat exports: streamed into a private temporary folder, checked, always removed.

The browser's file name is never used as a path: only its last part is kept, every
character but letters, digits, spaces and ``._-()`` replaced, no leading dot (so the
report still names the export and format detection sees its extension), in a new 0700
folder under the app's uploads folder. Zip archives are checked with the importers' own
checks (:func:`unmask.ingest.archive.zip_members`: zip bombs, absolute and ``..`` names)
before anything reads them. The folder is removed when the analysis ends, when the upload
is abandoned, and when the app starts or stops.
"""

from __future__ import annotations

import re
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from starlette.datastructures import UploadFile

from unmask.errors import InputError, UnmaskError
from unmask.fsutil import private_mkdir, private_temp_dir
from unmask.ingest.archive import is_zip, zip_members

CHUNK = 1024 * 1024
_UNSAFE = re.compile(r"[^\w .()\-]")
#: an upload whose partners were never chosen is removed after this long
ABANDONED_S = 3600.0


@dataclass
class Upload:
    id: str
    owner: str
    folder: Path
    path: Path
    #: the browser's file name, for messages only
    display_name: str
    senders: dict[str, int] = field(default_factory=dict)
    created: float = field(default_factory=time.monotonic)
    busy: bool = False


def safe_name(display: str) -> str:
    """A file name that cannot leave its folder: the browser's name, cleaned."""
    name = _UNSAFE.sub("_", display).lstrip(". ")[:100]
    return name or "export"


def _display(name: str | None) -> str:
    base = (name or "export").replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in base if ch.isprintable())[:120] or "export"


class Uploads:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._items: dict[str, Upload] = {}

    def purge_all(self) -> None:
        """Remove every upload folder (at start and stop: nothing survives the app)."""
        with self._lock:
            self._items.clear()
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)

    async def save(self, file: UploadFile, owner: str, limit: int) -> Upload:
        """Copy the uploaded file into a new private folder, in chunks, within ``limit``."""
        self._expire()
        private_mkdir(self.folder)
        folder = private_temp_dir(self.folder, "upload")
        display = _display(file.filename)
        path = folder / safe_name(display)
        try:
            size = 0
            with path.open("xb") as out:
                path.chmod(0o600)
                while chunk := await file.read(CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise InputError(f"{display}: larger than the upload limit")
                    out.write(chunk)
            if size == 0:
                raise InputError(f"{display}: the file is empty; choose the exported chat file")
            if is_zip(path):
                zip_members(path)  # bombs and traversal are refused before any reading
        except UnmaskError as error:
            shutil.rmtree(folder, ignore_errors=True)
            raise type(error)(error.message.replace(str(path), display)) from None
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        upload = Upload(secrets.token_hex(12), owner, folder, path, display)
        with self._lock:
            self._items[upload.id] = upload
        return upload

    def get(self, upload_id: str, owner: str) -> Upload | None:
        with self._lock:
            upload = self._items.get(upload_id)
        return upload if upload is not None and upload.owner == owner else None

    def remove(self, upload: Upload) -> None:
        with self._lock:
            self._items.pop(upload.id, None)
        shutil.rmtree(upload.folder, ignore_errors=True)

    def _expire(self) -> None:
        now = time.monotonic()
        with self._lock:
            old = [u for u in self._items.values() if not u.busy and now - u.created > ABANDONED_S]
        for upload in old:
            self.remove(upload)
