"""Scoring against hand-computed examples: reverse keys, missing answers, minimum share."""

from __future__ import annotations

import pytest

from unmask.assess import Instrument, builtin_instrument, load_instrument_bytes, score_answers

SMALL = b"""
format: unmask-instrument
format_version: 1
id: small
version: "1"
title: {en: Small}
languages: [en]
response_scale: {min: 1, max: 5, labels: {en: [a, b, c, d, e]}}
scoring: {method: mean, min_answered: 0.75}
scales:
  - id: warmth
    name: {en: Warmth}
    items: [w1, w2, w3, w4]
    reverse: [w3]
  - id: total
    name: {en: Total}
    items: [w1, w2, w3, w4]
    reverse: [w3, w4]
    scoring: {method: sum, min_answered: 0.5}
items:
  - {id: w1, text: {en: one}}
  - {id: w2, text: {en: two}}
  - {id: w3, text: {en: three}}
  - {id: w4, text: {en: four}}
"""


@pytest.fixture
def small() -> Instrument:
    return load_instrument_bytes(SMALL, "small.yaml")


def test_reverse_keyed_item_is_flipped(small: Instrument) -> None:
    # w3 = 1 reversed on 1..5 is 5: (4 + 2 + 5 + 3) / 4 = 3.5
    scores = score_answers(small, {"w1": 4, "w2": 2, "w3": 1, "w4": 3})
    assert scores["warmth"].score == pytest.approx(3.5)
    assert scores["warmth"].n_answered == 4


def test_sum_scoring_with_two_reverse_keys(small: Instrument) -> None:
    # 4 + 2 + (6-1) + (6-3) = 14
    scores = score_answers(small, {"w1": 4, "w2": 2, "w3": 1, "w4": 3})
    assert scores["total"].score == pytest.approx(14.0)


def test_missing_answer_uses_the_answered_items(small: Instrument) -> None:
    # 3 of 4 answered = 0.75 >= 0.75: mean of 4, 2, 5 = 11/3
    scores = score_answers(small, {"w1": 4, "w2": 2, "w3": 1, "w4": None})
    assert scores["warmth"].score == pytest.approx(11 / 3)
    assert scores["warmth"].n_answered == 3
    # sum is prorated: mean 11/3 times 4 items
    assert scores["total"].score == pytest.approx(44 / 3)


def test_below_minimum_share_gives_no_score(small: Instrument) -> None:
    # 2 of 4 = 0.5 < 0.75 for warmth, but meets 0.5 for total (scale-level override)
    scores = score_answers(small, {"w1": 5, "w3": 2})
    assert scores["warmth"].score is None
    assert scores["warmth"].n_answered == 2
    assert scores["total"].score == pytest.approx((5 + 4) / 2 * 4)


def test_no_answers_at_all(small: Instrument) -> None:
    scores = score_answers(small, {})
    assert all(s.score is None for s in scores.values())


def test_builtin_inventory_reverse_keys() -> None:
    inventory = builtin_instrument()
    scale = inventory.scale("own_disclosure")
    # all six at 5: od4 and od6 are reverse-keyed -> (5*4 + 1*2) / 6
    answers = {item: 5 for item in scale.items}
    assert score_answers(inventory, answers)["own_disclosure"].score == pytest.approx(22 / 6)
