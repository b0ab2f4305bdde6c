"""The composed frame x domain training data (unmask_dev.safety_compose, h-safety13): every
frame meets every domain in both languages, twins reuse the same domain and frame words,
the output is deterministic, and nothing shares a five-word or five-character run with
round eighteen or nineteen, the clean tests."""

from __future__ import annotations

import re

import pytest

from unmask_dev import safety_compose as sc
from unmask_dev import safety_probes as probes
from unmask_dev.overlap import is_zh, runs
from unmask_dev.safety_kinds import KINDS


def test_the_output_is_deterministic_and_has_no_duplicates() -> None:
    assert sc.controlling() == sc.COMPOSED_KINDS
    assert sc.twins() == sc.COMPOSED_SAFE
    assert len(set(sc.COMPOSED)) == len(sc.COMPOSED)
    assert len(set(sc.COMPOSED_SAFE)) == len(sc.COMPOSED_SAFE)
    assert not set(sc.COMPOSED) & set(sc.COMPOSED_SAFE)


def test_every_language_has_every_domain_and_frame_and_the_kinds_are_known() -> None:
    assert {k for k, _ in sc.COMPOSED_KINDS} <= set(KINDS)
    for zh, domains in ((False, sc.EN_DOMAINS), (True, sc.ZH_DOMAINS)):
        texts = [t for t in sc.COMPOSED if is_zh(t) == zh]
        frames = len(sc.ZH_FORBID if zh else sc.EN_FORBID)
        frames += len(sc.ZH_DEMAND if zh else sc.EN_DEMAND)
        frames += len(sc.ZH_THREAT if zh else sc.EN_THREAT)
        assert len(texts) >= len(domains) * frames
        for _, kept, demanded in domains.values():
            assert any(any(p in t for p in (*kept, *demanded)) for t in texts)
        kinds = {k for k, t in sc.COMPOSED_KINDS if is_zh(t) == zh}
        assert {"threat", "monitoring", "isolation", "jealousy", "fear"} <= kinds
        assert sum(is_zh(t) == zh for t in sc.COMPOSED_SAFE) >= 40


def test_a_frame_word_and_a_domain_word_each_occur_in_twins() -> None:
    en_twins = " ".join(t.lower() for t in sc.COMPOSED_SAFE if not is_zh(t))
    zh_twins = "".join(t for t in sc.COMPOSED_SAFE if is_zh(t))
    for word in ("from now on", "not allowed", "the rule is", "i decide", "won't let me"):
        assert word in en_twins, word
    for word in ("从今天开始", "不许", "必须", "以后每天都要", "试试", "不让我", "逼我"):
        assert word in zh_twins, word
    for word in ("location", "password", "receipt", "salary", "sister", "promotion"):
        assert word in en_twins, word
    for word in ("位置", "密码", "小票", "工资", "你姐", "升职"):
        assert word in zh_twins, word


def test_fear_lines_are_the_other_partners_voice_about_a_third_person() -> None:
    fear = [t for k, t in sc.COMPOSED_KINDS if k == "fear"]
    assert fear
    for t in fear:
        if is_zh(t):
            assert re.search("[他她]", t) and "你" not in t, t
        else:
            assert re.search(r"\b(?:he|she|they)\b", t.lower()), t
            assert not re.search(r"\b(?:you|your|u|ur)\b", t.lower()), t


def test_nothing_shares_a_run_with_round_eighteen_or_repeats_a_probe() -> None:
    eighteen = set().union(*(runs(t) for t in (*probes.ROUND18, *probes.ROUND18_SAFE)))
    composed = (*sc.COMPOSED, *sc.COMPOSED_SAFE)
    assert [t for t in composed if runs(t) & eighteen] == []
    probe_texts = {
        t
        for name in dir(probes)
        if name.isupper()
        for t in getattr(probes, name)
        if isinstance(t, str)
    }
    assert probe_texts & set(composed) == set()


def test_nothing_shares_a_run_with_round_nineteen() -> None:
    nineteen = set().union(*(runs(t) for t in (*probes.ROUND19, *probes.ROUND19_SAFE)))
    composed = (*sc.COMPOSED, *sc.COMPOSED_SAFE)
    assert [t for t in composed if runs(t) & nineteen] == []


def test_no_training_set_shares_a_run_with_round_twenty() -> None:
    from unmask_dev import train_safety as ts

    twenty = set().union(*(runs(t) for t in (*probes.ROUND20, *probes.ROUND20_SAFE)))
    trained = {t for texts in (*ts.ROUNDS.values(), *ts.TWINS.values()) for t in texts}
    assert trained and [t for t in sorted(trained) if runs(t) & twenty] == []


def test_no_training_set_shares_a_run_with_round_twenty_one() -> None:
    from unmask_dev import train_safety as ts

    fresh = set().union(*(runs(t) for t in (*probes.ROUND21, *probes.ROUND21_SAFE)))
    trained = {t for texts in (*ts.ROUNDS.values(), *ts.TWINS.values()) for t in texts}
    assert trained and [t for t in sorted(trained) if runs(t) & fresh] == []


