"""A small parser for the regular expressions our lexicon files use, written by us.

:mod:`expand` (listing a finite regex's strings) and :mod:`prefilter`
(cheap necessary conditions) read a regex's structure. They used to call
CPython's private ``re._parser``, whose tree format may change in any Python
release; this module parses the same syntax into the same shape of tree with
our own constants, so nothing rests on private modules. Matching itself still
uses ``re`` (or the key automaton): this tree is only ever *read*.

Supported: literals and escapes, character classes (ranges, negation, ``\\d``
``\\s`` ``\\w`` and their negations), ``.``, ``^`` ``$`` ``\\A`` ``\\Z`` ``\\b``
``\\B``, groups (capturing, ``(?:``, ``(?P<name>``), lookahead and lookbehind,
alternation, and the repeats ``* + ? {m} {m,n} {m,}`` (greedy or lazy).
Anything else - inline flags, back-references, possessive repeats,
conditionals - raises :class:`Unsupported`; a caller then treats the pattern as
one it cannot read (it stays a plain regex, which is always correct).

The tree: a sequence is a list of ``(op, argument)`` items, as in ``re``:
``(LITERAL, code)``, ``(NOT_LITERAL, code)``, ``(ANY, None)``,
``(IN, [(LITERAL, code) | (RANGE, (lo, hi)) | (CATEGORY, name) | (NEGATE, None)])``,
``(SUBPATTERN, (group or None, 0, 0, sequence))``, ``(BRANCH, (None, [sequence, ...]))``,
``(MAX_REPEAT | MIN_REPEAT, (lo, hi, sequence))`` (``hi`` is :data:`MAXREPEAT` when
unbounded), ``(AT, position)`` and ``(ASSERT | ASSERT_NOT, (direction, sequence))``
(1 ahead, -1 behind).
"""

from __future__ import annotations

import re
from typing import Any

LITERAL = "literal"
NOT_LITERAL = "not_literal"
ANY = "any"
IN = "in"
RANGE = "range"
CATEGORY = "category"
NEGATE = "negate"
SUBPATTERN = "subpattern"
BRANCH = "branch"
MAX_REPEAT = "max_repeat"
MIN_REPEAT = "min_repeat"
AT = "at"
ASSERT = "assert"
ASSERT_NOT = "assert_not"

AT_BEGINNING = "at_beginning"
AT_END = "at_end"
AT_BEGINNING_STRING = "at_beginning_string"
AT_END_STRING = "at_end_string"
AT_BOUNDARY = "at_boundary"
AT_NON_BOUNDARY = "at_non_boundary"

CATEGORY_DIGIT = "category_digit"
CATEGORY_NOT_DIGIT = "category_not_digit"
CATEGORY_SPACE = "category_space"
CATEGORY_NOT_SPACE = "category_not_space"
CATEGORY_WORD = "category_word"
CATEGORY_NOT_WORD = "category_not_word"

MAXREPEAT = 2**32 - 1

Item = tuple[str, Any]

