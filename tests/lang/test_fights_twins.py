"""Twins of h-fights (docs/validity.md, "English fights and sarcasm on rounds one to thirteen
(h-fights)"): an English reproach or sarcasm at the other earns no depth (`disclosure.*`,
`we_talk`, `support.emotional`, `affection`) through the couple layer's shape rule and text
guard (``lang/en/guards/reproach.yaml``, ``couple_model.SHAPE_RULE`` / ``SHAPE_OF`` /
``TEXT_GUARD``); the writer's own hurt said beside it, comfort and fond "you always / never"
keep their readings. Twins of h-fights2 ("Fights, sarcasm and we, one round left out at a time
(h-fights2)") beside them: an accusation in "I feel" words whose complement opens on the other
and denies or limits ("i feel like u never ...", "i feel like the only time you ...") is a
reproach (part ``lot``); "i feel like you really understand me" has no denial and keeps its
reading; "together" in the idiom of composure ("held it together") is no ``we_talk``. None of
these lines is a couple round's."""

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
REPROACH = [
    ("sure, go golfing on our anniversary, we dont need u here anyway", ("we_talk",)),
    ("dont you dare bring my dad into this every time we row", ("we_talk",)),
    ("i feel like you don't even care that we haven't talked in days", ("we_talk",)),
    ("feels like im just a lodger in this house, we never talk", ("we_talk",)),
    ("that job must love you more than we do", ("we_talk", "affection")),
    ("i'm so sick of being the one who plans every date night for us", ("we_talk",)),
    # h-fights2: an accusation in "I feel" words that denies or limits
    ("i feel like you never put the phone down for our kids", ("we_talk",)),
    ("i feel like the only time you call is when the car needs fixing, we never just chat", ()),
    ("i feel like your landlord not your husband, we only ever talk about rent", ()),
]

# (message, the signals it must keep)
KEEP = [
    # the writer's own state beside sarcasm about their lot or an "i feel like you" clause
    ("oh lovely, another christmas at your mums, i feel so alone", ("disclosure.emotional",)),
    ("i feel like you don't care and it makes me feel so alone", ("disclosure.vulnerable",)),
    ("i feel like a lodger in this house and i'm so lonely", ("disclosure.vulnerable",)),
    # h-fights2: no denial or limit in the complement (warmth), or the writer's own state beside it
    ("i feel like you really understand me", ("disclosure.emotional",)),
    ("i feel like you're the only one who gets me", ("disclosure.emotional",)),
    (
        "i feel like you don't see me anymore and it makes me feel so alone",
        ("disclosure.vulnerable",),
    ),
    ("i feel like i'm letting you down and i'm so scared", ("disclosure.vulnerable",)),
    ("we held it together at the funeral, the two of us", ("we_talk",)),
    # comfort and fondness said with "you always / never" (the broad part: no drop)
    ("you never have to go through this alone, we're a team", ("we_talk", "support.emotional")),
    ("i'm so proud of you, you always find a way", ("support.emotional",)),
    ("you never give up on us, i'm so grateful", ("we_talk",)),
    ("you are never alone in this, i'm here for you", ("support.emotional",)),
    # warmth still holds the shape back; "love you more than anything" is warmth
    ("i love you more than anything, we'll get through this", ("we_talk", "affection")),
    ("work was brutal today, i feel like i'm drowning", ("disclosure.vulnerable",)),
]


@pytest.mark.parametrize(("text", "lost"), REPROACH)
def test_a_reproach_or_sarcasm_at_the_other_earns_no_depth(
    text: str, lost: tuple[str, ...]
) -> None:
    assert not [name for name in DEPTH if fires_alone(text, name)], text
    assert couple_model.sharp_reproach(text, "en"), text


@pytest.mark.parametrize(("text", "lost"), REPROACH)
def test_without_the_rule_they_read_as_before(
    text: str, lost: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(couple_model, "SHAPE_OF", {})
    monkeypatch.setattr(couple_model, "SHAPE_RULE", {"en": ("disclosure.emotional",)})
    assert all(fires_alone(text, name) for name in lost), text


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_the_writers_hurt_comfort_and_fondness_keep_their_reading(
    text: str, kept: tuple[str, ...]
) -> None:
    assert all(fires_alone(text, name) for name in kept), text


@pytest.mark.parametrize(
    ("text", "broad", "sharp"),
    [
        ("you never listen to a word i say", True, False),
        ("oh amazing, you finally fixed the shower", True, False),
        ("wow u finally remembered bin day, someone alert the press", True, True),
        ("left the hob on again. genius", True, True),
        ("oh great, another night alone, i feel so lonely", False, False),
        ("the kids are asleep, i feel so lonely tonight", False, False),
    ],
)
def test_sharp_is_the_shape_less_its_broad_part(text: str, broad: bool, sharp: bool) -> None:
    assert couple_model.reproach(text, "en") is broad
    assert couple_model.sharp_reproach(text, "en") is sharp
    assert couple_model.sharp_reproach("你又把袜子扔沙发上了", "zh") is False


@pytest.mark.parametrize(
    "text", ["i held it together at work and cried in the car", "no need to hold it together"]
)
def test_composure_is_no_pair(text: str) -> None:
    assert not fires_alone(text, "we_talk"), text
