"""The clause-by-clause reading and the writer-bound twins of h-safety18 (dev variants,
nothing shipped): how messages are cut, that a clause can only raise a message's reading,
that the fresh round is never read by default, and how a rule is turned to bind the writer."""

from __future__ import annotations

import numpy as np

from unmask.signals import safety_model as sm
from unmask_dev import safety_clause as sc
from unmask_dev import safety_rate
from unmask_dev.train_safety import BIND_KINDS, bound_to_writer


def test_a_message_is_cut_into_clauses_long_enough_to_read() -> None:
    assert sc.clauses("今晚早点回来，路上小心", "zh") == ["今晚早点回来", "路上小心"]
    assert sc.clauses("好的，明天见", "zh") == []  # both too short to read alone
    assert sc.clauses("周末一起去看电影吧", "zh") == []  # one clause: the whole is read
    assert sc.clauses("ok. see you at the station at six", "en") == [
        "see you at the station at six"
    ]


def test_a_clause_replaces_the_whole_only_where_it_reads_higher() -> None:
    texts = ["宝贝我很爱你，可是你的手机每天晚上必须交给我检查", "周末一起去看电影吧"]
    whole = sm.predict(texts, "zh")
    read = sc.clause_probs(texts, whole, "zh")
    best = min([whole[0], *sm.predict(sc.clauses(texts[0], "zh"), "zh")], key=lambda r: r[0])
    assert np.allclose(read[0], best) and np.allclose(read[1], whole[1])
    assert (read[:, 0] <= whole[:, 0]).all()


def test_the_fresh_round_is_not_read_by_default() -> None:
    assert "ROUND21" not in sc.ROUNDS and "ROUND21" not in safety_rate.ROUNDS
    assert "ROUND22" not in sc.ROUNDS and "ROUND22" not in safety_rate.ROUNDS


def test_a_rule_on_the_partner_is_turned_to_bind_the_writer() -> None:
    assert bound_to_writer("You're not going out, give me your phone", "en") == (
        "i'm not going out, give me my phone"
    )
    assert bound_to_writer("ur friends can wait, u stay", "en") == "my friends can wait, i stay"
    assert bound_to_writer("youth club tonight", "en") == "youth club tonight"
    assert bound_to_writer("你今天不准出门", "zh") == "我今天不准出门"
    assert "fear" not in BIND_KINDS and "remorse" not in BIND_KINDS
