"""Check-ins: a short private entry per partner, and how the plan adapts to them.

Each entry (how close one felt, on 1-5; one feeling named; whether the week's exercise
was done; a free note) is sealed under that partner's own key as a *private record* of
the store (:meth:`unmask.store.Store.save_private`, kind ``checkin``), exactly like the
private screening: the other partner's passphrase cannot open it, and no comparison,
report or export reads it.

The plan sees only :func:`adapt`'s result ("up", "stay" or "down"), computed from each
partner's own summary after that partner unlocked it:

* **up** when every partner who checked in since the week began did the exercise in at
  least half of their entries and felt close (mean closeness >= :data:`CLOSE_FROM`),
  with no drop over the week (the last entry not below the first);
* **down** when any partner felt distant (mean closeness <= :data:`DISTANT_UPTO`), or
  closeness fell by :data:`FALL` or more over the week;
* **stay** otherwise, and when nobody checked in.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date

from unmask.errors import AuthError, UsageError
from unmask.store import Store, Unlocked

PRIVATE_KIND = "checkin"
RECORD = "log"
CLOSENESS = (1, 5)
CLOSE_FROM = 3.5
DISTANT_UPTO = 2.0
FALL = 2
MAX_FEELING = 40
MAX_NOTE = 2000
FORMAT = "unmask-checkins"


@dataclass(frozen=True)
class CheckIn:
    """One partner's entry; ``day`` is an ISO date (YYYY-MM-DD)."""

    day: str
    closeness: int
    feeling: str
    exercise_done: bool
    note: str = ""


def make_checkin(
    closeness: int, feeling: str, exercise_done: bool, note: str = "", day: str | None = None
) -> CheckIn:
    """A checked entry; a bad value is a one-line :class:`UsageError`."""
    low, high = CLOSENESS
    if (
        isinstance(closeness, bool)
        or not isinstance(closeness, int)
        or not low <= closeness <= high
    ):
        raise UsageError(f"checkin: closeness must be a whole number from {low} to {high}")
    feeling = " ".join(feeling.split())
    if not feeling or len(feeling) > MAX_FEELING:
        raise UsageError(
            f"checkin: feeling must be one word or a few (1 to {MAX_FEELING} characters)"
        )
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise UsageError(f"checkin: note must be at most {MAX_NOTE} characters")
    when = day or date.today().isoformat()
    try:
        date.fromisoformat(when)
    except ValueError:
        raise UsageError(f"checkin: date must be YYYY-MM-DD, not {when!r}") from None
    return CheckIn(when, closeness, feeling, bool(exercise_done), note)


def _encode(entries: Sequence[CheckIn]) -> bytes:
    return json.dumps(
        {"format": FORMAT, "version": 1, "entries": [asdict(e) for e in entries]},
        ensure_ascii=False,
    ).encode("utf-8")


def _decode(data: bytes) -> list[CheckIn]:
    try:
        value = json.loads(data)
        return [
            CheckIn(
                str(e["day"]),
                int(e["closeness"]),
                str(e["feeling"]),
                bool(e["exercise_done"]),
                str(e.get("note", "")),
            )
            for e in value["entries"]
        ]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise AuthError("the stored check-ins decrypt but are damaged") from None


def load_checkins(store: Store, who: Unlocked) -> list[CheckIn]:
    """The partner's check-ins, oldest first (only their own key opens them)."""
    data = store.load_private(who, PRIVATE_KIND, RECORD)
    return [] if data is None else _decode(data)


def record_checkin(store: Store, who: Unlocked, entry: CheckIn) -> list[CheckIn]:
    """Add ``entry`` to the partner's sealed check-ins; returns them all, oldest first."""
    entries = load_checkins(store, who) + [entry]
    entries.sort(key=lambda e: e.day)  # stable: entries of one day keep their order
    store.save_private(who, PRIVATE_KIND, RECORD, _encode(entries))
    return entries


@dataclass(frozen=True)
class Summary:
    """One partner's check-ins of a week, reduced to what adaptation needs."""

    entries: int
    closeness: float
    first: int
    last: int
    done_share: float


def summarise(entries: Sequence[CheckIn], since: str | None = None) -> Summary | None:
    """The entries on or after ``since`` (ISO date), None when there are none."""
    week = [e for e in entries if since is None or e.day >= since]
    if not week:
        return None
    return Summary(
        len(week),
        sum(e.closeness for e in week) / len(week),
        week[0].closeness,
        week[-1].closeness,
        sum(e.exercise_done for e in week) / len(week),
    )


def adapt(summaries: Sequence[Summary | None]) -> tuple[str, str]:
    """("up" | "stay" | "down", the strings key saying why); see the module docstring."""
    present = [s for s in summaries if s is not None]
    if not present:
        return "stay", "adapt.none"
    if any(s.closeness <= DISTANT_UPTO or s.first - s.last >= FALL for s in present):
        return "down", "adapt.down"
    if all(
        s.done_share >= 0.5 and s.closeness >= CLOSE_FROM and s.last >= s.first for s in present
    ):
        return "up", "adapt.up"
    return "stay", "adapt.stay"
