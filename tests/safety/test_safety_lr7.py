"""safety-lr-7 (h-safety36, shipped by h-safety37): the English safety model refitted on
rounds one to thirty-two, CL-Aff train's sentences weighed three times among the negatives
and read by the threshold choice, weak control's kind of sentence weighed ten times.
Control written fresh for this test (not from any round) reads; calm lines about the same
things - a shared budget, a late night out, a friend's visit - read no safety signal."""

from __future__ import annotations

import pytest

from safety_reads import reads_safety
from unmask.signals import safety_model as sm
from unmask_dev import train_safety as ts

CONTROL = [
    "You don't get to see your sister this weekend unless I say so",
    "Send me a photo of who you're with every hour or I'm coming down there",
    "Hand over your paycheck on Fridays, I'll give you what you need for the week",
]
CALM = [
    "Want to sit down on Sunday and look at the budget together?",
    "Have fun tonight, text me if you want a lift home",
    "Your sister's welcome to stay with us this weekend, I'll make up the spare bed",
]


def test_the_version_the_english_cue_and_the_recipe() -> None:
    # safety-lr-9 (h-safety47) refitted English by this recipe on rounds 1-35 (``--last 35``;
    # the defaults stay safety-lr-7's, the folds' baseline): cue .65 -> .50; safety-lr-10
    # (h-safety55) on rounds 1-40 (``--last 40``), cue .50
    assert sm.MODEL_VERSION == "safety-lr-10"
    assert sm.CUE_THRESHOLD["en"] == 0.5
    assert ts.LAST_ROUND == {"en": 32, "zh": 26}
    assert ts.CLAFF_WEIGHT["en"] == 3.0 and ts.CLAFF_TUNE
    assert ts.WEAK_KIND_WEIGHT == {"en": 10.0, "zh": 0.0}
    assert sm.available()


def test_the_english_threshold_is_the_refit_choice() -> None:
    # chosen with no hit on CL-Aff dev and train, MultiWOZ's tune quarter, ESConv's even half
    # (.975 for safety-lr-7's rounds 1-32; .97 for safety-lr-9's rounds 1-35 and for
    # safety-lr-10's rounds 1-40)
    assert sm._cache["en"].get().threshold == 0.97


@pytest.mark.parametrize("text", CONTROL)
def test_fresh_english_control_reads(text: str) -> None:
    assert reads_safety(text), text


@pytest.mark.parametrize("text", CALM)
def test_calm_english_lines_read_no_safety_signal(text: str) -> None:
    assert not reads_safety(text), text
