"""Twins of the h-mend4 constructs (docs/signals.md, support.emotional version 22, dismissal
version 5, the Chinese model layer of disclosure.emotional and the English model's comfort):
comfort said with impatience is dismissal, not comfort (别哭了行不行，烦死了; "don't cry, ugh,
you're so annoying"); "can't stop crying" is the writer's own state, not an order; a practical
how-to question about a named thing is no disclosure (我该怎么做这道菜); sarcastic praise inside
a complaint is no comfort ("oh wonderful, forgot the car seat again, great job"); the writer's
own pride is no comfort."""

from __future__ import annotations

import pytest
from twins import fires_alone

from unmask.signals import PRESENT, model_zh, score_texts

SUPPORT = "support.emotional"


def _lexicon_fires(text: str, signal: str) -> bool:
    """``signal`` of ``text`` scored alone by the lexicons (no model) reaches PRESENT."""
    return bool(score_texts([text], model=False).scores[signal][0] >= PRESENT)


# (message, support.emotional fires, dismissal fires): an order to stop a feeling beside an
# impatience marker in the same sentence, either order; the same order with comfort beside
# it stays comfort
IMPATIENT_COMFORT = [
    ("别哭了行不行，烦死了", False, True),
    ("别哭了，有完没完", False, True),
    ("烦死了，别哭了", False, True),
    ("你别闹了够了没", False, True),
    ("不要再哭了，烦不烦", False, True),
    ("别哭了，我在呢", True, False),
    ("你先别哭，慢慢说", True, False),
    ("别哭了，会好的", True, False),
    ("你别生气了好不好，是我不对", True, False),
    ("你别生气了行不行，我错了", True, False),
    ("别哭了行不行，我心疼", True, False),
    ("don't cry, ugh, you're so annoying", False, True),
    ("don't cry, enough already", False, True),
    ("don't cry, i'm here for you", True, False),
    ("don't cry, i'm here for you, seriously", True, False),
]


@pytest.mark.parametrize(("text", "comfort", "dismissal"), IMPATIENT_COMFORT)
def test_comfort_said_with_impatience_is_dismissal(
    text: str, comfort: bool, dismissal: bool
) -> None:
    assert fires_alone(text, SUPPORT) is comfort, text
    assert _lexicon_fires(text, SUPPORT) is comfort, text
    assert fires_alone(text, "dismissal") is dismissal, text


# (message, disclosure.emotional fires): the impatience beside an order to stop the reader's
# feeling is aimed at the reader (the model layer cuts it); alone, or beside the writer's own
# day, it stays the writer's feeling
IMPATIENCE_AIMED = [
    ("别哭了行不行，烦死了", False),
    ("烦死了，别哭了", False),
    ("别难过了，烦死了", False),
    ("烦死了", True),
    ("今天烦死了，别提了", True),
    ("别哭了，烦死了，我也好难过", True),
]


@pytest.mark.parametrize(("text", "fires"), IMPATIENCE_AIMED)
def test_impatience_at_the_readers_feeling_is_no_disclosure(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.emotional") is fires, text


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("别哭了行不行，烦死了", ""),
        ("烦死了，别哭了", ""),
        ("别哭了，烦死了，我也好难过", "我也好难过"),
        ("今天烦死了，别提了", None),
        ("我不要再难过了，烦死了", None),
    ],
)
def test_unaimed_rest_cuts_impatience_beside_an_order_to_stop(text: str, rest: str | None) -> None:
    assert model_zh.unaimed_rest(text) == rest


# (message, dismissal fires): "stop crying" after can't / cannot / couldn't is the writer's
# own state; said to the reader it stays dismissal
STOP_CRYING = [
    ("i can't stop crying tonight", False),
    ("i cannot stop crying", False),
    ("i couldn't stop crying after the call", False),
    ("i just can't seem to stop crying", False),
    ("stop crying", True),
    ("you need to stop crying", True),
    ("oh stop crying, it's not a big deal", True),
]


@pytest.mark.parametrize(("text", "fires"), STOP_CRYING)
def test_cant_stop_crying_is_the_writers_state(text: str, fires: bool) -> None:
    assert fires_alone(text, "dismissal") is fires, text


# (message, disclosure.emotional fires): a practical how-to question about a named thing is a
# task; "what should I do" about one's life, or a named thing beside a feeling, stays
HOWTO = [
    ("我该怎么做这道菜", False),
    ("这道题怎么做啊", False),
    ("那个表格怎么填？", False),
    ("这道菜我该怎么做", False),
    ("我该怎么做", True),
    ("我不知道该怎么办了", True),
    ("我该怎么做才能让他回心转意", True),
    ("这件事我该怎么办", True),
    ("这道题怎么做啊，我好崩溃", True),
]


@pytest.mark.parametrize(("text", "fires"), HOWTO)
def test_a_how_to_question_about_a_thing_is_no_disclosure(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.emotional") is fires, text


@pytest.mark.parametrize(
    ("text", "practical"),
    [
        ("我该怎么做这道菜", True),
        ("这道题怎么做啊？", True),
        ("这个灯怎么修", True),
        ("我该怎么做", False),
        ("这件事我该怎么办", False),
        ("这段感情我该怎么做", False),
        ("这个人怎么弄啊", False),
    ],
)
def test_is_practical(text: str, practical: bool) -> None:
    assert model_zh.is_practical(text) is practical


# (message, support.emotional fires): an ironic opener, a slip "again", then praise is
# sarcasm; praise of a real win stays comfort
SARCASTIC_PRAISE = [
    ("oh wonderful, forgot the car seat again, great job", False),
    ("oh perfect, late again, well done", False),
    ("great, you left the door open again, nice job", False),
    ("great job on the interview, so proud of you", True),
    ("great job again today, so proud", True),
    ("wow, you passed again, great job!", True),
]


@pytest.mark.parametrize(("text", "fires"), SARCASTIC_PRAISE)
def test_sarcastic_praise_inside_a_complaint_is_no_comfort(text: str, fires: bool) -> None:
    assert _lexicon_fires(text, SUPPORT) is fires, text
    if not fires:
        assert fires_alone(text, SUPPORT) is False, text


# (message, support.emotional fires): the writer's pride in their own doing is the writer's
# news, not comfort; pride in the reader stays comfort
OWN_PRIDE = [
    ("finished the marathon!! so proud of myself", False),
    ("i'm proud of me for going to the gym", False),
    ("finished the marathon!! so proud of you", True),
    ("so proud of you, you finished the marathon!!", True),
]


@pytest.mark.parametrize(("text", "fires"), OWN_PRIDE)
def test_the_writers_own_pride_is_no_comfort(text: str, fires: bool) -> None:
    assert fires_alone(text, SUPPORT) is fires, text
