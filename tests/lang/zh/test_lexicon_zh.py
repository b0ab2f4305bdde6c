"""Chinese data files as tables, plus phenomenon corpora (simplified and traditional)."""

from __future__ import annotations

import pytest
from lexicon_cases import entry_cases, must_not_fire_cases

from unmask.signals import PRESENT, score_text
from unmask.signals.langdetect import zh_variant


def _score(text: str, signal: str) -> float:
    value = score_text(text, model=False).scores[signal]
    assert value is not None
    return value


@pytest.mark.parametrize(("source", "signal", "example"), entry_cases("zh"))
def test_every_example_fires(source: str, signal: str, example: str) -> None:
    result = score_text(example, model=False)
    assert result.scores[signal] is not None and result.scores[signal] >= PRESENT, source
    assert result.evidence.get(signal), source


@pytest.mark.parametrize(("name", "signal", "message"), must_not_fire_cases("zh"))
def test_must_not_fire(name: str, signal: str, message: str) -> None:
    assert _score(message, signal) < PRESENT, name


NEGATION_ZH = [
    ("我好难过", "disclosure.emotional", True),
    ("我不难过", "disclosure.emotional", False),
    ("没有不难过", "disclosure.emotional", True),
    ("我不爱你了", "affection", False),
    ("不过我很开心", "disclosure.emotional", True),
]
APPEASEMENT_ZH = [
    ("随便", "appeasement", True),
    ("都行", "appeasement", True),
    ("你决定就好", "appeasement", True),
    ("好", "appeasement", True),
    ("好的，不过我觉得我们应该去杭州，因为那边更安静", "appeasement", False),
]
TRADITIONAL_ZH = [
    ("我們以後養隻貓吧", "future", True),
    ("你還好嗎", "inner_question", True),
    ("謝謝你一直陪著我", "gratitude", True),
    ("好的，謝謝", "gratitude", False),
    ("轉你了", "transactional", True),
]
DEPTH_ZH = [
    ("我好怕", "disclosure.vulnerable", True),
    ("我撑不住了", "disclosure.vulnerable", True),
    ("你想多了", "dismissal", True),
    ("至于吗", "dismissal", True),
    ("抱抱，我在呢", "support.emotional", True),
    ("你欠我两百", "transactional", True),
]
# feelings in the common frames (感觉 / 觉得 / 让我 / 我总是觉得自己), with and without 我
EMOTION_ZH = [
    ("他一直反弹，感觉很难以处理。", "disclosure.emotional", True),
    ("但是我总是觉得自己做得不够好", "disclosure.emotional", True),
    ("但是我总是觉得自己做得不够好", "disclosure.vulnerable", True),
    ("最近压力特别大，每天都很焦虑", "disclosure.emotional", True),
    ("这次考试又没考好，真的好失望", "disclosure.emotional", True),
    ("他说的话让我很心寒", "disclosure.emotional", True),
    ("一个人在外地过年，有点孤单", "disclosure.emotional", True),
    ("今天升职了，开心死了", "disclosure.emotional", True),
    ("最近特別煩躁", "disclosure.emotional", True),
    ("我对未来很迷茫", "disclosure.emotional", True),
    ("我不难过，就是有点忙", "disclosure.emotional", False),
    ("不客气，祝你玩的开心！", "disclosure.emotional", False),
]
# booking chats and errands read as surface, formulaic thanks is not depth
SURFACE_ZH = [
    ("请帮我推荐一家人均消费50-100元的餐馆", "transactional", True),
    ("这家酒店的地址和电话是多少？", "logistics", True),
    ("营业时间是周一至周日 10:00-22:00", "logistics", True),
    ("帮我叫一辆从故宫到首都机场的出租车", "logistics", True),
    ("门票免费，可以游玩2小时", "transactional", True),
    ("好的，谢谢，没有其他问题了", "gratitude", False),
    ("非常感谢！", "gratitude", False),
    ("谢谢你一直陪着我", "gratitude", True),
    ("对不起没有查到符合条件的酒店", "disclosure.vulnerable", False),
]
COMFORT_ZH = [
    ("你先别哭，慢慢说", "support.emotional", True),
    ("别难过了", "support.emotional", True),
    ("没事没事", "support.emotional", True),
    ("我还是不放心", "support.emotional", False),
    # reassurance and absolution (round 3); booking's "没关系" is a formula, not comfort
    ("别往坏处想，会没事的", "support.emotional", True),
    ("这不怪你，你已经尽力了", "support.emotional", True),
    ("消消气，别跟他一般见识", "support.emotional", True),
    ("没关系，我们改天再订", "support.emotional", False),
    ("没关系的，很谢谢你。", "support.emotional", False),
]

