"""The reply prefilter's folding: repeats of one letter or of whitespace read as once.

:func:`unmask.signals.reply_prefilter.fold` folds the lower-cased texts before the
literal scan (each whitespace run one space, each run of one ASCII letter that
letter once), so an entry's literals can run across ``\\s+`` and elongations
("so+ sor+y+" -> "so sory"). The prefilter must stay sound: an entry whose own
pattern matches a text is always among that text's candidates.
"""

from __future__ import annotations

import random
import re

import pytest

from unmask.signals import reply_lexicon as rl
from unmask.signals.reply_prefilter import (
    build_scan,
    candidates,
    fold,
    prefilter,
    required_literals,
)


def _candidates(patterns: list[str], texts: list[str]) -> dict[int, int]:
    scan = build_scan([prefilter(patterns)])
    return dict(candidates(scan, texts, list(range(len(texts)))))


def _assert_sound(patterns: list[str], texts: list[str]) -> None:
    found = _candidates(patterns, texts)
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    for k, text in enumerate(texts):
        for i, pattern in enumerate(compiled):
            if pattern.search(text):
                assert found.get(k, 0) >> i & 1, (patterns[i], text)


def test_fold_makes_runs_of_whitespace_and_of_one_letter_single() -> None:
    assert fold("sooo  sorry\t\n now") == "so sory now"
    assert fold("i'm\u00a0fine") == "i'm fine"  # any whitespace, as re's \s
    assert fold("谢谢 抱抱") == "谢谢 抱抱"  # only ASCII letters fold
    assert fold("a\x00\x00b") == "a\x00\x00b"  # the batch separator is not whitespace


def test_fold_is_the_two_substitutions_on_any_text() -> None:
    rng = random.Random(5)
    alphabet = "aAbooz \t\n\x0b\x1c\x85\u00a0\u2003\u3000\x00谢😀é'’.\ud800"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        expected = re.sub(r"([a-z])\1+", r"\1", re.sub(r"\s+", " ", text))
        assert fold(text) == expected, repr(text)
    # the fold's table of whitespace ends at U+3000: nothing above it is \s
    assert not any(re.match(r"\s", chr(c)) for c in range(0x3001, 0x110000))


def test_literals_run_across_whitespace_and_elongations() -> None:
    assert required_literals(r"\bso+\s+sor+y+\b") == (frozenset({"so sory"}),)
    assert required_literals(r"\bhow\s+are\s+(you|u)\b") == (
        frozenset({"how are you", "how are u"}),
    )
    # an optional part is there or not: both spellings are literals
    assert required_literals(r"\bi['’]?m\s+here\b") == (
        frozenset({"im here", "i'm here", "i’m here"}),
    )
    assert required_literals(r"[sS]+o") == (frozenset({"so"}),)
    # a run of two different characters does not fold to one
    needs = required_literals(r"x[’']+y")
    assert needs is not None and needs[0] in (frozenset({"x’", "x'"}), frozenset({"’y", "'y"}))
    assert not any("xy" in s or "x'y" in s for need in needs for s in need)


def test_toy_patterns_on_random_texts() -> None:
    patterns = [
        r"\bso+\s+sor+y+\b",
        r"a\s*b",
        r"(xo+\s+)?y+z",
        r"[sS]+o\b",
        r"[ \t]+x",
        r"o{2}s",
        r"z\s?y",
        r"\by[’']+z",
        r"(s|x)\s+(o|y)\s*$",
    ]
    rng = random.Random(11)
    alphabet = "abosSyzxXOr' \t\n\u00a0’"
    texts = ["so sorry", "SOOO   sorryyy", "xo  yyz", "ab", "a \t b", "oos", "ooos", "zy"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    _assert_sound(patterns, texts)


def _variants(text: str, rng: random.Random) -> list[str]:
    spaced = re.sub(r" ", lambda _: rng.choice(["  ", "\t", " \n ", "\u00a0"]), text)
    longer = re.sub(r"([a-z])", lambda m: m.group(1) * rng.choice([1, 1, 2, 3]), text)
    return [text, text.upper(), spaced, longer, f"ok. {text}!! {longer}"]


@pytest.mark.parametrize("lang", rl.LANGS)
def test_real_reply_lexicons_keep_every_match(lang: str) -> None:
    rng = random.Random(3)
    lexicons = [rl.load(lang, part) for part in rl.PARTS]
    base = [e.example for lexicon in lexicons for e in lexicon.entries]
    base += [t for lexicon in lexicons for t in lexicon.must_not_fire]
    texts = [v for text in base for v in _variants(text, rng)]
    for lexicon in lexicons:
        _assert_sound([e.pattern for e in lexicon.entries], texts)
