"""h-speed42: the cheap gates in front of h-couple5's addressed-formula caps
(``model._AFFECTION_PIECES``, ``model._THANKS_PIECES``) pass every text the patterns can
match: each branch of the pattern has a set of required strings (:mod:`prefilter`'s
options) that the gate finds in every one of them, and the caps read as without the gates
on couple lines, their twins and seeded splices."""

from __future__ import annotations

import random
import re

import pytest

from unmask.signals import model, prefilter
from unmask.signals import regex_parse as rp

_UNESCAPE = re.compile(r"\\(.)")


def _covered(pattern: str, gate: re.Pattern[str]) -> None:
    """Every top-level branch of ``pattern`` has an option of required strings all of which
    ``gate`` finds (so every match of the branch holds a match of the gate)."""
    ((op, av),) = rp.parse(pattern)
    assert op == rp.BRANCH
    for alt in av[1]:
        options = [
            frags
            for _, frags in prefilter._options(alt)
            if not any(f.startswith("[") for f in frags)
        ]
        assert any(all(gate.search(_UNESCAPE.sub(r"\1", f)) for f in frags) for frags in options)


def test_each_branch_holds_a_piece() -> None:
    _covered(model._AFFECTION_WORDS.pattern, model._AFFECTION_PIECES)
    _covered(model._THANKS_PARTNER.pattern, model._THANKS_PIECES)


def test_a_gate_without_a_branchs_words_is_caught() -> None:
    with pytest.raises(AssertionError):
        _covered(model._THANKS_PARTNER.pattern, re.compile("appreciate"))


def _affection_before(low: str) -> bool:
    if model._AFFECTION_WORDS.search(low) is None:
        return False
    return not model._own_feeling_clause(model._AFFECTION_WORDS.sub(" ", low))


def _thanks_before(low: str) -> bool:
    if model._THANKS_PARTNER.search(low) is None:
        return False
    return not model._own_feeling_clause(model._THANKS_READER.sub(" ", low))


LINES = [
    "love you so much, see you tonight",
    "i love you anyway.",
    "ily",
    "hey lovebug",
    "morning sunshine",
    "night night honeybear",
    "you are dangerously cute today",
    "you look so hot in that suit",
    "i'm sure you are very handsome",
    "how good you looked in that suit",
    "you're the best thing that ever happened to me",
    "love you, i'm so scared",
    "thank you, love",
    "thanks babe",
    "thx hun!",
    "ty sweetie",
    "really appreciate you calling my brother for me",
    "i appreciate you listening",
    "thanks so much for doing every night feed",
    "thanks for all the help with bedtime",
    "thank you for sharing, you're so brave",
    "thank you for listening",
    "thanks for the advice",
    "thank you, i was so scared",
    "pretty city party, twenty of them",
    "fine, you're right",
    "",
]


def _splices(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = [w for line in LINES for w in line.split()] + ["my", "so", "for", "u", "you", "ur"]
    out = []
    for _ in range(n):
        parts = [rng.choice(LINES) if rng.random() < 0.4 else rng.choice(words)]
        for _ in range(rng.randrange(0, 6)):
            parts.append(rng.choice([" ", ", ", ". ", "! ", " and "]))
            parts.append(rng.choice(LINES) if rng.random() < 0.2 else rng.choice(words))
        out.append("".join(parts).lower())
    return out


def test_the_caps_read_as_without_the_gates() -> None:
    texts = [t.lower() for t in LINES] + _splices(20000, 42)
    fired = [0, 0]
    for low in texts:
        a, b = model._affection_only(low), model._thanks_only(low)
        assert a == _affection_before(low), low
        assert b == _thanks_before(low), low
        fired[0] += a
        fired[1] += b
    assert all(fired)
