"""The reply-vs-the-other's-words diagnostic (unmask_dev.echo_overlap, h-refl): what it counts
as shared, in both languages, on couple-talk twins."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals.reply_structure import content_words
from unmask_dev.echo_overlap import (
    RULES,
    features,
    feeling_families,
    heard_before,
    shared_words,
    zh_bigrams,
)
from unmask_dev.validity.responsiveness import Scored


@pytest.mark.parametrize(
    ("reply", "heard", "expected"),
    [
        # a restatement picks up the other's content words
        (
            "So you lost your job and your landlord is on your back?",
            ["I lost my job and my landlord keeps calling"],
            {"lost", "job", "landlord"},
        ),
        # a clerk repeating a booking back shares only plan, time and money words (and the
        # thing booked), not the other's story
        ("So a hotel on Friday for 2 nights, correct?", ["I need a hotel on Friday"], set()),
        # nothing heard, nothing shared
        ("So you lost your job?", [], set()),
    ],
)
def test_shared_words_are_content_words_minus_plan_words(
    reply: str, heard: list[str], expected: set[str]
) -> None:
    assert shared_words(reply, heard) == expected


@pytest.mark.parametrize(
    ("mine", "theirs", "same"),
    [
        ("you sound so down", "I'm really upset about it", True),
        ("that must feel so lonely", "I'm all alone here", True),
        ("you feel worthless", "I feel useless at work", True),
        # different feelings are not the same family
        ("you sound angry", "I'm so scared", False),
    ],
)
def test_feeling_families_join_words_of_one_feeling(mine: str, theirs: str, same: bool) -> None:
    shared = feeling_families(content_words(mine)) & feeling_families(content_words(theirs))
    assert bool(shared) is same


def test_chinese_bigrams_leave_function_characters_out() -> None:
    said = "我丢了工作，觉得自己很没用"
    reflection = "丢了工作让你觉得自己没用"
    assert {"工作", "自己"} <= zh_bigrams(reflection) & zh_bigrams(said)
    # a bigram of two function characters ("你的", "我们") is not content either way
    assert "你的" not in zh_bigrams("你的", content=False)
    assert "我们" not in zh_bigrams("我们走吧")


def test_an_accusing_restatement_shares_words_but_the_rules_need_more() -> None:
    said = ["I think you are the problem here, you never listen to me"]
    accusing = features("So you're saying I'm the problem?", said, task=False)
    assert accusing.overlap >= 1  # "problem": the overlap alone cannot tell them apart
    assert accusing.first  # first person: the "both" rules leave it out
    both = [r for name, r in RULES.items() if name.startswith("both: overlap >= 1, you")]
    assert both and not any(rule(accusing) for rule in both)
    caring = features(
        "So you feel nobody at home listens to you?", ["nobody at home listens to me"], False
    )
    assert caring.overlap >= 2 and caring.you and not caring.first
    assert any(rule(caring) for rule in both)


def test_a_booking_request_is_not_personal_talk() -> None:
    heard = ["I'm looking for a cheap hotel in the north"]
    f = features("So you want a cheap hotel in the north?", heard, task=False)
    assert not f.personal
    assert features("So you feel stuck at work?", ["I feel stuck at work"], task=False).personal


def test_heard_before_is_the_other_speakers_turn_latest_first() -> None:
    s = Scored(
        dialogue=["d", "d", "d", "d", "e"],
        speaker=["a", "a", "b", "b", "b"],
        text=["one", "two", "three", "four", "five"],
        labels=[{}] * 5,
        scores={"responsiveness": np.zeros(5)},
    )
    assert heard_before(s) == [[], [], ["two", "one"], ["two", "one"], []]
