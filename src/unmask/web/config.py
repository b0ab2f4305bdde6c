"""What one running web app is configured with (all defaults are the safe ones)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from unmask.consent import data_dir

#: host names a loopback app answers to (the Host header, port ignored)
LOOPBACK_HOSTS: frozenset[str] = frozenset({"127.0.0.1", "localhost", "::1"})
#: the largest chat export accepted by upload (bytes); larger ones get 413
DEFAULT_MAX_UPLOAD = 512 * 1024 * 1024


def is_loopback(host: str) -> bool:
    return host.strip("[]") in LOOPBACK_HOSTS


@dataclass(frozen=True)
class WebConfig:
    """Where the data lives and what the app accepts.

    ``data_dir``: the CLI's data folder (``$UNMASK_DATA_DIR`` or the user's data folder);
    the store is the CLI's store (``unmask.db`` there, or ``$UNMASK_DB``).
    ``allowed_hosts``: Host-header names accepted besides loopback (``--host``).
    """

    data_dir: Path = field(default_factory=data_dir)
    allowed_hosts: frozenset[str] = LOOPBACK_HOSTS
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD
    #: failed passphrase attempts per partner allowed in ``attempt_window_s``
    max_attempts: int = 5
    attempt_window_s: float = 300.0
    #: an unlocked partner is locked again after this long without a request
    unlock_idle_s: float = 30 * 60.0
    #: analyses run at the same time (the rest queue)
    workers: int = 2
    #: the model layer of the signals (False: lexicons only, as ``unmask analyze --no-model``)
    model: bool = True

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "web-reports"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "web-uploads"
