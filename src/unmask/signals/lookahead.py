"""A compiled pattern behind a lookahead of the characters its matches start with.

Where a pattern is an alternation of many branches, ``re`` tries every branch at every
position of the text; a lookahead of the characters any match can start with (a character
class, :func:`unmask.signals.prefilter.first_class` of the pattern) lets it skip most
positions after one cheap test. The matches are the same: each hard-coded class is checked
against ``first_class`` of its pattern by the tests of the module that uses it
(tests/signals/test_model_caps_fast.py, test_reply_guard_fast.py, test_context.py).
A module of its own so that the parent's reply layer need not import the prefilter.
"""

from __future__ import annotations

import re

from unmask.signals.compiled_cache import regex


def behind_first(pattern: re.Pattern[str], first: str) -> re.Pattern[str]:
    """``pattern`` (its flags kept) behind a lookahead of ``first``, the characters its
    matches can start with: the same matches, found without trying the whole alternation
    at every other position."""
    return regex(f"(?={first})(?:{pattern.pattern})", pattern.flags)
