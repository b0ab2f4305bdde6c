"""A regular expression whose necessary strings are looked for before it runs (h-speed63).

Some guards run one large regex per text, and on most texts it finds nothing: the couple
model's reproach shapes (``lang/<lang>/guards/reproach.yaml``, :mod:`couple_guards`) cost
~0.1 s of the scoring child's ~0.9 s of CPU at 100k messages, each English search reading
the whole line for a partner's warmth and then for each reproach form. Every match of such a
pattern holds one of a few plain strings (:func:`prefilter.necessary_literals`, derived
from the pattern's parse, so they follow the language files as they change); a text that
holds none of them cannot match. :class:`Gate` finds those strings with one Aho-Corasick
pass and runs the regex only where one is there: ``Gate(pattern).search(text)`` is
``pattern.search(text)`` (the same match object where there is one, None where there is
none), for any text.

A pattern matched ignoring case (English) is gated on the lower-cased text, with strings
that are all ASCII (else it has no gate): ``re`` matches an ASCII character ignoring case
only to its other case and to the four characters of :data:`FOLDS_TO_ASCII`, so a text
without those holds a string (in any case) exactly where its lower-cased form holds the
string lower-cased; a text with one of them is always searched. A pattern whose strings
cannot be listed (a class, an inline flag, a back-reference: :mod:`regex_parse`) has no
gate and is always searched, as before.
"""

from __future__ import annotations

import re
from typing import Any

import ahocorasick

from unmask.signals.prefilter import necessary_literals

#: the characters outside ASCII that ``re`` matches to an ASCII character when it ignores
#: case (İ, ı, ſ and the Kelvin sign, to i, i, s and k; tests/signals/test_literal_gate.py
#: checks every code point)
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def gate_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The strings :class:`Gate` looks for before ``pattern`` runs (lower-cased where it
    ignores case); empty where it has no gate (the pattern then always runs)."""
    if pattern.flags & re.VERBOSE:  # its source's spaces are not literal
        return ()
    literals = necessary_literals(pattern.pattern)
    if literals is None:
        return ()
    if pattern.flags & re.IGNORECASE:
        if not all(literal.isascii() for literal in literals):
            return ()
        literals = tuple(sorted({literal.lower() for literal in literals}))
    return literals


class Gate:
    """``pattern.search(text)``, run only where ``text`` holds one of ``literals``
    (:func:`gate_literals` of the pattern: every match holds one; empty: always run)."""

    def __init__(self, pattern: re.Pattern[str], literals: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.literals = literals
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._scan: Any = None  # ahocorasick.Automaton (untyped)
        if literals:
            scan = ahocorasick.Automaton()
            for i, literal in enumerate(literals):
                scan.add_word(literal, i)
            scan.make_automaton()
            self._scan = scan

    def may_match(self, text: str) -> bool:
        """False where ``pattern`` cannot match in ``text``: it holds none of the strings
        (a string that stands at a line's start is found by the "\\n" in front)."""
        if self._scan is None:
            return True
        probe = "\n" + text
        if self._fold:
            if not text.isascii() and any(c in text for c in FOLDS_TO_ASCII):
                return True
            probe = probe.lower()
        return next(self._scan.iter(probe), None) is not None

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``."""
        if not self.may_match(text):
            return None
        return self.pattern.search(text)


__all__ = ["FOLDS_TO_ASCII", "Gate", "gate_literals"]