# venting and marvelling without a feeling noun (disclosure_emotional v14), twinned with a
# couple's lines: the same words aimed at the reader are a reproach, not the writer's feeling
VENTING_ZH = [
    ("等你等到半夜，简直了", "disclosure.emotional", True),
    ("你简直就是个傻子", "disclosure.emotional", False),
    ("这周怎么这么累啊", "disclosure.emotional", True),
    ("你怎么这么晚才回来", "disclosure.emotional", False),
    ("难道我做的还不够多吗？", "disclosure.emotional", True),
    ("你难道不知道吗？", "disclosure.emotional", False),
    ("加班到现在，什么时候才能下班啊", "disclosure.emotional", True),
    ("你什么时候才能到？", "disclosure.emotional", False),
    ("真心佩服他，一个人带两个孩子", "disclosure.emotional", True),
    ("我是真心的", "disclosure.emotional", False),
    ("麻痹，又被放鸽子了", "disclosure.emotional", True),
    ("你麻痹的能不能消停点", "disclosure.emotional", False),
    ("排了两个小时没买到票，白白浪费了一个下午", "disclosure.emotional", True),
    ("白色的那件浪费了吗", "disclosure.emotional", False),
    ("真希望明天不用上班", "disclosure.emotional", True),
    ("真希望你能早点好起来", "disclosure.emotional", False),
    ("好的", "disclosure.emotional", False),
    ("哈哈", "disclosure.emotional", False),
    ("晚安", "disclosure.emotional", False),
]


# oaths, hardship, a let-down, time that flew (disclosure_emotional v17, h-zh6), each twinned
# with a couple's lines: an oath or a reproach at the reader, a reply of sympathy and a
# reply to "I'm here" stay quiet, as do the short lines every couple writes
OATHS_ZH = [
    ("靠他大爷，驾照又没考过", "disclosure.emotional", True),
    ("全家靠他大爷养活", "disclosure.emotional", False),
    ("他奶奶的，又下雨了", "disclosure.emotional", True),
    ("他大爷的房子在郊区", "disclosure.emotional", False),
    ("操你大爷", "disclosure.emotional", False),
    ("开会讨论了一下午，有屁用", "disclosure.emotional", True),
    ("你道歉有屁用", "disclosure.emotional", False),
    ("我去年买了个表！", "disclosure.emotional", True),
    ("你去年买了个表吗", "disclosure.emotional", False),
    ("我们农民工讨薪真难啊！", "disclosure.emotional", True),
    ("这题真难啊？", "disclosure.emotional", False),
    ("你真难啊！", "disclosure.emotional", False),
    ("真难啊！", "disclosure.emotional", False),
    ("真惨啊！", "disclosure.emotional", False),
    ("新买的路由器，网速完全不给力", "disclosure.emotional", True),
    ("你真不给力", "disclosure.emotional", False),
    ("你这次真不给力", "disclosure.emotional", False),
    ("这个方案给力吗", "disclosure.emotional", False),
    ("一年过得好快啊，又到年底了", "disclosure.emotional", True),
    ("假期过得太快了", "disclosure.emotional", True),
    ("车开得好快啊", "disclosure.emotional", False),
    ("好快啊！", "disclosure.emotional", False),
    ("这部剧的男主真心帅", "disclosure.emotional", True),
    ("这家店的蛋糕真心好看", "disclosure.emotional", True),
    ("你真心好看", "disclosure.emotional", False),
    ("滴滴打伞，太有意思了，感觉萌萌哒", "disclosure.emotional", True),
    ("你萌萌哒", "disclosure.emotional", False),
    ("宝宝你美美哒", "disclosure.emotional", False),
    ("嗯", "disclosure.emotional", False),
    ("好的", "disclosure.emotional", False),
    ("哈哈", "disclosure.emotional", False),
    ("晚安", "disclosure.emotional", False),
]


