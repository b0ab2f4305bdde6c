"""Consent before a shared chat is analysed (docs/safety.md, "Consent").

A chat holds two people's words. The first ``unmask analyze`` of a chat file says that
both partners should agree before it is analysed, never covertly, and asks for an
acknowledgement; the answer is recorded per chat (the SHA-256 of the file, never its
name or content) in ``consent.json`` in the user's data folder, readable by the user
only (0600). ``--i-have-consent`` records it without the question (scripts); a run
that cannot ask (no terminal) and has no flag stops with :class:`ConsentError`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from unmask.errors import InputError, UsageError

#: where the record lives: ``$UNMASK_DATA_DIR`` if set, else the user's data folder
ENV_VAR = "UNMASK_DATA_DIR"
FILE_NAME = "consent.json"

STATEMENT = {
    "en": (
        "Before you analyse a shared chat: both of you should know about it and agree.\n"
        "A chat holds your partner's words as well as yours. Reading them with a tool\n"
        "behind their back is surveillance, and unmask is not made for that. Agree\n"
        "together first, and decide together who sees the report.\n"
        "If asking your partner would not be safe, do not ask and do not run this\n"
        "together: talk to a domestic-violence service instead (docs/safety.md lists\n"
        "helplines; your local emergency number works in any danger)."
    ),
}
QUESTION = "Do both of you agree to this chat being analysed?"


class ConsentError(UsageError):
    """The chat has no recorded acknowledgement and none could be asked for."""

    code = "E210"


def data_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("unmask", appauthor=False))


def record_path() -> Path:
    return data_dir() / FILE_NAME


def chat_hash(path: Path) -> str:
    """SHA-256 of the chat file's bytes (read in blocks)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error}).") from None
    return digest.hexdigest()


def _read() -> dict[str, Any]:
    path = record_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"version": 1, "chats": {}}
    except (OSError, ValueError):
        raise ConsentError(
            f"{path} cannot be read as the consent record; move it away and run again."
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("chats"), dict):
        raise ConsentError(f"{path} is not a consent record; move it away and run again.")
    return data


def has_consent(digest: str) -> bool:
    return digest in _read()["chats"]


def record(digest: str, via: str) -> Path:
    """Record the acknowledgement of chat ``digest`` (file 0600, folder 0700)."""
    data = _read()
    data["chats"][digest] = {
        "acknowledged": datetime.now(UTC).isoformat(timespec="seconds"),
        "via": via,
    }
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{FILE_NAME}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
    with contextlib.suppress(OSError):  # Windows: no POSIX modes
        os.chmod(tmp, 0o600)
    tmp.replace(path)
    return path


def is_interactive() -> bool:
    """Whether a question can be asked (stdin and stdout are terminals)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def ensure_consent(
    chat: Path,
    flag: bool,
    *,
    say: Callable[[str], None],
    confirm: Callable[[str], bool],
    interactive: bool | None = None,
) -> str:
    """Make sure chat ``chat`` has a recorded acknowledgement; returns how ("recorded",
    "flag" or "prompt"). Raises :class:`ConsentError` when it cannot be had."""
    digest = chat_hash(chat)
    if has_consent(digest):
        return "recorded"
    if flag:
        record(digest, "flag")
        return "flag"
    if not (is_interactive() if interactive is None else interactive):
        raise ConsentError(
            f"{chat.name}: this chat has not been analysed here before, and both partners "
            "should agree before a shared chat is analysed. Run it once in a terminal to "
            "read why and answer, or add --i-have-consent if you both agreed (see "
            "docs/safety.md)."
        )
    say(STATEMENT["en"])
    if not confirm(QUESTION):
        raise ConsentError(
            f"{chat.name}: not analysed, since you did not confirm that both of you agree. "
            "Nothing was written."
        )
    record(digest, "prompt")
    return "prompt"
