"""h-speed42, h-speed44: the cheap gates in front of the addressed-formula, control and wish
caps (``model._AFFECTION_PIECES`` with ``_AFFECTION_OPENS``, ``_THANKS_PIECES``,
``_CONTROL_DEMAND_PIECES``, ``_CONTROL_LETTERS``, ``_WISH_PIECES``) pass every text the
patterns can match: each branch of the pattern has a set of required strings (:mod:`prefilter`'s
options) that the gate finds in every one of them, and the caps read as without the gates
on couple lines, their twins and seeded splices."""

from __future__ import annotations

import random
import re

import pytest

from unmask.signals import model, prefilter
from unmask.signals import regex_parse as rp

_UNESCAPE = re.compile(r"\\(.)")


def _branches(pattern: str) -> list[object]:
    """The top-level branches of ``pattern``, also inside ``\\b(?:...)\\b``."""
    items = [item for item in rp.parse(pattern) if item[0] != rp.AT]
    ((op, av),) = items
    if op == rp.SUBPATTERN:
        ((op, av),) = av[3]
    assert op == rp.BRANCH
    return list(av[1])


def _covered(pattern: str, gate: re.Pattern[str], skip: tuple[int, ...] = ()) -> None:
    """Every top-level branch of ``pattern`` (but ``skip``) has an option of required
    strings all of which ``gate`` finds (so every match of the branch holds a match of the
    gate)."""
    for k, alt in enumerate(_branches(pattern)):
        if k in skip:
            continue
        options = [
            frags
            for _, frags in prefilter._options(alt)
            if not any(f.startswith("[") for f in frags)
        ]
        assert any(all(gate.search(_UNESCAPE.sub(r"\1", f)) for f in frags) for frags in options)


def test_each_branch_holds_a_piece() -> None:
    # the greeting's branch (the third) opens with _AFFECTION_OPENS' own pattern
    _covered(model._AFFECTION_WORDS.pattern, model._AFFECTION_PIECES, skip=(2,))
    greeting = _branches(model._AFFECTION_WORDS.pattern)[2]
    opens = rp.parse(model._AFFECTION_GREETING)
    assert list(greeting)[: len(opens)] == opens
    _covered(model._THANKS_PARTNER.pattern, model._THANKS_PIECES)
    # the first branch ends in "say", "said", "tell you" or "told you" (the prefilter lists
    # "you" for the last two): its source is pinned here, its four words in the gate
    _covered(model._CONTROL_DEMAND.pattern, model._CONTROL_DEMAND_PIECES, skip=(0,))
    assert model._CONTROL_DEMAND.pattern.startswith(
        r"\b(?:do\s+(?:what|as)\s+i\s+(?:say|said|tell\s+you|told\s+you)|"
    )
    assert all(model._CONTROL_DEMAND_PIECES.search(w) for w in ("say", "said", "tell", "told"))


def test_the_wish_gate_holds_a_required_string() -> None:
    """One option of ``_WISH``'s required strings: each holds a gate piece of letters only
    (letters survive ``_WISH_NOISE``, so the lower-cased text holds the piece too)."""
    assert re.fullmatch(r"[a-z|()?:]+", model._WISH_PIECES.pattern)
    options = [
        frags
        for _, frags in prefilter._options(rp.parse(model._WISH.pattern))
        if not any(f.startswith("[") for f in frags)
    ]
    assert any(
        all(model._WISH_PIECES.search(_UNESCAPE.sub(r"\1", f)) for f in frags) for frags in options
    )
    assert model._CONTROL_LETTERS.pattern == model._CONTROL_PIECES.pattern.replace(r"\b", "")


def test_a_gate_without_a_branchs_words_is_caught() -> None:
    with pytest.raises(AssertionError):
        _covered(model._THANKS_PARTNER.pattern, re.compile("appreciate"))
    with pytest.raises(AssertionError):
        _covered(model._CONTROL_DEMAND.pattern, re.compile("permission|stop|quit"))


def _affection_before(low: str) -> bool:
    if model._AFFECTION_WORDS.search(low) is None:
        return False
    return not model._own_feeling_clause(model._AFFECTION_WORDS.sub(" ", low))


def _thanks_before(low: str) -> bool:
    if model._THANKS_PARTNER.search(low) is None:
        return False
    return not model._own_feeling_clause(model._THANKS_READER.sub(" ", low))


def _control_before(low: str) -> bool:
    if model._CONTROL_DEMAND.search(low):
        return True
    return (
        model._CONTROL_PIECES.search(low) is not None
        and model._CONTROL_AS_HELP.search(low) is not None
    )


def _wishes_before(text: str) -> bool:
    words = model._WISH_NOISE.sub(" ", text.lower()).split()
    if not words or len(words) > 12:
        return False
    rest = " ".join(w for w in words if w not in ("x", "xx", "xxx", "xo", "xoxo"))
    parts = model._WISH_START.split(model._AND_WISH.sub("", rest))
    return all(model._WISH.fullmatch(p) for p in parts)


