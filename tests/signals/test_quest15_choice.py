"""A question that hands the other a choice asks their stance (h-quest15, issue 10,
responsiveness round 28; `responsiveness.exploration` version 25).

"Would you be willing to try a new hobby?", "Would you be open to trying yoga?", "Will you
be able to visit him in the hospital?" ask how the other stands on an option or what they can
do; the reply layer had read them as proposals (`reply_structure._SUGGESTION`), which never
get the question cue, so after a disclosure they read nothing. They now read as a question
to the other (`reply_structure._CHOICE`), unless the option is for the writer (a bid: "with
me") or ends something (a demand: "stop seeing her"), or a proposal's own marker sits in
the question ("maybe"); "Would you consider seeing a counsellor?" names the action and stays a
proposal. The zh twin (你愿不愿意试试…, 你准备好…了吗, 你会感兴趣吗) is a weak entry of the zh
exploration file, with the same guards and a booking's words.
"""

from __future__ import annotations

import numpy as np
import pytest
from exchange_table import exchange

from unmask.signals import score_table
from unmask.signals.reply_structure import _kind
from unmask.signals.types import PRESENT

DOWN = {
    "en": "I've been so down lately. I feel stuck in a rut and nothing feels fulfilling anymore.",
    "zh": "我最近每天都很低落，感觉被困住了，做什么都没意思。",
}
BOOKING = {
    "en": "I need a cheap hotel in the north for two nights, starting Friday.",
    "zh": "我想订一家北边便宜的酒店，周五入住，住两晚。",
}

#: (language, a question handing the other a choice): each read exploration 0 before
CHOICES = [
    ("en", "Would you be willing to try a new hobby to make each day less monotonous?"),
    ("en", "Will you be able to visit him in the hospital?"),
    ("en", "Would you be open to trying something new on weekends?"),
    ("zh", "你愿不愿意试试培养一个新的爱好？"),
    ("zh", "你准备好跟他谈谈了吗？"),
    ("zh", "图书馆有免费的晚间课程，你会感兴趣吗？"),
]

#: (language, the same form asking for the writer, ending something, or proposing)
PROPOSALS = [
    ("en", "Would you be willing to go to therapy with me?"),
    ("en", "Would you be willing to stop seeing her?"),
    ("en", "Would you be willing to maybe call her?"),
    ("en", "Would you consider seeing a counsellor?"),
    ("en", "Would you be willing to give up your phone for a week?"),
    ("zh", "你愿意跟我一起去看心理医生吗？"),
    ("zh", "你愿不愿意别再跟她联系了？"),
    ("zh", "你会考虑分手吗？"),
    ("zh", "你会考虑去看心理医生吗？"),
]


def _exploration(first: str, reply: str) -> float:
    result = score_table(exchange(first, reply), evidence=False)
    return float(np.nan_to_num(result.scores["responsiveness.exploration"][1]))


@pytest.mark.parametrize(("lang", "reply"), CHOICES)
def test_a_choice_asked_after_a_disclosure_explores(lang: str, reply: str) -> None:
    assert _exploration(DOWN[lang], reply) >= PRESENT


@pytest.mark.parametrize(("lang", "reply"), PROPOSALS)
def test_a_bid_a_demand_or_a_proposal_does_not(lang: str, reply: str) -> None:
    assert _exploration(DOWN[lang], reply) < PRESENT


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Would you consider a guesthouse instead?"),
        ("en", "Would you be willing to pay a bit more for a hotel in the centre?"),
        ("zh", "你愿意多付一点钱住市中心的宾馆吗？"),
        ("zh", "北边有家便宜的宾馆，你有兴趣吗？"),
        ("en", "There is a guesthouse in the north for 50 pounds. Would that interest you?"),
    ],
)
def test_a_clerks_option_after_a_booking_request_explores_nothing(lang: str, reply: str) -> None:
    assert _exploration(BOOKING[lang], reply) < PRESENT


def test_whether_an_option_appeals_asked_in_a_long_reply_explores() -> None:
    # a reply of three sentences or more keeps a weak cue only on a question about the inner
    # life (reply_structure._INNER_LIFE); whether the option named appeals to the other is one
    long_reply = (
        "Many jobs have moved to being remote. There are phone jobs that pay well. "
        "Have you searched for those online? Would that interest you?"
    )
    assert _exploration(DOWN["en"], long_reply) >= PRESENT
    assert _exploration(DOWN["en"], long_reply.replace(" Would that interest you?", "")) < PRESENT


def test_the_sentence_kinds() -> None:
    assert _kind("Would you be willing to try a new hobby?") == "question"
    assert _kind("Will you be able to visit him?") == "question"
    assert _kind("Would you be willing to go to therapy with me?") == "suggestion"
    assert _kind("Would you be willing to stop seeing her?") == "suggestion"
    assert _kind("Would you be willing to maybe call her?") == "suggestion"
    assert _kind("Would you consider seeing a counsellor?") == "suggestion"
    # ability asked as a polite proposal stays one ("would you be able to", "could you")
    assert _kind("Would you be able to talk to your manager about it?") == "suggestion"
    assert _kind("Could you try talking to him?") == "suggestion"
