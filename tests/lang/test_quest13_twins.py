"""Twins of the h-quest13 support entries (docs/validity.md, "Questions lost to other
layers' changes, found and mended (h-quest13, responsiveness round 26)"): a shared feeling
acknowledged, who the other is praised as an impression, the future eased with "just",
siding against how someone treats the other, their love known by their people, and
validation with "anxiety-provoking" (support), the first four with their zh twins; their
look-alikes (no support)."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
SUPPORT = [
    # a shared feeling acknowledged, closed there, by "too" or by a comment on it
    ("oh i know that feeling, it can be rough", True),
    ("ugh I know that feeling too. mondays are the worst", True),
    ("i know that feeling it can be so lonely", True),
    ("I know the feeling is gone between us, we should talk about the lease", False),
    ("I know the feeling of the sand under my feet", False),
    ("I know that restaurant", False),
    # who the other is, praised as an impression
    ("you seem like a really strong person, and you will get through this", True),
    ("You seem to be a real go-getter from what you've told me", True),
    ("you sound like such a caring mom", True),
    ("you seem like a real go-getter lol", False),
    ("you seem like a capable worker, the shift starts at 6", False),
    ("you seem busy today", False),
    # the future eased, with "just" or "really"
    ("I think you will do just fine at the new job", True),
    ("you'll do really well on the exam", True),
    ("you'll do just fine without me", False),
    ("you'll do the dishes tonight", False),
    # siding with the other against how someone treats them
    ("He should not be treating you that way when you've known one another so long!", True),
    ("your boss has no right to talk to you like that", True),
    ("you shouldn't talk to me like that", False),
    ("he should not be treating the dog that way", False),
    # the other's love known by their people, with "will"
    ("they will still know that you love and care for them, however far away you are", True),
    ("they will still know you took the car", False),
    ("he knows you love him, so do what he says", False),
    # validation in words the entry missed
    ("Oh, that is anxiety-provoking...", True),
    ("that sounds nerve-wracking, I'm sorry", True),
    ("the anxiety-provoking part of the film is the end", False),
    # the zh twins
    ("我懂那种感觉，真的很难熬", True),
    ("我知道那种感觉是错的", False),
    ("你懂那种感觉吗？", False),
    ("你看起来是个很坚强的人，会挺过去的", True),
    ("你看起来是个很坚强的人哈哈哈", False),
    ("别紧张，你会做得很好的", True),
    ("你最好做得好一点", False),
    ("他不应该那样对你，你没做错什么", True),
    ("你不应该那样对我", False),
    ("他不应该那样对待客户", False),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text
