"""Couple-talk twins of the h-interp reply lexicon change (issue 10), both languages: the
other's load carried alone reads as understanding (a feeling inferred, not named); asked,
an order, a complaint, "carrying on with her" or said of someone else does not."""

from __future__ import annotations

import pytest

from unmask.signals.reply import score_reply_text
from unmask.signals.types import PRESENT

INTERPRETATION = "responsiveness.interpretation"
LOAD_EN = "work has been insane and my mom is sick again, I have no one to help me"
LOAD_ZH = "最近工作太忙了，我妈又生病了，没人帮我"

#: (language, the partner's message, reply, fires)
TWINS = [
    ("en", LOAD_EN, "you've been carrying all of this on your own", True),
    ("en", LOAD_EN, "you've had to deal with all of it by yourself, love", True),
    ("en", LOAD_EN, "so basically you have been carrying this alone", True),
    ("en", LOAD_EN, "you've been carrying on with her for months", False),
    ("en", LOAD_EN, "you've been handling everything by yourself, you don't even need me", False),
    ("en", LOAD_EN, "he's been carrying this alone", False),
    ("zh", LOAD_ZH, "你一个人扛了这么久", True),
    ("zh", LOAD_ZH, "这些事一直都是你一个人在扛", True),
    ("zh", LOAD_ZH, "你一直一个人撑着，心疼你", True),
    ("zh", LOAD_ZH, "你一个人扛吧，我不管了", False),
    ("zh", LOAD_ZH, "你自己扛着吧，别烦我", False),
    ("zh", LOAD_ZH, "你一个人扛了这么久吗？", False),
    ("zh", LOAD_ZH, "他一个人扛了这么久", False),
]


@pytest.mark.parametrize(("lang", "other", "reply", "fires"), TWINS)
def test_twins(lang: str, other: str, reply: str, fires: bool) -> None:
    score = score_reply_text(reply, lang, other).scores[INTERPRETATION]
    assert score is not None
    assert (score >= PRESENT) is fires
