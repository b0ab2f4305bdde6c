"""The couple model's dev side (unmask_dev.train_couple, unmask_dev.couple_recipe; h-couplemodel,
h-couplemodel2): the trial read rounds one to three and judged round four; the shipped
recipe trains on rounds one to four; the checked controlling lines are never trained on;
the reader is the runtime module's (no second copy)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import couple_model
from unmask_dev import couple_recipe, couple_round, train_couple


def test_the_trial_read_rounds_one_to_three_and_the_shipped_recipe_six() -> None:
    assert couple_round.PATH4 not in train_couple.TRAIN_ROUNDS
    assert couple_round.PATHS[:3] == train_couple.TRAIN_ROUNDS
    assert couple_round.PATHS[:6] == train_couple.SHIP_ROUNDS == couple_recipe.LR3_ROUNDS


def test_couple_lr4_is_judged_on_rounds_one_to_seven_never_eight() -> None:
    """h-couplemodel6: couple-lr-4's left-out folds are rounds one to seven; round eight is
    held out (the lead judges it) and never among them."""
    assert couple_round.PATHS[:7] == couple_recipe.ROUNDS
    assert couple_round.PATHS[7] not in couple_recipe.ROUNDS
    assert tuple(range(7)) == couple_recipe.COUNT_ROUNDS
    for lang in couple_model.LANGS:
        th = train_couple.LR4_THRESHOLDS[lang]
        assert set(th) == set(couple_model.KINDS)
        assert all(t in couple_recipe.GRID for t in th.values())


def test_control_lines_leave_the_checked_rounds_out() -> None:
    held = set(couple_recipe.held_control("en")) | set(couple_recipe.held_control("zh"))
    assert len(held) > 400
    for lang in ("en", "zh"):
        assert not held & set(train_couple.control_lines(lang))


def test_the_shipped_thresholds_are_the_rule_grid_or_off() -> None:
    assert train_couple.KINDS == couple_model.KINDS
    for lang in couple_model.LANGS:
        th = train_couple.SHIP_THRESHOLDS[lang]
        assert set(th) == set(couple_model.KINDS)
        assert all(t in couple_recipe.GRID or t == couple_model.OFF for t in th.values())
        assert train_couple.ship_meta(lang)["thresholds"] == [th[k] for k in couple_model.KINDS]


@pytest.mark.parametrize(
    ("text", "lang", "ok"),
    [
        ("miss you", "en", True),
        ("ok", "en", False),
        ("我好想你啊", "zh", True),
        ("好的", "zh", False),
    ],
)
def test_prefilter(text: str, lang: str, ok: bool) -> None:
    assert couple_model.passes_prefilter(text, lang) is ok


def test_the_gate_parts_measured() -> None:
    r = {
        "safety_fired": np.array([False, True, False, False, False]),
        "p_any": np.array([0.0, 0.0, 0.5, 0.0, 0.0]),
        "struct": np.array([False, False, False, True, False]),
        "safety_any": np.array([False, False, False, False, True]),
    }
    assert couple_recipe.gate_open(r, "").tolist() == [True, False, True, True, True]
    assert couple_recipe.gate_open(r, "psl").tolist() == [True, False, False, False, False]
