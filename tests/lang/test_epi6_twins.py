"""Couple-talk twins of the h-epi6 reply lexicon changes (issue 10), both languages: the
other's load named without a feeling word reads as understanding after they shared
something; asked, said of someone else, an accusation, a complaint or sarcasm does not."""

from __future__ import annotations

import pytest

from unmask.signals.reply import score_reply_text
from unmask.signals.types import PRESENT

INTERPRETATION = "responsiveness.interpretation"
WORK_EN = "work has been insane and my mom is sick again, I can't sleep"
WORK_ZH = "最近工作太忙了，我妈又生病了，我都睡不着"

#: (language, the partner's message, reply, fires)
TWINS = [
    ("en", WORK_EN, "you have so much going on right now, love", True),
    ("en", WORK_EN, "you have way too much on your plate", True),
    ("en", WORK_EN, "you're under so much pressure, babe", True),
    ("en", WORK_EN, "you're under a lot of pressure to finish it by Friday?", False),
    (
        "en",
        "I was out late with the girls",
        "you have a lot going on with other girls apparently",
        False,
    ),
    ("en", WORK_EN, "you have too much going on, you never have time for me", False),
    ("zh", WORK_ZH, "你要操心的事太多了，辛苦了", True),
    ("zh", WORK_ZH, "你身上的担子太重了", True),
    ("zh", WORK_ZH, "你心里一定憋了很多", True),
    ("zh", WORK_ZH, "他身上的担子太重了，你别管他", False),
    ("zh", WORK_ZH, "你要操心的事太多了吗？", False),
    ("zh", WORK_ZH, "你要操心的事可真多啊", False),
]


@pytest.mark.parametrize(("lang", "other", "reply", "fires"), TWINS)
def test_twins(lang: str, other: str, reply: str, fires: bool) -> None:
    score = score_reply_text(reply, lang, other).scores[INTERPRETATION]
    assert score is not None
    assert (score >= PRESENT) is fires
