"""Questions that propose, and the couple model's inner question beside them (h-quest16,
issue 10, responsiveness round 29; `responsiveness.exploration` version 28,
`inner_question` version 24).

Three readings of the ESConv tune half's false alarms, each a question that asks nothing
about the other's experience:

- a question offering the other a thing to do or to use ("Is there anything you can do to
  take your mind off things?", "Can you think of something to do ...?") is a proposal
  (`reply_structure._RESOURCE`): its weak exploration cues do not read, and the reply layer
  gives it no question cue. The people around the other ("Do you have anyone close you
  could talk to?") are their life and still read, as the zh file reads 你身边有没有信得过的
  朋友可以聊聊;
- a statement of what would serve the other beside a question ("These may be useful.", "It
  will be important for them to ...") is advice (`reply_structure._ADVICE`), so the
  question beside it explores only by a strong cue or by naming the inner life;
- the couple model adds no `inner_question` to an English text whose every question is a
  proposal, a restatement check or a retort (`reply_structure.proposes_only`, in
  `couple_model.TEXT_GUARD`).
"""

from __future__ import annotations

import numpy as np
import pytest
from exchange_table import exchange

from unmask.signals import couple_model, score_table
from unmask.signals.reply_structure import _kind, proposes_only
from unmask.signals.types import PRESENT

DOWN = {
    "en": "I've been so down lately. My boyfriend left and I can't stop thinking about him.",
    "zh": "我最近每天都很低落，男朋友走了，我一直忍不住想他。",
}

#: (language, a question offering a thing to do or to use): each read exploration before
PROPOSED = [
    ("en", "okay, is there anything you can do to take your mind off things?"),
    ("en", "Can you think of something to do that will take your mind off him?"),
    ("en", "Do you have a stress ball or something you can keep with you in your pocket?"),
    ("en", "Is there something you could do this weekend that would get you out of the house?"),
    ("zh", "有什么事情是你可以做来转移注意力的吗？"),
    ("zh", "你能想到什么能让你分心的事吗？"),
]

#: (language, a question about the other's people, what helps them, what they cannot do)
ASKED = [
    ("en", "Do you have anyone close in your life you could talk to?"),
    ("en", "Is there anyone you can report this to at the company?"),
    ("en", "Do you have someone to talk to about your feelings?"),
    ("en", "is there anything that helps you feel comforted?"),
    ("en", "Is there anything you can't stop thinking about?"),
    ("zh", "你身边有没有信得过的朋友可以聊聊？"),
]


def _scores(first: str, reply: str) -> tuple[float, float]:
    result = score_table(exchange(first, reply), evidence=False)
    exploration = float(np.nan_to_num(result.scores["responsiveness.exploration"][1]))
    return exploration, float(np.nan_to_num(result.scores["inner_question"][1]))


@pytest.mark.parametrize(("lang", "reply"), PROPOSED)
def test_a_thing_to_do_offered_as_a_question_is_no_exploration(lang: str, reply: str) -> None:
    exploration, inner = _scores(DOWN[lang], reply)
    assert exploration < PRESENT
    assert inner < PRESENT


@pytest.mark.parametrize(("lang", "reply"), ASKED)
def test_the_others_people_and_what_helps_them_still_explore(lang: str, reply: str) -> None:
    exploration, inner = _scores(DOWN[lang], reply)
    assert max(exploration, inner) >= PRESENT


@pytest.mark.parametrize(
    "sentence",
    [
        "is there anything you can do to take your mind off things?",
        "Can you think of something to do that will take your mind off him?",
        "Do you have a stress ball or something you can keep with you?",
    ],
)
def test_the_sentence_is_a_proposal(sentence: str) -> None:
    assert _kind(sentence) == "suggestion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Do you have anyone close in your life you could talk to?",
        "Is there anything you can't stop thinking about?",
        "Do you have any hobbies?",
    ],
)
def test_people_and_plain_questions_stay_questions(sentence: str) -> None:
    assert _kind(sentence) == "question"


def test_a_question_beside_what_would_serve_the_other_is_advice() -> None:
    alone = "Have you consulted with a job center, a life coach, or a website like that?"
    exploration, _ = _scores(DOWN["en"], alone)
    assert exploration >= PRESENT
    exploration, _ = _scores(DOWN["en"], alone + " These may be useful.")
    assert exploration < PRESENT
    talked = "Have you talked to the kids about it?"
    said = talked + " It will be important for them to understand what is going on."
    assert _scores(DOWN["en"], talked)[0] >= PRESENT
    assert _scores(DOWN["en"], said)[0] < PRESENT


def test_a_strong_question_beside_that_advice_still_explores() -> None:
    reply = "How are you feeling about all of this? Talking to someone may be helpful."
    assert _scores(DOWN["en"], reply)[0] >= PRESENT


@pytest.mark.parametrize(
    "text",
    [
        "Would you consider relocating closer to your family?",
        "Is there anything you can do this weekend to get out of the house?",
        "So you feel that nobody at work listens to you?",
        "It's a lot, don't you think?",
        "Have you thought about trying something new? Would you consider a class?",
    ],
)
def test_the_model_adds_no_inner_question_to_proposals_and_checks(text: str) -> None:
    assert proposes_only(text)
    assert couple_model.TEXT_GUARD["inner_question"](text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Can you tell me a little about what you feel ashamed about?",
        "How are you feeling about the move?",
        "Would you consider relocating? What scares you most about staying?",
        "babe are you ok? you seemed really quiet tonight",
        "I think you should rest tonight.",
        "3 weeks out on the rig, what do u miss most when ur lying in that bunk?",
        # a proposal that names the inner life keeps it, as in a long reply ("mind")
        "Is there anything you can do to take your mind off things?",
    ],
)
def test_a_question_about_the_inner_life_keeps_the_model(text: str) -> None:
    assert not proposes_only(text)
    assert not couple_model.TEXT_GUARD["inner_question"](text, "en")


def test_the_guard_is_english_only() -> None:
    assert not couple_model.TEXT_GUARD["inner_question"]("你会考虑搬家吗？", "zh")
