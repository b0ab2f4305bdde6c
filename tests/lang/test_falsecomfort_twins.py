"""Twins of the h-falsecomfort guard (docs/validity.md, "Control, sarcasm and brush-offs read as
comfort (h-falsecomfort)"; lang/<lang>/guards/false_comfort.yaml): comfort words in a message
that also orders, restricts or watches the reader, mocks the reader, or sends the reader away
after the comfort word do not fire ``support.emotional``; the same comfort with a practical
word of care ("make sure you eat something", 记得吃点东西) keeps it."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
SUPPORT = [
    # control dressed as care, and its twin
    ("i'm always here for you, that's why you're not going to that party", False),
    ("i'm always here for you, go to that party and have fun", True),
    ("i'm here for you, which is why you won't be seeing him again", False),
    ("i'm here for you, make sure you eat something tonight", True),
    ("i'm here to keep an eye on who you text", False),
    ("i'm so sorry, i'm here, just make sure you drink some water", True),
    ("that must be hard, i'll keep track of where you go from now on", False),
    ("that must be hard, make sure you take tomorrow off", True),
    ("i'm so sorry you feel rotten, keep an eye on your temperature and ring me", True),
    ("别哭了有我在，以后不准你再见他", False),
    ("别难过了，有我在，记得吃点东西", True),
    ("我是心疼你，所以你的手机拿来给我看", False),
    ("别哭了，我陪着你", True),
    ("别怕，我要看着你把药吃完再睡", True),
    ("别难过，我要看着你跟谁出去", False),
    # mockery, and its twin
    ("oh you poor thing, having to lift a finger for once", False),
    ("you poor thing, that sounds awful, want me to come over?", True),
    ("must be sooo hard being you lol", False),
    ("my heart breaks for you lol", False),
    ("my heart breaks for you, i'm so sorry", True),
    ("you're doing great, sweetie 🙄", False),
    ("you're doing great, sweetie, nearly there", True),
    ("哟，你可真是辛苦呢", False),
    ("辛苦了宝贝，早点睡", True),
    # a brush-off after the comfort word, and its twin
    ("you've got this, stop texting me about it", False),
    ("you've got this, text me when it's over", True),
    ("you're strong, figure it out yourself", False),
    ("you're strong, and you don't have to figure it out alone", True),
    ("hugs, but i really don't want to hear about it anymore", False),
    ("i hear you, now stop moaning at me", False),
    ("i hear you, that sounds exhausting", True),
    ("会好的，别烦我了行吗", False),
    ("会好的，别怕，我一直在", True),
    ("抱抱，你自己想办法吧，我忙", False),
    ("抱抱你，有什么事随时找我", True),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text
