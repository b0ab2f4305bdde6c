"""Twins of h-falsealarm (docs/validity.md, "Calm lines read as monitoring, and comfort and
affection look-alikes (h-falsealarm)"): written before the forms were. Praise or thanks for a duty
done once, disbelief after the comfort word and sarcasm closed by a tag question
(lang/<lang>/guards/false_comfort.yaml v3, part ``mock``) do not fire ``support.emotional``;
a compliment's words said of a thing, the weather or a place, "kiss" in a compound and 宝宝 as
the writer's net self-name do not fire ``affection`` (frames of affection v21); the same words
said to the reader keep their reading."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
SUPPORT = [
    ("nice one, einstein, you locked us out again", False),
    ("brilliant work genius, the bins missed again", False),
    ("so proud of you for finally hanging one towel up", False),
    ("proud of you for remembering my birthday for once", False),
    ("good luck with that, you never stick to anything", False),
    ("good luck getting the landlord to fix it lol", False),
    ("you've totally got this under control, haven't you", False),
    ("you're handling it so well, aren't you 🙄", False),
    ("missed me, did you? yeah right", False),
    ("i'm here for you? as if you'd believe that", False),
    ("naturally you're hurt, you always are when it suits you", False),
    ("真棒啊，你又把钥匙锁车里了", False),
    ("干得漂亮，第三次忘交电费了", False),
    ("祝你好运吧，反正你从来坚持不下来", False),
    ("辛苦你了哈，终于舍得洗一次碗", False),
    ("你可真行啊，心疼你？才怪", False),
    ("你又委屈了，每次都这样", False),
    ("nice one, you fixed the lock all by yourself, proud of you", True),
    ("so proud of you for hanging in there this week", True),
    ("you've got this, i believe in you", True),
    ("of course you're hurt, anyone would be", True),
    ("i'm here for you, always", True),
    ("真棒啊，你终于把论文交了，为你骄傲", True),
    ("祝你面试顺利，你一定行的", True),
    ("别难过了，有我在呢", True),
]

# (message, affection fires)
AFFECTION = [
    ("beautiful sunset over the harbour tonight", False),
    ("what a gorgeous morning for the allotment", False),
    ("the new kitchen tiles look beautiful", False),
    ("they put us on the kiss cam at the match 😂", False),
    ("kiss chase in the playground, the kids loved it", False),
    ("宝宝心里苦啊，今天加班到十点", False),
    ("宝宝委屈，但宝宝不说", False),
    ("you look beautiful tonight", True),
    ("morning gorgeous x", True),
    ("kiss kiss, night", True),
    ("宝宝晚安，爱你", True),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


@pytest.mark.parametrize(("text", "fires"), AFFECTION)
def test_affection_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "affection") is fires, text
