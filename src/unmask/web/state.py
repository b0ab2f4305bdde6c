"""Server-side browser sessions and the passphrase rate limit (memory only, never on disk).

A session is a random cookie value naming a :class:`Session`: its CSRF token, the chosen
language, and at most one unlocked partner (their key, kept in memory only, dropped when
the partner locks, after ``unlock_idle_s`` without a request, or when the app stops).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from unmask.store import Unlocked

Clock = Callable[[], float]


@dataclass
class Session:
    id: str
    csrf: str
    lang: str = "en"
    who: Unlocked | None = None
    seen: float = 0.0
    #: a short message shown once on the next page (never message text)
    flash: str | None = None
    #: guess-round mode of the questionnaire
    extras: dict[str, str] = field(default_factory=dict)


class Sessions:
    """All open browser sessions (thread-safe; the jobs run in threads)."""

    def __init__(self, idle_s: float, clock: Clock = time.monotonic, limit: int = 10_000) -> None:
        self._idle_s = idle_s
        self._clock = clock
        self._limit = limit
        self._lock = threading.Lock()
        self._items: dict[str, Session] = {}

    def get(self, session_id: str | None) -> Session | None:
        now = self._clock()
        with self._lock:
            session = self._items.get(session_id or "")
            if session is None:
                return None
            if session.who is not None and now - session.seen > self._idle_s:
                session.who = None  # idle: the key is dropped
            session.seen = now
            return session

    def new(self, lang: str = "en") -> Session:
        with self._lock:
            if len(self._items) >= self._limit:  # the oldest go first
                for key, _ in sorted(self._items.items(), key=lambda kv: kv[1].seen)[:100]:
                    del self._items[key]
            session = Session(
                secrets.token_urlsafe(32), secrets.token_urlsafe(32), lang, seen=self._clock()
            )
            self._items[session.id] = session
            return session

    def clear(self) -> None:
        """Forget every session and every unlocked key (delete everything)."""
        with self._lock:
            for session in self._items.values():
                session.who = None
            self._items.clear()


class RateLimit:
    """At most ``attempts`` failed passphrases per key in ``window_s`` seconds."""

    def __init__(self, attempts: int, window_s: float, clock: Clock = time.monotonic) -> None:
        self._attempts = attempts
        self._window = window_s
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[tuple[str, ...], list[float]] = {}

    def _recent(self, key: tuple[str, ...]) -> list[float]:
        now = self._clock()
        times = [t for t in self._failures.get(key, []) if now - t < self._window]
        self._failures[key] = times
        return times

    def wait_s(self, key: tuple[str, ...]) -> float:
        """Seconds until another attempt is allowed (0: allowed now)."""
        with self._lock:
            times = self._recent(key)
            if len(times) < self._attempts:
                return 0.0
            return max(0.0, self._window - (self._clock() - times[0]))

    def failed(self, key: tuple[str, ...]) -> None:
        with self._lock:
            self._recent(key).append(self._clock())

    def succeeded(self, key: tuple[str, ...]) -> None:
        with self._lock:
            self._failures.pop(key, None)
