"""Twins of the h-mend constructs, in a couple's chat and alone (docs/signals.md):
thanks by a term of endearment (gratitude 6), a chore asked of the partner (not advice),
a statement of not wanting to live (disclosure.vulnerable; never a threat)."""

from __future__ import annotations

import pytest
from twins import chat_table, fires_alone

from unmask.signals import PRESENT, score_table

# (message, fires)
ENDEARED_THANKS = [
    ("thanks so much babe", True),
    ("thank you so much love", True),
    ("Thanks so much, love ❤️", True),
    ("thanks honey!", True),
    ("谢谢宝贝", True),
    ("谢谢老公！", True),
    ("谢谢你亲爱的❤️", True),
    ("thanks, love the idea", False),
    ("no thanks babe", False),
    ("Thanks so much for your help!", False),
    ("谢谢亲", False),
    ("谢谢，宝贝已经发货了", False),
]


@pytest.mark.parametrize(("text", "fires"), ENDEARED_THANKS)
def test_thanks_by_a_term_of_endearment(text: str, fires: bool) -> None:
    assert fires_alone(text, "gratitude") is fires, text


def test_endeared_thanks_in_a_couples_chat_and_the_clerks_question() -> None:
    couple = score_table(
        chat_table([("ana", "I picked up your meds"), ("ben", "thanks so much babe")])
    )
    assert couple.scores["gratitude"][1] >= PRESENT
    zh = score_table(chat_table([("ana", "我给你买了药"), ("ben", "谢谢老公")]))
    assert zh.scores["gratitude"][1] >= PRESENT
    clerk = score_table(
        chat_table(
            [
                ("me", "I'd like two tickets"),
                ("clerk", "thanks so much! what is your membership level?"),
            ]
        )
    )
    assert clerk.scores["gratitude"][1] < PRESENT
    assert clerk.scores["logistics"][1] >= PRESENT


# (message, support.informational fires): a chore asked of the partner is not advice; a way
# of coping still is (the English model's head; zh twins read no advice and fire logistics)
CHORES = [
    ("take the bins out before you go", False),
    ("babe, take the bins out before you go", False),
    ("don't forget to feed the cat before you leave", False),
    ("Try to get some sleep before you go", True),
    ("take some time for yourself before you go back to work", True),
    ("Taking long walks helps. Don't be so hard on yourself.", True),
]


@pytest.mark.parametrize(("text", "advice"), CHORES)
def test_a_chore_is_not_advice(text: str, advice: bool) -> None:
    assert fires_alone(text, "support.informational") is advice, text


@pytest.mark.parametrize(
    ("text", "chore"),
    [
        ("take the bins out before you go", True),
        ("don't forget to feed the cat", True),
        ("把垃圾倒了", True),
        ("去把碗洗了", True),
        ("I feel like a fish out of water", False),
        ("你把我的心都偷走了", False),
        ("把我搂在怀里", False),
    ],
)
def test_a_chore_is_logistics(text: str, chore: bool) -> None:
    assert fires_alone(text, "logistics") is chore, text


def test_a_chore_after_a_partners_feeling_is_not_advice() -> None:
    thread = [("ana", "I feel so overwhelmed today"), ("ben", "take the bins out before you go")]
    result = score_table(chat_table(thread))
    assert result.scores["support.informational"][1] < PRESENT
    zh = score_table(chat_table([("ana", "我今天好累"), ("ben", "把垃圾倒了")]))
    assert zh.scores["support.informational"][1] < PRESENT
    assert zh.scores["logistics"][1] >= PRESENT


# (message, disclosure.vulnerable fires): not wanting to live is the writer's vulnerable
# disclosure; the crisis file's exclusions and threats are not
NOT_WANTING_TO_LIVE = [
    ("I don't want to be alive anymore", True),
    ("I just want to end it all", True),
    ("I've been cutting again", True),
    ("我不想活了", True),
    ("活着好累，不如死了算了", True),
    ("没有你我不想活了", True),
    ("I want to die in your arms when we're old", False),
    ("老了想死在你怀里", False),
    ("I want to die lol", False),
    ('she texted "I want to die" in the group chat', False),
    ("that movie where she says I want to die was so sad", False),
    ("I'm dying to see you", False),
    ("笑死我了", False),
    ("are you thinking of hurting yourself?", False),
    ("I'll kill myself if you leave", False),
    ("if you leave me I don't want to be alive anymore", False),
    ("你走了我就去死", False),
    ("你要是离开我，我就不想活了", False),
]


@pytest.mark.parametrize(("text", "fires"), NOT_WANTING_TO_LIVE)
def test_not_wanting_to_live_is_vulnerable_and_a_threat_is_not(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.vulnerable") is fires, text


def test_a_threat_tied_to_leaving_stays_a_threat_in_a_chat() -> None:
    thread = [("ana", "I think we should take a break"), ("ben", "I'll kill myself if you leave")]
    result = score_table(chat_table(thread))
    assert result.scores["disclosure.vulnerable"][1] < PRESENT
    assert result.scores["safety.threat"][1] >= PRESENT
    thread = [
        ("ana", "how are you holding up?"),
        ("ben", "honestly I don't want to be alive anymore"),
    ]
    result = score_table(chat_table(thread))
    assert result.scores["disclosure.vulnerable"][1] >= PRESENT
    sources = [e.source for e in result.evidence[1]["disclosure.vulnerable"]]
    assert any(s.startswith("crisis:") for s in sources)
    zh = score_table(chat_table([("ana", "你最近还好吗"), ("ben", "活着好累，不如死了算了")]))
    assert zh.scores["disclosure.vulnerable"][1] >= PRESENT


# a despairing statement made conditional on the other leaving is a threat tied to leaving
THREAT_TIED_TO_LEAVING = [
    ("if you leave me I don't want to be alive anymore", True),
    ("leave me and I won't want to live", True),
    ("你要是离开我，我就不想活了", True),
    ("分手的话我真的活不下去了", True),
    ("I don't want to be alive anymore", False),
    ("我不想活了", False),
    ("when you leave for work I don't want to get out of bed", False),
    ("你走了以后我就不想起床了", False),
]


@pytest.mark.parametrize(("text", "fires"), THREAT_TIED_TO_LEAVING)
def test_not_wanting_to_live_if_the_other_leaves_is_a_threat(text: str, fires: bool) -> None:
    assert fires_alone(text, "safety.threat") is fires, text


@pytest.mark.parametrize("text", ["我今天累得不想活动了", "我担心你不想活了"])
def test_not_wanting_to_move_or_a_worry_is_not_the_writers_despair(text: str) -> None:
    assert not fires_alone(text, "disclosure.vulnerable"), text
