"""h-safety51's weak pairs (``train_safety.weak_pairs``, ``--weak-pos`` / ``--weak-calm``):
English training data written before any figure of its session, each a weak-control line (the
other's deed questioned) and a calm twin (the writer's own deed, confessed or owned; a tease).
They are off by default, every line's kind is a control kind, and no line shares a five-word run
with the weak test's lines, a couple round, a safety round or another training set."""

from __future__ import annotations

import pytest

from unmask_dev import couple_round
from unmask_dev import safety_probes as probes
from unmask_dev import train_safety as ts
from unmask_dev.overlap import is_zh, runs

#: tests/safety/test_weak_control.py's English weak lines (never trained on)
WEAK_TEST = (
    "who said you could spend that much",
    "I don't like you seeing her so often",
    "you don't need to go to that party",
)


def test_the_pairs_are_english_control_and_off_by_default() -> None:
    pairs = ts.weak_pairs()
    assert len(pairs) == 32
    assert {k for k, _, _ in pairs} <= {"monitoring", "isolation", "jealousy"}
    assert not any(is_zh(t) for _, c, w in pairs for t in (c, w))
    assert "weak_pos" not in ts.SETTINGS and "weak_calm" not in ts.SETTINGS


def test_the_pairs_share_no_run_with_the_weak_test_a_round_or_a_training_set() -> None:
    other: set[str] = set(WEAK_TEST)
    for path in couple_round.PATHS:
        other |= {m.text for m in couple_round.load(path)}
    for n in range(18, max(ts.LATER_ROUNDS) + 1):
        other |= set(getattr(probes, f"ROUND{n}")) | set(getattr(probes, f"ROUND{n}_SAFE"))
    for texts in (*ts.ROUNDS.values(), *ts.TWINS.values()):
        other |= set(texts)
    other |= {t for _, c, w in ts.varied_pairs() for t in (c, w)}
    seen = set().union(*(runs(t) for t in other))
    mine = [t for _, c, w in ts.weak_pairs() for t in (c, w)]
    assert [t for t in mine if runs(t) & seen or t in other] == []


def test_the_pairs_join_the_fit_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--weak-pos 1 --weak-calm 5``: the controlling lines at a probe's weight (weak control's
    kind weighed as any positive), the twins at five times a twin's (the dialogue sets, CL-Aff
    and the synthetic chats left out here: they are not what is tested)."""
    for name in ("claff_texts", "dialogue_texts", "synth_texts"):
        monkeypatch.setattr(ts, name, lambda *a: [])
    assert not any(g in ("WEAKPAIRS", "twin:WEAKPAIRS") for g in ts.training_data("en").group)
    saved = dict(ts.SETTINGS)
    try:
        ts.SETTINGS.update(weak_pos=1.0, weak_calm=5.0)
        data = ts.training_data("en")
    finally:
        ts.SETTINGS.clear()
        ts.SETTINGS.update(saved)
    pos = [i for i, g in enumerate(data.group) if g == "WEAKPAIRS"]
    calm = [i for i, g in enumerate(data.group) if g == "twin:WEAKPAIRS"]
    assert len(pos) == len(calm) == 32
    assert all(data.y[i] > 0 for i in pos) and all(data.y[i] == 0 for i in calm)
    assert {float(data.weight[i]) for i in calm} == {ts.TWIN_WEIGHT * 5}
    weak = [i for i in pos if ts.WEAK_KIND.search(data.texts[i])]
    assert {float(data.weight[i]) for i in weak} == {ts.POSITIVE_WEIGHT["en"] * 10}
