"""Twins of the h-mend2 constructs (docs/signals.md): a clerk's happiness to serve is no
feeling, a request to be left alone is no advice, a clerk's offer after task talk stays
task talk, and a yes/no question typed without "?" reads as its "?" twin does."""

from __future__ import annotations

import pytest
from twins import chat_table, fires_alone

from unmask.signals import PRESENT, score_table

# (message, disclosure.emotional fires): happiness to help, assist, hear that or confirm
# said to a customer is a formula; happiness with or about the partner is a feeling
HAPPY_TO_SERVE = [
    ("I'm so happy to help you with that booking", False),
    ("I'm so happy to help you with that", False),
    ("I'm happy to assist with your reservation", False),
    ("I am so happy to confirm your table for two", False),
    ("我很高兴为您服务", False),
    ("我很高兴帮您查询一下", False),
    ("I'm so happy with you", True),
    ("I'm so happy you came home", True),
    ("I'm so happy to see you", True),
    ("I'm so happy to hear that, I missed you so much", True),
    ("I'm glad to hear that your booking is confirmed", False),
    ("I'm so happy to hear that", True),
    ("我很高兴你回家了", True),
    ("见到你我好开心", True),
]


@pytest.mark.parametrize(("text", "fires"), HAPPY_TO_SERVE)
def test_happiness_to_serve_is_a_formula(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.emotional") is fires, text


# (message, support.informational fires): a request to be left alone is no advice; a way
# of coping offered to the other still is
LEFT_ALONE = [
    ("what helps is you leaving me alone", False),
    ("what helps is you just leave me alone", False),
    ("最能帮我的就是你别管我", False),
    ("对我有帮助的是你离我远点", False),
    ("something that helped me was journaling", True),
    ("what helps is you listening to me", True),
    ("深呼吸能帮你慢慢平静下来。", True),
    ("我以前失眠的时候试过冥想，挺管用的", True),
]


@pytest.mark.parametrize(("text", "fires"), LEFT_ALONE)
def test_a_request_to_be_left_alone_is_not_advice(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.informational") is fires, text


def test_an_offer_after_the_partys_size_stays_task_talk() -> None:
    # the party's "we" answers the clerk's question: the answer is read by its place (and
    # keeps its we-talk), and the clerk's offer after it explores nothing
    clerk = score_table(
        chat_table(
            [
                ("me", "I'd like a table for Friday at 7"),
                ("clerk", "Sure, how many people?"),
                ("me", "There will be 6 of us."),
                ("clerk", "How can I help you with anything else?"),
            ]
        )
    )
    assert clerk.scores["logistics"][2] >= PRESENT
    assert clerk.scores["we_talk"][2] >= PRESENT
    assert clerk.scores["logistics"][3] >= PRESENT
    assert clerk.scores["responsiveness.exploration"][3] < PRESENT
    zh = score_table(
        chat_table(
            [("clerk", "几点到？"), ("me", "我们六点到"), ("clerk", "还有什么可以帮你的吗？")]
        )
    )
    assert zh.scores["responsiveness.exploration"][2] < PRESENT
    # the same offer after a partner's feeling is an invitation; a "we" beside a feeling is
    # no answer by its place
    couple = score_table(
        chat_table([("ana", "ugh work was awful today, I'm so tired"), ("ben", "How can I help?")])
    )
    assert couple.scores["responsiveness.exploration"][1] >= PRESENT
    assert couple.scores["inner_question"][1] >= PRESENT
    zh_couple = score_table(
        chat_table([("ana", "我今天好难过"), ("ben", "有什么我可以帮你的吗？")])
    )
    assert zh_couple.scores["inner_question"][1] >= PRESENT
    missed = score_table(
        chat_table(
            [
                ("ana", "how many people for saturday?"),
                ("ben", "just us two, I miss you so much"),
                ("ana", "How can I help you with anything else?"),
            ]
        )
    )
    assert missed.scores["logistics"][1] < PRESENT
    assert missed.scores["affection"][1] >= PRESENT
    assert missed.scores["responsiveness.exploration"][2] >= PRESENT


# a short yes/no question typed without "?" reads as its "?" twin in the reply layer (en;
# zh asks with 吗 and needs no mark)
DISCLOSED = "my dad passed away last month and I can't stop crying"
UNMARKED = [
    "Are you married",
    "Do you have kids",
    "Was it sudden",
    "Has he apologized",
    "Is it getting better",
]


@pytest.mark.parametrize("question", UNMARKED)
def test_a_yes_no_question_without_its_mark(question: str) -> None:
    marked = score_table(chat_table([("ana", DISCLOSED), ("ben", question + "?")]))
    bare = score_table(chat_table([("ana", DISCLOSED), ("ben", question)]))
    for name in ("responsiveness.exploration", "responsiveness"):
        assert bare.scores[name][1] == pytest.approx(marked.scores[name][1]), question


def test_what_is_no_unmarked_question() -> None:
    from unmask.signals.reply_structure import question_form

    assert question_form("Are you married") == "Are you married?"
    assert question_form("did they help you.") == "did they help you?"
    assert question_form("ok so has he apologized") == "ok so has he apologized?"
    # statements, exclamations, negated openers, long texts and "?" texts stay as they are
    for text in (
        "You are married",
        "It was sudden",
        "Are you kidding me!",
        "ok, did you catch the match on sunday",
        "Aren't you sweet",
        "Isn't it funny how things work out",
        "Are you married. I'm asking because my sister is",
        "Do you think we could maybe talk about this tonight after dinner",
        "Are you married?",
        "你结婚了吗",
    ):
        assert question_form(text) is None, text
    # in a couple's chat the unmarked question explores as the marked one does; a statement
    # stays none
    couple = score_table(
        chat_table(
            [
                ("ana", "I'm so scared about the biopsy results"),
                ("ben", "Do you want me to come with you"),
            ]
        )
    )
    assert couple.scores["responsiveness.exploration"][1] >= PRESENT
    flat = score_table(chat_table([("ana", DISCLOSED), ("ben", "You are married")]))
    assert flat.scores["responsiveness.exploration"][1] < PRESENT
