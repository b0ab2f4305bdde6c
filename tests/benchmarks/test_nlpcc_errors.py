"""The NLPCC error breakdown: groups, confusion counts, ceilings and oracles on made-up
readings (no outside file is read)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask_dev import nlpcc_errors as ne
from unmask_dev.validity.chinese import macro_f1


def _readings() -> ne.Readings:
    # six posts written for this test: label, final score, lexicon, model, own, length
    return ne.Readings(
        emotional=np.array([True, True, True, False, False, True]),
        final=np.array([0.8, 0.3, 0.2, 0.6, 0.1, 0.55]),
        lexicon=np.array([0.8, 0.7, 0.35, 0.0, 0.0, 0.0]),
        model=np.array([0.2, 0.3, 0.2, 0.6, 0.1, 0.55]),
        own=np.array([True, False, True, True, True, True]),
        length=np.array([10, 30, 50, 90, 25, 45]),
    )


def test_groups_split_every_post_once_by_who_decides() -> None:
    r = _readings()
    masks = [mask for _, mask in ne.groups(r)]
    assert np.array_equal(np.sum(masks, axis=0), np.ones(6))
    assert [np.flatnonzero(m).tolist() for m in masks] == [[0], [1], [2], [3, 4, 5]]
    band_masks = [mask for _, mask in ne.bands(r)]
    assert np.array_equal(np.sum(band_masks, axis=0), np.ones(6))
    assert np.flatnonzero(band_masks[0]).tolist() == [0]


def test_confusion_counts_the_group_only() -> None:
    r = _readings()
    fired = r.final >= 0.5
    no_cue = r.lexicon <= 0.0
    c = ne.confusion("no cue", r.emotional, fired, no_cue)
    assert (c.n, c.tp, c.fp, c.fn, c.tn) == (3, 1, 1, 0, 1)
    assert c.emotional == pytest.approx(1 / 3)
    assert c.fired == pytest.approx(2 / 3)


def test_auc_orders_and_ties() -> None:
    y = np.array([True, True, False, False])
    assert ne.auc(y, np.array([0.9, 0.8, 0.1, 0.2])) == 1.0
    assert ne.auc(y, np.array([0.1, 0.2, 0.9, 0.8])) == 0.0
    assert ne.auc(y, np.full(4, 0.5)) == 0.5
    assert ne.auc(np.array([True, True]), np.array([0.1, 0.9])) == 0.5


def test_best_threshold_is_at_least_the_figure_at_one_half() -> None:
    r = _readings()
    t, f = ne.best_threshold(r.emotional, r.final)
    assert f >= macro_f1(r.emotional, r.final >= 0.5)
    assert f == pytest.approx(macro_f1(r.emotional, r.final >= t))
    # a score that separates the classes perfectly has a perfect threshold
    t, f = ne.best_threshold(r.emotional, r.emotional * 0.5 + 0.25)
    assert f == 1.0 and 0.25 < t <= 0.75


def test_oracle_mends_one_group_and_leaves_the_rest() -> None:
    r = _readings()
    fired = r.final >= 0.5
    to_you = ~r.own & (r.lexicon >= 0.5)
    mended = ne.oracle(r.emotional, fired, to_you)
    assert mended == pytest.approx(macro_f1(r.emotional, fired | to_you))
    assert ne.oracle(r.emotional, fired, np.ones(6, dtype=bool)) == 1.0


def test_report_prints_counts_and_never_a_post() -> None:
    lines = ne.report(_readings())
    assert lines[0].startswith("6 posts, 0.67 emotional")
    assert any(line.startswith("no cue (model decides by length) | 3 |") for line in lines)
    assert any(line.startswith("final | ") for line in lines)


def test_read_takes_a_post_apart() -> None:
    # written for this test: a feeling of the writer's own, and a notice with no feeling
    r = ne.read(["今天终于放假了，好开心啊！", "明天上午九点在三楼会议室开会。"], [True, False])
    assert r.lexicon[0] >= 0.5 and r.lexicon[1] == 0.0
    assert r.own.tolist() == [True, True]
    assert r.final[0] >= 0.5 > r.final[1]
    assert r.length.tolist() == [13, 15]
    assert ((r.model >= 0.0) & (r.model <= 1.0)).all()


def test_precision_recall_and_what_it_takes_to_reach_the_target() -> None:
    r = _readings()
    fired = r.final >= 0.5
    # fired: posts 0, 3, 5; emotional: 0, 1, 2, 5
    assert ne.precision_recall(r.emotional, fired) == pytest.approx((2 / 3, 2 / 4))
    found, dropped = ne.to_reach(r.emotional, fired, 0.70)
    assert macro_f1(r.emotional, fired) < 0.70
    assert found == 2  # one more hit reads .625, two .778
    assert dropped == -1  # the one false alarm dropped reads .667, and there is no other
    assert ne.to_reach(r.emotional, fired, 1.01) == (-1, -1)
    assert ne.to_reach(r.emotional, r.emotional, 0.70) == (0, 0)
    lines = ne.report(r)
    assert any(line.startswith("emotional as fired | precision 0.667") for line in lines)
    assert any(line.startswith("to reach 0.70 | misses found") for line in lines)
