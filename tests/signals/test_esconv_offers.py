"""An offer of help the other takes up with personal talk is an invitation (h-esconv, issue
10; `inner_question` version 27).

h-quest5 reads an offer of help ("How can I help you?", 有什么我可以帮你的吗) as an
invitation (`inner_question`) when it follows the other's personal talk. An offer that
opens a chat, or follows a greeting, had nothing before it to tell a supporter from a
clerk; what the other answers tells them apart: a feeling or a hardship told in the next
turn takes the offer up as an invitation to share, an errand or small talk leaves it the
clerk's formula. "How can I encourage you?" is an offer too.
"""

from __future__ import annotations

import pytest
from twins import chat_table

from unmask.signals import PRESENT, score_table
from unmask.signals import context as task_context

Thread = list[tuple[str, str]]


_table = chat_table  # tests/lang/twins.py: one conversation, a message a minute


#: (thread, the offer's row, why): the offer is taken up with personal talk
TAKEN_UP: list[tuple[Thread, int, str]] = [
    (
        [
            ("sam", "Hi, how can I help you today?"),
            ("lee", "My sister stopped answering my calls and I feel really lonely"),
        ],
        0,
        "an opening offer, answered with loneliness",
    ),
    (
        [
            ("sam", "Hello! How can I encourage you this evening?"),
            ("lee", "I've been so stressed about my exams that I can barely eat"),
        ],
        0,
        "encourage is an offer too",
    ),
    (
        [
            ("lee", "hey"),
            ("sam", "how may i help you"),
            ("lee", "I keep worrying that I'll lose my job and I'm scared"),
        ],
        1,
        "after a greeting alone",
    ),
    (
        [
            ("sam", "Great. What can I help you with?"),
            ("lee", "hi"),
            ("lee", "my dad is in hospital again and I'm terrified"),
        ],
        0,
        "the other's turn tells it in its second message",
    ),
    (
        [
            ("阿杰", "你好，有什么我可以帮你的吗？"),
            ("小美", "最近和室友闹翻了，心里特别委屈"),
        ],
        0,
        "zh: an opening offer, answered with hurt",
    ),
    (
        [("小美", "在吗"), ("阿杰", "我能为你做点什么吗"), ("小美", "我爸住院了，我好害怕")],
        1,
        "zh: after a greeting alone",
    ),
]

#: (thread, the offer's row, why): the offer stays the clerk's formula
STAYS: list[tuple[Thread, int, str]] = [
    (
        [
            ("clerk", "Hi, how can I help you today?"),
            ("me", "I need a table for four at an Italian place tonight"),
        ],
        0,
        "answered with an errand",
    ),
    (
        [("clerk", "Hello, how can I help you?"), ("me", "I'm good thanks, and you?")],
        0,
        "answered with small talk",
    ),
    (
        [
            ("me", "I need a train to Leeds on Friday"),
            ("clerk", "That's booked. How can I help you with anything else?"),
            ("me", "Honestly I'm nervous about the trip, I hate travelling on my own"),
        ],
        1,
        "the next step of an errand, whatever the answer",
    ),
    (
        [("客服", "你好，有什么可以帮你的吗？"), ("我", "帮我查一下明天去杭州的火车票")],
        0,
        "zh: answered with an errand",
    ),
    (
        [
            ("ana", "I'm so hurt that you lied to me"),
            ("ben", "How can I help it if you keep lying?"),
            ("ana", "I feel like I can't trust you anymore"),
        ],
        1,
        "the idiom is a retort, not an offer",
    ),
]


@pytest.mark.parametrize(("thread", "row", "why"), TAKEN_UP)
def test_an_offer_taken_up_with_personal_talk_is_an_invitation(
    thread: Thread, row: int, why: str
) -> None:
    result = score_table(_table(thread))
    assert result.scores["inner_question"][row] >= PRESENT, why
    assert result.scores["logistics"][row] < PRESENT, why
    sources = {e.source for e in result.evidence[row].get("inner_question", [])}
    assert task_context.SOURCE_TAKEN_UP in sources, why


@pytest.mark.parametrize(("thread", "row", "why"), STAYS)
def test_an_offer_not_taken_up_stays_the_clerks_formula(thread: Thread, row: int, why: str) -> None:
    result = score_table(_table(thread))
    assert result.scores["inner_question"][row] < PRESENT, why
    sources = {e.source for e in result.evidence[row].get("inner_question", [])}
    assert task_context.SOURCE_TAKEN_UP not in sources, why