SPOKEN_ZH = [
    # h-zh8: short spoken lines that say a feeling with no feeling noun, and their twins
    ("不高兴了", "disclosure.emotional", True),
    ("我不高兴", "disclosure.emotional", True),
    ("你不高兴吗", "disclosure.emotional", False),
    ("他不高兴了", "disclosure.emotional", False),
    ("今天很不开心", "disclosure.emotional", True),
    ("你不开心吗", "disclosure.emotional", False),
    ("你看你要急死我", "disclosure.emotional", True),
    ("愁死我啊", "disclosure.emotional", True),
    ("打死我也不说", "disclosure.emotional", False),
    ("他太可怜了", "disclosure.emotional", True),
    ("那只猫挺可怜的", "disclosure.emotional", True),
    ("你真可怜", "disclosure.emotional", False),
    ("可怜天下父母心", "disclosure.emotional", False),
    ("太遗憾了！", "disclosure.emotional", True),
    ("很遗憾，没有找到", "disclosure.emotional", False),
    ("太遗憾了，那换一家吧", "disclosure.emotional", False),
    ("好的", "disclosure.emotional", False),
    ("在吗", "disclosure.emotional", False),
    ("吃了吗", "disclosure.emotional", False),
    # tears, a spoilt moment, a wish to vanish, a hard parting, and their twins
    ("听完这首歌，湿润了眼眶", "disclosure.emotional", True),
    ("眼眶骨折了", "disclosure.emotional", False),
    ("下雨了，真煞风景", "disclosure.emotional", True),
    ("这幅风景真好", "disclosure.emotional", False),
    ("好想消失在这个世界上", "disclosure.emotional", True),
    ("尴尬得想消失", "disclosure.emotional", False),
    ("我会让你消失在这个世界上", "disclosure.emotional", False),
    ("要走了，万般不舍", "disclosure.emotional", True),
    ("他舍弃了一切", "disclosure.emotional", False),
    ("孩子一个人出门，我一整天都提心吊胆的", "disclosure.emotional", True),
    ("别让孩子担惊受怕", "disclosure.emotional", False),
    ("今天是毁三观的一天", "disclosure.emotional", True),
    ("他三观很正", "disclosure.emotional", False),
]
# h-zh9: a negated condition or time clause with no comma before 我 + feeling negates the
# clause, not the feeling; a negated saying, thinking or causing still negates it
CONDITION_ZH = [
    ("你不在我好不开心", "disclosure.emotional", True),
    ("你不在，我好不开心", "disclosure.emotional", True),
    ("你不在我好不開心", "disclosure.emotional", True),
    ("没有你我好孤单", "disclosure.emotional", True),
    ("你不回消息我好担心", "disclosure.emotional", True),
    ("不是我难过", "disclosure.emotional", False),
    ("我不觉得我难过", "disclosure.emotional", False),
    ("没让我难过", "disclosure.emotional", False),
    ("你不在我也不难过", "disclosure.emotional", False),
    ("我不难过", "disclosure.emotional", False),
]

