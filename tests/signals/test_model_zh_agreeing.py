"""``model_zh.agreeing_scores`` (h-zhemo): weak evidence that agrees, a switch left off
(docs/validity.md, "Chinese emotion expressed by weak evidence combined"). Our own lines."""

from __future__ import annotations

import numpy as np

from unmask.signals import model_zh, score_texts
from unmask.signals.types import MESSAGE_SIGNALS

LONG_MARKED = "今天又是一个人在公司加到很晚，回家路上下着雨……哈哈哈，算了不说了吧。"
SHORT_MARKED = "哈哈哈，算了吧……"


def _lexicon(texts: list[str]) -> np.ndarray:
    bare = score_texts(texts, model=False)
    return np.column_stack([np.asarray(bare.scores[s], dtype=float) for s in MESSAGE_SIGNALS])


def test_off_by_default() -> None:
    assert model_zh.AGREEING is False


def test_two_marks_and_the_model_near_its_line() -> None:
    texts = [LONG_MARKED, SHORT_MARKED]
    lex = _lexicon(texts)
    probs = np.array([0.42, 0.42])
    eligible = np.array([True, True])
    got = model_zh.agreeing_scores(texts, lex, probs, eligible)
    assert got[0] == 0.5  # two marks (…… and 哈哈), 30+ characters, model at .40+
    assert got[1] == 0.0  # a short line is left to the thresholds by length


def test_not_where_the_model_is_far_or_not_eligible() -> None:
    texts = [LONG_MARKED, LONG_MARKED]
    lex = _lexicon(texts)
    got = model_zh.agreeing_scores(texts, lex, np.array([0.2, 0.42]), np.array([True, False]))
    assert got.tolist() == [0.0, 0.0]
