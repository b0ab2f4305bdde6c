"""Twins of the h-zhfights3 rules (docs/signals.md: disclosure.emotional version 46,
disclosure.vulnerable 23, support.emotional 42, affection 18, we_talk 17, dismissal 8): a
Chinese line of an accusation, sarcasm or a brush-off aimed at the other
(``lang/zh/guards/reproach.yaml``, part ``sharp``: every time ... you; you think of me only
when ...; you don't even ...; praise that means its opposite; whatever, have it your way; and
is it easy for me?; a mock acceptance) loses the depth readings a jab is not, and a tease (the
other's slip laughed at; love kept in spite of a jab) loses ``disclosure.emotional`` and keeps
its affection. A partner's warmth or the writer's own state in the line holds ``sharp`` back;
the writer's own feeling, load or plan said without the jab keeps its reading. The other's
trouble made small is dismissal. Our own lines, worded apart from the couple rounds."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, couple_model, score_texts

EMO = "disclosure.emotional"
VUL = "disclosure.vulnerable"
WE = "we_talk"
AFF = "affection"

# (message, the signal it must not fire; the model layers on)
JABS = [
    ("每回我加班你就甩脸子，饭都不给留", EMO),
    ("孩子学费要交了你才想起我", EMO),
    ("我住院三天，你连个电话都没打", VUL),
    ("我一个人扛着店里的事，你连面都不露", VUL),
    ("我一个人扛着店里的事，你连面都不露", EMO),
    ("可真孝顺啊，给你妈换手机眼都不眨，我的鞋破了半年", EMO),
    ("爱咋咋地吧，我不管了", EMO),
    ("你嫌我唠叨，我一天打三份工就容易了？", EMO),
    ("行啊，年终奖全给你弟，咱们俩过年吃泡面也挺好", WE),
    ("修了三年车的人连自行车链子都装反了😂", EMO),
    ("你画的猫像只猪，我还是挂在床头，谁让我爱你呢", EMO),
]

# (message, the signal it keeps): the same words without the jab, or held back
KEPT = [
    ("孩子学费要交了，我好焦虑", EMO),
    # couple-lr-9 (zh vulnerable threshold .85) reads this fear as emotional disclosure only
    ("我住院三天，一个人好害怕", EMO),
    ("我一个人扛着店里的事，好累好怕", VUL),
    ("给你妈换了新手机，她高兴得不得了，我也好开心", EMO),
    ("我不管了，我真的好难过", EMO),
    ("一天打三份工，我真的撑不住了", VUL),
    ("年终奖给你弟一半，咱们俩过年回你家吃团圆饭", WE),
    ("修了三年车，今天自行车链子装反了，好丢人", EMO),
    # a tease keeps its love; a partner's warmth or the writer's state holds `sharp` back
    ("你画的猫像只猪，我还是挂在床头，谁让我爱你呢", AFF),
    ("每回我加班都好难过，饭都没吃上", EMO),
    ("每回我加班你就甩脸子，我心里好委屈", EMO),
    ("你每回都记得给我留灯，我好感动", EMO),
]


@pytest.mark.parametrize(("text", "signal"), JABS)
def test_a_jab_at_the_other_is_no_depth(text: str, signal: str) -> None:
    assert score_texts([text]).scores[signal][0] < PRESENT, text


@pytest.mark.parametrize(("text", "signal"), KEPT)
def test_the_writers_own_line_keeps_its_reading(text: str, signal: str) -> None:
    assert score_texts([text]).scores[signal][0] >= PRESENT, text


def test_the_shapes_by_language() -> None:
    # a tease is no sharp reproach: it keeps its affection
    tease = "修了三年车的人连自行车链子都装反了😂"
    assert couple_model.jab(tease, "zh") and not couple_model.sharp_reproach(tease, "zh")
    # the broad 你又 of the head's shape is no jab: said of one's own day too
    assert couple_model.reproach("你又加班到十点了", "zh")
    assert not couple_model.jab("你又加班到十点了", "zh")
    # English: the rule's shapes as before
    line = "oh amazing, you slept through it again"
    assert couple_model.jab(line, "en") is couple_model.reproach(line, "en")
    assert set(couple_model.SHAPE_RULE["zh"]) >= {EMO, VUL, WE, AFF}


# (message, dismissal fires): the other's trouble made small (dismissal version 8)
DISMISSALS = [
    ("一次面试没过，有啥好伤心的", True),
    ("他就是嘴上不饶人，别管他", True),
    ("想这么多干嘛，船到桥头自然直", True),
    ("你婆婆性子就那样，别往心里去", True),
    ("磕青一块算啥，过一阵你就好了", True),
    # not a brush-off: the writer's own, comfort beside it, another question
    ("别管他说什么，我都站你这边", False),
    ("我最近想太多了，睡不着", False),
    ("先睡一觉，过一阵你就好了，我陪着你", False),
    ("有什么好吃的推荐吗", False),
]


@pytest.mark.parametrize(("text", "fires"), DISMISSALS)
def test_the_others_trouble_made_small_is_dismissal(text: str, fires: bool) -> None:
    assert bool(score_texts([text]).scores["dismissal"][0] >= PRESENT) is fires, text
