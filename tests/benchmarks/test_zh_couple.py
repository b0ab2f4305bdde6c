"""unmask_dev.zh_couple: the couple rounds' Chinese lines as a training source (h-zh13)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import model_zh, score_text
from unmask.signals.types import MESSAGE_SIGNALS
from unmask_dev import couple_round, zh_couple

EMO = "disclosure.emotional"


def _message(fire: str, ok: str, text: str) -> couple_round.Message:
    return couple_round.Message(
        "test",
        text,
        couple_round._names(fire, text),
        couple_round._names(ok, text),
    )


def test_labels_follow_fire_ok_and_must_not() -> None:
    assert zh_couple.label(_message("de", "-", "我今天真的好难过")) == 1
    assert zh_couple.label(_message("dv", "-", "其实我一直怕你嫌弃我")) == 1
    assert zh_couple.label(_message("lo", "-", "我六点到楼下")) == 0
    assert zh_couple.label(_message("af", "de", "想你了宝贝")) is None


def test_examples_read_rounds_one_to_four_only() -> None:
    texts, labels = zh_couple.examples([1])
    round_one = [m for m in couple_round.load(couple_round.PATH) if m.lang == "zh"]
    assert 50 < len(texts) < len(round_one)  # the ``ok`` lines are left out
    assert set(labels.tolist()) == {0, 1}
    assert all(couple_round._HAN.search(t) for t in texts)
    _, negatives = zh_couple.examples([1], negatives_only=True)
    assert len(negatives) == int((labels == 0).sum()) and not negatives.any()
    for held_out in (5, 6):
        with pytest.raises(ValueError, match="held out"):
            zh_couple.examples([held_out])
        with pytest.raises(ValueError, match="held out"):
            zh_couple.read_round(held_out)


def test_swapped_weights_are_read_inside_the_block_and_the_bundled_ones_after() -> None:
    texts = ["我今天真的好难过", "你到哪了"]
    lex = np.zeros((2, len(MESSAGE_SIGNALS)))
    before = model_zh.predict(texts, lex)
    w = model_zh._load()
    silent = model_zh._Weights(np.zeros_like(w.weights), np.zeros_like(w.dense), -20.0, w.n_buckets)
    with zh_couple.swapped(silent):
        assert (model_zh.predict(texts, lex) < 1e-6).all()
    assert np.array_equal(model_zh.predict(texts, lex), before)
    assert score_text("我今天真的好难过").scores[EMO] >= 0.5


def test_round_read_counts_hits_false_fires_and_positives() -> None:
    r = zh_couple.read_round(1)
    zh = [m for m in couple_round.load(couple_round.PATH) if m.lang == "zh"]
    assert r.positives == sum(1 for m in zh if m.fire & zh_couple.DISCLOSURE)
    assert 0 < r.hits <= r.positives and r.false >= 0
    assert r.precision == r.hits / (r.hits + r.false)
