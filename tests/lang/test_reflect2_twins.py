"""Twins of the h-reflect2 constructs (docs/validity.md, "ESConv Reflection and the EPITOME
interpretation proxy (h-reflect2)"): "it sounds / seems like" before the writer's view of a
third party, with no "you" after it, or before a condition, is an opinion or advice, not the
other's feeling; a hardness granted before a "but" that turns to reassurance or advice ("it
can be hard, but you've got this"; zh 这一定很难熬，但你一定能挺过去) is a formula, not an
interpretation. Beside each, the reading of the other's feeling that keeps its credit."""

from __future__ import annotations

import pytest
from twins import INTERPRETATION, reply_fires

EXAM = "I failed my driving test for the third time today and I feel like such an idiot"
COWORKER = "my coworker took credit for my slides in front of the whole team and I'm fuming"
BREAKUP = "she ended it by text after four years, I can't stop crying"

# (the other's message, reply, interpretation fires)
SOUNDS = [
    (COWORKER, "It sounds like he was trying to look good for the manager.", False),
    (COWORKER, "It seems to me that they reward whoever speaks loudest there.", False),
    (COWORKER, "It sounds like if you keep a record of your drafts this will be easier.", False),
    (COWORKER, "It sounds like he took something that mattered a lot to you.", True),
    (COWORKER, "It sounds like this has left you feeling really invisible at work.", True),
    (BREAKUP, "it seems like she had been pulling away for a while, huh", False),
    (BREAKUP, "it seems like she hurt you more than you expected", True),
]


@pytest.mark.parametrize(("other", "reply", "fires"), SOUNDS)
def test_it_sounds_like_a_third_party(other: str, reply: str, fires: bool) -> None:
    assert reply_fires(reply, "en", other, INTERPRETATION) is fires, reply


CONCEDED = [
    (EXAM, "I know it can be hard, but you will pass next time.", False),
    (EXAM, "That must be really discouraging, but I'm sure the examiner was just strict.", False),
    (EXAM, "It can be so tough. But it happens to loads of drivers.", False),
    (EXAM, "That must be really discouraging after all the lessons you paid for.", True),
    (EXAM, "it is so hard when you prepare that much and it still goes wrong", True),
    (BREAKUP, "that must be so painful, especially after four years together", True),
    (BREAKUP, "that must have been such a blow, but you'll meet someone kinder", False),
    (BREAKUP, "that must have been such a blow, by text of all things", True),
    (BREAKUP, "it's so lonely being on your own, but it does get easier", False),
    (BREAKUP, "it's so lonely being on your own after four years", True),
    (COWORKER, "that must be so frustrating, but we can talk it through tonight", False),
]


@pytest.mark.parametrize(("other", "reply", "fires"), CONCEDED)
def test_a_hardness_granted_before_but(other: str, reply: str, fires: bool) -> None:
    assert reply_fires(reply, "en", other, INTERPRETATION) is fires, reply


EXAM_ZH = "驾照科目二又挂了，第三次了，我觉得自己好没用"

CONCEDED_ZH = [
    (EXAM_ZH, "这一定很煎熬，但你下次肯定能过", False),
    (EXAM_ZH, "那肯定特别难受，不过慢慢来就好", False),
    (EXAM_ZH, "考了三次，这一定很煎熬吧", True),
    (EXAM_ZH, "练了那么久还没过，肯定特别难受", True),
]


@pytest.mark.parametrize(("other", "reply", "fires"), CONCEDED_ZH)
def test_a_hardness_granted_before_but_zh(other: str, reply: str, fires: bool) -> None:
    assert reply_fires(reply, "zh", other, INTERPRETATION) is fires, reply
