"""Cheap necessary conditions for the few lexicon regexes that stay regexes.

A regex that cannot be listed as strings (``\\d+``, ``\\S+``, a lookaround)
runs as a capturing lookahead at every position, which costs about as much as
the whole literal trie for six small patterns. Two things make it cheap:

- :func:`first_class`: the characters a match can start with. Put in front of
  the pattern as a class, it lets ``re`` skip every other position in C.
- :func:`required_prefilter`: a short pattern that every match must contain
  (a rare literal such as "when i was ", "http", "\\nlook" for a word at the
  start of a message, or a class such as ``\\d``). The real regex then only runs
  on the messages where the prefilter occurs.

Both are derived from the pattern's parse (:mod:`regex_parse`, ours), so they stay right
when a data file changes; when nothing cheap is guaranteed they return None
and the pattern runs everywhere, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from unmask.signals import regex_parse as rp
from unmask.signals.expand import node_strings

_CATEGORIES = {
    rp.CATEGORY_DIGIT: r"\d",
    rp.CATEGORY_NOT_DIGIT: r"\D",
    rp.CATEGORY_SPACE: r"\s",
    rp.CATEGORY_NOT_SPACE: r"\S",
    rp.CATEGORY_WORD: r"\w",
    rp.CATEGORY_NOT_WORD: r"\W",
}
_CATEGORY_COST = {r"\d": 0.004, r"\s": 0.2}  # share of chat characters, roughly
_ZERO_WIDTH = (rp.AT, rp.ASSERT, rp.ASSERT_NOT)
_MAX_STRINGS = 64
#: a prefilter that occurs in more than about this share of positions is not worth it
_MAX_COST = 0.05


class _NoClass(Exception):
    """A class that has no cheap positive description (negated, Unicode category...)."""


def _class_regex(items: list[tuple[Any, Any]]) -> str:
    frags = []
    for op, av in items:
        if op == rp.LITERAL:
            frags.append(re.escape(chr(av)))
        elif op == rp.RANGE:
            frags.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op == rp.CATEGORY and av in _CATEGORIES:
            frags.append(_CATEGORIES[av])
        else:
            raise _NoClass
    return "[" + "".join(frags) + "]"


# ---- first characters -------------------------------------------------------------

_First = tuple[frozenset[str], bool]  # (class fragments, can match nothing)


def _first_seq(items: Any) -> _First:
    frags: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        more, nullable = _first_node(op, av)
        frags |= more
        if not nullable:
            return frozenset(frags), False
    return frozenset(frags), True


def _first_node(op: Any, av: Any) -> _First:
    if op == rp.LITERAL:
        return frozenset({re.escape(chr(av))}), False
    if op == rp.IN:
        return frozenset({_class_regex(av)[1:-1]}), False
    if op == rp.SUBPATTERN:
        return _first_seq(av[3])
    if op == rp.BRANCH:
        frags: set[str] = set()
        nullable = False
        for alt in av[1]:
            more, empty = _first_seq(alt)
            frags |= more
            nullable = nullable or empty
        return frozenset(frags), nullable
    if op in (rp.MAX_REPEAT, rp.MIN_REPEAT):
        more, empty = _first_seq(av[2])
        return more, empty or av[0] == 0
    raise _NoClass  # ANY, NOT_LITERAL, GROUPREF, ...


def first_class(patterns: list[str]) -> str | None:
    """A character class holding every character a match of any pattern can start with.

    Zero-width items (``\\b``, lookarounds) are looked through. None when a
    pattern can match the empty string or starts with something unbounded
    (``.``, a negated class): then every position has to be tried.
    """
    frags: set[str] = set()
    try:
        for pattern in patterns:
            more, nullable = _first_seq(rp.parse(pattern))
            if nullable:
                return None
            frags |= more
    except (_NoClass, rp.Unsupported, RecursionError):
        return None
    return "[" + "".join(sorted(frags)) + "]" if frags else None


# ---- required pieces --------------------------------------------------------------

_Option = tuple[float, tuple[str, ...]]  # (rough share of positions, regex fragments)


#: rough share of each letter among the characters of English chat text
_LETTER_COST = dict(
    zip(
        "etaoinshrdlucmwfgypbvkxjqz",
        (0.1, 0.07, 0.065, 0.06, 0.055, 0.055, 0.05, 0.05, 0.048, 0.034, 0.032, 0.022, 0.022)
        + (0.02, 0.019, 0.018, 0.016, 0.016, 0.015, 0.012, 0.008, 0.006, 0.0012, 0.001)
        + (0.0008, 0.0006),
        strict=True,
    )
)


def _char_cost(ch: str) -> float:
    if ch == " ":
        return 0.17
    if ch == "\n":
        return 0.04
    if ch in _LETTER_COST:
        return _LETTER_COST[ch]
    if ch.isdigit() or not ch.isascii():
        return 0.01
    return 0.005


def _strings_option(strings: list[str]) -> _Option | None:
    if not strings or "" in strings or "\n" in strings:
        return None  # not required, or only "a line starts here": no help
    # a string that contains another one adds nothing ("xx" holds "x")
    kept: list[str] = []
    for s in sorted(set(strings), key=lambda s: (len(s), s)):
        if not any(k in s for k in kept):
            kept.append(s)
    strings = kept
    cost = sum(_char_cost(s[0]) * 0.3 ** (len(s) - 1) for s in strings)
    return cost, tuple(re.escape(s) for s in strings)


def _is_line_start(op: Any, av: Any) -> bool:
    """``(?<![^\\n])``: the previous character is a newline (or there is none)."""
    return bool(op == rp.ASSERT_NOT and av[0] == -1 and list(av[1]) == [(rp.NOT_LITERAL, 10)])


def _options(items: Any) -> list[_Option]:
    """Alternative sets of fragments, each of which a match must contain one of."""
    options: list[_Option] = []
    for run, op, av in _stretches(items):
        if run is None:
            options.extend(_unlisted(op, av))
        elif (option := _strings_option(run)) is not None:
            options.append(option)
    return options


def _stretches(items: Any) -> Iterator[tuple[list[str] | None, Any, Any]]:
    """A parsed sequence walked as :func:`_options` and :func:`_need` read it: ``(run, None,
    None)`` for each stretch of finite items ended (the strings it can be, "\n" in front
    where a line starts: the text is read with a "\n" in front; at most :data:`_MAX_STRINGS`,
    a longer product starts a new stretch), ``(None, op, av)`` for each item that is neither
    finite nor zero-width; zero-width items are skipped (the stretch stays contiguous)."""
    run: list[str] = []
    for op, av in items:
        if _is_line_start(op, av):
            if run:
                yield run, None, None
            run = ["\n"]
            continue
        if op in _ZERO_WIDTH:
            continue
        strings = node_strings(op, av, _MAX_STRINGS)
        if strings is not None:
            grown = [a + b for a in (run or [""]) for b in strings]
            if len(grown) > _MAX_STRINGS:
                if run:
                    yield run, None, None
                grown = strings
            run = grown
            continue
        if run:
            yield run, None, None
        run = []
        yield None, op, av
    if run:
        yield run, None, None


def _unlisted(op: Any, av: Any) -> list[_Option]:
    """Options of an item whose strings cannot be listed."""
    if op == rp.IN:
        try:
            cls = _class_regex(av)
        except _NoClass:
            return []
        inner = cls[1:-1]
        return [(_CATEGORY_COST.get(inner, 1.0), (cls,))]
    if op == rp.SUBPATTERN:
        return _options(av[3])
    if op in (rp.MAX_REPEAT, rp.MIN_REPEAT) and av[0] >= 1:
        return _options(av[2])
    if op == rp.BRANCH:
        every: list[list[_Option]] = []
        chosen: list[_Option] = []
        for alt in av[1]:
            options = _options(alt)
            best = min(options, default=None)
            if best is None:
                return []
            every.append(options)
            chosen.append(best)
        plain = [
            _plain_if_close(options, best) for options, best in zip(every, chosen, strict=True)
        ]
        if not any(_has_class(f) for _cost, frags in plain for f in frags):
            chosen = plain  # the branch needs no class at all: its strings ride on the key scan
        cost = 0.0
        frags: list[str] = []
        for best in chosen:
            cost += best[0]
            frags.extend(best[1])
        return [(cost, tuple(frags))]
    return []


#: a branch's classes give way to plain strings where each alternative has strings costing at
#: most this many times as much as its class, so that the branch needs no class at all
#: (h-speed50): a class needs a regex pass over the lines, strings ride on the key scan;
#: the phone branch of the email / order-number entry needs its "(" (.005) as surely as a
#: digit (``\\d``, .004), and far fewer chat lines hold one
_PLAIN_OVER_CLASS = 1.5


def _has_class(frag: str) -> bool:
    return frag.startswith("[")  # a class (``_class_regex``); a string's "[" is escaped


def _plain_if_close(options: list[_Option], best: _Option) -> _Option:
    """``best``, or the cheapest option of plain strings alone where ``best`` holds a class
    and that one costs at most :data:`_PLAIN_OVER_CLASS` times as much."""
    if not any(_has_class(f) for f in best[1]):
        return best
    plain = [o for o in options if not any(_has_class(f) for f in o[1])]
    cheapest = min(plain, default=None)
    if cheapest is not None and cheapest[0] <= best[0] * _PLAIN_OVER_CLASS:
        return cheapest
    return best


def _required(patterns: list[str], max_cost: float = _MAX_COST) -> set[str] | None:
    """Regex fragments one of which every match of one of ``patterns`` contains (None when
    there are none, or they occur in more than about ``max_cost`` of positions)."""
    cost = 0.0
    frags: set[str] = set()
    try:
        for pattern in patterns:
            best = min(_options(rp.parse(pattern)), default=None)
            if best is None:
                return None
            cost += best[0]
            frags.update(best[1])
    except (rp.Unsupported, RecursionError):
        return None
    if cost > max_cost:
        return None
    return frags


def has_required(pattern: str) -> bool:
    """Whether every match of ``pattern`` contains a listed piece (so it is never empty)."""
    return _required([pattern], max_cost=float("inf")) is not None


def required_prefilter(patterns: list[str]) -> re.Pattern[str] | None:
    """A pattern that occurs (in the text with "\\n" in front) wherever any of these match.

    Matches of the result never contain a newline except as their first
    character, and run to the end of the line, so their last character lies in
    the message that holds the required piece; the whole match is group 1, so
    ``split`` gives hits without match objects. None when no rare enough piece
    is guaranteed.
    """
    return _prefilter_of(_required(patterns))


def _prefilter_of(frags: set[str] | None) -> re.Pattern[str] | None:
    if frags is None:
        return None
    # the rest of the line rides along, so a message with many hits costs one match
    alternation = "|".join(sorted(frags, key=lambda f: (-len(f), f)))
    return re.compile("((?:" + alternation + ")[^\n]*)")


_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def required_literals(patterns: list[str]) -> tuple[str, ...] | None:
    """:func:`required_prefilter`'s pieces as plain strings, when all of them are strings
    with no newline but maybe a first one (no character class): a line of the text (with
    "\\n" in front) holds one of them wherever one of ``patterns`` matches in it, and the
    lines that hold one are exactly the lines where the prefilter matches. Else None."""
    return _literals_of(_required(patterns))


#: :func:`necessary_strings`' answer: ``("any", strings)``: the text holds one of the
#: strings; ``("all", parts)``: every part holds; ``("one", parts)``: some part holds; None:
#: nothing is needed (any text may match)
Need = tuple[Any, ...] | None


def necessary_strings(pattern: str) -> Need:
    """What a text must hold (with "\\n" in front) wherever ``pattern`` matches in it, read
    from the pattern's parse: the strings of each stretch of a sequence (all of them needed),
    each alternative of a branch on its own (one of them needed), a repeat's body where it
    repeats at least once; groups, lookarounds, classes and anything not listed need nothing.
    Sharper than :func:`required_literals` (one string for the whole pattern: a "thanks" in
    one alternative and a "lot" further on are both needed there, and another alternative's
    strings do not count for it); None where nothing can be said (unsupported syntax, or a
    match that needs no string). Any cost: a guard's gate (:mod:`literal_gate`)."""
    try:
        return _need(list(rp.parse(pattern)))
    except (rp.Unsupported, RecursionError):
        return None


