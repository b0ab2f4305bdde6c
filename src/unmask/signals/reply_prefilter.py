"""The reply lexicons' prefilter: which entries may match which texts, from literals.

Matching a reply-level lexicon (:mod:`unmask.signals.reply_lexicon`) gives
exactly what the full alternation of a file gives on each text on its own,
and is fast, because only the entries that can match a text run on it:

1. When a file is parsed, each entry's pattern is read (:mod:`regex_parse`) for
   sets of *literals that every match must contain*, one of each set ("sorry"
   for ``\\bsorry+\\b(?!...)``; {"担心你", "擔心你", ...} for ``(好|真)?担心你``).
2. One Aho-Corasick automaton (pyahocorasick) of the literals of all the files
   of a language runs once over the lower-cased batch joined by NUL and finds
   every literal in every text. An entry is a *candidate* for a text that holds
   a literal of each of its sets. Texts and literals are *folded* first
   (:func:`fold`: a run of whitespace is one space, a run of one ASCII letter is
   that letter once), so a literal runs across ``\\s+`` and elongations
   ("so+\\s+sor+y+" needs "so sory", not only "so" and "or"): on the 100k
   benchmark export the English entries' searches drop from 223k to 46k.
3. On each candidate text the alternation of only its candidate entries runs,
   on the text alone. An entry that lacks a literal cannot match anywhere in
   that text, so dropping it from the alternation changes no match.

The analysis only has to be sound, not clever: an entry without literals (or
whose syntax our parser does not read) runs on every text, a file with
back-references skips the prefilter, and a
text with characters that ``re.IGNORECASE`` folds unlike ``str.lower`` (the
long s, the dotless i) is a candidate for every entry.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

import ahocorasick
import numpy as np

from unmask.signals import regex_parse as rp

_SEP = "\x00"  # joins the texts of a batch for the prefilter scan
_FILL = 1  # stands for a run of characters that no literal holds (U+0001)
#: from this many new sets of requirement bits on, :meth:`Scan.decide` tests them in numpy
_DECIDE_MIN = 16
_ZERO_WIDTH = frozenset({rp.AT, rp.ASSERT, rp.ASSERT_NOT})
_REPEATS = frozenset({rp.MAX_REPEAT, rp.MIN_REPEAT})
#: back-reference syntax (our parser does not read it): a pattern with it, or with what
#: looks like it, makes the whole file skip the prefilter
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")

_MAX_SET = 64  # most strings an exact or required set may hold
_MAX_CLASS = 16  # a character class with more characters is not a literal
#: rough share of chat messages that contain a word: a poor required literal costs more
_FREQUENT: dict[str, float] = {
    **dict.fromkeys(
        [
            "i",
            "u",
            "a",
            "you",
            "it",
            "is",
            "so",
            "the",
            "to",
            "and",
            "me",
            "my",
            "我",
            "你",
            "的",
            "了",
            "是",
            "不",
            "在",
            "也",
            "都",
            "很",
            "好",
        ],
        1.0,
    ),
    **dict.fromkeys(
        [
            "?",  # a question: about one chat message in five
            "what",
            "how",
            "that",
            "this",
            "we",
            "your",
            "do",
            "did",
            "have",
            "had",
            "be",
            "was",
            "are",
            "just",
            "like",
            "ok",
            "oh",
            "too",
            "well",
            "when",
            "would",
            "get",
            "there",
            "here",
            "know",
            "can",
            "of",
            "he",
            "she",
            "for",
            "with",
            "on",
            "in",
            "at",
            "love",
            "babe",
            "什么",
            "什麼",
            "怎么",
            "怎麼",
            "有",
            "就",
            "这",
            "這",
            "那",
            "会",
            "會",
            "吗",
            "嗎",
            "？",
            "想",
            "吧",
            "要",
            "没",
            "沒",
            "真的",
            "做",
            "觉得",
            "覺得",
            "听",
            "聽",
            "说",
            "說",
            "去",
            "来",
            "來",
            "吃",
        ],
        0.3,
    ),
}
_EMPTY: frozenset[str] = frozenset({""})
_SPACE: frozenset[str] = frozenset({" "})
#: the characters ``re``'s ``\\s`` matches in a str (``str.isspace``): none is above U+3000
_IS_SPACE = np.array([chr(c).isspace() for c in range(0x3001)], dtype=bool)
_MAX_NEEDS = 3  # required sets kept per pattern (all must be present)
_WORTH_SCANNING = 0.3  # a further set whose guessed frequency is higher is dropped...
#: ... unless the best set is common itself (guessed frequency at least ``_COMMON``): then a
#: further set up to this frequency still cuts the texts its entry runs on ("?" and the
#: auxiliaries of a question: each is common, both together are not)
_WORTH_SCANNING_AFTER_COMMON = 1.0
_COMMON = 0.1
Strings = frozenset[str]
Needs = tuple[Strings, ...]


@dataclass(frozen=True)
class Prefilter:
    """What an entry of a file needs in a text before it can match there.

    ``needs[i]`` lists sets of lower-case literals: entry ``i`` can only match
    a text that contains a literal of each set (None: it may match anywhere).
    ``usable`` is False when sub-alternations would change the file's meaning
    (back-references), and then every entry runs on every text.
    """

    needs: tuple[Needs | None, ...]
    usable: bool


class _Opaque(Exception):
    """The pattern uses a construct the analysis does not know."""


def fold(text: str) -> str:
    """A lower-cased text as the scan reads it: each run of whitespace one space, each
    run of one ASCII letter ("sooo") that letter once.

    A literal ``L`` in a text gives ``fold(L)`` in the folded text (a run inside ``L``
    folds as it does in the text; one at its edge folds to the same character), and
    putting a longer run of the same character (``o+``, ``\\s+``) where a pattern has one
    folds to the same string: so the patterns' literals can take their repeats of one
    letter or of whitespace as that character once ("so+ sorry" -> "so sory")."""
    return _fold_codes(_codes(text)).tobytes().decode("utf-32-le", "surrogatepass")


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _fold_codes(cps: np.ndarray) -> np.ndarray:
    """:func:`fold` on code points (vectorised: a batch folds in milliseconds)."""
    if len(cps) == 0:
        return cps
    small = cps < len(_IS_SPACE)
    cps = np.where(small & _IS_SPACE[np.where(small, cps, 0)], np.uint32(32), cps)
    folds = ((cps >= 97) & (cps <= 122)) | (cps == 32)
    repeat = np.zeros(len(cps), dtype=bool)
    repeat[1:] = folds[1:] & (cps[1:] == cps[:-1])
    return cps[~repeat]


def _folds_to_one(strings: Strings | None) -> Strings | None:
    """``{c}`` when every string of ``strings`` is one character that folds, with its
    runs, to the same ``c``: an ASCII letter in either case, or whitespace (else None)."""
    if not strings:
        return None
    folded = {fold(s.lower()) for s in strings if len(s) == 1}
    if len(folded) != 1 or len(strings) != sum(1 for s in strings if len(s) == 1):
        return None
    (char,) = folded
    if char == " " or ("a" <= char <= "z" and all(s.lower() == char for s in strings)):
        return frozenset(folded)
    return None


def _product(a: Strings, b: Strings) -> Strings | None:
    if len(a) * len(b) > _MAX_SET:
        return None
    return frozenset(x + y for x in a for y in b)


def _power(a: Strings, times: int) -> Strings | None:
    out: Strings | None = _EMPTY
    for _ in range(times):
        out = _product(out, a) if out is not None else None
    return out


def _frequency(literal: str) -> float:
    """Guessed share of messages containing ``literal`` anywhere (inside words too):
    listed words, else by length (a Han character or an emoji says more than a letter)."""
    known = _FREQUENT.get(literal.lower())
    if known is not None:
        return known
    if literal.isascii():
        return min(1.0, 0.5 * 0.3 ** (len(literal) - 2))
    return 0.15 * 0.07 ** (len(literal) - 1)


def _cost(strings: Strings | None) -> tuple[float, int]:
    """Higher is more selective: the rarer the set (summed guesses), then the smaller."""
    if not strings or "" in strings:
        return (-math.inf, 0)
    return (-sum(_frequency(s) for s in strings), -len(strings))


def _best(sets: Iterable[Strings | None]) -> Needs:
    """The most selective of several sets that are all required: the best one, and up
    to ``_MAX_NEEDS - 1`` more that are rare enough to be worth scanning for."""
    useful = sorted({x for x in sets if x and "" not in x}, key=_cost, reverse=True)
    limit = _WORTH_SCANNING
    if useful and -_cost(useful[0])[0] >= _COMMON:
        limit = _WORTH_SCANNING_AFTER_COMMON
    extra = [x for x in useful[1:_MAX_NEEDS] if -_cost(x)[0] <= limit]
    return tuple(useful[:1] + extra)


def _class(items: list[tuple[Any, Any]]) -> Strings | None:
    if items == [(rp.CATEGORY, rp.CATEGORY_SPACE)]:
        return _SPACE  # \\s: any whitespace character, one space once folded
    chars: set[str] = set()
    for op, av in items:
        if op is rp.LITERAL:
            chars.add(chr(av))
        elif op is rp.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # negated sets, categories (\\s, \\w), wide ranges
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars)


def _node(op: Any, av: Any) -> tuple[Strings | None, Needs]:
    """(exact, needs) of one parsed item that is not a repeat."""
    if op is rp.LITERAL:
        one = frozenset({chr(av)})
        return one, (one,)
    if op is rp.IN:
        chars = _class(av)
        return chars, _best([chars])
    if op is rp.BRANCH:
        parts = [_sequence(b) for b in av[1]]
        exact: Strings | None = None
        if all(e is not None for e, _ in parts) and sum(len(e or ()) for e, _ in parts) <= _MAX_SET:
            exact = frozenset().union(*(e or () for e, _ in parts))
        if not all(n for _, n in parts):
            return exact, ()
        # every alternative meets its own k-th set, so each match meets their union
        depth = max(len(n) for _, n in parts)
        unions = [
            frozenset().union(*(n[min(k, len(n) - 1)] for _, n in parts)) for k in range(depth)
        ]
        return exact, _best(unions)
    if op is rp.SUBPATTERN:
        return _sequence(av[-1])
    if op in (rp.ANY, rp.NOT_LITERAL, rp.CATEGORY):
        return None, ()
    raise _Opaque(str(op))


def _sequence(items: Any) -> tuple[Strings | None, Needs]:
    """(exact, needs) of a parsed sequence.

    ``exact``: every string the sequence can match, when there are few (else
    None); ``needs``: sets of strings such that every match contains one string
    of *each* set (empty: nothing known). A run of exact items multiplies out
    ("so" + ("rry"|"re") -> two strings); a repeat of at least one ends the
    run but keeps its copy on both sides ("sor" + "r+" + "y" -> "sorr" and "ry").
    """
    run: Strings = _EMPTY
    found: list[Strings | None] = []
    exact_so_far = True
    item_exact: Strings | None
    item_needs: Needs
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # \\b, ^, look-arounds consume nothing: the run goes on
        if op in _REPEATS:
            low, high, body = av
            body_exact, body_needs = _sequence(body)
            once = _folds_to_one(body_exact)
            if once is not None or (body_exact is not None and low == 0 and high == 1):
                # "o+" is "o" once folded, "\\s*" is "" or " ", "x?" is "" or "x"
                assert body_exact is not None
                item_exact = (once or body_exact) | (_EMPTY if low == 0 else frozenset())
                item_needs = _best([item_exact])
            elif body_exact is not None and low == high:
                item_exact = _power(body_exact, low)
                item_needs = _best([item_exact])
            elif body_exact is not None and low >= 1:
                head = _power(body_exact, low)
                grown = _product(run, head) if head is not None else None
                found += [run, grown]
                run, exact_so_far = body_exact, False
                continue
            else:
                found.append(run)
                if low >= 1:
                    found += body_needs
                run, exact_so_far = _EMPTY, False
                continue
        else:
            item_exact, item_needs = _node(op, av)
        if item_exact is not None:
            extended = _product(run, item_exact)
            if extended is not None:
                run = extended
                continue
            found.append(run)
            run, exact_so_far = item_exact, False
            continue
        found += [run, *item_needs]
        run, exact_so_far = _EMPTY, False
    found.append(run)
    return (run if exact_so_far else None), _best(found)


def required_literals(pattern: str) -> tuple[Strings, ...] | None:
    """Sets of lower-case strings: every match of ``pattern`` contains one string of each
    set (None: nothing known).

    Sound, not complete: when in doubt it answers None, and the entry then runs
    on every text. Cased non-ASCII letters are left out (their case-insensitive
    matches are not one lower-case string).
    """
    if _BACKREFERENCE.search(pattern):
        return None
    try:
        needs = _sequence(rp.parse(pattern))[1]
    except (_Opaque, rp.Unsupported, RecursionError):
        return None
    kept = tuple(
        frozenset(fold(s.lower()) for s in need)
        for need in needs
        if all(
            len(s.lower()) == len(s)
            and not any(ch == _SEP or (ord(ch) > 127 and ch.lower() != ch.upper()) for ch in s)
            for s in need
        )
    )
    return kept or None


def prefilter(patterns: Sequence[str]) -> Prefilter:
    """The prefilter of one file's entry patterns."""
    if any(_BACKREFERENCE.search(p) for p in patterns):
        return Prefilter(tuple(None for _ in patterns), False)
    return Prefilter(tuple(required_literals(p) for p in patterns), True)


