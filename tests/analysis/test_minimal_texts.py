"""Short ("minimal") messages are measured once per distinct text, with the same result."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from unmask.dyad.columns import _minimal, _short


def test_minimal_reads_each_distinct_text_once_and_agrees_with_every_row() -> None:
    rows = ["ok", "  ok ", "haha", "好的", "我今天真的很难过，想跟你聊聊", "ok", "haha"] * 30
    rows += ["I had the strangest dream about my grandmother last night", "ok"]
    texts = pa.chunked_array([rows[:100], rows[100:]])
    is_text = np.ones(len(rows), dtype=bool)
    is_text[3] = False  # a photo's caption row counts as minimal whatever its text
    got = _minimal(texts, is_text)
    assert got.tolist() == (_short(texts) | ~is_text).tolist()
    assert got[0] and got[2] and got[3] and not got[4] and not got[-2]


def test_minimal_of_texts_that_never_repeat_and_of_none() -> None:
    texts = pa.chunked_array([["one", "two words", "a rather long message with many words in it"]])
    assert _minimal(texts, np.ones(3, dtype=bool)).tolist() == [True, True, False]
    empty = pa.chunked_array([], type=pa.string())
    assert _minimal(empty, np.ones(0, dtype=bool)).tolist() == []