def _need_all(parts: list[Need]) -> Need:
    kept = [part for part in parts if part is not None]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else ("all", tuple(kept))


def _need_strings(strings: list[str]) -> Need:
    option = _strings_option(strings)
    if option is None or option[0] > _MAX_COST:  # found in most lines: not worth a look
        return None
    return ("any", tuple(sorted(_ESCAPED.sub(r"\1", f) for f in option[1])))


def _need(items: list[Any]) -> Need:
    """:func:`necessary_strings` of a parsed sequence (the stretches as in :func:`_options`)."""
    parts: list[Need] = []
    for run, op, av in _stretches(items):
        if run is not None:
            parts.append(_need_strings(run))
        elif op == rp.SUBPATTERN:
            parts.append(_need(list(av[3])))
        elif op in (rp.MAX_REPEAT, rp.MIN_REPEAT) and av[0] >= 1:
            parts.append(_need(list(av[2])))
        elif op == rp.BRANCH:
            alternatives = [_need(list(alt)) for alt in av[1]]
            if all(alt is not None for alt in alternatives):
                parts.append(("one", tuple(alternatives)))
    return _need_all(parts)


def _literals_of(frags: set[str] | None) -> tuple[str, ...] | None:
    if frags is None or any(f.startswith("[") for f in frags):
        return None
    literals = tuple(sorted(_ESCAPED.sub(r"\1", f) for f in frags))
    if any(not lit or "\n" in lit[1:] for lit in literals):
        return None
    return literals


