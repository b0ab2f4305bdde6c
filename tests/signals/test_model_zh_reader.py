"""Chinese feeling words said to the reader, not of the writer (h-zhde): the zh model
layer's :func:`unmask.signals.model_zh.said_to_reader`, :func:`asks_reader_feeling`, the
comfort that makes room for the reader's feeling; the lines of h-zhde2
(tests/signals/test_model_zh_reader2.py) and h-zhcond (test_model_zh_condition.py) join the
two lists below, read by the same two tests."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import PRESENT, model_zh, score_text

EMO = "disclosure.emotional"

# partners' everyday lines whose feeling word is said to the reader or asked of the reader
QUIET = [
    # missing or pitying the reader as a close to a plan or a chore (the lexicon's 想你 / 心疼)
    "下班了，路上堵车，想你",
    "汤在锅里温着，回来先喝一碗，心疼你",
    "还有六天就能抱到你了，想你",
    # the reader's feeling asked about
    "这些年在外面，你最舍不得的是什么？",
    "那几年在国外，哪一天你最想家？",
    "刚结婚那会儿，有什么委屈是你没告诉我的？",
    # room made for the reader's feeling, in comfort
    "难受就哭出来，不用忍着，我在",
    "累了就歇着，家里的事先放放",
    "明天别上班了，在家好好哭一场",
    # h-zhde2: room made for the reader's feeling with a place between, the reader's state, looks
    "想哭就在家哭一场，明天我帮你跟领导说",
    "加了一整晚的班，可累坏你了吧",
    "看你在厨房手忙脚乱的那个样子，我笑了半天",
    # h-zhcond: the reader's feeling in a condition, then an offer to the reader
    "难受的话随时给我打电话，我都在",
    "心里不舒服的话随时跟我说，我一直在",
    "考砸了也没关系，难过的时候随时找我",
    "要是夜里又睡不着，就给我发消息",
]
# the writer's own feeling beside the reader, or a question that names the writer's own
FIRE = [
    "你不在，我好难过",
    "想你了，早点回来好不好",  # opens on the feeling: its own news, not a close
    "你知道我有多难过吗？",
    "想你，一个人在家好难受",
    "我难受就想哭",
    "你是不是不爱我了？",
    "你还好吗？我有点担心",
    "都怪你，气死我了",
    "你怎么又忘了，我真的好失望",
    # h-zhde2's twins: the writer's own feeling beside the reader
    "我难受就想哭，最近真的撑不住了",
    "你穿西装去面试那天我紧张得一夜没睡",
    "看你累成那样我心里特别难受，又帮不上忙",
    "累坏你了吧，其实我也很愧疚，这阵子什么都没帮上",
    "你出差这几天我一个人在家好孤单，晚上老睡不着",
    # h-zhcond's twins: the writer's own feeling in a condition
    "我难受的话就会一个人待着",
    "如果我难受，我会告诉你",
    "难受的话我会一个人待着，别担心",
    "我难过的时候就想找你说说话",
]


@pytest.mark.parametrize("text", QUIET)
def test_a_feeling_said_to_the_reader_is_not_the_writers(text: str) -> None:
    value = score_text(text).scores[EMO]
    assert value is not None and value < PRESENT, text


@pytest.mark.parametrize("text", FIRE)
def test_the_writers_own_feeling_beside_the_reader_still_reads(text: str) -> None:
    value = score_text(text).scores[EMO]
    assert value is not None and value >= PRESENT, text


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        ("哪一天你最想家？", True),
        ("有什么委屈是你没告诉我的？", True),  # the writer only as the one told
        ("你最舍不得的是什么呢", True),
        ("你知道我有多难过吗？", False),  # the writer's own feeling
        ("你是不是不爱我了？", False),  # the writer's insecurity
        ("你们最想家的是哪天？", False),  # a plural you: an audience
        ("你最想家", False),  # not asked
        ("你知道这种日子有多可怕吗", False),  # rhetorical: the writer's point
        ("那你有什么好的建议吗？", False),  # a request, no feeling asked about
        ("这些年你最委屈的是哪件事？", True),
    ],
)
def test_asks_reader_feeling(clause: str, asks: bool) -> None:
    assert model_zh.asks_reader_feeling(clause) is asks


def test_said_to_reader_keeps_a_clause_of_the_writers_own() -> None:
    texts = ["到家了，想你", "你不在，我好难过", "到家了，想你"]
    cue = np.array([0.6, 0.9, 0.6])
    probs = np.array([0.2, 0.3, 0.7])  # the third: the model's own reading decides
    own = np.array([True, True, True])
    out = model_zh.said_to_reader(texts, cue, probs, own)
    assert out[0] < PRESENT
    assert out[1] == pytest.approx(0.9)
    assert out[2] == pytest.approx(0.6)
