"""The broader safety training set (``unmask_dev.safety_train_set``): its size, kinds and
languages, and that it stays apart from every probe round and from round seventeen's words."""

from __future__ import annotations

from unmask_dev import safety_probes as probes
from unmask_dev import safety_train_set as ts
from unmask_dev.overlap import is_zh, runs
from unmask_dev.safety_kinds import KINDS, SAFETY_KINDS


def test_each_language_has_150_controlling_messages_of_every_kind_and_as_many_twins() -> None:
    assert {k for k, _ in ts.TRAIN_KINDS} <= set(KINDS)
    for zh in (False, True):
        pairs = [(k, t) for k, t in ts.TRAIN_KINDS if is_zh(t) == zh]
        twins = [t for t in ts.TRAIN_SAFE if is_zh(t) == zh]
        assert len(pairs) >= 150
        assert len(twins) >= len(pairs)
        assert {k for k, _ in pairs} == set(KINDS)
        assert min(sum(k == kind for k, _ in pairs) for kind in KINDS) >= 15


def test_no_message_repeats_or_is_already_a_probe() -> None:
    texts = [*ts.TRAIN, *ts.TRAIN_SAFE]
    assert len(set(texts)) == len(texts)
    probe_texts = {
        t
        for name in dir(probes)
        if name.isupper()
        for t in getattr(probes, name)
        if isinstance(t, str)
    }
    assert probe_texts & set(texts) == set()
    assert set(SAFETY_KINDS) & set(texts) == set()


def test_no_message_shares_five_words_or_characters_with_round_seventeen() -> None:
    seventeen = set().union(*(runs(t) for t in (*probes.ROUND17, *probes.ROUND17_SAFE)))
    assert [t for t in (*ts.TRAIN, *ts.TRAIN_SAFE) if runs(t) & seventeen] == []


def test_the_run_check_catches_a_shared_run() -> None:
    assert runs("so who's the guy who liked") & runs("who's the guy who liked it")
    assert runs("他今天又喝酒了") & runs("他今天又喝酒了吗")
    assert not runs("你好") and not runs("only four words here")