LINES = [
    "you should just do what i say",
    "do as i told you!",
    "you have to ask my permission before you go out",
    "text me where you are",
    "you're not allowed to go",
    "i forbid you to see him",
    "know your place",
    "from now on i handle the money, you ask me when you need some",
    "from now on i handle the money, you handle the kids",
    "you should stop seeing your friends",
    "you shouldn't go out with your friends anymore",
    "cut off your family",
    "you need to stop talking to your sister",
    "stop calling your mum",
    "let me help you, from now on i pick your friends",
    "your friends are a bad influence, you should stop seeing them",
    "talk to your friends about it",
    "ask your manager for permission",
    "Happy birthday babe!",
    "happy new year",
    "Good night, sweet dreams x",
    "merry christmas and happy new year!!",
    "good-night, sleep-tight xx",
    "get well soon",
    "Happy birthday! I miss you so much",
    "xx",
    "hey you, how was the day",
    "hi, love you",
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
    texts = [t.lower() for t in LINES] + _splices(20000, 42) + _splices(5000, 7)
    fired = [0, 0, 0, 0]
    for low in texts:
        a, b = model._affection_only(low), model._thanks_only(low)
        c, d = model._control_demand(low), model._only_wishes(low)
        assert a == _affection_before(low), low
        assert b == _thanks_before(low), low
        assert c == _control_before(low), low
        assert d == _wishes_before(low), low
        fired[0] += a
        fired[1] += b
        fired[2] += c
        fired[3] += d
    assert all(fired)
    for text in LINES:  # as the caps call it, before lower-casing
        assert model._only_wishes(text) == _wishes_before(text), text


THEM_LINES = [
    "your friends are a bad influence, you should stop seeing them",
    "your friends should stop seeing themselves as victims",
    "your friends should stop seeing themselves as victims, pick one",
    "your family can't visit themed parks, you decide",
    "your mates should quit texting them'",
    "your friends shouldn't see them until friday",
    "i'll pick who you see",
    "let me help you, from now on i pick your friends",
]


def test_the_control_gate_holds_every_match() -> None:
    """h-speed45: ``_CONTROL_PIECES`` holds every match of ``_CONTROL_AS_HELP`` (its "them"
    is the word: "stop seeing themselves" is no control), so :func:`model._control_demand`
    reads as the two patterns without any gate, also where another gate word ("pick")
    stands elsewhere in the text."""
    rng = random.Random(11)
    words = [w for line in THEM_LINES + LINES for w in line.split()]
    words += ["themselves", "them", "theme", "them's", "pick", "decide", "choosing"]
    texts = [t.lower() for t in THEM_LINES + LINES]
    for _ in range(10000):
        parts = [rng.choice(THEM_LINES) if rng.random() < 0.5 else rng.choice(words)]
        for _ in range(rng.randrange(0, 5)):
            parts.append(rng.choice([" ", ", ", ". ", " and "]))
            parts.append(rng.choice(THEM_LINES) if rng.random() < 0.3 else rng.choice(words))
        texts.append("".join(parts).lower())
    fired = 0
    for low in texts:
        got = model._control_demand(low)
        ungated = bool(model._CONTROL_DEMAND.search(low) or model._CONTROL_AS_HELP.search(low))
        assert got == ungated, low
        fired += got
    assert 0 < fired < len(texts)
    assert model._control_demand(THEM_LINES[0].lower())
    assert not model._control_demand(THEM_LINES[2].lower())


def _mock_or_wait_before(text: str) -> bool:
    low = text.lower()
    if model._MOCK_ALWAYS.search(low):
        return True
    if model._SARCASM_PIECES.search(low) and model._SARCASTIC_PRAISE.search(low):
        return True
    if model._HARDSHIP.search(low):
        return False
    if model._WAIT_APOLOGY.search(low):
        return True
    if not model._POOR_YOU.search(low) or not model._CAPS_INTENSIFIER.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) < 0.5 * len(letters)


MOCK_LINES = [
    "boo hoo, cry me a river",
    "oh I'm SO sorry you had to wait, poor you",
    "oh I'm SO sorry, poor you, that sounds awful",
    "I'm so sorry, you poor thing, that sounds awful",
    "sorry to keep you waiting",
    "sorry to keep you waiting, i know you had a horrible day",
    "sorry you had to wait, i'm here for you",
    "POOR YOU, SO SAD",
    "poor you, SO unlucky",
    "so sorry about your mum, sending hugs",
    "wow, great job, really",
    "",
]


def test_mock_or_wait_reads_as_before() -> None:
    rng = random.Random(5)
    words = [w for line in MOCK_LINES + LINES for w in line.split()]
    texts = list(MOCK_LINES)
    for _ in range(8000):
        parts = [rng.choice(MOCK_LINES) if rng.random() < 0.5 else rng.choice(words)]
        for _ in range(rng.randrange(0, 5)):
            parts.append(rng.choice([" ", ", ", ". ", "! "]))
            parts.append(rng.choice(MOCK_LINES) if rng.random() < 0.3 else rng.choice(words))
        texts.append("".join(parts))
    fired = 0
    for text in texts:
        got = model._mock_or_wait(text)
        assert got == _mock_or_wait_before(text), text
        fired += got
    assert 0 < fired < len(texts)