def lookahead_literals(pattern: str, max_cost: float = _MAX_COST) -> tuple[tuple[str, ...], ...]:
    """Sets of plain strings read by ``pattern``'s lookaheads: a line of the text holds one
    string of each set wherever ``pattern`` matches in it (h-speed49). Only the lookaheads of
    its top sequence (never inside a branch, a repeat or another assertion) count: each one
    must hold where the match starts, so its cheapest option of strings (no class, no
    newline, occurring in at most about ``max_cost`` of positions) lies in the same line
    after that start, as long as no class of ``pattern`` matches the newline
    (:mod:`line_bound`). None of them is the prefilter's own set; empty when none is cheap."""
    try:
        items = list(rp.parse(pattern))
    except (rp.Unsupported, RecursionError):
        return ()
    found: list[tuple[str, ...]] = []
    while items:
        op, av = items.pop(0)
        if op == rp.SUBPATTERN:  # a group in the sequence: its items are in the sequence too
            items[:0] = list(av[3])
            continue
        if op != rp.ASSERT or av[0] != 1:
            continue
        try:
            options = _options(av[1])
        except (rp.Unsupported, RecursionError):
            continue
        cheap = [o for o in options if o[0] <= max_cost]
        for _cost, frags in sorted(cheap):
            literals = _literals_of(set(frags))
            if literals is not None and not any("\n" in lit for lit in literals):
                found.append(literals)
                break
    return tuple(found)


