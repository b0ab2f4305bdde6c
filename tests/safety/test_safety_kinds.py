"""The dev kind labels cover every older controlling probe, with a documented kind."""

from __future__ import annotations

import pytest

from unmask_dev import safety_probes as probes
from unmask_dev.safety_kinds import KINDS, SAFETY_KINDS

OLDER = (
    probes.TUNED,
    probes.HELD_OUT,
    probes.ROUND4,
    probes.FRESH,
    probes.ROUND5,
    probes.ROUND6,
    probes.ROUND7,
    probes.ROUND8,
)


def test_every_older_controlling_probe_has_a_kind() -> None:
    missing = [t for texts in OLDER for t in texts if t not in SAFETY_KINDS]
    assert missing == []
    assert set(SAFETY_KINDS.values()) == set(KINDS)


def test_no_everyday_twin_and_no_round_nine_message_is_labelled() -> None:
    safe = (
        *probes.SAFE,
        *probes.FRESH_SAFE,
        *probes.FRESH_SAFE_2,
        *probes.ROUND5_SAFE,
        *probes.ROUND6_SAFE,
        *probes.ROUND7_SAFE,
        *probes.ROUND8_SAFE,
        *probes.ROUND9_SAFE,
        *probes.ROUND10_SAFE,
        *probes.ROUND11_SAFE,
    )
    assert [t for t in safe if t in SAFETY_KINDS] == []
    assert [t for t in probes.ROUND9 if t in SAFETY_KINDS] == []
    assert [t for t in probes.ROUND10 if t in SAFETY_KINDS] == []
    assert [t for t in probes.ROUND11 if t in SAFETY_KINDS] == []


