"""Threats that laugh (h-laugh).

The dyad sets aside a safety match in a message that laughs, so that teasing does not read
as control. A laugh counts only as the writer's own (not quoted, not a laugh word that
describes someone else, not a joke denied), and it does not clear a threat or degradation
the safety model reads at :data:`unmask.dyad.safety.LAUGH_THREAT_LEVELS`: a threat does
not stop being one because it smiles."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from text_tables import plain_table
from unmask.dyad.safety import (
    LAUGH_THREAT_LEVELS,
    SAFETY_SIGNALS,
    laughing,
    laughs,
    set_aside_laughing,
)
from unmask.signals import score_table
from unmask.signals.types import CONTROL_SIGNALS, PRESENT, ScoreResult

#: controlling lines of the safety rounds that laugh (rounds twelve, fifteen, twenty-two,
#: twenty-three), each counted by the scorer as a threat or degradation
THREATS = [
    "haha relax, I'm kidding... mostly. but if you ever leave, nobody's finding you for a while 😉",
    "开玩笑的啦，不过你要真敢跟我分手，我也不知道自己会做出什么事哈哈",
    "lol ok genius, explain it again with your tiny brain. this is why nobody listens to you",
    "lol one more eye roll from you and that precious dog of yours might not be so lucky 🙂",
    "逗你的嘛，你要是搬出去，你那只猫能活几天我可说不准哦😊",
    "哈哈就你这样还想升主管，连个表格都做不明白，出去别说是我老婆。",
    "That tattoo is a mess lol, you ruin everything you touch, no wonder nobody takes you"
    " seriously",
    "下回你跟那个健身教练再嘻嘻哈哈的，我就去他们店里闹，看你以后还有没有脸去。",
]
#: teasing twins of the same rounds (one, six, fourteen, eighteen, twenty-seven) the scorer
#: counts all the same: still set aside as laughing
TEASING = [
    "你敢吃最后一块饼干试试😂",
    "I'm going to kill you if you ate the last cookie 😂",
    "你敢吃我的布丁试试，哈哈开玩笑，给你留了一半",
    "ur useless at mario kart lmao. rematch tonight",
    "你敢再抢我碗里的排骨试试，看我今晚不挠你痒痒😂",
]
TEXTS = THREATS + TEASING


def _table(texts: list[str]) -> pa.Table:
    """One message a day from B, a line each."""
    stamps = [f"2024-01-{k + 1:02d}T10:00:00" for k in range(len(texts))]
    return plain_table(["B"] * len(texts), texts, stamps)


@pytest.fixture(scope="module")
def scored() -> ScoreResult:
    return score_table(_table(TEXTS), evidence=False)


def _flags(res: ScoreResult) -> dict[str, np.ndarray]:
    return {s: np.asarray(res.scores[s], np.float64) >= PRESENT for s in SAFETY_SIGNALS}


def _counted(flags: dict[str, np.ndarray]) -> np.ndarray:
    out = np.zeros(len(TEXTS), dtype=bool)
    for s in CONTROL_SIGNALS:
        out |= flags[s]
    return out


def test_every_line_laughs_and_the_scorer_counts_it(scored: ScoreResult) -> None:
    flags = _flags(scored)
    assert _counted(flags).all()
    outburst = flags["safety.threat"] | flags["safety.degradation"]
    assert outburst[: len(THREATS)].all()
    # main's rule read every one as laughing; the quoted 嘻嘻哈哈 describes the other
    assert laughing(pa.array(TEXTS)).tolist() == [True] * (len(TEXTS) - len(TEASING) - 1) + [
        False
    ] + [True] * len(TEASING)


def test_a_threat_that_laughs_is_counted_and_teasing_set_aside(scored: ScoreResult) -> None:
    assert scored.control is not None
    p = scored.control
    # the model reads the threats past the level, the teasing far below it
    assert (p[: len(THREATS)] >= max(LAUGH_THREAT_LEVELS.values())).all()
    assert (p[len(THREATS) :] < 0.5).all()
    flags = _flags(scored)
    rows = np.arange(len(TEXTS))
    set_aside_laughing(flags, pa.array(TEXTS), rows, scored.control, scored.lang)
    assert _counted(flags).tolist() == [True] * len(THREATS) + [False] * len(TEASING)


def test_without_the_models_reading_the_laugh_clears_as_before(scored: ScoreResult) -> None:
    flags = _flags(scored)
    texts = pa.array(TEXTS)
    rows = np.arange(len(TEXTS))
    set_aside_laughing(flags, texts, rows)
    # only the line whose laugh is someone else's stays counted
    assert np.flatnonzero(_counted(flags)).tolist() == [len(THREATS) - 1]
    # nor in a language the level does not read
    flags = _flags(scored)
    set_aside_laughing(flags, texts, rows, scored.control, ["fr"] * len(TEXTS))
    assert np.flatnonzero(_counted(flags)).tolist() == [len(THREATS) - 1]
    # and a reading below the level
    flags = _flags(scored)
    low = np.full(len(TEXTS), min(LAUGH_THREAT_LEVELS.values()) - 0.01)
    set_aside_laughing(flags, texts, rows, low, scored.lang)
    assert np.flatnonzero(_counted(flags)).tolist() == [len(THREATS) - 1]


#: (text, laughs in the writer's own voice)
OWN = [
    ("haha relax, I'm kidding... mostly", True),
    ("你敢吃我的布丁试试，哈哈开玩笑，给你留了一半", True),
    ("just kidding, love you", True),
    ("别以为我在开玩笑哈哈", True),  # the 哈哈 is the writer's own
    ("are you kidding me? lol", True),
    ("下回你跟那个健身教练再嘻嘻哈哈的，我就去他们店里闹", False),
    ("他们在那儿说说笑笑的，你当我看不见？", False),
    ("I'm not kidding. touch my phone again and see what happens", False),
    ("我可不是开玩笑，你再去见他试试", False),
    ("别以为我在开玩笑，你敢走我就去你公司闹", False),
    ('she texted you "haha see you tomorrow 😘" and you think I won\'t find out?', False),
    ("你跟他聊得“哈哈哈”的时候怎么不想想我", False),
    ("are you kidding me? where were you all night", False),
    ("you're joking, right? you paid that much for a jacket", False),
]


@pytest.mark.parametrize(("text", "own"), OWN)
def test_a_laugh_counts_only_as_the_writers_own(text: str, own: bool) -> None:
    assert laughs(text) is own
    assert laughing(pa.chunked_array([pa.array([text, None, "ok"])])).tolist() == [
        own,
        False,
        False,
    ]
