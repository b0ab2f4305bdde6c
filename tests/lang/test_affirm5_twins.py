"""Twins of the h-affirm5 constructs (docs/validity.md, "Affirmation and Reflection, round 5
(h-affirm5)"): blame lifted off the other onto a third party, a feeling given every reason,
strength put above the other's own view of it, normalising and a brave step praised (support,
and a reaction in a reply), and the other's tiredness seen with two words of degree
(interpretation), in both languages; beside each, the brush-off, the threat, the order, the
laugh, the contempt or the question that looks like it."""

from __future__ import annotations

import pytest
from twins import fires_alone, reply_fires

# (message, support.emotional fires)
SUPPORT = [
    ("it's not about you, it's about him. he does this to everyone", True),
    ("honestly his actions have very little to do with you and more to do with him", True),
    ("i don't think that would reflect on you at all, it's on your sister", True),
    ("this isn't about you", False),
    ("not everything is about you", False),
    ("it has nothing to do with you, stay out of it", False),
    ("it's not about you, it's about me. i need space", False),
    ("you have every reason to feel hurt after what she said", True),
    ("you have every reason to be scared of me", False),
    ("you're braver than you think, love", True),
    ("you're doing better than you realise, i mean it", True),
    ("you're braver than you think, so stop crying and go", False),
    ("you're braver than you think lol", False),
    ("他那样做跟你没什么关系，是他自己的问题", True),
    ("这不是针对你，是她自己心情不好", True),
    ("这跟你没关系，别管了", False),
    ("很多人都经历过这样的事，别太自责", True),
    ("谁遇到这种事都会难过，别怪自己", True),
    ("很多人都经历过这种事，就你矫情", False),
    ("谁遇到这种事都会难过，你有什么特别的", False),
    ("肯迈出第一步就很了不起", True),
    ("迈出这一步很勇敢吗？", False),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


WORK_EN = "my boss yelled at me in front of everyone again, I just sat in my car and cried"
WORK_ZH = "最近加班太多了，昨天又被领导当众骂了，我在车里哭了好久"

# (language, the other's message, reply, mechanism, fires): in a reply the support entries
# are reactions; the other's feeling seen is interpretation
REPLIES = [
    ("en", WORK_EN, "it's not about you, it's about him. he's like that with everyone", True),
    ("en", WORK_EN, "this isn't about you, stop making it about you", False),
    ("zh", WORK_ZH, "这不是针对你，是他自己的问题", True),
    ("zh", WORK_ZH, "这跟你没关系，别管了", False),
]


@pytest.mark.parametrize(("lang", "other", "reply", "fires"), REPLIES)
def test_reaction(lang: str, other: str, reply: str, fires: bool) -> None:
    assert reply_fires(reply, lang, other, "responsiveness.reaction") is fires, reply


SEEN = [
    ("看得出来你真的很累，今晚早点歇着", True),
    ("看得出你最近特别焦虑，要不要聊聊", True),
    ("看得出来你真的很累吗？", False),
    ("看得出来你真的很辛苦啊，天天打游戏", False),
]


@pytest.mark.parametrize(("reply", "fires"), SEEN)
def test_feeling_seen(reply: str, fires: bool) -> None:
    assert reply_fires(reply, "zh", WORK_ZH, "responsiveness.interpretation") is fires, reply
