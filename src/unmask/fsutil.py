"""Writing private files: owner-only, never through a symlink, whole or not at all.

Everything unmask writes (imports, scores, reports) holds someone's messages
or what was read from them, so every output is created here:

* files are created ``0600`` and folders ``0700`` whatever the umask (the mode
  is set again with ``fchmod``/``chmod`` after creation, since the umask can
  only take bits away);
* a new file is opened with ``O_CREAT | O_EXCL | O_NOFOLLOW`` under a random
  name in the target's own folder (:func:`private_temp`), so a planted
  symlink or a file someone else created is never written through;
* the temporary file is renamed over the target only when everything was
  written (:func:`write_private`); on any failure it is removed;
* an ``OSError`` while writing (disk full, quota, permissions) becomes an
  :class:`~unmask.errors.OutputError` with one line naming the file.

All writes go through :func:`_write` (one place to simulate a full disk in tests).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Buffer

from unmask.errors import OutputError

FILE_MODE = 0o600
DIR_MODE = 0o700
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_FLAGS |= getattr(os, "O_CLOEXEC", 0)
#: bytes buffered before a write reaches the file
_BUFFER = 1024 * 1024


def output_error(path: Path | str, error: OSError) -> OutputError:
    """A one-line :class:`OutputError` for an ``OSError`` met while writing ``path``."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        what = "the disk is full"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        what = "permission denied"
    elif error.errno == errno.ELOOP:
        what = "it is a symbolic link (refused)"
    else:
        what = error.strerror or type(error).__name__
    return OutputError(
        f"cannot write {path}: {what}. Nothing was replaced; free some space or choose "
        "another output and run the command again."
    )


def _write(fd: int, data: bytes | memoryview) -> int:
    """Write once to ``fd`` (patched by tests to simulate a full disk)."""
    return os.write(fd, data)


class _PrivateRaw(io.RawIOBase):
    """A raw writable file over an fd whose writes go through :func:`_write`."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer, /) -> int:
        return _write(self._fd, memoryview(data).cast("B"))

    def fileno(self) -> int:
        return self._fd

    def close(self) -> None:
        if not self.closed:
            try:
                os.close(self._fd)
            finally:
                super().close()


def open_new(path: Path) -> io.BufferedWriter:
    """Create ``path`` (``O_EXCL|O_NOFOLLOW``, mode 0600) and open it buffered for writing."""
    fd = os.open(path, _FLAGS, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    except OSError:
        os.close(fd)
        raise
    return io.BufferedWriter(_PrivateRaw(fd), buffer_size=_BUFFER)


def private_temp(target: Path | str, suffix: str = ".part") -> tuple[io.BufferedWriter, Path]:
    """A new, empty ``0600`` file beside ``target`` (random name, ``O_EXCL|O_NOFOLLOW``).

    Returns the open binary file and its path; raises :class:`OutputError`.
    """
    target = Path(target)
    for _ in range(100):
        path = target.with_name(f".{target.name}.{secrets.token_hex(6)}{suffix}")
        try:
            return open_new(path), path
        except FileExistsError:
            continue
        except OSError as error:
            raise output_error(target, error) from None
    raise OutputError(f"cannot create a temporary file beside {target}.")  # pragma: no cover


def discard(path: Path | str) -> None:
    """Remove a temporary file or folder; never raises."""
    path = Path(path)
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def commit(tmp: Path, target: Path | str) -> None:
    """Rename the finished ``tmp`` over ``target`` (a symlink at ``target`` is replaced, not
    followed); on failure ``tmp`` is removed and :class:`OutputError` raised."""
    try:
        os.replace(tmp, target)
    except OSError as error:
        discard(tmp)
        raise output_error(target, error) from None


@contextmanager
def private_writer(target: Path | str) -> Iterator[io.BufferedWriter]:
    """A binary handle whose bytes become ``target`` (``0600``) only when the block ends
    without an error: written to a private temp file beside it and renamed into place; on
    any error the temp file is removed and an ``OSError`` becomes an :class:`OutputError`."""
    handle, tmp = private_temp(target)
    try:
        with handle:
            yield handle
            handle.flush()
    except OSError as error:
        discard(tmp)
        raise output_error(target, error) from None
    except BaseException:
        discard(tmp)
        raise
    commit(tmp, target)


def write_private(target: Path | str, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically as a ``0600`` file (see the module docstring)."""
    with private_writer(target) as handle:
        handle.write(data)


def private_mkdir(path: Path | str) -> None:
    """Create ``path`` and any missing parents as ``0700`` folders (existing ones are kept)."""
    path = Path(path)
    missing: list[Path] = []
    here = path
    while not here.exists() and here != here.parent:
        missing.append(here)
        here = here.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
        except OSError as error:
            raise output_error(folder, error) from None
        os.chmod(folder, DIR_MODE)


def private_temp_dir(parent: Path | str, name: str) -> Path:
    """A new ``0700`` folder with a random name in ``parent`` (which must exist)."""
    parent = Path(parent)
    for _ in range(100):
        path = parent / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            path.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
        except OSError as error:
            raise output_error(path, error) from None
        os.chmod(path, DIR_MODE)
        return path
    raise OutputError(f"cannot create a temporary folder in {parent}.")  # pragma: no cover
