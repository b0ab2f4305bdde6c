"""Turns (runs) of the dyad columns: which signals a turn carries."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from unmask.dyad.columns import (
    DEPTH_SIGNALS,
    DyadColumns,
    Runs,
    _any_per_run,
    build_runs,
    rebuild_runs,
)
from unmask.dyad.safety import CONTROL_SIGNALS, FEAR_SIGNAL


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


def _random_cols(seed: int, n: int = 3_000, held: bool = False) -> DyadColumns:
    rng = np.random.default_rng(seed)
    names = [*DEPTH_SIGNALS, *CONTROL_SIGNALS, FEAR_SIGNAL, "bid", "responsiveness", "logistics"]
    return DyadColumns(
        held=rng.random(n) < 0.05 if held else None,
        row=np.arange(n, dtype=np.int64),
        who=(rng.random(n) < 0.5).astype(np.int8),
        time=np.arange(n, dtype=np.int64) * 60,
        month=np.arange(n, dtype=np.int64) // 500,
        session=np.cumsum(rng.random(n) < 0.05).astype(np.int64),
        is_text=rng.random(n) < 0.9,
        minimal=rng.random(n) < 0.3,
        flags={name: rng.random(n) < 0.15 for name in names},
    )


def _same_runs(got: Runs, want: Runs) -> None:
    for field in dataclasses.fields(Runs):
        a, b = getattr(got, field.name), getattr(want, field.name)
        if field.name == "any_flags":
            assert list(a) == list(b)
            for name in b:
                assert a[name].dtype == b[name].dtype and np.array_equal(a[name], b[name]), name
        elif a is None or b is None:  # held (h-gate): None where no message is held
            assert a is None and b is None, field.name
        else:
            assert a.dtype == b.dtype and np.array_equal(a, b), field.name


@pytest.mark.parametrize("held", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_runs_rebuilt_for_changed_depth_flags_are_the_runs_built_anew(
    seed: int, held: bool
) -> None:
    """Clearing depth flags on some messages (formulaic thanks): the runs worked out again
    for those flags alone are the runs :func:`build_runs` builds of the new columns, with
    a control or fear turn, or one the control gate holds (h-gate), still clearing the
    depth flags it carries."""
    cols = _random_cols(seed, held=held)
    runs = build_runs(cols)
    rng = np.random.default_rng(seed + 100)
    cleared = rng.random(len(cols)) < 0.2
    flags = dict(cols.flags)
    for name in DEPTH_SIGNALS:
        flags[name] = flags[name] & ~cleared
    changed = dataclasses.replace(cols, flags=flags)
    want = build_runs(changed)
    assert not all(np.array_equal(want.any_flags[k], runs.any_flags[k]) for k in DEPTH_SIGNALS)
    _same_runs(rebuild_runs(runs, changed, DEPTH_SIGNALS), want)


def test_runs_rebuilt_for_a_changed_control_flag_are_built_anew() -> None:
    """A control flag decides which depth flags a turn loses: changed, the runs are built
    again from the columns (the same runs as :func:`build_runs`)."""
    cols = _random_cols(7)
    runs = build_runs(cols)
    flags = dict(cols.flags)
    name = CONTROL_SIGNALS[0]
    flags[name] = ~flags[name]
    changed = dataclasses.replace(cols, flags=flags)
    _same_runs(rebuild_runs(runs, changed, (name, "affection")), build_runs(changed))