def test_round_nine_has_twenty_messages_per_language_each_with_a_kind() -> None:
    zh = [t for t in probes.ROUND9 if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(probes.ROUND9) == 40
    assert {k for k, _ in probes.ROUND9_KINDS} == set(KINDS)


def test_round_ten_is_new_with_twenty_messages_per_language_each_with_a_kind() -> None:
    zh = [t for t in probes.ROUND10 if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(probes.ROUND10) == 40
    assert {k for k, _ in probes.ROUND10_KINDS} == set(KINDS)
    assert len(probes.ROUND10_SAFE) == 40
    older = {t for texts in (*OLDER, probes.ROUND9) for t in texts}
    assert [t for t in probes.ROUND10 if t in older] == []


def test_round_eleven_is_new_with_twenty_messages_per_language_each_with_a_kind() -> None:
    zh = [t for t in probes.ROUND11 if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(probes.ROUND11) == 40
    assert {k for k, _ in probes.ROUND11_KINDS} == set(KINDS)
    assert {k for k, t in probes.ROUND11_KINDS if t in zh} == set(KINDS)
    assert len(probes.ROUND11_SAFE) == 40
    older = {t for texts in (*OLDER, probes.ROUND9, probes.ROUND10) for t in texts}
    assert [t for t in probes.ROUND11 if t in older] == []
    twins = {t for texts in (probes.ROUND9_SAFE, probes.ROUND10_SAFE) for t in texts}
    assert [t for t in probes.ROUND11_SAFE if t in twins] == []


def test_round_twelve_is_new_with_twenty_messages_per_language_each_with_a_kind() -> None:
    zh = [t for t in probes.ROUND12 if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(probes.ROUND12) == 40
    assert {k for k, _ in probes.ROUND12_KINDS} == set(KINDS)
    assert {k for k, t in probes.ROUND12_KINDS if t in zh} == set(KINDS)
    assert len(probes.ROUND12_SAFE) == 40
    older = {t for texts in (*OLDER, probes.ROUND9, probes.ROUND10, probes.ROUND11) for t in texts}
    assert [t for t in probes.ROUND12 if t in older] == []
    twins = {
        t for texts in (probes.ROUND9_SAFE, probes.ROUND10_SAFE, probes.ROUND11_SAFE) for t in texts
    }
    assert [t for t in probes.ROUND12_SAFE if t in twins] == []
    assert [t for t in (*probes.ROUND12, *probes.ROUND12_SAFE) if t in SAFETY_KINDS] == []


def test_round_thirteen_is_new_with_twenty_messages_per_language_each_with_a_kind() -> None:
    zh = [t for t in probes.ROUND13 if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(probes.ROUND13) == 40
    assert {k for k, _ in probes.ROUND13_KINDS} == set(KINDS)
    assert {k for k, t in probes.ROUND13_KINDS if t in zh} == set(KINDS)
    assert len(probes.ROUND13_SAFE) == 40
    rounds = (probes.ROUND9, probes.ROUND10, probes.ROUND11, probes.ROUND12)
    older = {t for texts in (*OLDER, *rounds) for t in texts}
    assert [t for t in probes.ROUND13 if t in older] == []
    twins = {
        t
        for texts in (probes.ROUND9_SAFE, probes.ROUND10_SAFE, probes.ROUND11_SAFE)
        for t in (*texts, *probes.ROUND12_SAFE)
    }
    assert [t for t in probes.ROUND13_SAFE if t in twins] == []
    assert [t for t in (*probes.ROUND13, *probes.ROUND13_SAFE) if t in SAFETY_KINDS] == []


def test_round_fourteen_is_new_with_twenty_messages_per_language_each_with_a_kind() -> None:
    zh = [t for t in probes.ROUND14 if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(probes.ROUND14) == 40
    assert {k for k, _ in probes.ROUND14_KINDS} == set(KINDS)
    assert {k for k, t in probes.ROUND14_KINDS if t in zh} == set(KINDS)
    assert len(probes.ROUND14_SAFE) == 40
    rounds = (probes.ROUND9, probes.ROUND10, probes.ROUND11, probes.ROUND12, probes.ROUND13)
    older = {t for texts in (*OLDER, *rounds) for t in texts}
    assert [t for t in probes.ROUND14 if t in older] == []
    twins = {
        t
        for texts in (probes.ROUND9_SAFE, probes.ROUND10_SAFE, probes.ROUND11_SAFE)
        for t in (*texts, *probes.ROUND12_SAFE, *probes.ROUND13_SAFE)
    }
    assert [t for t in probes.ROUND14_SAFE if t in twins] == []
    assert [t for t in (*probes.ROUND14, *probes.ROUND14_SAFE) if t in SAFETY_KINDS] == []


def test_round_fifteen_is_new_with_twenty_messages_per_language_each_with_a_kind() -> None:
    zh = [t for t in probes.ROUND15 if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(probes.ROUND15) == 40
    assert {k for k, _ in probes.ROUND15_KINDS} == set(KINDS)
    assert {k for k, t in probes.ROUND15_KINDS if t in zh} == set(KINDS)
    assert len(probes.ROUND15_SAFE) == 40
    rounds = (probes.ROUND9, probes.ROUND10, probes.ROUND11, probes.ROUND12, probes.ROUND13)
    older = {t for texts in (*OLDER, *rounds, probes.ROUND14) for t in texts}
    assert [t for t in probes.ROUND15 if t in older] == []
    twins = {
        t
        for texts in (probes.ROUND9_SAFE, probes.ROUND10_SAFE, probes.ROUND11_SAFE)
        for t in (*texts, *probes.ROUND12_SAFE, *probes.ROUND13_SAFE, *probes.ROUND14_SAFE)
    }
    assert [t for t in probes.ROUND15_SAFE if t in twins] == []
    assert [t for t in (*probes.ROUND15, *probes.ROUND15_SAFE) if t in SAFETY_KINDS] == []


def test_round_sixteen_is_new_with_twenty_messages_per_language_each_with_a_kind() -> None:
    zh = [t for t in probes.ROUND16 if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(probes.ROUND16) == 40
    assert {k for k, _ in probes.ROUND16_KINDS} == set(KINDS)
    assert {k for k, t in probes.ROUND16_KINDS if t in zh} == set(KINDS)
    assert len(probes.ROUND16_SAFE) == 40
    rounds = (probes.ROUND9, probes.ROUND10, probes.ROUND11, probes.ROUND12, probes.ROUND13)
    older = {t for texts in (*OLDER, *rounds, probes.ROUND14, probes.ROUND15) for t in texts}
    assert [t for t in probes.ROUND16 if t in older] == []
    twins = {
        t
        for texts in (probes.ROUND9_SAFE, probes.ROUND10_SAFE, probes.ROUND11_SAFE)
        for t in (*texts, *probes.ROUND12_SAFE, *probes.ROUND13_SAFE, *probes.ROUND14_SAFE)
    } | set(probes.ROUND15_SAFE)
    assert [t for t in probes.ROUND16_SAFE if t in twins] == []
    assert [t for t in (*probes.ROUND16, *probes.ROUND16_SAFE) if t in SAFETY_KINDS] == []


def test_round_seventeen_is_new_with_twenty_messages_per_language_each_with_a_kind() -> None:
    zh = [t for t in probes.ROUND17 if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(probes.ROUND17) == 40
    assert {k for k, _ in probes.ROUND17_KINDS} == set(KINDS)
    assert {k for k, t in probes.ROUND17_KINDS if t in zh} == set(KINDS)
    assert len(probes.ROUND17_SAFE) == 40
    rounds = (probes.ROUND9, probes.ROUND10, probes.ROUND11, probes.ROUND12, probes.ROUND13)
    older = {
        t
        for texts in (*OLDER, *rounds, probes.ROUND14, probes.ROUND15, probes.ROUND16)
        for t in texts
    }
    assert [t for t in probes.ROUND17 if t in older] == []
    twins = (
        {
            t
            for texts in (probes.ROUND9_SAFE, probes.ROUND10_SAFE, probes.ROUND11_SAFE)
            for t in (*texts, *probes.ROUND12_SAFE, *probes.ROUND13_SAFE, *probes.ROUND14_SAFE)
        }
        | set(probes.ROUND15_SAFE)
        | set(probes.ROUND16_SAFE)
    )
    assert [t for t in probes.ROUND17_SAFE if t in twins] == []
    assert [t for t in (*probes.ROUND17, *probes.ROUND17_SAFE) if t in SAFETY_KINDS] == []


@pytest.mark.parametrize("n", [18, 19, 20, 21])
def test_a_fresh_round_is_new_with_twenty_messages_per_language_each_with_a_kind(n: int) -> None:
    name = f"ROUND{n}"
    messages, safe = getattr(probes, name), getattr(probes, f"{name}_SAFE")
    kinds = getattr(probes, f"{name}_KINDS")
    zh = [t for t in messages if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(zh) == 20 and len(messages) == 40
    assert {k for k, _ in kinds} == set(KINDS)
    assert {k for k, t in kinds if t in zh} == set(KINDS)
    assert len(safe) == 40
    older = {
        t
        for other in dir(probes)
        if other.isupper() and not other.startswith(name)
        for t in getattr(probes, other)
        if isinstance(t, str)
    }
    assert [t for t in (*messages, *safe) if t in older] == []
    assert len(set(messages)) == 40 and len(set(safe)) == 40
    assert [t for t in (*messages, *safe) if t in SAFETY_KINDS] == []
