"""Turn a finite regular expression into the literal strings it matches.

Why: Python's ``re`` runs each lexicon regex as a separate scan over the whole
batch, and patterns that start with ``\\b`` or a group get none of its literal
prefix shortcuts, so 13 small per-signal scans cost far more than the one trie
of all literal phrases (now one key automaton, :mod:`keyscan`). Most lexicon
regexes are finite in disguise: word alternations, optional words, character
classes of a few characters
(``\\b(?:i'm|im) (?:so )?(?:sad|scared)\\b``). :func:`expand_regex` lists every
string such a pattern can match, so it can join the literal trie and be found
in the same single scan. Anything it cannot prove finite and small - an
unbounded repeat, ``\\w``, ``\\S``, ``.``, a lookaround, a back-reference - makes
it return None and the pattern stays a regex. The pattern is read with our own
parser (:mod:`regex_parse`), not CPython's private ``re._parser``; syntax it does
not read also leaves the pattern a regex.

Word boundaries are resolved statically: a ``\\b`` between two known characters
is true or false by itself; a ``\\b`` at either end must agree with the rule the
trie applies (in a word-bounded language a key that starts or ends with a word
character gets a boundary there; elsewhere never), otherwise the pattern is not
expanded, so the trie never matches more or less than the regex did.
"""

from __future__ import annotations

from typing import Any

from unmask.signals import regex_parse as rp

_B = "\x01"  # a word boundary, resolved after expansion
_MAX_CLASS = 24  # a character class of more options than this is not worth expanding
_MAX_REPEAT = 4


class _TooBig(Exception):
    """The expansion exceeds its limit or meets a construct it cannot list."""


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _class(items: list[tuple[Any, Any]]) -> list[str]:
    out: list[str] = []
    for op, av in items:
        if op == rp.LITERAL:
            out.append(chr(av))
        elif op == rp.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \d, \s), big ranges
            raise _TooBig
    if len(out) > _MAX_CLASS:
        raise _TooBig
    return out


def _product(left: list[str], right: list[str], limit: int) -> list[str]:
    if len(left) * len(right) > limit:
        raise _TooBig
    return [a + b for a in left for b in right]


def _seq(items: Any, limit: int) -> list[str]:
    out = [""]
    for op, av in items:
        out = _product(out, _node(op, av, limit), limit)
    return out


def _repeat(once: list[str], lo: int, hi: int, greedy: bool, done: int, limit: int) -> list[str]:
    """A repeat's strings in the order backtracking tries them (greedy: one more first)."""
    more: list[str] = []
    if done < hi:
        rest = _repeat(once, lo, hi, greedy, done + 1, limit)
        more = _product(once, rest, limit)
    stop = [""] if done >= lo else []
    out = more + stop if greedy else stop + more
    if len(out) > limit:
        raise _TooBig
    return out


def _node(op: Any, av: Any, limit: int) -> list[str]:
    if op == rp.LITERAL:
        return [chr(av)]
    if op == rp.IN:
        return _class(av)
    if op == rp.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _TooBig
        return _seq(sub, limit)
    if op == rp.BRANCH:
        out: list[str] = []
        for alt in av[1]:
            out.extend(_seq(alt, limit))
            if len(out) > limit:
                raise _TooBig
        return out
    if op in (rp.MAX_REPEAT, rp.MIN_REPEAT):
        lo, hi, sub = av
        if hi == rp.MAXREPEAT or hi > _MAX_REPEAT:
            raise _TooBig
        return _repeat(_seq(sub, limit), lo, hi, op == rp.MAX_REPEAT, 0, limit)
    if op == rp.AT and av == rp.AT_BOUNDARY:
        return [_B]
    raise _TooBig  # ANY, NOT_LITERAL, CATEGORY, ASSERT, ASSERT_NOT, GROUPREF, other AT


def _resolve(raw: str, bounded: bool) -> str | None:
    """The plain string of one expansion, None when its inner boundaries cannot hold.

    Raises :class:`_TooBig` when a boundary at an end disagrees with the trie's rule.
    """
    text = raw.replace(_B, "")
    if not text:
        raise _TooBig
    starts = raw.startswith(_B)
    ends = raw.endswith(_B)
    if starts != (bounded and _is_word(text[0])) or ends != (bounded and _is_word(text[-1])):
        raise _TooBig
    core = raw.strip(_B)
    for i, ch in enumerate(core):
        if ch != _B:
            continue
        left = core[:i].replace(_B, "")[-1:]
        right = core[i + 1 :].replace(_B, "")[:1]
        if _is_word(left) == _is_word(right):
            return None  # "\b" between two word (or two non-word) characters never holds
    return text


def expand_regex(pattern: str, bounded: bool, limit: int = 20_000) -> list[str] | None:
    """Every string ``pattern`` matches, or None when that set is not small and finite.

    ``bounded`` is the language's word-boundary rule (English: True). The
    result is only returned when matching these strings with that rule is
    exactly what the regex does, at every position of any text. The strings
    come in the order the regex engine tries them: where several match at one
    position, the regex reports the first of them (not the longest), and a
    caller that wants the regex's exact result picks that one.
    """
    try:
        tree = rp.parse(pattern)  # inline flags (IGNORECASE...) are Unsupported: not listed
        raw = _seq(tree, limit)
        out = [_resolve(r, bounded) for r in raw]
    except (_TooBig, rp.Unsupported, RecursionError):
        return None
    return list(dict.fromkeys(s for s in out if s is not None)) or None


def node_strings(op: Any, av: Any, limit: int) -> list[str] | None:
    """The strings one parsed item can match (word boundaries dropped), or None.

    Dropping ``\\b`` only widens the set, which is what a necessary-condition
    prefilter (:mod:`prefilter`) wants.
    """
    try:
        return list(dict.fromkeys(s.replace(_B, "") for s in _node(op, av, limit)))
    except (_TooBig, RecursionError):
        return None


__all__ = ["expand_regex", "node_strings"]