def lookahead_prefilter(
    pattern: str, max_cost: float, ahead_cost: float
) -> tuple[re.Pattern[str], tuple[str, ...], tuple[tuple[str, ...], ...]] | None:
    """For a pattern with no cheap piece of its own (:func:`required_both` finds none): its
    rarest lookahead set of strings (:func:`lookahead_literals`) as its prefilter
    (h-speed51), with that set's strings and its other sets of words costing at most about
    ``ahead_cost``. A line of the text holds one string of each set wherever ``pattern``
    matches in it, so such a set is as sure a prefilter as a required piece. Only a set of
    words takes the prefilter's place, one of at least two characters each and at most
    about ``max_cost`` by the estimate: a set with a single character ("你", "别": in
    a third of Chinese chat lines) would find most lines. None when no set is such."""
    found = lookahead_literals(pattern, float("inf"))  # each set's own cost, just below
    costs = [strings_cost(strings) for strings in found]
    words = [k for k, strings in enumerate(found) if min(map(len, strings)) >= 2]
    cheap = [k for k in words if costs[k] <= max_cost]
    if not cheap:
        return None
    rarest = min(cheap, key=lambda k: (costs[k], k))
    prefilter = _prefilter_of({re.escape(s) for s in found[rarest]})
    assert prefilter is not None
    others = tuple(found[k] for k in words if k != rarest and costs[k] <= ahead_cost)
    return prefilter, found[rarest], others


def strings_cost(strings: tuple[str, ...]) -> float:
    """The estimate a set of plain strings is chosen by (:func:`_strings_option`): about the
    share of a chat's positions where one of them starts."""
    option = _strings_option(list(strings))
    return float("inf") if option is None else option[0]


def required_both(
    patterns: list[str], max_cost: float = _MAX_COST
) -> tuple[re.Pattern[str] | None, tuple[str, ...] | None, re.Pattern[str] | None]:
    """:func:`required_prefilter` and :func:`required_literals` of ``patterns``, reading
    the patterns once, and a third part for a prefilter of strings and classes (a money
    pattern needs "$", "dollars" or a digit): its strings alone as the literals and its
    classes alone as a prefilter (the lines where the whole prefilter matches are those
    that hold one of the strings or match the classes' prefilter). Else None."""
    frags = _required(patterns, max_cost)
    whole = _prefilter_of(frags)
    if frags is None:
        return whole, None, None
    classes = {f for f in frags if f.startswith("[")}
    strings = _literals_of(frags - classes)
    if not classes or not strings:  # all strings (or none that can be listed), or all classes
        return whole, _literals_of(frags), None
    return whole, strings, _prefilter_of(classes)


__all__ = [
    "first_class",
    "has_required",
    "lookahead_literals",
    "lookahead_prefilter",
    "necessary_strings",
    "required_both",
    "required_literals",
    "required_prefilter",
    "strings_cost",
]
