"""Many literal keys, found with an Aho-Corasick automaton (``pyahocorasick``).

Same results as :func:`unmask.signals.trie.scan_regex` + ``split_positions``:
at every position where a key starts, the longest key there (overlapping hits
included), in ascending order. In a word-bounded language (English) a key that
starts with a word character needs a non-word character (or the text start)
before it, and one that ends with a word character needs a non-word character
(or the text end) after it, exactly what ``re``'s ``\\b`` checks (``re``'s word
characters are ``str.isalnum()`` and "_", as in :func:`trie.is_word`).

Why not the regex: the trie regex of 20,000 keys took ``re`` about 1.5 s to
build at every start of the program (its parser and compiler are Python), more
than scoring 100k messages; the automaton builds in C in a few milliseconds and
scans faster. The automaton reports every key ending at every position; the
boundary rules and "longest at each start" are applied afterwards with numpy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import chain
from typing import Any

import ahocorasick
import numpy as np

from unmask.signals.trie import is_word


@cache
def _bmp_word() -> np.ndarray:
    """``is_word`` of every Basic Multilingual Plane code point: ``re``'s ``\\w`` (a
    character for which ``str.isalnum()`` holds, or "_": :func:`trie.is_word`), found as the
    runs of word characters in one string of all of them (a few hundred runs; a call per
    code point took ~6 ms of every process's start)."""
    parts = re.split(r"(\w+)", "".join(map(chr, range(0x10000))))
    ends = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
    out = np.zeros(0x10000, dtype=bool)
    for start, end in zip(ends[0:-1:2].tolist(), ends[1::2].tolist(), strict=True):
        out[start:end] = True  # parts[2k + 1], a run of word characters, is [start, end)
    return out


def _word_at(cps: np.ndarray) -> np.ndarray:
    """``is_word`` of each code point."""
    out = np.zeros(len(cps), dtype=bool)
    bmp = cps < 0x10000
    out[bmp] = _bmp_word()[cps[bmp]]
    if not bool(np.all(bmp)):
        far = np.flatnonzero(~bmp)
        out[far] = [is_word(chr(c)) for c in cps[far].tolist()]
    return out


#: :func:`build`'s codes of the automaton's strings: the low bits a key id (all set: no key),
#: the high bits an extra string's number + 1 (0: none); one string may be both
_EXTRA_SHIFT = 32
_NO_KEY = (1 << _EXTRA_SHIFT) - 1
#: the automaton's values are slots, 32-bit integers kept in its nodes (``STORE_INTS``, which
#: cuts a value to 32 bits, hence the slots and :attr:`KeyScan.codes`)
_MAX_SLOTS = 1 << 31
#: where a squeezed scan (:func:`build`) looks for its two stand-in characters: the first two
#: code points from here on that no string of the automaton holds (the Private Use Area)
_STAND_IN_FROM = 0xE000


@dataclass(frozen=True)
class KeyScan:
    """An automaton over ``keys``; a key's id is its index."""

    automaton: Any  # ahocorasick.Automaton (untyped), None when there are no keys
    length: np.ndarray  # per key
    word_start: np.ndarray  # per key: needs a boundary before it
    word_end: np.ndarray  # per key: needs a boundary after it
    bounded: bool
    #: how many extra strings the automaton holds beside the keys (:func:`build`): every
    #: occurrence of each is found in the same pass (:meth:`find_all`)
    extra: int = 0
    #: each automaton value's (slot's) code (:data:`_EXTRA_SHIFT`). The values are slots, not
    #: the codes, so that the automaton keeps them in its nodes (``STORE_INTS``) rather than as
    #: one Python object per string: the compiled cache's pickle of it is read back faster
    #: (~10 ms less for each language's message lexicons, of ~0.1 s)
    codes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: a squeezed scan (:func:`build`'s ``squeeze``): the code points its strings hold,
    #: ascending (empty: not squeezed), and the one the others stand in as
    alphabet: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint32))
    stand_in: int = 0

    @cached_property
    def _in_alphabet(self) -> np.ndarray:
        """Per code point: one of :attr:`alphabet` (built on first use in each process, never
        pickled with the scan: the compiled cache writes it before any scan)."""
        out = np.zeros(0x110000, dtype=bool)
        out[self.alphabet] = True
        return out

    def keys(self) -> tuple[str, ...]:
        """Every key, by id, read back from the automaton (what :func:`build` was given)."""
        out = [""] * len(self.length)
        if self.automaton is not None:
            for key, slot in self.automaton.items():
                value = int(self.codes[slot])
                if value & _NO_KEY != _NO_KEY:
                    out[value & _NO_KEY] = key
        return tuple(out)

    def _hits(self, text: str) -> np.ndarray:
        """(index of the last character, code) of every hit in ``text``."""
        if len(self.alphabet) == 0 or not text:
            flat = np.fromiter(chain.from_iterable(self.automaton.iter(text)), dtype=np.int64)
            pairs = flat.reshape(-1, 2)
        else:
            squeezed, at = self._squeezed(text)
            flat = np.fromiter(chain.from_iterable(self.automaton.iter(squeezed)), dtype=np.int64)
            pairs = flat.reshape(-1, 2)
            pairs[:, 0] = at[pairs[:, 0]]
        pairs[:, 1] = self.codes[pairs[:, 1]]
        return pairs

    def _squeezed(self, text: str) -> tuple[str, np.ndarray]:
        """``text`` with each run of characters that no string holds as one :attr:`stand_in`,
        and each kept character's index in ``text``. A hit is a run of the strings'
        characters, kept whole and with the same neighbours (another of those characters, or
        a character no string holds: the stand-in), so the automaton finds the same hits,
        each at its kept last character; the stand-in is the root's first child
        (:func:`build`), found at one comparison where any other such character is compared
        with every child of the root (the Chinese root's ~1,000)."""
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        inside = self._in_alphabet[cps]
        keep = inside.copy()
        keep[0] = True
        keep[1:] |= inside[:-1]  # a run's first character outside the alphabet
        at = np.flatnonzero(keep)
        out = np.where(inside[at], cps[at], np.uint32(self.stand_in)).astype(np.uint32)
        return out.tobytes().decode("utf-32-le", "surrogatepass"), at

    def find(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Start positions (ascending, one per position) and key ids of the longest hits."""
        empty = np.zeros(0, dtype=np.int64)
        if self.automaton is None or not text:
            return empty, empty
        pairs = self._hits(text)
        if self.extra:
            pairs[:, 1] &= _NO_KEY
            pairs = pairs[pairs[:, 1] != _NO_KEY]
        return self._longest(text, pairs)

    def find_all(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`find`, and every occurrence of the extra strings, in one pass over
        ``"\\n" + text`` (an extra string may start with that "\\n"; no key holds one):
        the index in ``text`` of each occurrence's last character, and its string's
        number (its place in :func:`build`'s ``extra``)."""
        empty = np.zeros(0, dtype=np.int64)
        if self.automaton is None:
            return empty, empty, empty, empty
        pairs = self._hits("\n" + text)
        pairs[:, 0] -= 1
        number = pairs[:, 1] >> _EXTRA_SHIFT
        is_extra = number > 0
        ends, number = pairs[is_extra, 0], number[is_extra] - 1
        pairs[:, 1] &= _NO_KEY
        start, kid = self._longest(text, pairs[pairs[:, 1] != _NO_KEY])
        return start, kid, ends, number

    def _longest(self, text: str, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`find` of the key hits ``pairs`` (:meth:`_hits`, key ids only)."""
        empty = np.zeros(0, dtype=np.int64)
        if len(pairs) == 0:
            return empty, empty
        kid = pairs[:, 1]
        end = pairs[:, 0] + 1
        start = end - self.length[kid]
        if self.bounded:
            cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            ok = np.ones(len(kid), dtype=bool)
            need = self.word_start[kid] & (start > 0)
            at = np.flatnonzero(need)
            ok[at] = ~_word_at(cps[start[at] - 1])
            need = self.word_end[kid] & (end < len(cps))
            at = np.flatnonzero(need)
            ok[at] &= ~_word_at(cps[end[at]])
            start, kid = start[ok], kid[ok]
            if len(kid) == 0:
                return empty, empty
        order = np.lexsort((-self.length[kid], start))
        start, kid = start[order], kid[order]
        first = np.ones(len(start), dtype=bool)
        first[1:] = start[1:] != start[:-1]
        return start[first], kid[first]


def _insertion_order(strings: list[str], order: str) -> list[int]:
    """The indices of ``strings`` sorted by their characters' places in ``order`` (one
    character after another; a character not in it after all that are; ties as given)."""
    rank = {c: i for i, c in enumerate(order)}
    last = len(rank)
    return sorted(range(len(strings)), key=lambda i: [rank.get(c, last) for c in strings[i]])


def build(
    keys: list[str],
    bounded: bool,
    extra: Sequence[str] = (),
    order: str = "",
    squeeze: bool = False,
) -> KeyScan:
    """The scan for ``keys`` (distinct, non-empty), with ``bounded`` as in ``scan_regex``.

    ``extra``: distinct non-empty strings (a key or not) of which :meth:`KeyScan.find_all`
    finds every occurrence in the same pass; only where no key holds a "\\n" (that pass
    reads a "\\n" in front of the text).

    ``order``: characters, the most frequent in text first. The strings are added to the
    automaton in that order of their characters, so that each node's children (which
    pyahocorasick searches one by one, the root's ~800 in Chinese) hold the common
    characters first: the same hits, slots and codes (a trie does not depend on the order
    its strings were added in), fewer comparisons per character scanned.

    ``squeeze``: the scan reads each run of characters that none of its strings holds as one
    stand-in character (:meth:`KeyScan._squeezed`): the same hits, at the same places. The
    stand-in is added first, as the start of a string no squeezed text holds (the stand-in
    and a second character outside the alphabet, which the squeeze also stands in for): a
    node with no output, never a hit, whose slot's code is no key and no extra string. For a
    text most of whose characters no string holds (the Chinese scan's "\\n", Latin letters
    and rarer characters; all but ~60 characters for the language-independent emoticons).
    """
    if extra and any("\n" in key for key in keys):
        raise ValueError("extra strings need keys without a newline")
    if len(keys) >= _NO_KEY or len(extra) >= 1 << 30 or len(keys) + len(extra) >= _MAX_SLOTS:
        raise ValueError("too many keys")
    length = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    word_start = np.asarray([bounded and is_word(k[:1]) for k in keys], dtype=bool)
    word_end = np.asarray([bounded and is_word(k[-1:]) for k in keys], dtype=bool)
    values = {key: i for i, key in enumerate(keys) if key}  # an empty key never matched
    for i, string in enumerate(extra):
        values[string] = values.get(string, _NO_KEY) | (i + 1) << _EXTRA_SHIFT
    automaton = None
    alphabet = np.zeros(0, dtype=np.uint32)
    stand_in = 0
    codes = np.fromiter(values.values(), dtype=np.int64, count=len(values))
    if values:
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        strings = list(values)  # a string's slot is its place here, whatever the order
        if squeeze:
            held = set("".join(strings))
            alphabet = np.asarray(sorted(map(ord, held)), dtype=np.uint32)
            stand_in, other = _outside(held)
            # the stand-in's node first among the root's children; its string never occurs
            automaton.add_word(chr(stand_in) + chr(other), len(strings))
            codes = np.append(codes, _NO_KEY)
        slots = _insertion_order(strings, order) if order else range(len(strings))
        for slot in slots:
            automaton.add_word(strings[slot], slot)
        automaton.make_automaton()
    return KeyScan(
        automaton, length, word_start, word_end, bounded, len(extra), codes, alphabet, stand_in
    )


def _outside(held: set[str]) -> tuple[int, int]:
    """The first two code points from :data:`_STAND_IN_FROM` on that are not in ``held``."""
    found = [c for c in range(_STAND_IN_FROM, _STAND_IN_FROM + len(held) + 2) if chr(c) not in held]
    return found[0], found[1]


__all__ = ["KeyScan", "build"]
