"""Our own regex parser reads the lexicon syntax as ``re`` does, and refuses the rest.

What the trees are used for (listing a finite regex's strings, prefilters) is
checked against ``re`` itself in test_fast_matching.py; here the trees and the
refusals are checked directly, on the constructs the lexicon files use.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from unmask.signals import regex_parse as rp
from unmask.signals.expand import expand_regex
from unmask.signals.prefilter import first_class, required_prefilter


def test_literals_classes_groups_and_repeats() -> None:
    assert rp.parse(r"\bi'?m\b") == [
        (rp.AT, rp.AT_BOUNDARY),
        (rp.LITERAL, ord("i")),
        (rp.MAX_REPEAT, (0, 1, [(rp.LITERAL, ord("'"))])),
        (rp.LITERAL, ord("m")),
        (rp.AT, rp.AT_BOUNDARY),
    ]
    assert rp.parse(r"[a-c\d]{1,3}?") == [
        (
            rp.MIN_REPEAT,
            (1, 3, [(rp.IN, [(rp.RANGE, (97, 99)), (rp.CATEGORY, rp.CATEGORY_DIGIT)])]),
        )
    ]
    assert rp.parse("(?:so|very) (sad)") == [
        (rp.SUBPATTERN, (None, 0, 0, [(rp.BRANCH, (None, [_lit("so"), _lit("very")]))])),
        (rp.LITERAL, 32),
        (rp.SUBPATTERN, (1, 0, 0, _lit("sad"))),
    ]
    assert rp.parse(r"(?<![^\n])look\S+") == [
        (rp.ASSERT_NOT, (-1, [(rp.NOT_LITERAL, 10)])),
        *_lit("look"),
        (rp.MAX_REPEAT, (1, rp.MAXREPEAT, [(rp.IN, [(rp.CATEGORY, rp.CATEGORY_NOT_SPACE)])])),
    ]
    assert rp.parse(r"[a]\.[]x-]a{2,}(?=!)") == [
        (rp.LITERAL, ord("a")),
        (rp.LITERAL, ord(".")),
        (rp.IN, [(rp.LITERAL, ord("]")), (rp.LITERAL, ord("x")), (rp.LITERAL, ord("-"))]),
        (rp.MAX_REPEAT, (2, rp.MAXREPEAT, [(rp.LITERAL, ord("a"))])),
        (rp.ASSERT, (1, [(rp.LITERAL, ord("!"))])),
    ]
    assert rp.parse(r"\x41\u00e9\U0001F600") == _lit("Aé😀")
    assert rp.parse("a{") == _lit("a{")  # not a repeat: a literal brace, as in re


def _lit(text: str) -> list[rp.Item]:
    return [(rp.LITERAL, ord(ch)) for ch in text]


@pytest.mark.parametrize(
    "pattern",
    [
        "(?i)sad",  # inline flags change what the strings mean
        r"(a)\1",  # back-reference
        "a*+",  # possessive repeat
        "a**",
        "(?>a)",  # atomic group
        "(?#comment)a",
        "a{3,1}",
        "(ab",
        "ab)",
        "[ab",
        r"\q",
        "*a",
        r"\b?",
    ],
)
def test_what_it_does_not_read_is_refused(pattern: str) -> None:
    with pytest.raises(rp.Unsupported):
        rp.parse(pattern)
    # the callers then keep the pattern as a plain regex
    assert expand_regex(pattern, True) is None


def test_callers_use_it_instead_of_the_private_re_parser() -> None:
    src = Path(rp.__file__).parent
    for name in ("expand.py", "prefilter.py", "matcher.py", "regex_parse.py"):
        text = (src / name).read_text(encoding="utf-8")
        assert "import re._parser" not in text and "import re._constants" not in text, name
    # and what they derive from its trees still holds for re
    pre = required_prefilter([r"(?<![^\n])look\S+"])
    assert pre is not None and pre.search("\nlook here")
    assert first_class([r"\b(?:sad|blue)\b"]) == "[bs]"
    assert re.fullmatch(r"[bs]", "s")
