"""h-speed41: the one RE2 pass before the sentence kinds (``reply_structure._may_have_kinds``)
says no only where ``_may_have_kind`` says no, and ``sentence_kinds_coded`` reads the same."""

from __future__ import annotations

import random

import numpy as np
import pytest

from unmask.ingest import read_table
from unmask.samples import sample_path
from unmask.signals import reply_structure as rs

#: lines that have a kind (asked, "so ...", "I see you ...", asked indirectly, run on, a
#: question closed with a full stop) and their twins that have none, couple talk
LINES = [
    "how was your day?",
    "did you sleep ok",
    "ok so did you talk to her about it",
    "Well, how long have you two been together.",
    "I love you. Are you feeling better today",
    "r u ok babe",
    "whats your mom saying about it",
    "what’s your plan for the weekend",
    "Don’t you think she meant well",
    "dont you want to come",
    "hmm would you like me to call",
    "so you felt left out",
    "So what you're saying is you needed me there",
    "I see you're tired, love",
    "i hear that you had a rough week",
    "I gather you've been busy",
    "I was wondering what made her pull away.",
    "I'm curious, how did you two meet",
    "Can I ask how long this has been going on.",
    "I'd love to know more about your day",
    "That sounds rough, do you know what sets it off",
    "I'm sure it isn't, how long had you been together.",
    "Is there anyone you can talk to.",
    "how many kids do you have",
    "how come you left early",
    "what grade is your son in",
    "and you",
    "how so",
    # twins without a kind
    "love you loads",
    "transferred £7.50",
    "The neighbours are at it again.",
    "Made tacos, it's ok",
    "thanks for picking me up, it meant a lot",
    "you said you'd do the bins today",
    "I have to go to my manager's this weekend, it's expected.",
    "I'll see you at 6",
    "the task list is done",
    "island trip booked",
    # control is no question, and no kind reads it as one
    "you will answer me when I call",
    "do what I say",
    "Where were you. Answer me.",
    # Chinese lines (the reply layer reads them apart; the gate must still be a superset)
    "你今天过得怎么样？",
    "我想知道你为什么难过",
    "好的",
]

#: pieces the seeded splices are made of: openers, fillers, asking words, separators, and
#: characters RE2 and Python read differently (odd case, non-ASCII spaces and apostrophes)
PIECES = [
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "dont",
    "don't",
    "don’t",
    "isn't",
    "what",
    "whats",
    "what's",
    "what’s",
    "how",
    "hows",
    "where",
    "who",
    "when",
    "why",
    "which",
    "would",
    "could",
    "can",
    "will",
    "r",
    "u",
    "you",
    "he",
    "she",
    "they",
    "it",
    "your",
    "there",
    "anyone",
    "this",
    "the first",
    "kind of",
    "long",
    "many",
    "come",
    "else",
    "ok",
    "okay",
    "so",
    "and",
    "but",
    "or",
    "well",
    "hmm",
    "oh",
    "ah",
    "i see",
    "I",
    "see",
    "hear",
    "gather",
    "that",
    "now",
    "can",
    "wonder",
    "wondering",
    "curious",
    "ask",
    "idea",
    "to know",
    "to hear",
    "to understand",
    "love",
    "babe",
    "tired",
    "dinner",
    "the bins",
    "lol",
    "😘",
    "🥰",
    ",",
    ".",
    "!",
    "?",
    "...",
    "\n",
    " ",
    "  ",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "é",
    "ß",
    "_",
    "1",
    "İs",
    "ıs",
    "ſo",
    "\u212aind of",
    "你",
    "吗",
]


def _splice(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 9)):
        piece = rng.choice(PIECES)
        if rng.random() < 0.3:
            piece = piece.upper() if rng.random() < 0.5 else piece.capitalize()
        out.append(piece)
        out.append(rng.choice([" ", " ", " ", "", ", ", ". ", "\n", "\u00a0", "! "]))
    return "".join(out)


