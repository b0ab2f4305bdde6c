"""Twins of the h-affirm4 constructs (docs/validity.md, "Affirmation and Suggestions,
round 3 (h-affirm4)"): advice thrown in a fight whose content is the dismissal (no advice),
control offered as help (no advice), praise with a jab straight after it (no comfort), a
question typed without its mark and a closing pleasantry (no comfort), and courage named,
a feeling many share and "what works for me" (support), in both languages."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.informational fires): "maybe try not being so dramatic" is a jab in a
# fight; "maybe try talking to her" and "try not to be so hard on yourself" are advice
FIGHT_ADVICE = [
    ("maybe try not being so dramatic", False),
    ("maybe try growing up for once", False),
    ("have you considered shutting up for once?", False),
    ("it might help to stop whining", False),
    ("you might want to try not being such a baby", False),
    ("要不你试试闭嘴", False),
    ("你可以试试别那么矫情", False),
    ("你最好学着长大吧", False),
    ("maybe try talking to her about it", True),
    ("it might help to write it down", True),
    ("have you considered talking to someone?", True),
    ("try not to be so hard on yourself", True),
    ("你可以试试跟她谈谈", True),
    ("不妨先休息一下", True),
]


@pytest.mark.parametrize(("text", "fires"), FIGHT_ADVICE)
def test_advice_thrown_in_a_fight(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.informational") is fires, text


# (message, support.informational fires): the writer choosing the reader's friends, or the
# reader's friends named and then cut off, is control; choosing one's friends with care, or
# seeing them more, is advice
CONTROL_AS_HELP = [
    ("let me help you, from now on I pick your friends", False),
    ("I'll help you by choosing your friends", False),
    ("your friends are a bad influence, you should stop seeing them", False),
    ("我来帮你选朋友吧，以后你跟谁来往我说了算", False),
    ("你那些朋友都是坏人，以后别跟他们来往了", False),
    ("you should choose your friends carefully", True),
    ("your friends sound great, you should see them more", True),
    ("maybe try talking to your friends about it", True),
]


@pytest.mark.parametrize(("text", "fires"), CONTROL_AS_HELP)
def test_control_offered_as_help(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.informational") is fires, text


# (message, support.emotional fires): praise with a jab straight after it is sarcasm
SARCASM = [
    ("great job, really", False),
    ("great job, really. you ruined dinner again", False),
    ("you're SO strong lol", False),
    ("nice going, genius", False),
    ("干得好啊，真行", False),
    ("great job, really proud of you", True),
    ("great job on the interview!", True),
    ("you're so strong, I'm proud of you", True),
    ("你已经做得很好了", True),
]


@pytest.mark.parametrize(("text", "fires"), SARCASM)
def test_praise_with_a_jab(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.emotional fires): a question without its mark, the writer's own
# small-talk state before "how are you?", a short closing; comfort beside them stays
QUESTIONS_AND_CLOSINGS = [
    ("were you living together", False),
    ("is he still mad at you", False),
    ("I'm doing great today! How are you?", False),
    ("It was nice talking to you.", False),
    ("are you okay? I'm here for you", True),
    ("It was nice talking to you, I hope things get easier for you soon", True),
    ("you're not alone in this", True),
]


@pytest.mark.parametrize(("text", "fires"), QUESTIONS_AND_CLOSINGS)
def test_questions_and_closings(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, signal, fires): courage named with a measure, a feeling many share, a way of
# coping from the writer's own use; a task's strength, a question, a time that suits are not
COMFORT_AND_WAYS = [
    ("it took a lot of courage to tell me that", "support.emotional", True),
    ("谢谢你告诉我，说出来需要很大的勇气", "support.emotional", True),
    ("别怪自己，很多人都会这样想", "support.emotional", True),
    ("many people feel this way", "support.emotional", True),
    ("it takes a lot of strength to lift that sofa", "support.emotional", False),
    ("跳伞需要很大的勇气吗？", "support.emotional", False),
    ("很多人都会这样做菜", "support.emotional", False),
    (
        "one thing that works for me is going for a walk when my head gets loud",
        "support.informational",
        True,
    ),
    ("我也焦虑过，对我有用的办法是出去走走", "support.informational", True),
    ("what works for me is Tuesday at 6", "support.informational", False),
    ("对我有用的是周二下午", "support.informational", False),
]


@pytest.mark.parametrize(("text", "signal", "fires"), COMFORT_AND_WAYS)
def test_comfort_and_ways_of_coping(text: str, signal: str, fires: bool) -> None:
    assert fires_alone(text, signal) is fires, text
