"""h-speed40: reply_guard's English patterns and reply_structure's offers behind a lookahead
find what they found."""

from __future__ import annotations

import random
import re

import pytest

from unmask.signals import prefilter, reply_guard, reply_structure

_LOOKAHEAD = re.compile(r"^\(\?=(\[[^\]]*\])\)\(\?:")

LINES = [
    # sarcasm (h-epi5, h-epi6) and its warm twins
    "you're stressed? poor baby",
    "You're sick? Oh poor baby, come here",
    "world's smallest violin",
    "Love that for me.",
    "love that for you!!",
    "wow great, thanks for nothing",
    "sure babe, take another 3 hours",
    "take another day off if you need it",
    "take your time, no rush",
    "oh great, another night alone",
    "oh great another reason to celebrate for you",
    "not like I was waiting or anything",
    "must be nice to finally rest after that week, you deserve it",
    # gloat, blame thrown back, retort, apology, verdict, one-up
    "serves you right",
    "Good. Now you know how it feels",
    "lol. you know what I mean",
    "you had it coming",
    "oh so I'm the problem now?",
    "It's all my fault then, as usual",
    "it's my fault, I'm sorry, I'll do better",
    "blame me again, typical",
    "my bad, forgive me",
    "I apologise, that was unfair",
    "you're not going to that party",
    "give me your phone",
    "tell me your passcode",
    "you think that's bad? try my day",
    "being a nurse is harder, boo hoo",
    "I'm so sorry, that sounds awful. I'm here for you ❤️",
    "I understand how hard this week has been, I love you",
    "ok I understand",
    "what happened? tell me everything",
    "THANKS FOR NOTHING",
    "Serves U Right",
    "ſerves you right",  # a long s: IGNORECASE reads it as s in both
    "\u212aind of my fault then?",  # a Kelvin sign for K
    "",
    "?",
    "I'm\nthe problem\n?",
    # offers and service questions (reply_structure._OFFER) and questions to the other
    "can I book a table for two?",
    "Would you like me to call them?",
    "do you need anything else?",
    "anything else I can help you with?",
    "what has helped you cope before?",
    "can you give me some more details?",
    "can you give me the details of the booking?",
    "Are you interested in a room with a view?",
    "when would you like to leave?",
    "how can I help you feel better?",
    "would you prefer the morning?",
    "do you want to talk about it?",
]

PAIRS = (*reply_guard.FAST_PAIRS, (reply_structure._OFFER_FAST, reply_structure._OFFER))


@pytest.mark.parametrize("pair", range(len(PAIRS)))
def test_lookahead_is_the_patterns_first_characters(pair: int) -> None:
    fast, slow = PAIRS[pair]
    assert fast.flags == slow.flags
    found = _LOOKAHEAD.match(fast.pattern)
    assert found, fast.pattern
    assert fast.pattern == f"(?={found.group(1)})(?:{slow.pattern})"
    assert prefilter.first_class([slow.pattern]) == found.group(1)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _splices(count: int) -> list[str]:
    """Random splices (a fixed seed): of the lines' words and punctuation, and of whole
    lines, cut at a random place or in a random case, joined by random separators."""
    pieces = [p for line in LINES for p in re.split(r"(\W)", line) if p]
    pieces += [" ", " ", ". ", "? ", "\n", "’", "'", ",", "!"]
    joins = [" ", ". ", "? ", "\n", ", ", "! ", "", " so ", " lol "]
    rng = random.Random(40)
    out = []
    for i in range(count):
        if i % 2:
            out.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))))
            continue
        parts = []
        for _ in range(rng.randint(1, 3)):
            line = rng.choice(LINES)
            cut = rng.randint(0, len(line))
            line = rng.choice([line, line[cut:], line[:cut], line.upper(), line.title()])
            parts.append(line)
            parts.append(rng.choice(joins))
        out.append("".join(parts))
    return out


def test_fast_patterns_match_where_the_patterns_match() -> None:
    for text in LINES + _splices(20_000):
        for fast, slow in PAIRS:
            assert _spans(fast, text) == _spans(slow, text), (slow.pattern[:40], text)


def _undone_before(text: str) -> bool:
    """``undone`` of an English text with the patterns themselves (before h-speed40)."""
    g = reply_guard
    if g.EYE_ROLL.search(text):
        return True
    if not g._APOLOGY_EN.search(text) and any(
        g._BLAME_SELF_EN.search(part) and g._RETORT_EN.search(part)
        for part in re.split(r"(?<=[.!;\n])\s*", text)
    ):
        return True
    return bool(
        g._GLOAT_EN.search(text)
        or g._SARCASM_EN.search(text)
        or (g._MUST_BE_NICE_EN.search(text) and not g._GLAD_FOR_EN.search(text))
        or g._VERDICT_EN.search(text)
        or g._ONE_UP_EN.search(text)
        or g._DISMISS_EN.search(text)
        or g._REFUSAL_EN.search(text)
    )


def test_undone_reads_as_before() -> None:
    texts = LINES + _splices(5_000)
    got = [reply_guard.undone(t, "en") for t in texts]
    assert got == [_undone_before(t) for t in texts]
    assert any(got) and not all(got)
