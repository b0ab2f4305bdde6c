"""Twins of the h-affirm2 constructs (docs/validity.md, "Affirmation and Suggestions, round
2 (h-affirm2)"): sorry that is no comfort (mock sympathy, "poor you" with a capitalised
intensifier, the writer's apology for the other's wait), bare "checking in" praised (the
compliance guard, version 3 en / 2 zh), one of the reader's own people cut off on demand (no
advice), and the Chinese "sorry to hear" (听到这个消息我很难过) as support."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
MOCK_SORRY = [
    ("oh I'm SO sorry you had to wait, poor you", False),
    ("oh SO sorry you had to cook for once, poor you", False),
    ("I'm so sorry you had to wait", False),
    ("sorry to keep you waiting, the table is ready", False),
    ("boo hoo, poor you", False),
    ("I'm so sorry, you poor thing, that sounds awful", True),
    ("I'm SO sorry about your dad", True),
    ("I'm so sorry you had to wait so long at the hospital, poor you", True),
    ("I'm SO sorry babe, poor you 😢", True),
    ("poor you, that sounds exhausting", True),
    ("I'm so sorry you went through that", True),
]


@pytest.mark.parametrize(("text", "fires"), MOCK_SORRY)
def test_sorry_that_is_no_comfort(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.emotional fires): praise of bare "checking in" (with the writer) is
# approval of control; checking in on someone else, or at a clinic, stays praise
CHECKING_IN = [
    ("so proud of you for checking in", False),
    ("good job checking in every hour like I asked", False),
    ("proud of you for checking in before you went out", False),
    ("为你骄傲，每次出门都跟我报备", False),
    ("你做得很好，出门前都跟我报备", False),
    ("proud of you for checking in on your mum", True),
    ("so proud of you for checking in at the clinic on your own", True),
    ("你做得很好，出门前跟妈妈说了一声", True),
]


@pytest.mark.parametrize(("text", "fires"), CHECKING_IN)
def test_praise_of_checking_in(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.informational fires): one of the reader's own people cut off on demand
# is isolation; hedged, limited or about a harm it stays advice
CUT_OFF_ONE = [
    ("you need to stop talking to your sister", False),
    ("you have to stop seeing your best friend", False),
    ("stop calling your mum every day", False),
    ("你得跟你姐姐断了联系", False),
    ("maybe you need to stop talking to your sister for a while", True),
    ("you need to talk to your sister", True),
    ("maybe you should stop seeing your cousin if he keeps borrowing money", True),
    ("你应该跟你姐姐好好谈谈", True),
]


@pytest.mark.parametrize(("text", "fires"), CUT_OFF_ONE)
def test_one_of_own_people_cut_off(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.informational") is fires, text


# (message, support.emotional fires): the writer's sadness on hearing the other's news is
# the Chinese "sorry to hear that"; a clerk's regret and other feelings are not
SORRY_TO_HEAR_ZH = [
    ("听到这个消息我很难过", True),
    ("听你这么说我好心疼", True),
    ("很遗憾听到你的遭遇", True),
    ("sorry to hear that, love", True),
    ("听到这个消息我很开心", False),
    ("知道你又跟他出去了我很难过", False),
    ("很抱歉，该房型已售完", False),
    ("很遗憾听到您对我们的服务不满意", False),
    ("Sorry to hear that, the 5pm is sold out", False),
]


@pytest.mark.parametrize(("text", "fires"), SORRY_TO_HEAR_ZH)
def test_sorry_to_hear_in_chinese(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.emotional fires): siding with the other against a wrong done to them,
# what made it hard, pain easing, doubt waved away, no fault and good intentions named; the
# same words turned on the reader, errands and compliance do not read as support
SIDING_AND_ENCOURAGEMENT = [
    ("that was really wrong of him", True),
    ("his actions are not right, whatever he says", True),
    ("no one has the right to talk to you like that", True),
    ("being together that long must have made the breakup so difficult", True),
    ("you are not the only person who feels this way", True),
    ("the pain will lessen over time", True),
    ("good call on handling this by the book", True),
    ("don't ever doubt yourself", True),
    ("there is nothing wrong with wanting some space", True),
    ("she can't fault you for that", True),
    ("your intentions were good", True),
    ("他这样做太过分了", True),
    ("他没有权利这样对你", True),
    ("别怀疑自己", True),
    ("你也是好心", True),
    ("that was really wrong of you", False),
    ("good call, shall I book it for you?", False),
    ("the paint will fade over time", False),
    ("good call, just do what he says", False),
    ("你这样做太过分了", False),
    ("他没有权利进那个房间", False),
    ("你是好心，就该听他的", False),
]


@pytest.mark.parametrize(("text", "fires"), SIDING_AND_ENCOURAGEMENT)
def test_siding_and_encouragement(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text
