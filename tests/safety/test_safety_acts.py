"""The acts x targets x phrasings training data (unmask_dev.safety_acts, h-safety22): every
act has every phrasing in both languages with a twin of the same phrasing, twins reuse the
targets, the kinds are known, the output is deterministic, and nothing shares a five-word or
five-character run with rounds eighteen to twenty-two (the held-out tests)."""

from __future__ import annotations

from unmask_dev import safety_acts as sa
from unmask_dev import safety_probes as probes
from unmask_dev.overlap import is_zh, runs
from unmask_dev.safety_kinds import KINDS


def test_the_output_is_deterministic_and_controlling_and_twins_never_meet() -> None:
    assert sa._build() == (sa.ACTS_KINDS, sa.ACTS_SAFE)
    assert len(set(sa.ACTS)) == len(sa.ACTS)
    assert not set(sa.ACTS) & set(sa.ACTS_SAFE)
    assert {k for k, _ in sa.ACTS_KINDS} <= set(KINDS)


def test_every_act_has_every_phrasing_and_a_twin_for_each_template_in_both_languages() -> None:
    for acts in (sa.EN_ACTS, sa.ZH_ACTS):
        assert set(acts) == {"monitoring", "money", "people", "stakes", "abilities", "rivals"}
        for _, targets, control, twin in acts.values():
            assert set(control) == set(twin) == set(sa.PHRASINGS)
            for phrasing in sa.PHRASINGS:
                assert len(control[phrasing]) == len(twin[phrasing]) >= 1
                assert all("{t}" in t for t in (*control[phrasing], *twin[phrasing]))
            assert len(targets) >= sa.PER_TEMPLATE
    for zh in (False, True):
        kinds = {k for k, t in sa.ACTS_KINDS if is_zh(t) == zh}
        assert kinds == {"monitoring", "isolation", "threat", "degradation", "jealousy"}
        assert sum(is_zh(t) == zh for t in sa.ACTS_SAFE) >= 100


def test_jealous_but_respectful_and_caring_twins_are_kept_as_twins() -> None:
    en = " ".join(sa.ACTS_SAFE).lower()
    for words in ("i trust you", "can we talk", "i'm proud of you", "have fun"):
        assert words in en, words
    zh = "".join(t for t in sa.ACTS_SAFE if is_zh(t))
    for words in ("我信你", "能聊聊吗", "我为你骄傲", "玩得开心"):
        assert words in zh, words


def test_nothing_shares_a_run_with_rounds_eighteen_to_twenty_two() -> None:
    held = set()
    for n in range(18, 23):
        for t in (*getattr(probes, f"ROUND{n}"), *getattr(probes, f"ROUND{n}_SAFE")):
            held |= runs(t)
    assert [t for t in (*sa.ACTS, *sa.ACTS_SAFE) if runs(t) & held] == []
