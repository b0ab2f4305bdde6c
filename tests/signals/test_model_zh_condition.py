"""Chinese comfort that puts the reader's feeling in a condition before an offer to the
reader (h-zhcond): "难受的话随时给我打电话，我都在" is ``support.emotional``, not the writer's
disclosure; the writer's own feeling in a condition keeps its reading
(:func:`unmask.signals.model_zh.reader_condition`). The whole lines and their twins are read
in tests/signals/test_model_zh_reader.py's lists."""

from __future__ import annotations

import pytest

from unmask.signals import model_zh


@pytest.mark.parametrize(
    ("clause", "after", "reader"),
    [
        ("难受的话随时给我打电话，", "", True),  # the offer in the clause
        ("什么时候绷不住了我都在", "", True),  # the writer there for the reader
        ("要是累了就别一个人扛，", "", True),
        ("如果你难过，", "就跟我说", True),  # the offer in the next clause
        ("如果你心情不好的话，", "随时来找我", True),
        ("如果我难受，", "我会告诉你", False),  # the writer's own
        ("我难受的话就会一个人待着", "", False),
        ("难受的话我会一个人待着", "", False),  # the writer named: no offer
        ("要是难受，", "我就一个人待着", False),  # no offer
        ("如果你难过，", "我也会难过", False),
        ("我都在加班", "", False),  # no condition
        ("想你的时候就给我打电话", "", False),  # no feeling word in the condition
    ],
)
def test_reader_condition(clause: str, after: str, reader: bool) -> None:
    assert model_zh.reader_condition(clause, after) is reader


def test_the_condition_is_cut_and_the_rest_read() -> None:
    assert model_zh.unaimed_rest("如果你难过，就跟我说") == "就跟我说"
    assert model_zh.unaimed_rest("慢慢来，什么时候绷不住了我都在") == "慢慢来，"
    # the writer's own condition is not cut
    assert model_zh.unaimed_rest("如果我难受，我会告诉你") is None
    # a condition with its offer in the next clause is cut only in the text, never alone
    assert not model_zh.aimed_clause("如果你难过，")


def test_the_writer_there_for_the_reader_is_comfort() -> None:
    assert model_zh.aimed_clause("我都在")
    assert model_zh.aimed_clause("我随时都在呢")
    assert not model_zh.aimed_clause("我都在加班")
