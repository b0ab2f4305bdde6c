"""``model_zh.only_formula`` (h-speed48): the four "only a formula" tests of the Chinese
model layer (a wish, a polite close, a practical how-to question, a title or kind) with the
text's noise taken off once: the same answer as the four tests one after another."""

from __future__ import annotations

import pytest

from unmask.ingest import read_table
from unmask.samples import sample_path
from unmask.signals import model_zh

#: our own lines: each of the four kinds, with the noise the tests take off, and lines
#: that are none of them
LINES = [
    "生日快乐！！🎂",
    "祝你新年快乐[玫瑰]",
    "谢谢，再见~",
    "好的我再考虑一下，谢谢",
    "那个表格怎么填？",
    "这道题怎么做啊",
    "我在玩Minecraft呢",
    "我是女生，所以我会矜持吗？",
    "",
    "😂😂",
    "？？？",
    "我今天真的好难过",
    "你再这样我就走了",
    "开心",
    "好开心呀",
    "这件事我该怎么办",
    "我在玩 angry birds，输得好气",
    "我是女生，所以我会矜持吗？好烦",
]


def _four(text: str) -> bool:
    return (
        model_zh.is_wish(text)
        or model_zh.is_closing(text)
        or model_zh.is_practical(text)
        or model_zh.is_title_or_kind(text)
    )


def test_only_formula_answers_as_the_four_tests_on_our_lines() -> None:
    answers = [model_zh.only_formula(t) for t in LINES]
    assert answers == [_four(t) for t in LINES]
    assert answers[:8] == [True] * 8  # two of each kind
    assert not any(answers[8:])


@pytest.mark.parametrize("name", ["close_zh", "drifting_zh"])
def test_only_formula_answers_as_the_four_tests_on_the_samples(name: str) -> None:
    texts = sorted({t for t in read_table(sample_path(name)).column("text").to_pylist() if t})
    answers = [model_zh.only_formula(t) for t in texts]
    assert answers == [_four(t) for t in texts]
    assert 10 < sum(answers) < len(texts) // 2  # the samples hold some, not mostly
