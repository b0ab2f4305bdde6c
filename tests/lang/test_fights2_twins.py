"""Twins of h-fights2 (docs/validity.md, "Fights, sarcasm and we, one round left out at a time
(h-fights2)"): an accusation in "I feel" words whose complement opens on the other and denies
or limits ("i feel like u never ...", "i feel like ur flatmate not ur wife", "i feel like the
only time you ...") is a reproach (``lang/en/guards/reproach.yaml``, part ``lot``) and earns
no depth; "i feel like you really understand me" has no denial and keeps its reading; the
writer's own state beside it holds it back; "together" in the idiom of composure ("held it
together") is no ``we_talk``. None of these lines is a couple round's."""

from __future__ import annotations

import pytest
from twins import fires_alone

from unmask.signals import couple_model

DEPTH = (
    "disclosure.emotional",
    "disclosure.vulnerable",
    "we_talk",
    "support.emotional",
    "affection",
)

# (message, the signals it reads before the rule that it must lose)
ACCUSED = [
    ("i feel like you never put the phone down for our kids", ("we_talk",)),
    ("i feel like the only time you call is when the car needs fixing, we never just chat", ()),
    ("i feel like your landlord not your husband, we only ever talk about rent", ()),
]

# (message, the signals it must keep)
KEEP = [
    # no denial or limit in the complement: warmth, not an accusation
    ("i feel like you really understand me", ("disclosure.emotional",)),
    ("i feel like you're the only one who gets me", ("disclosure.emotional",)),
    (
        "i feel like you don't see me anymore and it makes me feel so alone",
        ("disclosure.vulnerable",),
    ),
    ("i feel like i'm letting you down and i'm so scared", ("disclosure.vulnerable",)),
    ("we held it together at the funeral, the two of us", ("we_talk",)),
]


@pytest.mark.parametrize(("text", "lost"), ACCUSED)
def test_an_accusation_in_i_feel_words_earns_no_depth(text: str, lost: tuple[str, ...]) -> None:
    assert not [name for name in DEPTH if fires_alone(text, name)], text
    assert couple_model.sharp_reproach(text, "en"), text


@pytest.mark.parametrize(("text", "lost"), ACCUSED)
def test_without_the_rule_they_read_as_before(
    text: str, lost: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(couple_model, "SHAPE_OF", {})
    monkeypatch.setattr(couple_model, "SHAPE_RULE", {"en": ("disclosure.emotional",)})
    assert all(fires_alone(text, name) for name in lost), text


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_the_writers_own_state_and_the_pair_keep_their_reading(
    text: str, kept: tuple[str, ...]
) -> None:
    assert all(fires_alone(text, name) for name in kept), text


@pytest.mark.parametrize(
    "text", ["i held it together at work and cried in the car", "no need to hold it together"]
)
def test_composure_is_no_pair(text: str) -> None:
    assert not fires_alone(text, "we_talk"), text
