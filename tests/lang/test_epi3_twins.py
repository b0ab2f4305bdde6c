"""Couple-talk twins of the h-epi3 reply lexicon changes (issue 10), both languages: each
construct fires after the partner shared something, and its look-alike does not."""

from __future__ import annotations

import pytest

from unmask.signals.reply import score_reply_text
from unmask.signals.types import PRESENT

REACTION = "responsiveness.reaction"
INTERPRETATION = "responsiveness.interpretation"

#: (language, the partner's message, reply, signal, fires)
TWINS = [
    # praise needs "a / so / such a good" or "good <person>": a bare "good" is ability or
    # "no problem"
    ("en", "I got the promotion!!", "you're such a great partner, so proud of you", REACTION, True),
    ("en", "I fixed the sink myself", "you're good with tools lol", REACTION, False),
    ("en", "can you grab milk on the way?", "you're good, I'll get it", REACTION, False),
    ("zh", "我升职了！", "你真是个好伴侣，为你骄傲", REACTION, True),
    # things will get better, in their own words
    (
        "en",
        "this week at work has been awful",
        "hopefully things will ease up soon, babe",
        REACTION,
        True,
    ),
    ("en", "is the road bad?", "the traffic will ease up after 7, leave then", REACTION, False),
    ("zh", "这周工作压力好大", "希望事情很快就会好起来", REACTION, True),
    ("zh", "明天还去爬山吗", "天气一定会好起来，明天去爬山吧", REACTION, False),
    # understanding as what follows from the other's story, or seeing how it feels
    (
        "en",
        "I felt left out at the party, again",
        "that makes sense after everything you've been through with your sister",
        INTERPRETATION,
        True,
    ),
    (
        "en",
        "the hotel is 200 a night",
        "makes sense given what the hotel charges, let's book it",
        INTERPRETATION,
        False,
    ),
    (
        "en",
        "I've had such a stressful week",
        "I can see where this would be frustrating, love",
        INTERPRETATION,
        True,
    ),
    ("en", "I'm at the car park", "I can see where you parked from here", INTERPRETATION, False),
    ("zh", "这周工作压力好大", "我能想象这有多让人沮丧", INTERPRETATION, True),
    ("zh", "周五那家店订不到位", "可以想象这家店有多难订", INTERPRETATION, False),
]


@pytest.mark.parametrize(("lang", "other", "reply", "signal", "fires"), TWINS)
def test_twins(lang: str, other: str, reply: str, signal: str, fires: bool) -> None:
    score = score_reply_text(reply, lang, other).scores[signal]
    assert score is not None
    assert (score >= PRESENT) is fires
