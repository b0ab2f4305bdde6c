"""More ways of advising beside a question (h-quest17, issue 10, responsiveness round 30;
`responsiveness.exploration` version 30).

A statement that advises the other makes a question beside it in the same reply part of
the advice (`reply_structure._ADVICE`, h-quest7): the question explores only by a cue of
its own of `LONG_WEAK` or more or by naming the other's inner life. Four more ways of
advising are read as advice:

- the way to go about it, advised: "it can be good to ...", "it may be wise to ...", "The
  important thing is to ...", "the best thing to do";
- a way of coping endorsed: "Reading is a great coping skill.", "... is a good way to ...",
  "... a healthy outlet";
- advice framed as the writer's: "in my opinion", "if I were you", "my advice would be".

Not advice: a pleasantry ("It would be good to talk to you again."), agreement with the
other's words ("That's a great way to put it."), relief ("The best thing is that you are
safe now.").
"""

from __future__ import annotations

import numpy as np
import pytest
from exchange_table import exchange

from unmask.signals import score_table
from unmask.signals.reply_structure import _ADVICE, _advised
from unmask.signals.types import PRESENT

DOWN = "I've been so down lately. My boyfriend left and I can't stop thinking about him."

#: (advice, a question with weak cues only that reads exploration alone after DOWN)
ADVISED = [
    ("I understand, it can be good to get some stress out in other ways.", "Do you exercise?"),
    ("The important thing is to gradually rebuild your self esteem.", "Do you have any hobbies?"),
    ("Reading is a great coping skill.", "What are some of your favorite things to read?"),
    ("Well, in my opinion, you did the right thing.", "Has anyone else mentioned it?"),
    ("If I were you, I would take a few days off work.", "Do you have any hobbies?"),
    ("My advice would be to keep busy for a while.", "Do you have any hobbies?"),
    ("Walking is a good way to clear your head.", "Do you exercise?"),
    ("It may be wise to give yourself some time.", "Do you have any hobbies?"),
]

#: statements that are no advice: the question beside them still explores
NOT_ADVICE = [
    "It would be good to talk to you again sometime.",
    "That's a great way to put it.",
    "The best thing is that you are safe now.",
    "I think about you often.",
]


def _exploration(first: str, reply: str) -> float:
    result = score_table(exchange(first, reply), evidence=False)
    return float(np.nan_to_num(result.scores["responsiveness.exploration"][1]))


@pytest.mark.parametrize(("advice", "question"), ADVISED)
def test_a_weak_question_beside_advice_is_part_of_it(advice: str, question: str) -> None:
    assert _exploration(DOWN, question) >= PRESENT
    assert _exploration(DOWN, f"{advice} {question}") < PRESENT
    assert _advised(f"{advice} {question}")


@pytest.mark.parametrize("statement", NOT_ADVICE)
def test_a_question_beside_no_advice_still_explores(statement: str) -> None:
    assert _ADVICE.search(statement) is None
    assert _exploration(DOWN, f"{statement} Do you have any hobbies?") >= PRESENT


@pytest.mark.parametrize(
    "reply",
    [
        "The important thing is to take it slow. How are you feeling about all of this?",
        "In my opinion, you did the right thing. What scares you most about being alone?",
        "It can be good to write things down. Can you tell me what happened?",
    ],
)
def test_a_question_about_the_inner_life_or_with_a_strong_cue_still_explores(reply: str) -> None:
    assert _exploration(DOWN, reply) >= PRESENT
