"""The Chinese validity helpers: macro-F1 at equal class sizes and the repeated-text ceiling."""

from __future__ import annotations

import numpy as np
import pytest

from unmask_dev.validity.chinese import balanced_macro_f1, macro_f1, repeated_text_ceiling


def test_repeated_text_ceiling_takes_the_majority_label_of_each_repeated_text() -> None:
    texts = ["好", "好！", "好", "你劝劝他", "你劝劝他", "我走了", "放下"]
    labels = [True, True, False, True, False, False, True]
    value, n = repeated_text_ceiling(texts, labels)
    # lines once only ("我走了", "放下") are left out; "好" x3 -> True, "你劝劝他" x2 -> True (tie)
    assert n == 5
    assert value == pytest.approx(macro_f1([True, True, False, True, False], [True] * 5))
    assert value < 1.0


def test_repeated_text_ceiling_is_perfect_when_labels_agree() -> None:
    value, n = repeated_text_ceiling(["嗯", "嗯。", "滚", "滚"], [False, False, True, True])
    assert (value, n) == (1.0, 4)


def test_balanced_macro_f1_does_not_reward_the_base_rate() -> None:
    y = [True] * 9 + [False]
    always = [True] * 10
    assert macro_f1(y, always) > 0.4
    assert balanced_macro_f1(y, always) < macro_f1(y, always)


def test_agreement_counts_lines_where_every_reader_agrees() -> None:
    from unmask_dev.zh_readers import agreement

    labels = [True, True, False, True, False]
    a = np.array([True, False, False, True, False])
    b = np.array([True, False, True, True, False])
    found = agreement(labels, [a, b])
    assert found["all_yes"] == (2, 1.0)  # lines 0 and 3
    assert found["all_no"] == (2, 0.5)  # lines 1 and 4: one labelled positive
    assert found["all"] == (5, 0.6)


def test_our_posts_load_in_two_fixed_halves() -> None:
    from unmask_dev import zh_posts

    posts = zh_posts.load()
    assert len(posts) >= 150
    assert len({p.id for p in posts}) == len(posts)
    assert 0.4 <= sum(p.emotional for p in posts) / len(posts) <= 0.6
    tune, report = zh_posts.select("tune"), zh_posts.select("report")
    assert len(tune) + len(report) == len(posts)
    assert {p.id for p in tune}.isdisjoint(p.id for p in report)
    # each half holds both classes and the platform's formats
    for half in (tune, report):
        assert {p.emotional for p in half} == {True, False}
        assert {"repost", "emoticon", "plain"} <= {p.format for p in half}
    assert {p.format for p in posts} >= {"repost", "reply", "emoticon", "slang", "news", "ad"}


def test_training_posts_load_in_two_fixed_parts_apart_from_the_check() -> None:
    from unmask_dev import zh_posts

    posts = zh_posts.load_training()
    assert len(posts) >= 800
    assert len({p.id for p in posts}) == len(posts)
    assert len({p.text for p in posts}) == len(posts)
    assert 0.45 <= sum(p.emotional for p in posts) / len(posts) <= 0.55
    train, dev = zh_posts.load_training("train"), zh_posts.load_training("dev")
    assert len(train) + len(dev) == len(posts)
    assert {p.id for p in train}.isdisjoint(p.id for p in dev)
    assert 0.65 <= len(train) / len(posts) <= 0.85
    for part in (train, dev):
        assert {p.emotional for p in part} == {True, False}
    # the format check is never trained on: no post of it is in the training set
    assert {p.text for p in zh_posts.load()}.isdisjoint(p.text for p in posts)
    # punctuation alone does not decide: both classes hold posts with "！" and emoticon codes
    for label in (True, False):
        texts = [p.text for p in posts if p.emotional == label]
        assert sum("！" in t or "!" in t for t in texts) >= 30
        assert sum("[" in t and "]" in t for t in texts) >= 20


def test_posts_rows_say_they_are_a_format_check() -> None:
    from unmask_dev.validity.chinese import posts_rows

    rows = posts_rows()
    assert [r.n for r in rows] == [70, 84]
    assert "not a measure of accuracy" in rows[0].note
    assert rows[0].target == "" and rows[0].met is None
    assert rows[0].value is not None and rows[0].value >= 0.9
