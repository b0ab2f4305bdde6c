"""Twins of the h-zhde3 rules (docs/signals.md: disclosure.emotional version 46,
disclosure.vulnerable 23, bid 8): on partners' lines that are not fights, 妈的 before a thing
of the mother's, 简直 likening a find to the pair, a feeling called normal, a bare 想你 closing
an errand and comfort about the reader's own feeling are no disclosure of the writer's; and
an outing asked, a find likened to the reader with a laugh, and a call to the window are bids.
Each twin keeps the other reading. Our own lines, worded apart from the couple rounds."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import PRESENT, couple_model, model_zh, score_texts
from unmask.signals.types import MESSAGE_SIGNALS

EMO = "disclosure.emotional"
VUL = "disclosure.vulnerable"
BID = "bid"


def _fires(text: str, signal: str, model: bool = True) -> bool:
    return bool(score_texts([text], model=model).scores[signal][0] >= PRESENT)


# (message, disclosure.emotional fires)
NOT_THE_WRITERS = [
    # 妈的 before a thing of the mother's: the possessive
    ("妈的降压药我拿回来了，放你床头了", False),
    ("周末妈的体检我陪着去，你安心上班", False),
    # 简直 likening a find to the pair
    ("这首歌简直在写咱俩😂", False),
    ("这部剧简直就是我们俩的日常😂", False),
    # a feeling called normal: the reader's, made ordinary
    ("搬家那么折腾，你心里烦很正常", False),
    ("第一次当爹，紧张很正常，慢慢来", False),
    # a find likened to the reader with a laugh, no feeling word: a share
    ("刷到一只胖橘，跟你一样能吃哈哈哈", False),
    ("这只抱着奶瓶不撒手的小猴子跟你抱着手机一模一样😂", False),
    # a bare 想你 closing an errand or a countdown
    ("快递我帮你取回来了，搁鞋柜上了，想你", False),
    ("还剩五天就放假了，想你", False),
    # twins: the writer's own feeling keeps its reading
    ("刚买的伞就丢了，妈的", True),
    ("这只猫跟你一模一样，我好难过😂", True),
    ("又加班到十点，简直了", True),
    ("我最近老是紧张，这正常吗？", True),
    ("今天好累，快递取回来了，想你", True),
    ("快递取回来了，好想你", True),
]


@pytest.mark.parametrize(("text", "fires"), NOT_THE_WRITERS)
def test_emotional_on_partners_lines(text: str, fires: bool) -> None:
    assert _fires(text, EMO) is fires, text


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("妈的降压药快吃完了，我好担心", True),
        ("妈的，又堵车了", True),
        ("妈的药我买回来了", False),
    ],
)
def test_the_possessive_frame_in_the_lexicon(text: str, fires: bool) -> None:
    assert _fires(text, EMO, model=False) is fires, text


def test_feeling_called_normal_is_a_clause_aimed_at_the_reader() -> None:
    assert model_zh.aimed_clause("你委屈很正常")
    assert model_zh.aimed_clause("害怕很正常，")
    assert not model_zh.aimed_clause("我难过很正常")
    assert not model_zh.aimed_clause("害怕很正常吗？")
    assert model_zh.unaimed_rest("害怕很正常，先睡一觉") == "先睡一觉"


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("粥在锅里热着，记得吃，想你", True),
        # the lexicon reads no logistics here (the couple model does, after this layer)
        ("给你留了半个西瓜，在冰箱里，想你", False),
        ("今天好累，到家了，想你", False),  # a feeling word before the close
        ("到家了，好想你", False),  # an intensifier
    ],
)
def test_closing_miss(text: str, close: bool) -> None:
    lexicon = score_texts([text], model=False)
    row = np.array([[lexicon.scores[name][0] for name in MESSAGE_SIGNALS]])
    assert bool(model_zh.closing_miss([text], row)[0]) is close, text


@pytest.mark.parametrize(
    ("text", "comfort"),
    [
        ("考砸了也没事，心里难受了就给我打电话", True),
        ("这几天先别自己闷着，有事咱俩商量", True),
        ("难过的话随时找我，我都在", True),
        # the writer's own feeling: no comfort
        ("我难受了就一个人出去走走", False),
        ("我好怕，你别走", False),
    ],
)
def test_comfort_to_the_reader(text: str, comfort: bool) -> None:
    assert model_zh.comforts_reader(text) is comfort, text
    assert couple_model.comfort_to_reader(text, "zh") is comfort
    assert not couple_model.comfort_to_reader(text, "en")


@pytest.mark.parametrize(
    "text",
    ["考砸了也没事，心里怕了就给我打电话，我一直在线", "这事先别自己闷着，怎么选我都陪你商量"],
)
def test_no_vulnerability_on_comfort(text: str) -> None:
    assert not _fires(text, VUL), text


# (message, bid fires)
BIDS = [
    ("下了班去公园溜达溜达不？", True),
    ("吃完饭去湖边转转？", True),
    ("看到一只抱着瓜啃的小狗，跟你吃西瓜一个样哈哈", True),
    ("这只揣着手晒太阳的猫简直就是你😂", True),
    ("快到窗口，对面楼顶落了两只白鹭", True),
    ("快来阳台看，月亮出来了", True),
    # twins: advice, a plan told, a question of where, an anger, an errand
    ("你去公园里走走吧，别憋着", False),
    ("周末去公园散步了", False),
    ("周末去哪里逛逛？", False),
    ("附近有什么地方可以去逛逛吗？", False),
    ("这种事你跟你妈一模一样，自私", False),
]


@pytest.mark.parametrize(("text", "fires"), BIDS)
def test_bids(text: str, fires: bool) -> None:
    assert _fires(text, BID, model=False) is fires, text
