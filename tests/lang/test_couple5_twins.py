"""Twins of the h-couple5 constructs (docs/validity.md "Couple round three made in-sample:
its misreadings built as constructs (h-couple5)"): the writer's vulnerability in new words
(``disclosure_vulnerable`` en / zh v7), questions about the other's inner life
(``inner_question`` v11), plans for a life stage or a numbered anniversary (``future`` v5),
flirting, pet names after a wish and countdowns in sleeps (``affection`` v5), thanks for
care (``gratitude`` v9), comfort by validation, presence and facing an illness together
(``support_emotional`` v21); and what is none of these: affection, a partner's thanks, a
concession, a dismissal and control read as the writer's ``disclosure.emotional`` by the
models (``model._addressed_formula``, ``model_zh._COLD_AT_READER`` / ``_ASKS_READER`` /
``_THANKS_TO_READER``), the writer's own apology, longing or thanks read as comfort
(``model._wronged_reader``, ``_addressed_support_formula``). Each construct in English and
in Chinese, with the lines that must keep their reading."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, fires): disclosure.vulnerable en / zh v7
VULNERABLE = [
    # identity lost to a baby, a job, an illness
    ("ever since the move i feel like i've lost myself", True),
    ("who am i without my job, honestly", True),
    ("the treatment left me a shell of my old self", True),
    ("有了老二以后，我感觉自己都不是自己了", True),
    ("退休了，我算什么呢", True),
    ("这次手术把我彻底打垮了", True),
    ("who am i to judge", False),
    ("i lost my keys again", False),
    ("我都不是第一次来了", False),
    # fear the other will tire of the writer
    ("i'm scared you'll get tired of me one day", True),
    ("我怕你迟早会烦我", True),
    ("are you worried they'll get bored of the game?", False),
    ("你怕他会烦你吗", False),
    # a change that scares the writer; anxiety said with 其实 / 挺
    ("getting older honestly scares me", True),
    ("搬家这件事我其实挺慌的", True),
    ("you scare me when you drive like that", False),
    # a hurt as "it stings", 不是滋味, 插不上话, 有点失落
    ("it hurts a little when you cancel on me", True),
    ("你跟她聊那么久，我心里有点不是滋味", True),
    ("饭桌上我插不上话，有点失落", True),
    ("it stings when you touch it", False),
    ("他插不上话", False),
    ("股价有点失落", False),
    # grief without "miss", the home empty after a call
    ("the flat feels so empty after you leave", True),
    ("再也听不到爸爸的声音了", True),
    ("每次挂了电话都好难受", True),
    ("i sat in the car and cried for an hour", True),
    ("the office is so quiet without the boss", False),
    ("the house is so quiet, kids are finally asleep lol", False),
    ("the baby sat up and cried", False),
    ("等不到公交了，打车吧", False),
    # an apology that owns a wrong; guilt owned
    ("i took all that stress out on you last night, i'm sorry", True),
    ("you didn't deserve the way i talked to you", True),
    ("我昨晚冲你发脾气太过分了", True),
    ("那天没问你就定了，想想挺内疚的", True),
    ("you took your stress out on me", False),
    ("you didn't deserve that, she was out of line", False),
    ("你太过分了", False),
    ("你是不是很愧疚？", False),
    # validation of the reader's hurt is not the writer's
    ("no wonder it hurt. anyone would feel that way", False),
    ("it hurt when you left early", True),
]


@pytest.mark.parametrize(("text", "fires"), VULNERABLE)
def test_vulnerability_in_new_words(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.vulnerable") is fires, text


# (message, fires): inner_question en / zh v11
INNER = [
    ("what's been bothering you lately?", True),
    ("what scares you about moving in together?", True),
    ("have you felt like you're on your own with the baby?", True),
    ("what can i do that would help you feel less alone?", True),
    ("你心里最担心的是什么？", True),
    ("你有没有觉得很孤单？", True),
    ("我该怎么做，你才会觉得好受一点？", True),
    # a brush-off, a thing, a bill; a dismissal, an opinion, the writer's insecurity
    ("don't even talk to me right now", False),
    ("talk to me", True),
    ("what's been going on with the car?", False),
    ("have you felt the new sofa yet?", False),
    ("what can i do about the bill?", False),
    ("你怕什么，有我在", False),
    ("你会不会觉得这个太贵", False),
    ("我该怎么做这道菜", False),
]


@pytest.mark.parametrize(("text", "fires"), INNER)
def test_questions_about_the_others_inner_life(text: str, fires: bool) -> None:
    assert fires_alone(text, "inner_question") is fires, text


# (message, fires): future en / zh v5
FUTURE = [
    ("next spring we finally live in the same city", True),
    ("we should take them skiing when they're older", True),
    ("on our 25th anniversary let's renew our vows", True),
    ("后年我们就不用再两地分居了", True),
    ("等宝宝长大了我们一起去看海", True),
    ("银婚那天我想和你回我们认识的地方", True),
    ("next summer we need to fix the roof", False),
    ("when they're older they can do their own laundry", False),
    ("for our 3rd order we got a discount", False),
    ("明年我们就不用再交房租了", False),
    ("等孩子大一点再说", False),
    ("结婚以后我总觉得你变了", False),
    ("结婚以后住哪", True),
]


@pytest.mark.parametrize(("text", "fires"), FUTURE)
def test_plans_for_a_life_stage(text: str, fires: bool) -> None:
    assert fires_alone(text, "future") is fires, text


# (message, fires): affection en / zh v5
AFFECTION = [
    ("can't stop thinking about how hot you looked last night", True),
    ("you're unfairly cute when you're sleepy", True),
    ("you're the best part of my day", True),
    ("the twins are at my mom's tonight 😏", True),
    ("晚安呀小猪", True),
    ("再睡三觉就能见到你了", True),
    ("下班就能看到你真幸福", True),
    ("你穿那件白衬衫的样子好帅", True),
    ("how good the food looked", False),
    ("you are dangerously close to the edge", False),
    ("you're the best thing about this team honestly", False),
    ("the kids are at grandma's tonight, can you pick them up at 6", False),
    ("小熊饼干买了吗", False),
    ("再睡一会儿就起", False),
    ("回家看到你又没洗碗", False),
    ("你穿西装的样子像个推销员", False),
]


@pytest.mark.parametrize(("text", "fires"), AFFECTION)
def test_flirting_pet_names_and_countdowns(text: str, fires: bool) -> None:
    assert fires_alone(text, "affection") is fires, text


# (message, fires): gratitude en / zh v9, common v3
GRATITUDE = [
    ("thank you for staying with me at the hospital", True),
    ("thanks for doing all the night feeds", True),
    ("谢谢你昨晚半夜起来哄睡", True),
    ("给我织了条围巾，谢谢老伴", True),
    ("thanks for waiting", False),
    ("thanks for doing the booking", False),
    ("谢谢你帮我订房", False),
    # doubled formula thanks, and the joy of coming home to the other
    ("thx thx 🙏", False),
    ("谢谢谢谢🙏", False),
    ("🙏", True),
    ("you're the best part of my day", False),
    ("一回家就能看到你真好", False),
    ("你真好", True),
]


@pytest.mark.parametrize(("text", "fires"), GRATITUDE)
def test_thanks_for_care_not_formulas(text: str, fires: bool) -> None:
    assert fires_alone(text, "gratitude") is fires, text


# (message, fires): support.emotional en / zh v21 and the English model's caps
SUPPORT = [
    ("we'll face the surgery together, whatever happens", True),
    ("whatever the scan says, we'll face it side by side", True),
    ("你这么委屈是应该的", True),
    ("换我也会生气", True),
    ("你是个好爸爸，别这么想", True),
    ("不说也没关系，我就在这儿", True),
    ("化疗的事咱们一起扛", True),
    # claff-lr-5 reads "we'll get through the checklist together" as comfort (0.81; claff-lr-3
    # 0.21): a misreading the couple lines taught it, named in docs/validity.md (h-encouple2)
    ("we'll get through the checklist by friday", False),
    ("价格这么贵很正常", False),
    ("你生气是应该的吗？", False),
    ("换我也会买这个", False),
    ("我们一起来吃饭吧", False),
    ("我就在这儿等车", False),
    # the writer's own apology, longing, thanks, a concession, flirting: no comfort
    ("sorry about last night, i took it out on you", False),
    ("you didn't deserve how i acted. i'm so sorry", False),
    ("i'm so sad today, i miss you", False),
    ("wow thanks for remembering, so sweet of you", False),
    ("fine, you're right", False),
    ("sweet dreams honeybunny", False),
    ("can't get over how good you looked tonight", False),
    # ... sympathy beside them keeps the comfort
    ("i'm so sorry you're going through this, i miss you", True),
    ("i yelled at you and i'm sorry, that must have been so scary, hugs", True),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_comfort_and_what_is_not_comfort(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, fires): disclosure.emotional (the models' caps)
EMOTIONAL = [
    # affection, a partner's thanks, a concession, a dismissal
    ("my silly wife and her 30 houseplants. love you anyway", False),
    ("hey honeybun, the kids are finally down", False),
    ("husband, you are dangerously handsome today", False),
    ("thank you for cooking all week, love", False),
    ("appreciate you driving my mom to the clinic", False),
    ("ok fine, you're right", False),
    ("not this again. i'm tired", False),
    ("it's a cold, stop making a big deal of it", False),
    ("又来了", False),
    ("不就是感冒嘛，至于这么紧张吗", False),
    ("又迟到了？真是一点都不意外", False),
    ("工资都归我管", False),
    ("买什么都得先问我", False),
    ("谢谢你替我去开家长会", False),
    # the writer's own feeling beside them keeps its reading
    ("love you, i'm so scared about tomorrow", True),
    ("thank you for cooking all week, i was so scared and overwhelmed", True),
    ("谢谢老公，我真的好感动", True),
    ("i'm so sad today, i miss you", True),
]


@pytest.mark.parametrize(("text", "fires"), EMOTIONAL)
def test_affection_thanks_and_dismissal_not_the_writers_feeling(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.emotional") is fires, text


# (message, fires): support.informational (control is not advice)
INFORMATIONAL = [
    ("from now on i handle the cards, you ask me when you want to spend", False),
    ("i handle the money, you handle the kids", False),
]


@pytest.mark.parametrize(("text", "fires"), INFORMATIONAL)
def test_money_held_is_no_advice(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.informational") is fires, text


# (message, fires): logistics en v15 / zh v16 (a baby's supplies, a refill, a thing bought
# on the way, a date named for a meal)
LOGISTICS = [
    ("we're almost out of wipes", True),
    ("pump parts need washing before the night feed", True),
    ("my prescription is ready, grabbing it at lunch", True),
    ("picked up bagels on the way home", True),
    ("奶粉快没了，记得买", True),
    ("你的药好了，我去药店拿", True),
    ("路上顺便买了点水果", True),
    ("20号一起吃晚饭？", True),
    ("i'm out of patience", False),
    ("a bottle of wine would be nice", False),
    ("i found the way back to you", False),
    ("我的耐心快用完了", False),
    ("路上给你买了个教训", False),
    ("第14号选手上场", False),
]


@pytest.mark.parametrize(("text", "fires"), LOGISTICS)
def test_babies_supplies_and_errands(text: str, fires: bool) -> None:
    assert fires_alone(text, "logistics") is fires, text
