"""Chinese partners' lines about the reader, round 2 (h-zhde2): comfort that makes room for
the reader's feeling with a place or a person in between, the reader's own state named
("可累坏你了吧"), the reader's looks in a clause of their own, and a text whose every feeling
word stood in the clauses cut (:func:`unmask.signals.model_zh.unaimed_rest`). The whole lines
and their twins are read in tests/signals/test_model_zh_reader.py's lists."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, model_zh, score_text

EMO = "disclosure.emotional"


@pytest.mark.parametrize(
    ("clause", "aimed"),
    [
        ("想哭就在家哭一场", True),  # a place between 就 and the act
        ("心里怕了就给我留言", True),  # the writer only as the one told
        ("不用憋着", True),
        ("别硬撑着", True),
        ("我难受就想哭", False),  # the writer's own
        ("可累坏你了吧", True),
        ("委屈你了", True),
        ("累坏我了", False),
        ("看你在厨房手忙脚乱的那个样子", True),
        ("你系着领带站在台上的模样", True),
        ("你穿西装去面试那天我紧张得一夜没睡", False),  # the writer named: their own
        ("你的建议很好", False),
    ],
)
def test_aimed_clause_round_two(clause: str, aimed: bool) -> None:
    assert model_zh.aimed_clause(clause) is aimed


def test_the_looks_rule_reads_short_lines_only() -> None:
    assert model_zh.looks_at_reader("看你在台上那个样子")
    post = "真的搞不懂现在的人，看你那个样子就乱评价，" + "我爱穿啥穿啥，" * 4
    assert len(post) >= model_zh.LOOKS_CHARS
    assert not model_zh.looks_at_reader(post)


def test_a_text_whose_feeling_words_were_all_cut_is_read_without_the_model() -> None:
    # 难受 / 哭 stand only in the comfort clause cut; the rest holds no feeling word, and
    # the model's reading of it alone (above 0.5 before h-zhde2) is no disclosure
    for text, rest in [
        (
            "明天的课我帮你请了，难受就哭，晚上我下班带你去吃火锅",
            "明天的课我帮你请了，晚上我下班带你去吃火锅",
        ),
        (
            "今晚别去店里了，货我帮你盯着，在家好好哭一场，我早点回来陪你",
            "今晚别去店里了，货我帮你盯着，我早点回来陪你",
        ),
    ]:
        assert model_zh.unaimed_rest(text) == rest
        value = score_text(text).scores[EMO]
        assert value is not None and value < PRESENT, text
    # a rest that keeps a feeling word of the writer's keeps its reading
    kept = "难受就哭，不用憋着，我心里也好难过"
    assert model_zh.unaimed_rest(kept) == "我心里也好难过"
    value = score_text(kept).scores[EMO]
    assert value is not None and value >= PRESENT