def test_round_twenty_two_shares_no_run_with_a_training_set_or_an_earlier_round() -> None:
    from unmask_dev import train_safety as ts

    fresh = set().union(*(runs(t) for t in (*probes.ROUND22, *probes.ROUND22_SAFE)))
    trained = {t for texts in (*ts.ROUNDS.values(), *ts.TWINS.values()) for t in texts}
    earlier = {
        x[1] if isinstance(x, tuple) else x
        for name in dir(probes)
        if name.isupper()
        and not name.startswith("ROUND22")
        and isinstance(getattr(probes, name), tuple)
        for x in getattr(probes, name)
    }
    assert trained and earlier
    assert [t for t in sorted(trained | earlier) if runs(t) & fresh] == []


@pytest.mark.parametrize(
    "name",
    [
        "ROUND23",
        "ROUND24",
        "ROUND25",
        "ROUND26",
        "ROUND27",
        "ROUND28",
        "ROUND29",
        "ROUND30",
        "ROUND31",
        "ROUND32",
        "ROUND33",
        "ROUND34",
        "ROUND35",
        "ROUND36",
        "ROUND37",
        "ROUND38",
        "ROUND39",
        "ROUND40",
        "ROUND41",
        "ROUND42",
    ],
)
def test_a_fresh_round_shares_no_run_with_a_training_set_the_acts_or_an_earlier_round(
    name: str,
) -> None:
    """Rounds twenty-three on were written after the acts set (unmask_dev.safety_acts): none
    of their messages or twins shares a five-word or five-character run with it, a training
    set or any other round."""
    from unmask_dev import safety_acts
    from unmask_dev import train_safety as ts

    mine = (*getattr(probes, name), *getattr(probes, f"{name}_SAFE"))
    fresh = set().union(*(runs(t) for t in mine))
    trained = {t for texts in (*ts.ROUNDS.values(), *ts.TWINS.values()) for t in texts}
    acts = {*safety_acts.ACTS, *safety_acts.ACTS_SAFE}
    earlier = {
        x[1] if isinstance(x, tuple) else x
        for other in dir(probes)
        if other.isupper()
        and not other.startswith(name)
        and isinstance(getattr(probes, other), tuple)
        for x in getattr(probes, other)
    }
    assert fresh and trained and earlier and acts
    assert [t for t in sorted(trained | earlier | acts) if runs(t) & fresh] == []


def test_the_varied_training_pairs_share_no_run_with_any_round() -> None:
    """h-safety32's varied English pairs (training data, written after round thirty): each a
    controlling line of a safety kind and a calm twin, English only, and no five-word run
    shared with any written round or its twins (round thirty's included), so a round left out
    of a fit is not read through a paraphrase of it."""
    from unmask_dev import train_safety as ts

    pairs = ts.varied_pairs()
    assert len(pairs) >= 90
    assert {k for k, _, _ in pairs} == {"threat", "monitoring", "isolation", "degradation"}
    assert {k for k, _, _ in pairs} <= set(KINDS)
    texts = [t for _, c, w in pairs for t in (c, w)]
    assert not any(is_zh(t) for t in texts) and len(set(texts)) == len(texts)
    rounds = {
        x[1] if isinstance(x, tuple) else x
        for name in dir(probes)
        if name.isupper() and isinstance(getattr(probes, name), tuple)
        for x in getattr(probes, name)
    }
    assert any(t in rounds for t in probes.ROUND30_SAFE)
    seen = set().union(*(runs(t) for t in rounds if isinstance(t, str)))
    assert [t for t in texts if runs(t) & seen] == []


def test_round_twenty_three_has_round_twenty_twos_shape() -> None:
    kinds = [k for k, _ in probes.ROUND23_KINDS]
    for zh in (False, True):
        mine = [k for k, t in probes.ROUND23_KINDS if is_zh(t) == zh]
        assert len(mine) == 20
        for kind, count in (("monitoring", 4), ("threat", 3), ("isolation", 3), ("fear", 2)):
            assert mine.count(kind) == count, (zh, kind)
        assert sum(is_zh(t) == zh for t in probes.ROUND23_SAFE) == 20
    assert set(kinds) <= set(KINDS)
    assert not set(probes.ROUND23) & set(probes.ROUND23_SAFE)


@pytest.mark.parametrize("name", ["ROUND24", "ROUND25", "ROUND26"])
def test_rounds_twenty_four_on_have_round_twenty_threes_shape(name: str) -> None:
    pairs = getattr(probes, f"{name}_KINDS")
    safe = getattr(probes, f"{name}_SAFE")
    kinds = [k for k, _ in pairs]
    for zh in (False, True):
        mine = [k for k, t in pairs if is_zh(t) == zh]
        assert len(mine) == 20
        for kind, count in (
            ("monitoring", 4),
            ("threat", 3),
            ("isolation", 3),
            ("degradation", 3),
            ("jealousy", 3),
            ("fear", 2),
            ("remorse", 2),
        ):
            assert mine.count(kind) == count, (zh, kind)
        assert sum(is_zh(t) == zh for t in safe) == 20
    assert set(kinds) <= set(KINDS)
    assert not set(getattr(probes, name)) & set(safe)


def test_the_run_check_catches_a_shared_run() -> None:
    assert runs("you're not allowed to see") & runs("so you're not allowed to see them")
    assert runs("不准跟你朋友出去") & runs("以后不准跟你朋友出去")
