"""Twins of h-zh14 (zh ``support.emotional`` v26): comfort in words the file missed
(不会有事的, 你要坚强, 你要好好的, 别想那么多, a setback called small), and what only
looks like comfort: the writer's own "I'm fine" (我没事), 没事 before a brush-off or an
errand done alone, comfort taken back by 才怪, praise of a slip (你真棒啊，又搞砸了),
pressure (你要坚强点，不然没人看得起你). Before v26, "没事，我自己去", "没事，别烦我" and
"我没事" read 0.55, "会好的才怪" 0.80 and "你真棒啊，又搞砸了" 0.85; "你不会有事的",
"你要坚强" and "别想那么多了" read 0."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
COMFORT_WORDS = [
    ("别怕，不会有事的", True),
    ("你不会有事的", True),
    ("他不会有事的，医生都说了", True),
    ("你要坚强，我们都在", True),
    ("你要坚强", True),
    ("你要好好的", True),
    ("别想那么多了，早点睡", True),
    ("别想那么多了", True),
    ("这点挫折不算什么，你还年轻", True),
    # a worried question, pressure, an order, a chore, one-upping, money
    ("他不会有事吧？", False),
    ("你要坚强点，不然没人看得起你", False),
    ("你要好好的学", False),
    ("别想那么多，先把活干完", False),
    ("你这点痛算什么，我比你惨多了", False),
    ("这点钱不算什么，我请客", False),
]


@pytest.mark.parametrize(("text", "fires"), COMFORT_WORDS)
def test_comfort_in_plain_words(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.emotional fires)
NOTHING_WRONG = [
    ("没事没事", True),
    ("没事，有我", True),
    ("没事，会好的", True),
    ("没事的，别怕", True),
    # the writer's own "I'm fine", a brush-off, an errand the writer will do alone
    ("我没事", False),
    ("我没事，你别管了", False),
    ("没事，别烦我", False),
    ("没事，你忙你的", False),
    ("没事，我自己去", False),
    ("没事，我打车回去", False),
    ("没事，不用接我", False),
]


@pytest.mark.parametrize(("text", "fires"), NOTHING_WRONG)
def test_nothing_wrong_is_comfort_only_when_it_reassures(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.emotional fires)
TAKEN_BACK = [
    ("会好的，别怕", True),
    ("你真棒，又拿了第一", True),
    ("会好的才怪。不逗你了，抱抱", True),
    ("会好的才怪", False),
    ("抱抱，才怪", False),
    ("你真棒啊，又搞砸了", False),
    ("真行，又考砸了", False),
]


@pytest.mark.parametrize(("text", "fires"), TAKEN_BACK)
def test_comfort_taken_back_is_not_comfort(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.emotional fires): worth, effort, pride, a feeling called normal or not
# wrong, no shame in help, side by side, health first
WORTH_AND_SIDING = [
    ("你一点都不是负担", True),
    ("丢了工作不代表你不行", True),
    ("公司倒了又不是你无能", True),
    ("你已经拼尽全力了", True),
    ("我特别为你自豪", True),
    ("你会难受太正常了", True),
    ("我要是你我也受不了", True),
    ("换成我也一样", True),
    ("你生气一点都没错", True),
    ("要人帮忙不丢人", True),
    ("签证的事，咱俩一块儿想辙", True),
    ("今天就躺着吧，身体要紧", True),
    # questions, pride in compliance, a purchase, a sum, contempt, a brush-off, a choice
    ("这不代表你不行吗？", False),
    ("你拼尽全力了吗？", False),
    ("我为你自豪，终于肯把密码告诉他了", False),
    ("换我也会买这个", False),
    ("这道题换成我也一样做不出来", False),
    ("你生气一点都没错吗？", False),
    ("这么大了还哭，丢人", False),
    ("你自己想辙吧", False),
    ("身体要紧还是钱要紧", False),
]


@pytest.mark.parametrize(("text", "fires"), WORTH_AND_SIDING)
def test_worth_effort_and_siding(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.emotional fires): 特别 + a feeling is the writer's degree (特别怕 held 别怕,
# 0.85 before v26); a hug asked for or longed for is not one given
NOT_GIVEN = [
    ("戒酒九十天了，老实讲我特别怕哪天又破戒", False),
    ("我今天特别难过", False),
    ("我需要你抱抱我", False),
    ("下飞机了，好想抱抱你", False),
    ("我特别担心你，有我在", True),
    ("抱抱你，别难过", True),
    ("我想抱抱你", True),
]


@pytest.mark.parametrize(("text", "fires"), NOT_GIVEN)
def test_a_degree_or_a_wish_is_not_comfort(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text