def _prefix_closed(masks: dict[str, int]) -> dict[str, int]:
    """Each literal's bits plus those of the literals that are its prefixes.

    (The automaton reports every literal anyway; with the closure, the longest literal
    at each position alone would already tell what a text holds.)
    """
    return {
        literal: mask | _or(masks.get(literal[:n], 0) for n in range(1, len(literal)))
        for literal, mask in masks.items()
    }


def _or(values: Iterable[int]) -> int:
    out = 0
    for value in values:
        out |= value
    return out


@dataclass(frozen=True)
class Scan:
    """One prefilter over several lexicons: lexicon ``j`` owns the entry bits from
    ``offsets[j]``; each required set of each entry owns one *requirement* bit."""

    automaton: Any  # every literal (value: its index in ``masks``), None when there are none
    masks: dict[str, int]  # literal -> requirement bits it meets (and those inside it)
    needs: tuple[tuple[int, int], ...]  # (entry bit, requirement bits it needs)
    always: int  # entry bits that need nothing
    everything: int  # all entry bits
    met: int  # all requirement bits
    offsets: tuple[int, ...]
    #: literal ``i``'s bits of ``masks`` as little-endian 64-bit words (row ``i``)
    words: np.ndarray
    #: per code point up to the highest one in a literal: whether some literal holds it
    #: (None: no compression, see :func:`_compressed`)
    in_literal: np.ndarray | None = field(default=None, compare=False)
    decided: dict[int, int] = field(default_factory=dict, compare=False)

    def entries(self, present: int) -> int:
        """Entry bits whose requirements are all among ``present`` (cached)."""
        found = self.decided.get(present)
        if found is None:
            found = self.always
            for bit, need in self.needs:
                if present & need == need:
                    found |= bit
            self.decided[present] = found
        return found

    def decide(self, presents: Iterable[int]) -> None:
        """:meth:`entries` of each of ``presents`` put in the cache at once: each set of
        requirement bits as 64-bit words, every entry's needs tested in numpy (a batch
        holds ~600-1,400 distinct sets against ~200-300 entries with needs: one Python
        test per pair was ~23 ms per 100k-message export)."""
        new = [present for present in set(presents) if present not in self.decided]
        if len(new) < _DECIDE_MIN or not self.needs:
            for present in new:
                self.entries(present)
            return
        width = self.words.shape[1]
        have = _words(new, 64 * width)  # (len(new), width)
        need = _words([need for _, need in self.needs], 64 * width)  # (needs, width)
        met = np.ones((len(new), len(self.needs)), dtype=np.bool_)
        for w in range(width):
            cols = np.flatnonzero(need[:, w])
            if len(cols):
                met[:, cols] &= (have[:, w, None] & need[cols, w]) == need[cols, w]
        # each entry with needs owns one bit (build_scan): set where its needs are met, or-ed
        # with the bits of the entries that need nothing
        n_bits = self.everything.bit_length()
        positions = np.array([bit.bit_length() - 1 for bit, _ in self.needs], dtype=np.int64)
        bits = np.zeros((len(new), 8 * -(-n_bits // 8)), dtype=np.bool_)
        bits[:, positions] = met
        packed = np.packbits(bits, axis=1, bitorder="little")
        always = self.always
        for present, row in zip(new, packed, strict=True):
            self.decided[present] = always | int.from_bytes(row.tobytes(), "little")


def build_scan(prefilters: Sequence[Prefilter]) -> Scan:
    """One scan for the prefilters of several files, in order (the caller caches it)."""
    masks: dict[str, int] = {}
    needs: list[tuple[int, int]] = []
    always = 0
    offsets = []
    offset = 0
    requirement = 0
    for one in prefilters:
        offsets.append(offset)
        for i, sets in enumerate(one.needs):
            bit = 1 << (offset + i)
            if sets is None:
                always |= bit
                continue
            bits = 0
            for literals in sets:
                for literal in literals:
                    masks[literal] = masks.get(literal, 0) | 1 << requirement
                bits |= 1 << requirement
                requirement += 1
            needs.append((bit, bits))
        offset += len(one.needs)
    closed = _prefix_closed(masks)
    automaton = None
    if closed:
        automaton = ahocorasick.Automaton()
        for i, literal in enumerate(closed):
            automaton.add_word(literal, i)
        automaton.make_automaton()
    return Scan(
        automaton,
        closed,
        tuple(needs),
        always,
        (1 << offset) - 1,
        (1 << requirement) - 1,
        tuple(offsets),
        _words(list(closed.values()), requirement),
        _literal_chars(closed),
    )


def _words(masks: list[int], n_bits: int) -> np.ndarray:
    """``masks`` as rows of little-endian 64-bit words (``n_bits`` bits each)."""
    width = max(1, -(-n_bits // 64))
    raw = b"".join(mask.to_bytes(8 * width, "little") for mask in masks)
    return np.frombuffer(raw, dtype="<u8").reshape(len(masks), width).copy()


def _literal_chars(literals: Iterable[str]) -> np.ndarray | None:
    """Which code points occur in some literal (a table up to the highest); None when one
    holds the filler character, which then cannot stand for the others."""
    codes = {ord(ch) for literal in literals for ch in literal}
    if not codes or _FILL in codes:
        return None
    table = np.zeros(max(codes) + 1, dtype=bool)
    table[sorted(codes)] = True
    return table


def _compressed(cps: np.ndarray, in_literal: np.ndarray | None) -> np.ndarray:
    """``cps`` with each run of characters that no literal holds (the separator apart) as
    one :data:`_FILL`: no literal holds one, so a literal is found in the result exactly where
    it is found in ``cps`` (in each text, in order), and the automaton steps over far fewer
    characters that send it back to its root (the slow step where the root has many children:
    thousands of Han characters start a Chinese literal)."""
    if in_literal is None or len(cps) == 0:
        return cps
    top = len(in_literal) - 1
    keep = (cps <= top) & in_literal[np.minimum(cps, top)]
    keep |= cps == 0
    first = ~keep
    first[1:] &= keep[:-1]  # the first character of each run that no literal holds
    return np.where(keep, cps, np.uint32(_FILL))[keep | first]


@lru_cache(maxsize=1)
def _odd_case() -> re.Pattern[str]:
    """Characters that ``re.IGNORECASE`` equates with an ASCII letter that ``str.lower``
    does not give (the long s, the dotless i), and the one with a two-letter lower case.
    Literals hold only ASCII and caseless characters, so no other character matters."""
    from re._casefix import _EXTRA_CASES

    chars = {chr(c) for k, v in _EXTRA_CASES.items() if k < 128 for c in v} | {"\u0130"}
    return re.compile(f"[{''.join(map(re.escape, sorted(chars)))}]")


def _literals_by_text(scan: Scan, joined: str) -> tuple[list[int], list[int]]:
    """(text index, requirement bits) of every text that holds a literal, ascending (two
    lists): the bits of all literals found in its folded lower case (an automaton finds them
    all, in one pass over the batch; their bits are or-ed per text in 64-bit words)."""
    cps = _compressed(_fold_codes(_codes(joined.lower())), scan.in_literal)
    folded = cps.tobytes().decode("utf-32-le", "surrogatepass")
    flat = np.fromiter(chain.from_iterable(scan.automaton.iter(folded)), dtype=np.int64)
    if len(flat) == 0:
        return [], []
    pairs = flat.reshape(-1, 2)
    separators = np.flatnonzero(cps == 0)
    # a literal holds no separator: its text is the number of separators before its end
    # (found in the order of the batch, so ascending)
    text = np.searchsorted(separators, pairs[:, 0], side="left")
    starts = np.flatnonzero(np.concatenate(([True], text[1:] != text[:-1])))
    words = np.bitwise_or.reduceat(scan.words[pairs[:, 1]], starts, axis=0)
    # texts share few sets of bits: each set is made a Python int once (each row as one
    # opaque value: far faster to sort than rows of words)
    rows = np.ascontiguousarray(words).view(np.dtype((np.void, 8 * words.shape[1])))
    sets, which = np.unique(rows.reshape(-1), return_inverse=True)
    bits = [int.from_bytes(row.tobytes(), "little") for row in sets]
    return text[starts].tolist(), [bits[w] for w in which.reshape(-1).tolist()]


def candidates(scan: Scan, texts: Sequence[str], rows: Sequence[int]) -> list[tuple[int, int]]:
    """(k, entry mask) for each ``rows[k]`` that some entry may match, in order.

    The scan runs on the lower-cased batch: each literal found in a text meets
    some requirements, and an entry is a candidate where all of its are met.
    Texts with characters whose case-insensitive match lower-casing does not
    reproduce meet every requirement.
    """
    if scan.automaton is None:
        return [(k, scan.always) for k in range(len(rows))] if scan.always else []
    chosen = [texts[r] for r in rows]
    joined = _SEP.join(chosen)
    if joined.count(_SEP) != len(chosen) - 1:  # a text holds the separator itself
        chosen = [t.replace(_SEP, " ") for t in chosen]
        joined = _SEP.join(chosen)
    present: dict[int, int] = {}
    odd_rows = _odd_case().search(joined) is not None
    if odd_rows:
        odd = _odd_case().search
        present = {k: scan.met for k, text in enumerate(chosen) if odd(text)}
    for k, bits in zip(*_literals_by_text(scan, joined), strict=True):
        present[k] = present.get(k, 0) | bits
    scan.decide(present.values())
    if scan.always:
        return [(k, scan.entries(present.get(k, 0))) for k in range(len(rows))]
    out = []
    decided = scan.decided
    # keys were added in row order, except for the odd rows put in first
    for k, bits in sorted(present.items()) if odd_rows else present.items():
        entries = decided.get(bits)
        if entries is None:
            entries = scan.entries(bits)
        if entries:
            out.append((k, entries))
    return out
