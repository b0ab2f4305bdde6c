"""Turns (runs) of the dyad columns: which signals a turn carries."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.dyad.columns import DyadColumns, _any_per_run, build_runs


@pytest.mark.parametrize("n_flags", [1, 27, 64, 65, 130])
def test_flags_per_run_are_the_or_of_their_messages(n_flags: int) -> None:
    """Packed into the bits of one integer per message, OR-ed per run: the same booleans as
    ``np.logical_or.reduceat`` of each flag (also past 64 flags, in several integers)."""
    rng = np.random.default_rng(n_flags)
    n = 2_000
    flags = {f"signal{k}": rng.random(n) < rng.random() for k in range(n_flags)}
    start = np.flatnonzero(np.r_[True, rng.random(n - 1) < 0.4])
    got = _any_per_run(flags, start)
    assert list(got) == list(flags)
    for name, flag in flags.items():
        want = np.logical_or.reduceat(flag, start)
        assert got[name].dtype == np.bool_ and np.array_equal(got[name], want), name


def test_a_turn_carries_a_signal_when_one_of_its_messages_does() -> None:
    who = np.array([0, 0, 1, 1, 1, 0], dtype=np.int8)
    session = np.array([0, 0, 0, 0, 1, 1], dtype=np.int64)
    cols = DyadColumns(
        row=np.arange(6, dtype=np.int64),
        who=who,
        time=np.arange(6, dtype=np.int64) * 60,
        month=np.zeros(6, dtype=np.int64),
        session=session,
        is_text=np.ones(6, dtype=bool),
        minimal=np.array([True, True, False, True, True, False]),
        flags={
            "gratitude": np.array([False, True, False, False, False, False]),
            "affection": np.array([False, False, False, False, True, True]),
        },
    )
    runs = build_runs(cols)
    assert runs.start.tolist() == [0, 2, 4, 5]  # a new partner or a new session: a new turn
    assert runs.any_flags["gratitude"].tolist() == [True, False, False, False]
    assert runs.any_flags["affection"].tolist() == [False, False, True, True]
    assert runs.all_minimal.tolist() == [True, False, True, False]
