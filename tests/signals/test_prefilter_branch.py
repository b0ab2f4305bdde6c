"""A branch's classes give way to plain strings only where the whole branch then needs
none (h-speed50: the email / order-number entry's phone branch needs its "(")."""

from __future__ import annotations

import re

import pytest

from unmask.signals.prefilter import required_both, required_literals

_CONTACT = (
    r"\b(?:order (?:id|number)|tracking (?:number|code))\b|[\w.+-]+@[\w-]+\.[a-z]{2,}"
    r"|\(\d{3}\) ?\d{3}[- ]\d{4}"
)
_TIME = r"\b(?:\d{1,2}:\d{2}|0\d{9,10}|\d{3}[- ]\d{3}[- ]\d{4})\b"


def test_the_phone_branch_reads_its_bracket_not_a_digit() -> None:
    whole, strings, classes = required_both([_CONTACT])
    assert classes is None  # no digit class: every line with a number no longer runs it
    assert strings is not None and "(" in strings and "@" in strings
    assert whole is not None and whole.search("\ncall me 3pm tmrw") is None


@pytest.mark.parametrize(
    "line",
    [
        "my order number is below",
        "reach me at sam.lee@example.com please",
        "call (555) 123-4567 after six",
        "(212)555 0101",
    ],
)
def test_every_match_holds_one_of_the_strings(line: str) -> None:
    strings = required_literals([_CONTACT])
    assert strings is not None
    assert re.search(_CONTACT, line) is not None
    assert any(s in line for s in strings)


def test_a_branch_that_still_needs_a_class_keeps_its_digits() -> None:
    # "0" and ":" would stand in for two branches' digits, but the third has only classes:
    # the digit class stays the whole prefilter, not digits plus ":" and "0"
    whole, strings, classes = required_both([_TIME])
    assert strings is None and classes is None
    assert whole is not None and whole.search("\nsee you at 10:30") is not None
    assert whole.search("\nsee you at ten") is None
