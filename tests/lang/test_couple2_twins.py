"""Twins of the h-couple2 constructs (docs/validity.md "Couple round two of the constructs
(h-couple2)"): anxiety, grief held, insecurity and failure felt as the writer's vulnerable
disclosure; a shared plan without "someday" as future; asking for the other's time as a
bid, and news offered as no inner_question; the other's concern turned into
self-centredness as dismissal; small logistics (an errand in any tense, an arrival time).
Each construct in English and in Chinese, with the lines that must not fire (a clerk's
line, a chore, the other's feeling, control or contempt)."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, fires): disclosure.vulnerable en v5 / zh v5
VULNERABLE = [
    ("work was rough, i feel like i'm failing", True),
    ("i keep letting you down", True),
    ("i'm so anxious about tomorrow", True),
    ("my anxiety has been so bad this week", True),
    ("i can't stop worrying about the test results", True),
    ("sometimes i think you could do better than me", True),
    ("i don't deserve you", True),
    ("still can't get over losing dad", True),
    ("i still miss my dad so much", True),
    ("爸走了一年了我还是走不出来", True),
    ("我妈去世以后我一直睡不好", True),
    ("我最近好焦虑", True),
    ("感觉自己一事无成", True),
    ("我总是让你失望", True),
    ("我还是忘不了你", True),
    # insecurity asked of the other about oneself
    ("do you still love me?", True),
    ("am i too much for you?", True),
    ("are you tired of me?", True),
    ("你还爱我吗", True),
    ("我是不是很黏人", True),
    ("你会不会离开我", True),
    # a condition that demands, an errand, "leave me alone"
    ("if you still love me you'd delete his number", False),
    ("do you still want me to get bread?", False),
    ("will you leave me alone for a bit", False),
    ("你要是还爱我就把她删了", False),
    # not the writer's soft side: a task, the other's feeling, a thing, eagerness
    ("i'm failing to see the point of this meeting", False),
    ("you could do better than that with the budget", False),
    ("are you anxious about tomorrow?", False),
    ("you are feeling anxious about the future?", False),
    ("i lost my dad's watch", False),
    ("i'm anxious to get started on the new job", False),
    ("you're not failing, you're exhausted. there's a difference", False),
    ("我还是放不下手机", False),
    ("你别焦虑，我陪你", False),
    ("你是不是很焦虑？", False),
    ("我都忘不了那家店的面", False),
    # control and contempt are no vulnerability
    ("you're a failure and you know it", False),
    ("你就是个废物", False),
]


@pytest.mark.parametrize(("text", "fires"), VULNERABLE)
def test_vulnerable_anxiety_grief_insecurity(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.vulnerable") is fires, text


# (message, fires): future en v3 / zh v3
FUTURE = [
    ("we should do japan next spring", True),
    ("let's get a dog when we move", True),
    ("next summer we should rent a cabin by the lake", True),
    ("we could go back to lisbon for our anniversary", True),
    ("let's start a family", True),
    ("明年结婚纪念日我们去海边吧", True),
    ("等搬了家我们养只狗", True),
    ("今年夏天我们一起去云南吧", True),
    # a booking, a chore, a bill, a suggestion for now, a clerk's line
    ("book a table for next friday", False),
    ("let's do groceries tomorrow", False),
    ("we need to renew the lease next year", False),
    ("we should fix the roof next summer", False),
    ("we're out of milk, let's go tomorrow", False),
    ("let's get pizza tonight", False),
    ("let's start with a few questions if that's ok", False),
    ("you could plan an event for next year when we will hopefully be less restricted", False),
    ("周末我们去超市吧", False),
    ("明年我们要交房租", False),
    ("明天我们去银行办卡", False),
]


@pytest.mark.parametrize(("text", "fires"), FUTURE)
def test_shared_plans_without_someday(text: str, fires: bool) -> None:
    assert fires_alone(text, "future") is fires, text


# (message, bid fires, inner_question fires): bid en/zh v3, inner_question en/zh v9
BIDS = [
    ("do you have a sec? i want to tell you something", True, False),
    ("can i tell you something?", True, False),
    ("guess what happened at work today", True, False),
    ("you won't believe what happened on the train", True, False),
    ("你现在有空吗？", True, False),
    ("我想跟你说件事", True, False),
    ("你猜今天发生了什么", True, False),
    ("你猜今天发生什么了", True, False),
    # a real question about what happened to the other still reads
    ("what happened? you sound upset", None, True),
    ("发生什么了？", None, True),
    ("I don't have a minute to spare this week.", False, False),
]


@pytest.mark.parametrize(("text", "bid", "inner"), BIDS)
def test_bids_are_not_inner_questions(text: str, bid: bool | None, inner: bool) -> None:
    if bid is not None:
        assert fires_alone(text, "bid") is bid, text
    assert fires_alone(text, "inner_question") is inner, text


# (message, fires): dismissal en/zh v3
DISMISSAL = [
    ("why are you making this about you", True),
    ("not everything is about you", True),
    ("you always turn everything about yourself", True),
    ("你怎么又扯到你自己身上了", True),
    ("怎么什么都要扯到你", True),
    ("又不是只有你一个人难受", True),
    # reassurance, the writer's own, a song
    ("it's not about you, i'm just tired", False),
    ("sorry for making this about me", False),
    ("this song makes me think about you", False),
    ("我怎么又扯到我自己身上了", False),
    ("别把错都揽到自己身上", False),
    ("你不是一个人，我陪你", False),
]


@pytest.mark.parametrize(("text", "fires"), DISMISSAL)
def test_concern_turned_self_centred_is_dismissal(text: str, fires: bool) -> None:
    assert fires_alone(text, "dismissal") is fires, text


@pytest.mark.parametrize("text", ["why are you making this about you", "你怎么又扯到你自己身上了"])
def test_dismissal_is_no_depth(text: str) -> None:
    for signal in ("support.emotional", "affection", "disclosure.vulnerable"):
        assert not fires_alone(text, signal), (text, signal)


# (message, fires): logistics en/zh v13
LOGISTICS = [
    ("grabbing milk", True),
    ("home in 20 xx", True),
    ("there in 5 mins", True),
    ("omw", True),
    ("还有20分钟到家", True),
    ("十分钟到", True),
    ("在买牛奶，马上回", True),
    ("顺路买点菜", True),
    ("到楼下了", True),
    ("I feel at home in your arms", False),
    ("maybe we'll be back in a few years", False),
    ("I got food poisoning from that place", False),
    ("I think buying coffee and doughnuts sounds like a wonderful idea", False),
    ("说到底还是我的错", False),
]


@pytest.mark.parametrize(("text", "fires"), LOGISTICS)
def test_small_logistics(text: str, fires: bool) -> None:
    assert fires_alone(text, "logistics") is fires, text
