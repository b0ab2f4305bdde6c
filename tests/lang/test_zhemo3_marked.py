"""A marked stance confirms a weak cue (docs/signals.md: disclosure.emotional version 50,
h-zhemo3; ``model_zh.marked_scores``): in a message of the writer's own of at least 20
characters, relief (终于), surprise (竟然 / 居然) or a stacked exclamation (！！, ？！) in a clause
that names no reader counts as a second weak cue, so the message reads as a feeling. A short
line, a clause aimed at the reader and a message the lexicon reads as logistics stay as they
were. Our own lines, worded apart from the couple and safety rounds; read with the model layer
on (the rule is the model layer's)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import PRESENT, model_zh, score_texts
from unmask.signals.types import MESSAGE_SIGNALS

EMO = "disclosure.emotional"


def _read(text: str) -> float:
    return float(score_texts([text]).scores[EMO][0])


# (the construct's line, its twin: short, aimed at the reader, or no marker)
PAIRS = [
    ("排了整整三个月的号，今天终于轮到我们家去面签了", "今天终于排到号了"),
    ("追了整整两季的剧，大结局竟然是主角做的一场梦", "你竟然又把钥匙落在公司了，说了多少遍了"),
    (
        "熬了两个通宵赶出来的方案，客户一句话就全否了！！",
        "熬了两个通宵赶出来的方案，客户一句话就全否了",
    ),
    (
        "楼上装修敲了一整个月，今天居然又换了个电钻接着敲",
        "你居然把楼上装修那个月的账都记下来了，说了多少遍了",
    ),
]


@pytest.mark.parametrize(("line", "twin"), PAIRS)
def test_marked_stance_confirms_and_twin_does_not(line: str, twin: str) -> None:
    assert _read(line) >= PRESENT, line
    assert _read(twin) < PRESENT, twin


def test_marked_scores_needs_own_words_length_and_a_weak_cue() -> None:
    texts = ["排了整整三个月的号，今天终于轮到我们家去面签了"] * 3 + ["今天终于到了"]
    lex = np.zeros((4, len(MESSAGE_SIGNALS)))
    lex[:, MESSAGE_SIGNALS.index(EMO)] = 0.3
    lex[2, MESSAGE_SIGNALS.index(EMO)] = 0.0  # no weak cue
    own = np.array([True, False, True, True])
    lengths = np.array([len(t) for t in texts])
    out = model_zh.marked_scores(texts, lex, own, lengths)
    assert out[0] == pytest.approx(1.0 - 0.7 * 0.7)
    assert out[0] >= PRESENT
    assert out[1] == 0.0 and out[2] == 0.0 and out[3] == 0.0


def test_a_marker_in_a_clause_naming_the_reader_is_not_counted() -> None:
    assert not model_zh._marked_unaddressed("说了多少遍了，你居然又忘了")
    assert model_zh._marked_unaddressed("你说的那家店，居然关门了")
