"""Twins of the h-quest13 support entries (docs/validity.md, "Questions lost to other
layers' changes, found and mended (h-quest13, responsiveness round 26)"): a shared feeling
acknowledged, who the other is praised as an impression, and the future eased with "just"
(support); their look-alikes (no support)."""

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
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text