_CATEGORY_ESCAPES = {
    "d": CATEGORY_DIGIT,
    "D": CATEGORY_NOT_DIGIT,
    "s": CATEGORY_SPACE,
    "S": CATEGORY_NOT_SPACE,
    "w": CATEGORY_WORD,
    "W": CATEGORY_NOT_WORD,
}
_AT_ESCAPES = {
    "b": AT_BOUNDARY,
    "B": AT_NON_BOUNDARY,
    "A": AT_BEGINNING_STRING,
    "Z": AT_END_STRING,
}
_CONTROL = {"a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}
_HEX = {"x": 2, "u": 4, "U": 8}
_BRACES = re.compile(r"\{(\d+)(?:(,)(\d*))?\}")


class Unsupported(ValueError):
    """The pattern uses syntax this parser does not read (or is not valid)."""


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.src = pattern
        self.pos = 0
        self.groups = 0

    def peek(self, text: str) -> bool:
        return self.src.startswith(text, self.pos)

    def take(self) -> str:
        if self.pos >= len(self.src):
            raise Unsupported("unexpected end of pattern")
        ch = self.src[self.pos]
        self.pos += 1
        return ch

    def alternation(self) -> list[Item]:
        branches = [self.sequence()]
        while self.peek("|"):
            self.pos += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return [(BRANCH, (None, branches))]

    def sequence(self) -> list[Item]:
        items: list[Item] = []
        while self.pos < len(self.src) and not self.peek("|") and not self.peek(")"):
            atom = self.atom()
            repeat = self.repeat()
            if repeat is None:
                items.append(atom)
                continue
            if atom[0] in (AT, ASSERT, ASSERT_NOT):
                raise Unsupported("nothing to repeat")
            lo, hi, lazy = repeat
            items.append((MIN_REPEAT if lazy else MAX_REPEAT, (lo, hi, [atom])))
        return items

    def repeat(self) -> tuple[int, int, bool] | None:
        if self.pos >= len(self.src):
            return None
        ch = self.src[self.pos]
        if ch in "*+?":
            self.pos += 1
            lo, hi = {"*": (0, MAXREPEAT), "+": (1, MAXREPEAT), "?": (0, 1)}[ch]
        elif ch == "{":
            m = _BRACES.match(self.src, self.pos)
            if m is None:
                if self.peek("{,"):
                    raise Unsupported("{,n} repeat")
                return None  # a literal "{", as re reads it
            self.pos = m.end()
            lo = int(m[1])
            hi = (int(m[3]) if m[3] else MAXREPEAT) if m[2] else lo
            if hi < lo:
                raise Unsupported("min repeat greater than max repeat")
        else:
            return None
        lazy = self.peek("?")
        if lazy:
            self.pos += 1
        if self.pos < len(self.src) and self.src[self.pos] in "*+?{":
            raise Unsupported("multiple repeat or possessive repeat")
        return lo, hi, lazy

    def atom(self) -> Item:
        ch = self.take()
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.char_class()
        if ch == ".":
            return (ANY, None)
        if ch == "^":
            return (AT, AT_BEGINNING)
        if ch == "$":
            return (AT, AT_END)
        if ch == "\\":
            return self.escape()
        if ch in "*+?":
            raise Unsupported("nothing to repeat")
        return (LITERAL, ord(ch))

    def group(self) -> Item:
        group: int | None = None
        kind = SUBPATTERN
        direction = 1
        if self.peek("?"):
            self.pos += 1
            if self.peek(":"):
                self.pos += 1
            elif self.peek("P<"):
                end = self.src.find(">", self.pos)
                name = self.src[self.pos + 2 : end]
                if end < 0 or not name.isidentifier():
                    raise Unsupported("bad group name")
                self.pos = end + 1
                self.groups += 1
                group = self.groups
            elif self.peek("=") or self.peek("!"):
                kind = ASSERT if self.take() == "=" else ASSERT_NOT
            elif self.peek("<=") or self.peek("<!"):
                self.pos += 1
                kind = ASSERT if self.take() == "=" else ASSERT_NOT
                direction = -1
            else:  # flags, comments, back-references, conditionals, atomic groups
                raise Unsupported("group syntax")
        else:
            self.groups += 1
            group = self.groups
        body = self.alternation()
        if not self.peek(")"):
            raise Unsupported("missing )")
        self.pos += 1
        if kind == SUBPATTERN:
            return (SUBPATTERN, (group, 0, 0, body))
        return (kind, (direction, body))

    def escape(self) -> Item:
        ch = self.take()
        if ch in _CATEGORY_ESCAPES:
            return (IN, [(CATEGORY, _CATEGORY_ESCAPES[ch])])
        if ch in _AT_ESCAPES:
            return (AT, _AT_ESCAPES[ch])
        return (LITERAL, self.escaped_code(ch))

    def escaped_code(self, ch: str) -> int:
        """The code point of an escape that stands for one character (after the "\\")."""
        if ch in _CONTROL:
            return _CONTROL[ch]
        if ch in _HEX:
            digits = self.src[self.pos : self.pos + _HEX[ch]]
            if len(digits) != _HEX[ch] or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise Unsupported("bad hex escape")
            self.pos += _HEX[ch]
            code = int(digits, 16)
            if code > 0x10FFFF:
                raise Unsupported("bad hex escape")
            return code
        if ch.isascii() and ch.isalnum():  # back-references, octal, \N{...}, unknown letters
            raise Unsupported(f"escape \\{ch}")
        return ord(ch)

    def char_class(self) -> Item:
        items: list[Item] = []
        negate = self.peek("^")
        if negate:
            self.pos += 1
        first = True
        while True:
            ch = self.take()
            if ch == "]" and not first:
                break
            first = False
            if ch == "[" and self.pos < len(self.src) and self.src[self.pos] in ":=.":
                raise Unsupported("possible nested set")
            if ch == "\\":
                esc = self.take()
                if esc in _CATEGORY_ESCAPES:
                    items.append((CATEGORY, _CATEGORY_ESCAPES[esc]))
                    continue
                code = 8 if esc == "b" else self.escaped_code(esc)
            else:
                code = ord(ch)
            if self.peek("-") and not self.peek("-]"):
                self.pos += 1
                hi_ch = self.take()
                if hi_ch == "\\":
                    esc = self.take()
                    if esc in _CATEGORY_ESCAPES:
                        raise Unsupported("bad character range")
                    hi = 8 if esc == "b" else self.escaped_code(esc)
                else:
                    hi = ord(hi_ch)
                if hi < code:
                    raise Unsupported("bad character range")
                items.append((RANGE, (code, hi)))
            else:
                items.append((LITERAL, code))
        if len(items) == 1 and items[0][0] == LITERAL:  # as re: [a] is a, [^a] is "not a"
            return (NOT_LITERAL if negate else LITERAL, items[0][1])
        return (IN, [(NEGATE, None), *items] if negate else items)


def parse(pattern: str) -> list[Item]:
    """The tree of ``pattern``; raises :class:`Unsupported` for syntax it does not read."""
    parser = _Parser(pattern)
    tree = parser.alternation()
    if parser.pos != len(pattern):
        raise Unsupported("unbalanced parenthesis")
    return tree


__all__ = ["MAXREPEAT", "Unsupported", "parse"]
