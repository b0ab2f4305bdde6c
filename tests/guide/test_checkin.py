"""Check-ins: sealed per partner (the other partner's key cannot open them), and the
adaptation rules that move the plan up, keep it, or step it down."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from unmask.errors import AuthError, UsageError
from unmask.guide.checkin import (
    PRIVATE_KIND,
    RECORD,
    CheckIn,
    adapt,
    load_checkins,
    make_checkin,
    record_checkin,
    summarise,
)
from unmask.store import Store, Unlocked

NOTE = "I felt unheard when we talked about my sister"


def _entry(day: str, closeness: int, done: bool = True) -> CheckIn:
    return make_checkin(closeness, "calm", done, "", day)


def test_a_checkin_is_sealed_for_its_partner_only(db_path: Path) -> None:
    with Store(db_path) as store:
        ana = store.create_partner("c1", "Ana", "maple river lantern 42")
        ben = store.create_partner("c1", "Ben", "quiet copper orchard 7")
        record_checkin(store, ana, make_checkin(2, "lonely", False, NOTE, "2024-03-04"))
        record_checkin(store, ana, make_checkin(4, "hopeful", True, "", "2024-03-06"))
        entries = load_checkins(store, ana)
        assert [(e.day, e.closeness, e.feeling) for e in entries] == [
            ("2024-03-04", 2, "lonely"),
            ("2024-03-06", 4, "hopeful"),
        ]
        assert entries[0].note == NOTE
        assert load_checkins(store, ben) == []  # Ben has none of his own
        # Ben's key cannot open Ana's record, even when asked for it by name
        with pytest.raises(AuthError):
            store.load_private(Unlocked("c1", "Ana", ben.key), PRIVATE_KIND, RECORD)
        # a wrong passphrase does not unlock Ana at all
        with pytest.raises(AuthError):
            store.unlock("c1", "Ana", "quiet copper orchard 7")
    raw = db_path.read_bytes() + b"".join(
        p.read_bytes() for p in db_path.parent.glob("unmask.db-*")
    )
    assert NOTE.encode() not in raw and b"lonely" not in raw
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_forgetting_a_partner_removes_their_checkins(db_path: Path) -> None:
    with Store(db_path) as store:
        ana = store.create_partner("c1", "Ana", "maple river lantern 42")
        record_checkin(store, ana, _entry("2024-03-04", 3))
        assert store.forget_partner("c1", "Ana")
        ana = store.create_partner("c1", "Ana", "maple river lantern 42")
        assert load_checkins(store, ana) == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"closeness": 0}, "closeness"),
        ({"closeness": 6}, "closeness"),
        ({"feeling": "   "}, "feeling"),
        ({"feeling": "x" * 41}, "feeling"),
        ({"day": "4 March"}, "date"),
        ({"note": "n" * 2001}, "note"),
    ],
)
def test_bad_checkin_values_are_one_line_errors(kwargs: dict, field: str) -> None:
    values = {"closeness": 3, "feeling": "calm", "exercise_done": True, "note": "", "day": None}
    values.update(kwargs)
    with pytest.raises(UsageError, match=f"checkin: {field}"):
        make_checkin(**values)


def test_summary_counts_only_the_week() -> None:
    entries = [_entry("2024-03-01", 1, False), _entry("2024-03-05", 4), _entry("2024-03-07", 5)]
    week = summarise(entries, since="2024-03-04")
    assert week is not None
    assert (week.entries, week.closeness, week.first, week.last, week.done_share) == (
        2,
        4.5,
        4,
        5,
        1.0,
    )
    assert summarise(entries, since="2024-04-01") is None


def _week(*closeness: int, done: bool = True) -> object:
    return summarise([_entry(f"2024-03-0{i + 1}", c, done) for i, c in enumerate(closeness)])


def test_up_when_exercises_are_done_and_both_feel_close() -> None:
    assert adapt([_week(4, 4, 5), _week(3, 4)]) == ("up", "adapt.up")


def test_up_needs_everyone_who_checked_in() -> None:
    # one partner did not do the exercise: stay
    assert adapt([_week(4, 5), _week(4, 4, done=False)])[0] == "stay"
    # a partner who did not check in does not block it
    assert adapt([_week(4, 5), None])[0] == "up"


def test_down_when_someone_feels_distant_or_closeness_falls() -> None:
    assert adapt([_week(5, 5), _week(2, 2, 1)]) == ("down", "adapt.down")
    assert adapt([_week(5, 4, 3)])[0] == "down"  # fell by 2 over the week


def test_stay_otherwise_and_without_checkins() -> None:
    assert adapt([_week(3, 3), _week(3, 4)])[0] == "stay"  # not close enough yet
    assert adapt([_week(5, 4)])[0] == "stay"  # close, but falling a little
    assert adapt([None, None]) == ("stay", "adapt.none")
    assert adapt([]) == ("stay", "adapt.none")
