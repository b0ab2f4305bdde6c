"""Twins of the h-affirm6 construct (docs/validity.md, "Affirmation and Reflection, round 6
(h-affirm6)"): sympathy that names what the other went through (harm done to them, a loss of
their people, work or home, a lack, "your" typed for "you're"; zh 抱歉你被他骗了) is a weak
interpretation, read after the other shared something; beside each, the bare formula, the
jab, the laugh, the question, a thing lost or a delay that looks like it, and the same line
with no disclosure before it."""

from __future__ import annotations

import pytest
from twins import INTERPRETATION, reply_fires

BETRAYED = (
    "I'm so hurt and ashamed, my best mate borrowed two grand off me and then blocked me everywhere"
)
LAID_OFF = (
    "they let half the team go this morning and I'm one of them, I'm scared and honestly gutted"
)
ISOLATED = "i moved for work and honestly i barely see anyone anymore, weekends are so lonely"
ILL = "fever again and my throat is killing me, I feel awful and so low"
#: a message that shares nothing: a weak cue stays below the line after it
PLAIN = "the train's running twenty minutes behind, start without me"

# (the other's message, reply, interpretation fires)
NAMED = [
    (BETRAYED, "I'm so sorry you were lied to like that.", True),
    (BETRAYED, "sorry you got taken in by him, that's on him not you", True),
    (BETRAYED, "sorry you were treated so badly by someone you trusted", True),
    (BETRAYED, "sorry you had to deal with that", False),
    (BETRAYED, "sorry you got scammed but you had it coming", False),
    (BETRAYED, "sorry you were lied to? you lent him the money", False),
    (BETRAYED, "sorry you got taken in lol", False),
    (BETRAYED, "sorry you got stuck in traffic", False),
    (LAID_OFF, "I'm really sorry you lost your job", True),
    (LAID_OFF, "sorry you were laid off, that's a horrible way to start the week", True),
    (LAID_OFF, "sorry you lost your keys", False),
    (LAID_OFF, "sorry you got fired lmao", False),
    (LAID_OFF, "sorry you got fired but maybe you should have worked harder", False),
    (ISOLATED, "sorry to hear you have fewer friends nearby these days", True),
    (ISOLATED, "sorry you have no one to see at the weekend", True),
    (ISOLATED, "sorry you have no signal there?", False),
    (ILL, "so sorry your not feeling well", True),
    (ILL, "so sorry ur feeling so rough, stay in bed", True),
    (ILL, "sorry your not feeling well lol", False),
    (PLAIN, "I'm so sorry you were lied to like that.", False),
    (PLAIN, "I'm really sorry you lost your job", False),
]


@pytest.mark.parametrize(("other", "reply", "fires"), NAMED)
def test_sympathy_that_names_what_happened(other: str, reply: str, fires: bool) -> None:
    assert reply_fires(reply, "en", other, INTERPRETATION) is fires, reply


BETRAYED_ZH = "我真的好难受，最好的朋友借了我两万块然后把我拉黑了"
LAID_OFF_ZH = "今天公司裁员，我也在名单里，整个人都懵了，好害怕"
PLAIN_ZH = "高铁晚点二十分钟，你们先吃"

NAMED_ZH = [
    (BETRAYED_ZH, "真抱歉你被他骗了", True),
    (BETRAYED_ZH, "心疼你被最信任的人这样冷落", True),
    (BETRAYED_ZH, "抱歉你被骗了，谁让你那么傻", False),
    (BETRAYED_ZH, "抱歉你被骗了？", False),
    (BETRAYED_ZH, "抱歉你被骗了哈哈", False),
    (LAID_OFF_ZH, "很遗憾你丢了工作", True),
    (LAID_OFF_ZH, "抱歉听到你被裁了", True),
    (LAID_OFF_ZH, "很遗憾你丢了钥匙", False),
    (PLAIN_ZH, "真抱歉你被他骗了", False),
]


@pytest.mark.parametrize(("other", "reply", "fires"), NAMED_ZH)
def test_sympathy_that_names_what_happened_zh(other: str, reply: str, fires: bool) -> None:
    assert reply_fires(reply, "zh", other, INTERPRETATION) is fires, reply
