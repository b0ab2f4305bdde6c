"""A reply that turns the other's words back on them is no interpretation (reply_mirror,
h-refl): must-drop and must-keep twins in both languages, through both APIs."""

from __future__ import annotations

import numpy as np
import pytest
from exchange_table import exchange

from unmask.signals.reply import score_replies, score_reply_text
from unmask.signals.reply_mirror import turned_back
from unmask.signals.types import PRESENT

INTERPRETATION = "responsiveness.interpretation"

#: (language, the other's message, a reply that throws it back, its caring twin)
TWINS = [
    (
        "en",
        "I am so tired of you ignoring my messages all day",
        "Oh so you are tired of being ignored? I am tired of your messages all day!",
        "Oh so you are tired of being ignored? I would be tired of it too.",
    ),
    (
        "en",
        "I feel ignored by you all the time",
        "So you feel ignored? I feel ignored by YOU every single day!",
        "So you feel ignored? I was hurt by your silence too, I'm sorry we both felt that way.",
    ),
    (
        "zh",
        "我觉得被你忽视了，你整天都不理我",
        "所以你觉得被忽视了？我才觉得被你忽视了呢！",
        "所以你觉得被忽视了？",
    ),
    (
        "zh",
        "我好累，天天加班",
        "所以你觉得很累？我还累呢，天天被你烦",
        "所以你觉得很累？我也好累，我们一起休息吧",
    ),
]


@pytest.mark.parametrize(("lang", "other", "mirror", "caring"), TWINS)
def test_a_mirror_is_no_interpretation_and_its_caring_twin_is(
    lang: str, other: str, mirror: str, caring: str
) -> None:
    assert turned_back(mirror, lang, [other])
    assert not turned_back(caring, lang, [other])
    assert score_reply_text(mirror, lang, other).scores[INTERPRETATION] < PRESENT
    assert score_reply_text(caring, lang, other).scores[INTERPRETATION] >= PRESENT


@pytest.mark.parametrize(
    ("lang", "other", "reply"),
    [
        # the mirror needs the other's own words: worry about the other, pride, a thought of
        # one's own are not a retort
        ("en", "I'm so stressed about work", "So you're stressed? I'm worried about your health."),
        ("en", "I passed my exam!!", "So you passed? I'm so proud of you!"),
        # siding with the other against one of their people is no retort
        (
            "en",
            "I am so tired of work, my boss yells at me every day",
            "So you are tired of work? I am sick of your boss too.",
        ),
        # the writer's own complaint about the other, in other words than theirs, is left
        # to the message-level signals: no mirror without the other's words
        (
            "en",
            "I'm so stressed about the move",
            "So you're stressed? I'm tired of your excuses.",
        ),
        (
            "zh",
            "我觉得被你忽视了，你整天都不理我",
            "所以你觉得被忽视了？我还以为你喜欢一个人待着呢",
        ),
        # missing someone too, or a wish, is shared or planned, not thrown back
        ("zh", "我好想他", "所以你很想他？我还想他呢"),
        ("zh", "我想去森林公园玩", "我还想多玩几个地方呢"),
        # an apology is repair, not a retort
        (
            "zh",
            "我觉得被你忽视了，你整天都不理我",
            "所以你觉得被忽视了？我才发现被你冷落的感觉，对不起",
        ),
        # nothing heard, nothing dropped
        ("en", "", "So you feel ignored? I feel ignored by you every single day!"),
    ],
)
def test_not_a_mirror(lang: str, other: str, reply: str) -> None:
    assert not turned_back(reply, lang, [other] if other else [])


@pytest.mark.parametrize(("lang", "other", "mirror", "caring"), TWINS)
@pytest.mark.parametrize("evidence", [True, False])
def test_the_table_api_drops_the_mirror_with_or_without_evidence(
    lang: str, other: str, mirror: str, caring: str, evidence: bool
) -> None:
    disclosed = {"disclosure.emotional": np.array([0.9, 0.0])}
    for reply, kept in ((mirror, False), (caring, True)):
        scores, _ = score_replies(
            exchange(other, reply), [lang, lang], disclosed, evidence=evidence
        )
        assert bool(scores[INTERPRETATION][1] >= PRESENT) is kept
