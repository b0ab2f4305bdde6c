"""Twins of the h-endear constructs (docs/signals.md: affection version 20): a pet name counts
as address or affectionate reference to the reader, not as a noun for a thing, a food, a shop's
product, a real infant or a third person's partner; each thing-sense line has a twin where the
same word is said to the reader and keeps its reading."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, score_texts

AFFECTION = "affection"

# (message, affection fires from the lexicons alone)
TWINS = [
    # honey: a thing of the hive or the kitchen / said to the reader
    ("spinning out the honey in the barn after lunch", False),
    ("need two jars of honey for the stall", False),
    ("get the honey mustard not the plain one", False),
    ("chamomile tea with honey before bed helps me", False),
    ("honey are u still at the barn", True),
    ("i'm outside, my honey", True),
    # baby: a real infant or a thing / the reader
    ("the baby finally napped at 3", False),
    ("her baby is due in the spring", False),
    ("can you order more baby wipes on the way home", False),
    ("small baby steps with the budget this month", False),
    ("baby's been fussy since lunch", False),  # "baby" alone weighs 0.45, as before
    ("ur my baby and i'm not sharing", True),
    ("baby, did u eat yet", True),
    ("thanks baby!", True),
    ("morning baby, slept ok? 😘", True),
    ("hey babe, the baby finally napped", True),
    # sugar and pumpkin after a greeting: a thing before a possessive or a hyphen / the reader
    ("night, pumpkin's on the counter for the soup", False),
    ("morning, sugar-free jam is in the fridge door", False),
    ("morning sugar, slept ok?", True),
    ("night night pumpkin 💤", True),
    # a third person's partner / the reader
    ("his sweetheart drove him to the airport", False),
    ("mom's sweetie is coming to dinner", False),
    ("that's a real sweetheart deal on the lease", False),
    ("night sweetheart, talk tomorrow", True),
    ("you're a sweetheart for picking me up", True),
    # 宝贝: a thing or a shop's product / the reader
    ("这宝贝哪来的，看着挺贵", False),
    ("你又从集市淘了什么宝贝", False),
    ("卖家说宝贝已发货了", False),
    ("宝贝，这个杯子哪来的", True),
    # 宝贝 / 宝宝 as a real child / the reader
    ("宝贝女儿今天在幼儿园得了小红花", False),
    ("宝宝的纸尿裤快用完了", False),
    ("宝宝又在长牙，一直哭", False),
    ("咱家宝宝会翻身了", False),
    ("宝宝，下班来接你", True),
    # a third person's spouse, the spouse reported / the reader
    ("她老公周五来拿钥匙", False),
    ("闺蜜的老婆下周办婚宴", False),
    ("我老公说明天降温", False),
    ("顺路买两个老婆饼吗", False),
    ("老公，明天降温多穿点", True),
    # 亲爱的 to a group, in a title / the reader
    ("亲爱的家长，周五下午开放日", False),
    ("今晚追《亲爱的小孩》吗", False),
    ("亲爱的，今晚追剧吗", True),
]


@pytest.mark.parametrize(("text", "fires"), TWINS)
def test_pet_name_as_address_not_thing(text: str, fires: bool) -> None:
    score = score_texts([text], model=False).scores[AFFECTION][0]
    assert (score >= PRESENT) == fires, (text, float(score))
