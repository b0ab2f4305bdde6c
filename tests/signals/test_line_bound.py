"""Lexicon regexes stay inside one line, so a message reads the same beside any neighbour.

A batch is its messages joined by "\\n". A class that could match "\\n" let an earlier
entry's match run on into the next message; that match was dropped, but it had already
hidden a later entry's match at the same place ("你再跟他说话我们就分手" scored 0 for
`safety.threat` when the next message began "我就把", and 0.75 alone), and since the
leftover regexes run only on the messages that hold their prefilter, which neighbours a
message had depended on the prefilter too.
"""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from unmask.signals import score_text, score_texts
from unmask.signals.expand import expand_regex
from unmask.signals.lexicon import Entry, load_language, load_modifiers
from unmask.signals.line_bound import within_line
from unmask.signals.variants import expand_macros, zh_regex


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("你再[^。！？]{1,10}试试", "你再[^\\n。！？]{1,10}试试"),
        (r"scared\s+of\s+you", r"scared[^\S\n]+of[^\S\n]+you"),
        (r"[\s,]*ok", r"(?:(?!\n)[\s,])*ok"),
        (r"\W+x\D", r"[^\w\n]+x[^\d\n]"),
        # the line-start idiom names "\n" already and keeps its meaning
        (r"(?<![^\n])look\S+", r"(?<![^\n])look\S+"),
        # "]" first in a class is a literal; an escaped "[" opens no class
        (r"[]a]\[^x", r"[]a]\[^x"),
        (r"[^]a]b", "[^\\n]a]b"),
        (r"a\\[^b]", "a\\\\[^\\nb]"),
        # classes and escapes that cannot match "\n" stay as they are
        (r"[a-z]+\S\w\d.", r"[a-z]+\S\w\d."),
    ],
)
def test_within_line_rewrites_only_the_classes_that_match_a_newline(
    pattern: str, expected: str
) -> None:
    assert within_line(pattern) == expected
    re.compile(within_line(pattern))


def test_an_unterminated_class_is_named() -> None:
    with pytest.raises(ValueError, match="unterminated character class"):
        within_line("ab[^c")


def _leftover(lang: str) -> list[tuple[Entry, str]]:
    """The regex entries that stay regexes (not listed as strings), with their pattern."""
    mods = load_modifiers(lang)
    out = []
    for f in load_language(lang):
        for e in f.entries:
            if e.regex is None:
                continue
            p = expand_macros(e.regex, mods.chat_spelling)
            p = zh_regex(p) if lang == "zh" else p
            if expand_regex(p, mods.word_bounded) is None:
                out.append((e, p))
    return out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_on_one_line_the_rewritten_regex_matches_what_the_regex_matches(lang: str) -> None:
    leftover = _leftover(lang)
    assert len(leftover) > 50
    texts = [e.example.lower() for e, _ in leftover]
    texts += [m.lower() for f in load_language(lang) for m in f.must_not_fire]
    rewritten = 0
    for _entry, pattern in leftover:
        line = within_line(pattern)
        rewritten += line != pattern
        plain, bound = re.compile(pattern, re.M), re.compile(line, re.M)
        for text in texts:
            if "\n" in text:
                continue
            assert [m.span() for m in plain.finditer(text)] == [
                m.span() for m in bound.finditer(text)
            ], (pattern, text)
    assert rewritten > 10


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_leftover_regex_example_reads_the_same_beside_any_neighbour(lang: str) -> None:
    examples = list(dict.fromkeys(e.example for e, _ in _leftover(lang)))
    shuffled = examples[:]
    random.Random(7).shuffle(shuffled)
    for batch in (examples, examples[::-1], shuffled):
        scored = score_texts(batch, model=False)
        for i, text in enumerate(batch):
            alone = score_text(text, model=False).scores
            for name, value in alone.items():
                got = float(np.nan_to_num(scored.scores[name][i]))
                assert got == pytest.approx(value or 0.0), (text, name, batch[i - 1 : i + 2])


def test_a_threat_is_not_hidden_by_a_match_that_runs_into_the_next_message() -> None:
    text = "你再跟他说话我们就分手"
    alone = score_text(text, model=False).scores["safety.threat"]
    assert alone >= 0.5
    for after in ("我就把这事告诉你妈", "我就让你好看", "好的"):
        scored = score_texts([text, after], model=False)
        assert scored.scores["safety.threat"][0] == pytest.approx(alone), after
