"""Twins of the h-safefp guards (docs/signals.md: safety.threat, safety.monitoring and
safety.isolation version 35, safety.degradation 19, safety.remorse 14): a restatement of
the reader's own plans, wishes or worries, someone else's ban or promise told, a time
waited for, a warning of an outside risk, the reader's feared self-view told back and the
writer's self-talk are no control of the partner. Each twin keeps a controlling look-alike
reading. Read by the lexicons and the structural and parts layers (``model=False``: the
safety model is refitted elsewhere). Our own lines, worded apart from the couple rounds and
the safety rounds."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, score_texts
from unmask.signals.types import SAFETY_SIGNALS


def _safety(text: str) -> set[str]:
    scores = score_texts([text], model=False).scores
    return {name for name in SAFETY_SIGNALS if scores[name][0] >= PRESENT}


NOT_CONTROL = [
    # a restatement: the reader's own plans, wishes or worries told back to them
    "just so i understand, your manager left and now you'd like her job, "
    "but you worry the board won't pick you?",
    "so you feel you can't quit your job until your boss signs off?",
    "you're scared your mum will stop talking to you if you move out?",
    "如果我没理解错，你是担心辞了工作以后找不到更好的？",
    # the reader's feared self-view told back, the writer's self-talk
    "you feel like you can't do anything right at work lately, that sounds draining",
    "you worry no one will ever love you the way she did",
    "i'm such a dumb idiot, i locked myself out again",
    "你觉得自己什么事都做不好，这种感受一定很难熬",
    "你担心没有人会爱你，这份害怕我听到了",
    "自己就是个废物，我又把事情搞砸了",
    "把对你没用的东西捐出去吧",
    # someone else's ban or promise told; a hedged outcome; a warning of an outside risk
    "如果他不让你和朋友见面，你可以跟他说说你的感受",
    "他跟我保证以后再也不喝酒了，结果又喝醉了",
    "这种做法有时会让你后悔，先冷静几天再决定",
    "到时候可别怪我没提醒你哦，票很快就卖完了",
    # a time waited for, 发 inside another verb, a home lived in, the future as a noun, advice
    "等表哥发我工资以后",
    "哪种方法更能激发我好好工作呢？",
    "离婚后还住在家里有好处也有坏处，你要尽快做决定，否则只会更被动",
    "你不需要为今后的生活担忧，可以多找找喜欢的工作",
    "也许你先跟他聊聊，而不是马上删了他的微信",
]

STILL_CONTROL = [
    "you feel like seeing your friends? quit it, you stay home from now on",
    "you'd like to go out? you're not going to that party, you better stay home",
    "等你发了工资以后，工资卡交给我",
    "你再去见他，别怪我不客气",
    "你担心什么？以后不许跟同学出去",
    "我保证以后再也不会了",
    "你就是个废物",
    "不让你和朋友出去是为你好",
    "你敢走，我就让你后悔",
]


@pytest.mark.parametrize("text", NOT_CONTROL)
def test_not_control(text: str) -> None:
    assert _safety(text) == set()


@pytest.mark.parametrize("text", STILL_CONTROL)
def test_still_control(text: str) -> None:
    assert _safety(text)
