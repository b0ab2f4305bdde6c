"""A regular expression whose necessary strings are looked for before it runs (h-speed63).

Some guards run one large regex per text, and on most texts it finds nothing: the couple
model's reproach shapes (``lang/<lang>/guards/reproach.yaml``, :mod:`couple_guards`) cost
~0.1 s of the scoring child's ~0.9 s of CPU at 100k messages, each English search reading
the whole line for a partner's warmth and then for each reproach form. What every match of
such a pattern holds is read from the pattern's parse (:func:`prefilter.necessary_strings`,
so it follows the language files as they change): the strings of each stretch of a
sequence, all needed, and per branch one alternative's needs ("thanks" and "a lot" for one
form, "as usual" for another). :class:`Gate` finds the strings with one Aho-Corasick pass
and runs the regex only where what it needs is there: ``Gate(pattern, need).search(text)``
is ``pattern.search(text)`` (the same match object where there is one, None where there is
none), for any text.

A pattern matched ignoring case (English) is gated on the lower-cased text; a set of strings
not all ASCII is not looked for (it counts as found): ``re`` matches an ASCII character
ignoring case only to its other case and to the four characters of :data:`FOLDS_TO_ASCII`,
so a text without those holds a string (in any case) exactly where its lower-cased form
holds the string lower-cased; a text with one of them is always searched. A pattern of which
nothing can be read (an inline flag, a back-reference: :mod:`regex_parse`) has no gate and
is always searched, as before.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

import ahocorasick

from unmask.signals.prefilter import Need, necessary_strings, strings_cost

#: the characters outside ASCII that ``re`` matches to an ASCII character when it ignores
#: case (İ, ı, ſ and the Kelvin sign, to i, i, s and k; tests/signals/test_literal_gate.py
#: checks every code point)
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
#: a hit's string id (the automaton gives (end, id) pairs)
_ID = itemgetter(1)


def gate_need(pattern: re.Pattern[str]) -> Need:
    """What :class:`Gate` looks for before ``pattern`` runs (:func:`necessary_strings`, its
    strings lower-cased where it ignores case); None where it has no gate (it always runs)."""
    if pattern.flags & re.VERBOSE:  # its source's spaces are not literal
        return None
    need = necessary_strings(pattern.pattern)
    if need is not None and pattern.flags & re.IGNORECASE:
        need = _folded(need)
    return need


def _folded(need: Need) -> Need:
    """``need`` for the lower-cased text: each set of strings lower-cased where all are
    ASCII, else needing nothing (``re`` folds case beyond ASCII by its own tables)."""
    if need is None:
        return None
    kind, parts = need
    if kind == "any":
        if not all(string.isascii() for string in parts):
            return None
        return ("any", tuple(sorted({string.lower() for string in parts})))
    folded = [_folded(part) for part in parts]
    if kind == "all":
        kept = [part for part in folded if part is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else ("all", tuple(kept))
    return None if any(part is None for part in folded) else ("one", tuple(folded))


def _strings(need: Need, into: dict[str, int]) -> None:
    if need is None:
        return
    kind, parts = need
    if kind == "any":
        for string in parts:
            into.setdefault(string, len(into))
        return
    for part in parts:
        _strings(part, into)


def _by_id(need: Need, ids: dict[str, int]) -> tuple[Any, frozenset[int], float]:
    """``need`` as :func:`_holds` reads it, with the ids of strings one of which it needs
    (its keys) and their estimated share of positions (:func:`prefilter.strings_cost`): a
    set of strings as the frozenset of their ids (its own keys); an ``"all"`` with its parts
    rarest first (its keys: its rarest part's); an ``"one"`` with, per key of a part, the
    parts it is a key of (only those can hold where that string is found; its keys: all of
    its parts')."""
    assert need is not None
    kind, parts = need
    if kind == "any":
        found = frozenset(ids[string] for string in parts)
        return (kind, found), found, strings_cost(parts)
    read = sorted((_by_id(part, ids) for part in parts), key=lambda part: part[2])
    if kind == "all":
        return (kind, tuple(part[0] for part in read)), read[0][1], read[0][2]
    index: dict[int, list[int]] = {}
    for k, (_part, keys, _cost) in enumerate(read):
        for i in keys:
            index.setdefault(i, []).append(k)
    by_string = {i: tuple(ks) for i, ks in index.items()}
    keys = frozenset().union(*(part[1] for part in read))
    return (kind, tuple(part[0] for part in read), by_string), keys, sum(p[2] for p in read)


def _holds(need: Any, found: set[int]) -> bool:
    kind = need[0]
    if kind == "any":
        return not need[1].isdisjoint(found)
    if kind == "all":
        return all(_holds(part, found) for part in need[1])
    parts, by_string = need[1], need[2]
    tried: set[int] = set()
    for i in found:
        for k in by_string.get(i, ()):
            if k not in tried:
                tried.add(k)
                if _holds(parts[k], found):
                    return True
    return False


class Gate:
    """``pattern.search(text)``, run only where ``text`` holds what ``need`` asks
    (:func:`gate_need` of the pattern: every match does; None: always run)."""

    def __init__(self, pattern: re.Pattern[str], need: Need) -> None:
        self.pattern = pattern
        self.need = need
        ids: dict[str, int] = {}
        _strings(need, ids)
        #: every string the gate looks for
        self.literals = tuple(ids)
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._scan: Any = None  # ahocorasick.Automaton (untyped)
        self._need: Any = None
        if need is not None:
            scan = ahocorasick.Automaton()
            for string, i in ids.items():
                scan.add_word(string, i)
            scan.make_automaton()
            self._scan = scan
            self._need = _by_id(need, ids)[0]

    def may_match(self, text: str) -> bool:
        """False where ``pattern`` cannot match in ``text``: it does not hold what the
        gate asks (a string that stands at a line's start is found by the "\\n" in front)."""
        if self._scan is None:
            return True
        probe = "\n" + text
        if self._fold:
            if not text.isascii() and any(c in text for c in FOLDS_TO_ASCII):
                return True
            probe = probe.lower()
        hits = self._scan.iter(probe)
        first = next(hits, None)
        if first is None:
            return False
        found = {first[1]}
        found.update(map(_ID, hits))
        return _holds(self._need, found)

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``."""
        if not self.may_match(text):
            return None
        return self.pattern.search(text)


__all__ = ["FOLDS_TO_ASCII", "Gate", "gate_need"]