# h-zh11: a rhetorical "what is there to X about" (有什么好 / 有啥好 / 没什么好, a negator of
# modifiers.yaml v2) and "X什么X" wave the feeling away; the writer's own crying still reads
DISMISSED_ZH = [
    ("有什么好哭的", "disclosure.emotional", False),
    ("有什么好难过的", "disclosure.emotional", False),
    ("有什麼好難過的", "disclosure.emotional", False),
    ("有啥好伤心的", "disclosure.emotional", False),
    ("没什么好难过的", "disclosure.emotional", False),
    ("有什么好烦的", "disclosure.emotional", False),
    ("有什么好开心的", "disclosure.emotional", False),
    ("有什么好慌的", "disclosure.emotional", False),
    ("哭什么哭", "disclosure.emotional", False),
    ("你哭啥", "disclosure.emotional", False),
    ("我好想哭", "disclosure.emotional", True),
    ("我也不知道为什么哭", "disclosure.emotional", True),
    ("又在哭", "disclosure.emotional", True),
    ("好烦啊", "disclosure.emotional", True),
    ("今天好开心", "disclosure.emotional", True),
    ("好难啊", "disclosure.emotional", True),
    ("明天体检，好慌", "disclosure.emotional", True),
    ("哭什么哭，我也好难过", "disclosure.emotional", True),
]
# h-zh11: internet degree forms (X透了 / X翻了, 各种 + a state) and code-switched praise with a
# degree word; not a wet shirt, a difficulty, a noun,
# a thing named after the English word, nor an insult at the reader
SLANG_ZH = [
    ("心情糟透了", "disclosure.emotional", True),
    ("今天累翻了", "disclosure.emotional", True),
    ("看完笑翻了", "disclosure.emotional", True),
    ("你这次真的伤透了我的心", "disclosure.emotional", True),
    ("昨晚没睡好，现在各种困", "disclosure.emotional", True),
    ("最近各种纠结", "disclosure.emotional", True),
    ("效果当然是相当 good ！", "disclosure.emotional", True),
    ("今天好 sweet", "disclosure.emotional", True),
    ("衣服湿透了", "disclosure.emotional", False),
    ("西瓜熟透了", "disclosure.emotional", False),
    ("我把水打翻了", "disclosure.emotional", False),
    ("你坏透了", "disclosure.emotional", False),
    ("你蠢透了", "disclosure.emotional", False),
    ("你真是绝了", "disclosure.emotional", False),
    ("每个人都会面临各种困难", "disclosure.emotional", False),
    ("这是一件很 cool 的事情", "disclosure.emotional", False),
    ("good morning", "disclosure.emotional", False),
]
# h-zh12: the heart as the seat of a feeling (心好痛, 心凉了, 心都碎了), and code-switched down /
# lucky / cry / shock in a frame that makes them the writer's state; not 心 inside another word
# (手心, 中心), a question or taunt about the reader's heart, a key, a title or the reader's luck
HEART_ZH = [
    ("你走了以后，我的心好痛", "disclosure.emotional", True),
    ("你这样说，我的心好痛", "disclosure.emotional", True),
    ("他说分手的那一刻，我的心凉了", "disclosure.emotional", True),
    ("你这么说我心都碎了", "disclosure.emotional", True),
    ("想到要分开，心里好酸", "disclosure.emotional", True),
    ("收到你的消息，心好暖", "disclosure.emotional", True),
    ("心好亂", "disclosure.emotional", True),
    ("近排心情很 down ，却要扮开心", "disclosure.emotional", True),
    ("今天好down", "disclosure.emotional", True),
    ("今天好 lucky，一路绿灯", "disclosure.emotional", True),
    ("看完结局好想 cry", "disclosure.emotional", True),
    ("被 shock 到了", "disclosure.emotional", True),
    ("手心好冷", "disclosure.emotional", False),
    ("市中心好乱", "disclosure.emotional", False),
    ("你的心好冷", "disclosure.emotional", False),
    ("你这人心好冷", "disclosure.emotional", False),
    ("你的心好痛吗", "disclosure.emotional", False),
    ("按 down 键", "disclosure.emotional", False),
    ("你真 lucky", "disclosure.emotional", False),
    ("《 cry 》这首歌", "disclosure.emotional", False),
    ("《 crazy 》这首歌", "disclosure.emotional", False),
    # Weibo-era net words: weeping, awkwardness, homophones of 开心 / 伤心, stress
    ("看完结局泪奔了", "disclosure.emotional", True),
    ("当众摔了一跤，好囧", "disclosure.emotional", True),
    ("还是很不开熏有木有", "disclosure.emotional", True),
    ("又没抢到票，好桑心", "disclosure.emotional", True),
    ("明天就要答辩了，鸭梨山大", "disclosure.emotional", True),
    ("周末去看人在囧途", "disclosure.emotional", False),
    ("你不开熏吗", "disclosure.emotional", False),
    ("你好囧啊", "disclosure.emotional", False),
    # surprise: startled to hear; a degree word said three times; not the wife (太太)
    ("惊闻他们分手了", "disclosure.emotional", True),
    ("东西太太太便宜了", "disclosure.emotional", True),
    ("我太太太忙了", "disclosure.emotional", False),
]


@pytest.mark.parametrize(
    ("message", "signal", "fires"),
    NEGATION_ZH
    + APPEASEMENT_ZH
    + TRADITIONAL_ZH
    + DEPTH_ZH
    + EMOTION_ZH
    + SURFACE_ZH
    + COMFORT_ZH
    + VENTING_ZH
    + OATHS_ZH
    + SPOKEN_ZH
    + CONDITION_ZH
    + DISMISSED_ZH
    + SLANG_ZH
    + HEART_ZH,
)
def test_phenomena(message: str, signal: str, fires: bool) -> None:
    assert (_score(message, signal) >= PRESENT) is fires


def test_variants_are_reported() -> None:
    assert zh_variant("我们以后养只猫吧") == "hans"
    assert zh_variant("我們以後養隻貓吧") == "hant"
    assert zh_variant("ok") is None
