"""Couple-talk twins of the h-quest10 reply lexicon changes (issue 10, responsiveness round
23), both languages: a tentative reflection ("I wonder if part of you feels let down",
我猜你心里其实挺委屈的) reads as interpretation, the load that lands on the other restated
(最后都落到你头上) too, and a question embedded in a statement of wish or curiosity ("I'd love
to hear more about what happened", 我想多了解一下你当时的感受) as exploration; a guess about
the writer, a taunt, an order, a surveillance question or a reproach does not, and a reproach
about the writer's standing asked indirectly ("I wonder if you even care about me") no longer
explores (`reply_structure.FIGHT`). "That sounds so draining" and 这听起来好憋屈 read as
reaction."""

from __future__ import annotations

import pytest
from twins import (
    EXPLORATION,
    HARD_EN,
    HARD_ZH,
    HURT_EN,
    HURT_ZH,
    INTERPRETATION,
    REACTION,
    reply_fires,
)

#: (language, the partner's message, reply, signal, fires)
TWINS = [
    ("en", HARD_EN, "I wonder if part of you feels let down by all of this", INTERPRETATION, True),
    ("en", HARD_EN, "I wonder if you're feeling a bit unappreciated", INTERPRETATION, True),
    ("en", HARD_EN, "I wonder whether some of this is about feeling unseen", INTERPRETATION, True),
    ("en", HARD_EN, "maybe part of you feels relieved it's over", INTERPRETATION, True),
    ("en", HURT_EN, "I wonder if you're tired of me", INTERPRETATION, False),
    ("en", HURT_EN, "I wonder if part of you wants to break up with me", INTERPRETATION, False),
    ("en", HURT_EN, "maybe part of you feels guilty for lying to me", INTERPRETATION, False),
    ("en", HARD_EN, "I wonder if you could ask for Friday off", INTERPRETATION, False),
    ("en", HARD_EN, "I wonder if he feels let down", INTERPRETATION, False),
    ("en", HARD_EN, "I'd love to hear more about what happened", EXPLORATION, True),
    ("en", HARD_EN, "I'd like to know more about how that felt", EXPLORATION, True),
    ("en", HARD_EN, "I want to understand what that was like for you", EXPLORATION, True),
    ("en", HARD_EN, "I'm curious what you make of it", EXPLORATION, True),
    ("en", HURT_EN, "I'd love to know where you were last night", EXPLORATION, False),
    ("en", HURT_EN, "I wanna know who you were texting", EXPLORATION, False),
    ("en", HURT_EN, "I'm curious why you never pick up your phone", EXPLORATION, False),
    ("en", HURT_EN, "I want to know what you did with my money", EXPLORATION, False),
    ("en", HURT_EN, "I wonder if you even care about me", EXPLORATION, False),
    ("en", HURT_EN, "I wonder if you ever loved me", EXPLORATION, False),
    ("en", HURT_EN, "I wonder if you're tired of me", EXPLORATION, False),
    ("en", HURT_EN, "I wonder why you even bother coming home", EXPLORATION, False),
    ("en", HARD_EN, "I wonder if you still miss your old job", EXPLORATION, True),
    ("en", HARD_EN, "I wonder how you're holding up", EXPLORATION, True),
    ("en", HARD_EN, "ugh, that sounds so draining", REACTION, True),
    ("en", HARD_EN, "it's draining my phone battery", REACTION, False),
    ("zh", HARD_ZH, "我猜你心里其实挺委屈的", INTERPRETATION, True),
    ("zh", HARD_ZH, "我感觉你其实是觉得没人看到你的付出", INTERPRETATION, True),
    ("zh", HARD_ZH, "会不会你心里有一部分其实想放弃", INTERPRETATION, True),
    ("zh", HARD_ZH, "所以老板一直改截止日期，最后都落到你头上", INTERPRETATION, True),
    ("zh", HARD_ZH, "什么事都得你来扛", INTERPRETATION, True),
    ("zh", HURT_ZH, "我觉得你一点都不委屈", INTERPRETATION, False),
    ("zh", HURT_ZH, "我觉得你活该难过", INTERPRETATION, False),
    ("zh", HURT_ZH, "我感觉你根本不在乎我", INTERPRETATION, False),
    ("zh", HARD_ZH, "我觉得他心里其实挺委屈的", INTERPRETATION, False),
    ("zh", HARD_ZH, "什么事都得你来扛吧，我不管了", INTERPRETATION, False),
    ("zh", HARD_ZH, "最后还不是落到我头上", INTERPRETATION, False),
    ("zh", HARD_ZH, "这听起来好憋屈", REACTION, True),
    ("zh", HARD_ZH, "这也太心累了", REACTION, True),
    ("zh", HURT_ZH, "你也太矫情了吧", REACTION, False),
    ("zh", HARD_ZH, "我想多了解一下你当时的感受", EXPLORATION, True),
    ("zh", HARD_ZH, "我挺好奇你现在是怎么想的", EXPLORATION, True),
    ("zh", HURT_ZH, "我想知道你昨晚去哪了", EXPLORATION, False),
    ("zh", HURT_ZH, "我很好奇你为什么不接电话", EXPLORATION, False),
    ("zh", HURT_ZH, "我想知道你到底对我怎么想的", EXPLORATION, False),
]


@pytest.mark.parametrize(("lang", "other", "reply", "signal", "fires"), TWINS)
def test_twins(lang: str, other: str, reply: str, signal: str, fires: bool) -> None:
    assert reply_fires(reply, lang, other, signal) is fires
