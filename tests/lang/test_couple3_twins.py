"""Twins of the h-couple3 constructs (docs/validity.md "Couple round two, and what it found
(h-couple3)"): pet names, flirting and the days counted as affection; low mood, insecurity
about the other's love, being a burden, hurt from being left out, dread, longing for the
other near, and an apology that names the writer's wrong as vulnerable disclosure; chores,
supplies, visits and bills as logistics or money; an anniversary in years and a life step
as future, and "we should" before a time ahead as no duty; refusing the talk as dismissal;
thanks for standing by the writer; "come see" and "together?" as bids. Each construct in
English and in Chinese, with the lines that must not fire (a clerk's line, a chore, the
other's feeling, control, contempt, sarcasm)."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, fires): affection en v4 / zh v4
AFFECTION = [
    ("night night bean 💤", True),
    ("morning sunshine ☀️", True),
    ("hey potato, dinner's ready", True),
    ("can't stop thinking about last night 😏", True),
    ("you looked so hot this morning, not gonna lie", True),
    ("i want you so bad rn", True),
    ("hurry home, i have plans for you 😈", True),
    ("43 days till i see you 🥹", True),
    ("you're such a dork and i love it", True),
    ("晚安猪猪💤", True),
    ("小笨蛋，饭做好了", True),
    ("傻瓜，不过是我的傻瓜", True),
    ("一直在想昨晚😏", True),
    ("你今天穿这件好帅，忍不住多看了几眼", True),
    ("早点回家，有惊喜给你😈", True),
    ("还有43天就能见到你了🥹", True),
    # a chore, a thing, work, a question about looks, a clerk
    ("morning, potato salad's in the fridge", False),
    ("can't stop thinking about work", False),
    ("do i look good in this?", False),
    ("i have plans for the weekend", False),
    ("3 days till i see the dentist", False),
    ("猪猪侠开始了", False),
    ("一直在想昨晚的会议怎么开", False),
    ("你今天穿这件好看吗", False),
    ("还有3天就能拿到快递了", False),
    # control, contempt and sarcasm are no affection
    ("i want you home by 9", False),
    ("i need you to answer when i call", False),
    ("you look pathetic", False),
    ("you look fine, stop complaining", False),
    ("you're late again and i love that for me", False),
    ("不许穿那么短出门", False),
    ("你真可悲", False),
]


@pytest.mark.parametrize(("text", "fires"), AFFECTION)
def test_pet_names_flirting_countdowns(text: str, fires: bool) -> None:
    assert fires_alone(text, "affection") is fires, text


# (message, fires): disclosure.vulnerable en v6 / zh v6
VULNERABLE = [
    ("i've been really down lately and i don't even know why", True),
    ("ive been feeling kind of lost since the layoff", True),
    ("can i be honest? i feel like you don't want me around anymore", True),
    ("i feel like such a burden to you lately", True),
    ("i feel like i'm dragging us down", True),
    ("seeing you with him made me feel small", True),
    ("i felt left out when you all went without me", True),
    ("dad's anniversary is tomorrow and i'm dreading it", True),
    ("i miss falling asleep next to you", True),
    ("i'm sorry i snapped at you, that wasn't fair", True),
    ("i was being defensive earlier. you were right", True),
    ("我最近心情特别低落，也说不上为什么", True),
    ("我今天其实挺难受的，就是不知道怎么跟你说", True),
    ("说真的，我有时候觉得你没那么在乎我了", True),
    ("我觉得自己最近成了你的负担", True),
    ("你们出去玩都不叫我，我有点难过", True),
    ("下班在车里又哭了一场", True),
    ("时差好难熬，好想睡在你旁边", True),
    ("我好想我妈，想到心口疼", True),
    ("对不起我刚才语气不好，不该冲你发脾气", True),
    ("是我太敏感了，跟你道歉", True),
    # agreement, a timetable, the other's feeling or wrong, a thing, a counsellor's sympathy
    ("i'm down for tacos tonight", False),
    ("i'm off work today", False),
    ("i feel like you don't want pizza again", False),
    ("you snapped at me first", False),
    ("you were being defensive", False),
    ("i miss the old app layout", False),
    ("股市最近很低落", False),
    ("你最近心情不好吗", False),
    ("你觉得自己成了家里的负担", False),
    ("这件事让你感到很委屈", False),
    ("听到这个我很难过", False),
    ("宝宝哭了一晚上，我们都没睡", False),
    ("真的很感谢你昨天听我哭了一晚上", False),
    ("你语气不好，我不想跟你说话", False),
    # contempt is no vulnerability
    ("you're pathetic, you know that?", False),
    ("你简直不可理喻", False),
]


@pytest.mark.parametrize(("text", "fires"), VULNERABLE)
def test_low_mood_insecurity_apology(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.vulnerable") is fires, text


# (message, signal, fires): logistics en/zh v14, transactional en/zh v5
SURFACE = [
    ("can you unload the dishwasher before i get back", "logistics", True),
    ("it's your week for the bathroom", "logistics", True),
    ("pls dont leave wet towels on the bed again", "logistics", True),
    ("cat litter needs changing", "logistics", True),
    ("left you coffee on the counter", "logistics", True),
    ("landed!!", "logistics", True),
    ("猫粮快没了", "logistics", True),
    ("我快到楼下了，下来拿一下东西", "logistics", True),
    ("妈说周六过来吃饭", "logistics", True),
    ("我车限号，明天你开车吧", "logistics", True),
    ("netflix went up again, should we cancel", "transactional", True),
    ("我给你转了500，交物业费", "transactional", True),
    ("花呗这个月还了没", "transactional", True),
    ("i left my heart in the city", "logistics", False),
    ("just landed a new client, so happy", "logistics", False),
    ("周六我好难过", "logistics", False),
    ("netflix and chill?", "transactional", False),
    ("他说自己电话费贵", "transactional", False),
]


@pytest.mark.parametrize(("text", "signal", "fires"), SURFACE)
def test_chores_supplies_bills(text: str, signal: str, fires: bool) -> None:
    assert fires_alone(text, signal) is fires, text


# (message, future fires, duty fires): future en/zh v4, duty en/zh v2
PLANS = [
    ("let's go to lisbon for our 5 year", True, False),
    ("once i finish my contract we're finally living in the same city", True, False),
    ("we should do japan next spring", True, False),
    ("我们五周年去大理过吧", True, False),
    ("以后想和你在海边有个小房子", True, False),
    ("等我合同结束，我们就终于在一个城市了", True, False),
    ("明年春天我们应该去日本", True, False),
    # an errand, a talk, dinner tonight; duty stays duty
    ("once i finish this email we can order", False, False),
    ("以后想跟你说件事", False, False),
    ("等你回来我们就吃饭", False, False),
    ("we should call your mom tonight", False, True),
    ("我们应该去趟你妈家", False, True),
    # a threat is no plan
    ("if you go to that party we're done", False, False),
    ("你再去见他我们就分手", False, False),
]


@pytest.mark.parametrize(("text", "future", "duty"), PLANS)
def test_plans_ahead_are_not_duty(text: str, future: bool, duty: bool) -> None:
    assert fires_alone(text, "future") is future, text
    assert fires_alone(text, "duty") is duty, text


# (message, signal, fires): dismissal en/zh v4, gratitude en/zh v8, bid en/zh v4
OTHERS = [
    ("can we not do this right now", "dismissal", True),
    ("你太夸张了吧", "dismissal", True),
    ("能不能别现在说这个", "dismissal", True),
    ("can we not do this on friday, i'm busy", "dismissal", False),
    ("能不能别现在买", "dismissal", False),
    ("thank you for not giving up on me this year", "gratitude", True),
    ("thanks for handling my mom today, i know she's a lot", "gratitude", True),
    ("the note in my lunch made my whole day, thank you", "gratitude", True),
    ("谢谢你这段时间一直陪着我，没有你我真撑不下来", "gratitude", True),
    ("thanks for handling the booking", "gratitude", False),
    ("so sweet of you to finally text back after 6 hours", "gratitude", False),
    ("wow that made my day 🙄", "gratitude", False),
    ("谢谢你终于回我消息了哦", "gratitude", False),
    ("omg come see what the cat is doing", "bid", True),
    ("晚上一起看个电影？", "bid", True),
    ("我们一起去了超市", "bid", False),
]


@pytest.mark.parametrize(("text", "signal", "fires"), OTHERS)
def test_dismissal_gratitude_bids(text: str, signal: str, fires: bool) -> None:
    assert fires_alone(text, signal) is fires, text


# (message, fires): affection en/zh v4, a term of endearment beside an occasion belittled in irony
IRONY = [
    ("oh sure babe, take all the time you need, it's only our anniversary", False),
    ("好的宝贝，你慢慢来，反正只是我们的纪念日", False),
    ("hey babe, happy anniversary", True),
    ("宝贝，纪念日快乐", True),
]


@pytest.mark.parametrize(("text", "fires"), IRONY)
def test_endearment_in_irony(text: str, fires: bool) -> None:
    assert fires_alone(text, "affection") is fires, text
