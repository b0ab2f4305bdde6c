"""The files around the database: private permissions, and removing recorded outputs.

The database holds sealed answers, but its *names* (couples, partners) and the
reveal log are in clear, so the file is readable by its owner only (0600) and
a folder we create for it is 0700, whatever the umask. SQLite gives the -wal
and -shm files the database file's mode.

Report folders written by ``unmask analyze`` and ``unmask compare --report`` are
recorded in the store (:meth:`unmask.store.Store.record_output`) so that
``unmask forget --all`` can find them. Only the files unmask writes are
deleted - never a whole folder blindly: a folder that still holds something
else after that is left in place and named to the user.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

#: what a report folder of ours holds (unmask.analyze.OUTPUT_FILES, the temporary files
#: written before an atomic rename, the questionnaire report, and the plan files of
#: `unmask plan`); a test keeps them in step
OUTPUT_FILE_NAMES = (
    "report.json",
    "report.html",
    "messages.parquet",
    ".report.json.tmp",
    ".report.html.tmp",
    ".messages.parquet.tmp",
    "plan.json",
    "plan.html",
)
DIR_MODE = 0o700
FILE_MODE = 0o600


def prepare_private_file(path: Path, own_folder: bool) -> None:
    """Create ``path``'s folder (0700) and the file itself (0600) before SQLite opens it.

    ``own_folder``: the folder is unmask's own (the default data directory), so an
    existing one is tightened to 0700 too; a folder the user named (``--db``) is
    only set to 0700 when we create it.
    """
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
        own_folder = True
    if own_folder and os.name == "posix":
        os.chmod(folder, DIR_MODE)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        for suffix in ("", "-wal", "-shm", "-journal"):
            companion = path.with_name(path.name + suffix)
            if companion.exists() and stat.S_IMODE(companion.stat().st_mode) != FILE_MODE:
                os.chmod(companion, FILE_MODE)


def remove_output(folder: Path) -> str | None:
    """Delete the files unmask writes in ``folder``, then the folder if it is empty.

    Returns None when nothing of ours is left (also when the folder is already
    gone), else a short reason why the folder stays.
    """
    if not folder.exists():
        return None
    if not folder.is_dir():
        return "it is not a folder any more"
    try:
        for name in OUTPUT_FILE_NAMES:
            target = folder / name
            if target.is_file() or target.is_symlink():
                target.unlink()
        for staging in folder.glob(".unmask-report.*.tmp"):  # an interrupted analyze
            if staging.is_dir() and not staging.is_symlink():
                shutil.rmtree(staging)
        others = sorted(p.name for p in folder.iterdir())
        if others:
            return f"it also holds {len(others)} other file(s) or folder(s), left alone"
        folder.rmdir()
    except OSError as error:
        return f"{type(error).__name__}: {error.strerror or error}"
    return None