OPENERS = [
    "",
    "ok ",
    "Okay, ",
    "so ",
    "hmm... ",
    "i see. ",
    "And ",
    "well\u00a0",
    "love you. ",
    "oh no, ",
    "😘 ",
    "\n",
    "Fine! ",
]
ASKING = [
    "do",
    "Does",
    "did",
    "IS",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "what",
    "how",
    "where",
    "who",
    "when",
    "why",
    "which",
    "would",
    "could",
    "can",
    "will",
    "r",
    "How many",
    "how come",
    "What kind of",
    "how long",
    "\u0130s",
    "\u0131s",
    "\u212aind",
    "\u017fo",
]
JOINS = [" ", "n't ", "n’t ", "nt ", "'s ", "’s ", "s ", "\u00a0", "\u2009", "  ", "\n", ""]
PERSONS = [
    "you",
    "u",
    "he",
    "she",
    "they",
    "it",
    "your mom",
    "there anyone",
    "this the first",
    "things",
    "kids do you have",
    "you two meet",
    "see you",
    "know",
]
ENDS = ["", ".", "...", "!", " babe", " today.", ", I can see it", " lol 🥰"]


def _asked(rng: random.Random) -> str:
    """A sentence near the edge of the kinds: an opener, an asking word, a joint, a person."""
    text = (
        rng.choice(OPENERS)
        + rng.choice(ASKING)
        + rng.choice(JOINS)
        + rng.choice(PERSONS)
        + rng.choice(ENDS)
    )
    if rng.random() < 0.5:
        text = rng.choice(["I'm curious, ", "That sounds hard, ", "I wonder ", "so ", ""]) + text
    if rng.random() < 0.3:
        text = text.upper() if rng.random() < 0.5 else text.lower()
    return text


def _superset(texts: list[str]) -> int:
    """Assert the gate lets through every text ``_may_have_kind`` says yes to; how many it
    stops."""
    gate = rs._may_have_kinds(texts)
    assert len(gate) == len(texts)
    missed = [t for t, g in zip(texts, gate, strict=True) if not g and rs._may_have_kind(t)]
    assert missed == []
    return gate.count(False)


def test_gate_lets_every_kind_through_on_couple_lines() -> None:
    assert _superset(LINES) > 0
    gate = dict(zip(LINES, rs._may_have_kinds(LINES), strict=True))
    # must-pass lines (each has a kind) and must-stop twins (none has)
    for line in ("did you sleep ok", "so you felt left out", "I see you're tired, love"):
        assert rs._may_have_kind(line) and gate[line]
    for line in ("love you loads", "transferred £7.50", "thanks for picking me up, it meant a lot"):
        assert not rs._may_have_kind(line) and not gate[line]


def test_gate_lets_every_kind_through_on_seeded_splices() -> None:
    rng = random.Random(41)
    texts = [_splice(rng) for _ in range(20_000)]
    stopped = _superset(texts)
    assert stopped > 1_000  # it does stop lines, so the test says something
    assert sum(rs._may_have_kind(t) for t in texts) > 1_000
    asked = [_asked(rng) for _ in range(20_000)]
    assert _superset(asked) > 500
    assert sum(rs._may_have_kind(t) for t in asked) > 5_000


@pytest.mark.parametrize("name", ["close_en", "drifting_en", "close_zh", "drifting_zh"])
def test_gate_lets_every_kind_through_on_the_samples(name: str) -> None:
    table = read_table(sample_path(name))
    texts = [t for t in table.column("text").to_pylist() if t]
    _superset(sorted(set(texts)))


def test_gate_without_arrow_lets_all_through() -> None:
    assert rs._may_have_kinds([]) == []
    # a lone surrogate cannot go to Arrow: every text is read as before
    assert rs._may_have_kinds(["love you", "\ud800 ok"]) == [True, True]


def test_sentence_kinds_coded_reads_stopped_lines_as_before() -> None:
    texts = LINES * 3
    distinct = sorted(set(texts))
    code = np.array([distinct.index(t) for t in texts], dtype=np.int64)
    is_zh = np.array([any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts])
    rows = np.arange(len(texts))
    seen: dict[str, str] = {}
    expected = {}
    for r in rows.tolist():
        if is_zh[r]:
            continue
        known = rs._text_kinds(texts[r], seen)
        if known is not None:
            expected[r] = known
    got = rs.sentence_kinds_coded(distinct, code, is_zh, rows)
    assert got == expected and list(got) == list(expected) and got


def test_gate_leaves_pandas_out() -> None:
    """The gate's column is built from buffers: ``pa.array`` of a list would import pandas
    (~0.2 s and ~30 MB on the parent's path)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from unmask.signals import reply_structure as rs\n"
        "assert rs._may_have_kinds(['did you sleep ok', 'love you']) == [True, False]\n"
        "print('pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
