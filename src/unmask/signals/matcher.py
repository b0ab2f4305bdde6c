"""Compile a language's lexicon into one key scan and run it on a batch.

Speed is the point of this module (the lexicon layer must score >= 100k
messages/s on one core, with evidence). Everything a language needs to find
in a text is one set of literal keys, found by one Aho-Corasick scan
(:mod:`keyscan`; the same hits as the trie regex of :mod:`trie`) over a
whole batch joined by "\\n": its phrases (with chat spellings, apostrophe
forms, traditional characters and folded-elongation aliases, :mod:`variants`),
every regex entry whose language is finite and short (:mod:`expand`: word alternations,
optional words, small character classes - nearly all of them; :data:`LIST_MAX`), and its
negators and intensifiers. Hits become numpy arrays and, through a flat
key -> items table, entries.

The scan reports the longest key at each position; everything a shorter key
ending at a boundary inside it would have fired is listed with it at compile
time, so results are the same as one separate scan per kind:
- phrase entries: the longest phrase key and its phrase prefixes fire, all
  spanning that phrase ("love you" also fires "love");
- regex entries keep their regex meaning exactly: at one position a regex
  reports the first string its backtracking tries (not the longest), and a
  signal's regexes act as one alternation (only the first entry that matches at a
  position counts, in the order :func:`build_language` gives them: frames, then
  the strongest first, then file order); the table records, per key and signal,
  which regex entry and which length the regex would have reported;
- negators and intensifiers are found without overlaps, leftmost-longest, as
  ``finditer`` over their own trie would.
The few regexes that cannot be listed (``\\d+``, lookarounds, ``\\S+``) still
run as regexes, kept inside one line (:mod:`line_bound`: no class of theirs matches the
"\\n" between messages): each alone, only on the messages that hold a string its
matches need (:mod:`prefilter`; all those strings are found in the key scan's own
Aho-Corasick pass, :meth:`KeyScan.find_all`), or, where that string is too common or an
entry could match nothing, with its signal's others as one alternation. An entry alone whose
lookaheads read rare strings (the control frames' frame words) runs only on the messages that
also hold one string of each such set (:func:`prefilter.lookahead_literals`, found in the
same pass; h-speed49); one with no string of its own cheap enough takes its lookaheads'
rarest set of words as its own (the Chinese isolation frames' frame words,
:func:`prefilter.lookahead_prefilter`; h-speed51). A compiled language is kept on disk
between runs (:mod:`compiled_cache`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from itertools import chain
from typing import Any

import ahocorasick
import numpy as np

from unmask.npset import unique
from unmask.signals.compiled_cache import cached
from unmask.signals.expand import expand_regex
from unmask.signals.keyscan import KeyScan
from unmask.signals.keyscan import build as build_scan
from unmask.signals.lexicon import COMMON, Entry, load_language, load_modifiers, match_order
from unmask.signals.line_bound import within_line
from unmask.signals.prefilter import (
    first_class,
    has_required,
    lookahead_literals,
    lookahead_prefilter,
    required_both,
)
from unmask.signals.trie import is_word, non_overlapping, trie_regex
from unmask.signals.types import MESSAGE_SIGNALS
from unmask.signals.variants import expand_macros, literal_keys, zh_regex

_SIGNAL_INDEX = {name: i for i, name in enumerate(MESSAGE_SIGNALS)}
#: a regex entry whose language holds more strings than this runs as a regex (a leftover,
#: behind its prefilter) instead of adding its strings to the key scan. A few English
#: entries list 5,000-18,000 strings each ("your (uber|bank|card|...) (app|account|...)"):
#: with up to 20,000 each the English automaton had 1.49M nodes, ~0.09 s to read back from
#: the compiled cache in every scoring process; with 1,000, 0.27M nodes and ~0.03 s, and the
#: 41 entries that run as regexes instead cost ~5 ms per 8k English texts (the same matches)
LIST_MAX = 1_000
#: the languages whose key scan reads each run of characters that none of its strings holds as
#: one stand-in (:func:`keyscan.build`'s ``squeeze``; the same hits): Chinese (a "\n", Latin
#: letters and rare characters are each compared with every one of the root's ~1,000
#: children) and the emoticons (~60 characters: most of any text is outside them). Not
#: English, whose keys hold nearly every character of its text (h-speed52)
_SQUEEZED = frozenset({"zh", COMMON})
#: a language's characters by frequency, for the order of its key scan (:func:`scan_order`)
SCAN_ORDER_FILE = "scan_order.txt"
_Item = tuple[int, bool, int]  # (entry, fold-only alias, span length)


@dataclass(frozen=True)
class _Residual:
    """One signal's regexes that cannot be listed, as one alternation."""

    pattern: re.Pattern[str]
    groups: dict[int, int]  # capturing group -> entry index
    prefilter: re.Pattern[str] | None  # occurs in every message where the pattern matches
    # the prefilter as plain strings (None: it has a class), found in one pass with every
    # other residual's (the key scan's own, or the language's ``literal_scan``)
    literals: tuple[str, ...] | None = None
    # when the prefilter has both strings and classes: ``literals`` are its strings and
    # this its classes alone (a message that holds neither cannot match)
    class_prefilter: re.Pattern[str] | None = None
    # sets of plain strings its lookaheads read (:func:`prefilter.lookahead_literals`): a
    # message where it matches holds one string of each (h-speed49; one entry alone only)
    lookahead: tuple[tuple[str, ...], ...] = ()


def _empty() -> np.ndarray:
    return np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class Scan:
    """What one language found in a folded batch."""

    start: np.ndarray  # lexicon matches: start, end, entry index, fold-only alias
    end: np.ndarray
    entry: np.ndarray
    fold_only: np.ndarray
    neg_start: np.ndarray  # negators (ascending, no overlaps)
    neg_end: np.ndarray
    int_start: np.ndarray  # intensifiers (ascending, no overlaps)
    int_end: np.ndarray


@dataclass(frozen=True)
class CompiledLanguage:
    """A language's lexicon, compiled for batch matching."""

    lang: str
    entries: tuple[Entry, ...]
    key_scan: KeyScan  # key id = index into :attr:`keys`
    item_offset: np.ndarray  # key k's items are item_*[item_offset[k]:item_offset[k + 1]]
    item_entry: np.ndarray
    item_fold: np.ndarray  # fold-only alias: counts only where the original was longer
    item_len: np.ndarray  # span length of the item
    neg_len: np.ndarray  # per key: longest negator (or non-negator) at its start, 0 if none
    neg_real: np.ndarray  # per key: that one negates (it is not a non-negator)
    int_len: np.ndarray  # per key: longest intensifier at its start, 0 if none
    # one alternation per signal for the regexes that cannot be listed as strings: at one
    # position an alternation reports only its first matching branch
    regexes: tuple[_Residual, ...]
    negation_window: int
    intensifier_window: int
    entry_signal: np.ndarray
    entry_weight: np.ndarray
    entry_negatable: np.ndarray
    entry_max_chars: np.ndarray
    entry_is_regex: np.ndarray
    # every residual's prefilter strings in one automaton (value: literal id), and per
    # residual the ids of its own; None when no residual has a literal prefilter, or where
    # ``key_scan`` holds them as its extra strings (:meth:`KeyScan.find_all`)
    literal_scan: Any = None
    literal_ids: tuple[np.ndarray | None, ...] = ()
    # per residual, the literal ids of each of its lookaheads' string sets (h-speed49): the
    # messages it runs over are also those that hold one string of every set
    lookahead_ids: tuple[tuple[np.ndarray, ...], ...] = ()

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """The scan's keys by id, read back from its automaton when asked (tests): not kept
        beside it, where each process that loads the language would unpickle them too."""
        return self.key_scan.keys()

    @cached_property
    def sources(self) -> tuple[str, ...]:
        """Each entry's source id, by entry index (once per process, not per batch)."""
        return tuple(entry.source for entry in self.entries)

    def scan(self, folded: str, starts: np.ndarray) -> Scan:
        """Everything this language finds in a folded batch (messages at ``starts``)."""
        if self.key_scan.extra:  # the residuals' prefilter strings, in the same pass
            pos, kid, lit_end, lit = self.key_scan.find_all(folded)
            runs = self._literal_runs(lit_end, lit, starts, self.key_scan.extra)
        else:
            pos, kid = self.key_scan.find(folded)
            runs = self._runs(self._prefiltered_rows(folded, starts))
        first = self.item_offset[kid]
        counts = self.item_offset[kid + 1] - first
        hit = np.repeat(np.arange(len(kid)), counts)
        within = np.arange(len(hit)) - np.repeat(np.cumsum(counts) - counts, counts)
        item = first[hit] + within
        start = pos[hit]
        end = start + self.item_len[item]
        start, end, ids, fold = self._residual(
            folded, starts, runs, start, end, self.item_entry[item], self.item_fold[item]
        )
        nl, il = self.neg_len[kid], self.int_len[kid]
        n_hits = np.flatnonzero(nl)
        ns, ne = pos[n_hits], pos[n_hits] + nl[n_hits]
        keep = non_overlapping(ns, ne) & self.neg_real[kid[n_hits]]
        i_hits = np.flatnonzero(il)
        is_, ie = pos[i_hits], pos[i_hits] + il[i_hits]
        ikeep = non_overlapping(is_, ie)
        return Scan(start, end, ids, fold, ns[keep], ne[keep], is_[ikeep], ie[ikeep])

    def _residual(
        self,
        folded: str,
        starts: np.ndarray,
        runs: list[tuple[int, np.ndarray | None, np.ndarray | None]],
        start: np.ndarray,
        end: np.ndarray,
        ids: np.ndarray,
        fold: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Add the matches of the regexes that are not in the trie (``runs``:
        :meth:`_runs`, :meth:`_literal_runs`)."""
        memo: dict[str, np.ndarray] = {}  # rows of each regex prefilter (shared by entries)
        lines = _Lines(folded, starts)  # the messages' ends and each row set's joined text
        found = [
            _run_residual(self.regexes[k], folded, starts, own, memo, lines, need)
            for k, own, need in runs
        ]
        if not any(len(f[0]) for f in found):
            return start, end, ids, fold
        start = np.concatenate((start, *(f[0] for f in found)))
        end = np.concatenate((end, *(f[1] for f in found)))
        n_new = sum(len(f[0]) for f in found)
        ids = np.concatenate((ids, *(f[2] for f in found)))
        fold = np.concatenate((fold, np.zeros(n_new, dtype=bool)))
        # a signal's regexes are one alternation: per position only the first entry counts
        rx = np.flatnonzero(self.entry_is_regex[ids])
        order = rx[np.lexsort((ids[rx], start[rx], self.entry_signal[ids[rx]]))]
        sig, st = self.entry_signal[ids[order]], start[order]
        later = np.zeros(len(order), dtype=bool)
        later[1:] = (sig[1:] == sig[:-1]) & (st[1:] == st[:-1])
        keep = np.ones(len(ids), dtype=bool)
        keep[order[later]] = False
        return start[keep], end[keep], ids[keep], fold[keep]

    def _runs(
        self, rows: list[np.ndarray | None]
    ) -> list[tuple[int, np.ndarray | None, np.ndarray | None]]:
        """The residuals to run over a batch, ascending, each with its messages (``rows``:
        :meth:`_prefiltered_rows`): most residuals' strings are in no message of the batch,
        and those are left out."""
        return [
            (k, own, None)
            for k, (r, own) in enumerate(zip(self.regexes, rows, strict=True))
            if own is None or len(own) or r.prefilter is None or r.class_prefilter is not None
        ]

    @cached_property
    def _always_run(self) -> np.ndarray:
        """Per residual: run over every batch whatever its strings' hits (no literal ids, no
        prefilter, or a prefilter class beside its strings): :meth:`_runs`' test, without
        the rows."""
        return np.asarray(
            [
                ids is None or r.prefilter is None or r.class_prefilter is not None
                for r, ids in zip(self.regexes, self.literal_ids, strict=True)
            ],
            dtype=bool,
        )

    @cached_property
    def _literal_index(self) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        """:func:`_literal_index` of :attr:`literal_ids` by the literals' count, built on first
        use in each process (h-speed45: it was built again for every batch)."""
        return {}

    def _literal_runs(
        self, last: np.ndarray, lit: np.ndarray, starts: np.ndarray, n_literals: int
    ) -> list[tuple[int, np.ndarray | None, np.ndarray | None]]:
        """:meth:`_runs` of :meth:`_literal_rows`, without a row set built for each residual
        whose strings are in no message of the batch (h-speed45: the same residuals, in the
        same order, with the same rows), each with the messages that hold a string of each
        of its lookaheads' sets (None: it has none; h-speed49)."""
        if not self.literal_ids:
            return [(k, None, None) for k in range(len(self.regexes))]
        index = self._literal_index.get(n_literals)
        if index is None:
            index = self._literal_index[n_literals] = _literal_index(self.literal_ids, n_literals)
        row = np.searchsorted(starts, last, side="right") - 1
        rows, bounds = _residual_rows(index, len(self.literal_ids), lit, row, len(starts))
        run = self._always_run.copy()
        run[np.flatnonzero(bounds[1:] > bounds[:-1])] = True
        at = bounds.tolist()
        ids = self.literal_ids
        todo = np.flatnonzero(run).tolist()
        need = self._lookahead_rows(todo, lit, row, len(starts), n_literals)
        return [(k, None if ids[k] is None else rows[at[k] : at[k + 1]], need.get(k)) for k in todo]

    @cached_property
    def _lookahead_sets(self) -> tuple[tuple[np.ndarray, ...], np.ndarray]:
        """Every residual's lookahead string sets (:attr:`lookahead_ids`) in one list, and
        each residual's first set's place in it (the bounds)."""
        flat = [ids for sets in self.lookahead_ids for ids in sets]
        sizes = [len(sets) for sets in self.lookahead_ids]
        return tuple(flat), np.concatenate(([0], np.cumsum(sizes, dtype=np.int64)))

    @cached_property
    def _lookahead_masks(self) -> dict[int, np.ndarray]:
        """:meth:`_lookahead_literal` by the literals' count, built on first use."""
        return {}

    def _lookahead_literal(self, n_literals: int) -> np.ndarray:
        """Per literal id: whether it is one of a lookahead's strings."""
        out = self._lookahead_masks.get(n_literals)
        if out is None:
            out = self._lookahead_masks[n_literals] = np.zeros(n_literals, dtype=bool)
            for sets in self.lookahead_ids:
                for ids in sets:
                    out[ids] = True
        return out

    def _lookahead_rows(
        self, todo: list[int], lit: np.ndarray, row: np.ndarray, n_rows: int, n_literals: int
    ) -> dict[int, np.ndarray]:
        """Per residual of ``todo`` with lookahead sets: the messages (ascending) that hold a
        string of each set (``lit``, ``row``: each literal hit's id and message)."""
        if not self.lookahead_ids:
            return {}
        flat, first = self._lookahead_sets
        at = first.tolist()
        if not any(at[k + 1] > at[k] for k in todo):
            return {}
        key = -1 - n_literals  # apart from the prefilters' own index, by the literals' count
        index = self._literal_index.get(key)
        if index is None:
            index = self._literal_index[key] = _literal_index(flat, n_literals)
        ahead = self._lookahead_literal(n_literals)
        mine = ahead[lit]  # only the hits of the lookaheads' strings
        rows, bounds = _residual_rows(index, len(flat), lit[mine], row[mine], n_rows)
        out: dict[int, np.ndarray] = {}
        for k in todo:
            if at[k + 1] == at[k]:
                continue
            held = rows[bounds[at[k]] : bounds[at[k] + 1]]
            for j in range(at[k] + 1, at[k + 1]):
                held = np.intersect1d(held, rows[bounds[j] : bounds[j + 1]], assume_unique=True)
            out[k] = held
        return out

    def _prefiltered_rows(self, folded: str, starts: np.ndarray) -> list[np.ndarray | None]:
        """Per residual regex: the messages that hold one of its prefilter strings (one
        Aho-Corasick pass for all of them), or None where its prefilter is a regex."""
        if self.literal_scan is None or not self.literal_ids:
            return [None] * len(self.regexes)
        # "\n" in front, as the prefilter regex sees the text; ids of the hits' strings
        flat = np.fromiter(
            chain.from_iterable(self.literal_scan.iter("\n" + folded)), dtype=np.int64
        )
        pairs = flat.reshape(-1, 2)
        return self._literal_rows(pairs[:, 0] - 1, pairs[:, 1], starts, len(self.literal_scan))

    def _literal_rows(
        self, last: np.ndarray, lit: np.ndarray, starts: np.ndarray, n_literals: int
    ) -> list[np.ndarray | None]:
        """:meth:`_prefiltered_rows` from the hits of the prefilter strings: each one's last
        character (index in the folded batch; -1: the "\\n" read in front of it) and
        literal id."""
        if not self.literal_ids:
            return [None] * len(self.regexes)
        # a hit's last character lies in the message that holds it
        row = np.searchsorted(starts, last, side="right") - 1
        return _rows_by_residual(self.literal_ids, lit, row, len(starts), n_literals)


def _rows_by_residual(
    literal_ids: tuple[np.ndarray | None, ...],
    lit: np.ndarray,
    row: np.ndarray,
    n_rows: int,
    n_literals: int,
) -> list[np.ndarray | None]:
    """Per residual, the messages (ascending, each once) that hold one of its literals
    (``literal_ids``: the ids of its own, or None); ``lit`` and ``row`` are each hit's
    literal and message.

    All at once with numpy, not a ``np.unique`` per residual: each (literal, message) is
    kept once, handed to every residual that lists the literal, and the (residual,
    message) pairs are made distinct and sorted in one go; a residual's rows are a slice.
    """
    rows, bounds = _residual_rows(
        _literal_index(literal_ids, n_literals), len(literal_ids), lit, row, n_rows
    )
    return [
        None if ids is None else rows[bounds[k] : bounds[k + 1]]
        for k, ids in enumerate(literal_ids)
    ]


def _literal_index(
    literal_ids: tuple[np.ndarray | None, ...], n_literals: int
) -> tuple[np.ndarray, np.ndarray]:
    """The residuals that list each literal, grouped by literal, and each literal's bounds
    in them: what :func:`_residual_rows` reads of ``literal_ids`` (the same for every
    batch)."""
    owners = [k for k, ids in enumerate(literal_ids) if ids is not None]
    own = [ids for ids in literal_ids if ids is not None]
    sizes = np.asarray([len(ids) for ids in own], dtype=np.int64)
    res_of = np.repeat(np.asarray(owners, dtype=np.int64), sizes)
    lit_of = np.concatenate(own) if own else _empty()
    order = np.argsort(lit_of, kind="stable")
    return res_of[order], np.searchsorted(lit_of[order], np.arange(n_literals + 1))


def _residual_rows(
    index: tuple[np.ndarray, np.ndarray],
    n_residuals: int,
    lit: np.ndarray,
    row: np.ndarray,
    n_rows: int,
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_rows_by_residual` as one array and bounds: residual ``k``'s messages are
    ``rows[bounds[k]:bounds[k + 1]]`` (``index``: :func:`_literal_index`)."""
    res_by_lit, lit_bounds = index
    width = n_rows + 1  # rows shifted by one: a row of -1 stays apart
    pair = unique(lit * width + (row + 1))
    p_lit, p_row = pair // width, pair % width
    first = lit_bounds[p_lit]
    counts = lit_bounds[p_lit + 1] - first
    hit = np.repeat(np.arange(len(pair)), counts)
    within = np.arange(len(hit)) - np.repeat(np.cumsum(counts) - counts, counts)
    key = unique(res_by_lit[first[hit] + within] * width + p_row[hit])
    rows = key % width - 1
    return rows, np.searchsorted(key // width, np.arange(n_residuals + 1))


def _literals(
    regexes: tuple[_Residual, ...],
) -> tuple[list[str], tuple[np.ndarray | None, ...], tuple[tuple[np.ndarray, ...], ...]]:
    """The residuals' prefilter strings (a literal's id is its index), each residual's
    ids (None: its prefilter is a regex), and the ids of each of its lookaheads' string
    sets (after all the prefilters' strings); no strings, no ids, when no prefilter has any."""
    ids: dict[str, int] = {}
    own: list[np.ndarray | None] = []
    for residual in regexes:
        if residual.prefilter is None or residual.literals is None:
            own.append(None)
            continue
        mine = [ids.setdefault(lit, len(ids)) for lit in residual.literals]
        own.append(np.asarray(sorted(set(mine)), dtype=np.int64))
    if not ids:
        return [], (), ()
    ahead = tuple(
        tuple(
            np.asarray(sorted({ids.setdefault(lit, len(ids)) for lit in strings}), dtype=np.int64)
            for strings in residual.lookahead
        )
        for residual in regexes
    )
    return list(ids), tuple(own), ahead


def _literal_scan(literals: list[str]) -> Any:
    """One automaton over the residuals' prefilter strings (value: literal id)."""
    if not literals:
        return None
    automaton = ahocorasick.Automaton()
    for i, lit in enumerate(literals):
        automaton.add_word(lit, i)
    automaton.make_automaton()
    return automaton


def _spans(residual: _Residual, text: str) -> tuple[list[int], list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    entries: list[int] = []
    groups = residual.groups
    for m in residual.pattern.finditer(text):
        g = m.lastindex or 0
        while g not in groups and g > 0:  # an inner group closed last
            g -= 1
        s, e = m.span(g)
        if e > s:
            starts.append(s)
            ends.append(e)
            entries.append(groups[g])
    return starts, ends, entries


def _rows_holding(prefilter: re.Pattern[str], folded: str, starts: np.ndarray) -> np.ndarray:
    """The messages (ascending) of a folded batch where ``prefilter`` occurs."""
    parts = prefilter.split("\n" + folded)
    if len(parts) < 2:
        return np.zeros(0, dtype=np.int64)
    # each hit's end in the padded text, minus the pad and one: its last character
    last = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
    rows = unique(np.searchsorted(starts, last[1::2] - 2, side="right") - 1)
    return rows[rows >= 0]


def _holding(
    prefilter: re.Pattern[str],
    folded: str,
    starts: np.ndarray,
    memo: dict[str, np.ndarray] | None,
) -> np.ndarray:
    """:func:`_rows_holding`, found once per batch for each prefilter in ``memo``."""
    if memo is None:
        return _rows_holding(prefilter, folded, starts)
    if prefilter.pattern not in memo:
        memo[prefilter.pattern] = _rows_holding(prefilter, folded, starts)
    return memo[prefilter.pattern]


class _Lines:
    """What the residuals of one folded batch share: each message's end, and the text of
    the messages a residual runs over (joined again by "\\n") per set of messages, built
    once where several residuals run over the same (the digit-prefiltered money and time
    regexes: one text, not one per regex)."""

    def __init__(self, folded: str, starts: np.ndarray) -> None:
        self.folded = folded
        self.starts = starts
        self.ends = np.append(starts[1:] - 1, len(folded))
        self._joined: dict[bytes, tuple[str, np.ndarray, np.ndarray, np.ndarray]] = {}

    def joined(self, rows: np.ndarray) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
        """(text, each message's start in it, its length, its shift back to the batch) of
        the messages ``rows`` (ascending)."""
        key = rows.tobytes()
        found = self._joined.get(key)
        if found is None:
            lo, hi = self.starts[rows], self.ends[rows]
            folded = self.folded
            sub = "\n".join([folded[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True)])
            length = hi - lo
            sub_start = np.zeros(len(rows), dtype=np.int64)
            sub_start[1:] = np.cumsum(length[:-1] + 1)
            found = self._joined[key] = (sub, sub_start, length, lo - sub_start)
        return found


def _run_residual(
    residual: _Residual,
    folded: str,
    starts: np.ndarray,
    rows: np.ndarray | None = None,
    memo: dict[str, np.ndarray] | None = None,
    lines: _Lines | None = None,
    need: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(start, end, entry) of one leftover alternation over a folded batch.

    With a prefilter, the alternation only runs over the messages that contain
    it (joined again by "\n", so each message sees the same surroundings);
    a match that runs on past its message's end is dropped either way.
    ``rows``, when given, are those messages (found by the literal scan); ``memo`` keeps
    the messages each regex prefilter was found in, for the next residual with the same;
    ``lines`` (built from this ``folded`` and ``starts``) the joined text of each set of
    messages; ``need``, when given, the messages that hold a string of each of its
    lookaheads' sets (:meth:`CompiledLanguage._lookahead_rows`): it runs over those of its
    messages only.
    """
    if residual.prefilter is None:
        s_all, e_all, ids_all = _spans(residual, folded)
        return (
            np.asarray(s_all, dtype=np.int64),
            np.asarray(e_all, dtype=np.int64),
            np.asarray(ids_all, dtype=np.int64),
        )
    empty = np.zeros(0, dtype=np.int64)
    if rows is None:
        rows = _holding(residual.prefilter, folded, starts, memo)
    elif residual.class_prefilter is not None:  # ``rows`` hold its strings: add its classes
        # np.union1d's own unique hashes (numpy 2.3+): the same sorted rows by a sort
        rows = unique(
            np.concatenate((rows, _holding(residual.class_prefilter, folded, starts, memo)))
        )
    if need is not None and len(rows):
        rows = np.intersect1d(rows, need, assume_unique=True)
    if len(rows) == 0:
        return empty, empty, empty
    if lines is None:
        lines = _Lines(folded, starts)
    sub, sub_start, length, shift_of = lines.joined(rows)
    s_list, e_list, id_list = _spans(residual, sub)
    if not s_list:
        return empty, empty, empty
    s, e = np.asarray(s_list, dtype=np.int64), np.asarray(e_list, dtype=np.int64)
    ids = np.asarray(id_list, dtype=np.int64)
    k = np.searchsorted(sub_start, s, side="right") - 1
    inside = e <= sub_start[k] + length[k]
    shift = shift_of[k]
    return (s + shift)[inside], (e + shift)[inside], ids[inside]


def _prefix_cuts(key: str, bounded: bool) -> list[int]:
    """Lengths of the prefixes of ``key`` that may end a match, ``len(key)`` last."""
    cuts = [
        cut
        for cut in range(1, len(key))
        if not (bounded and is_word(key[cut - 1]) and is_word(key[cut]))
    ]
    cuts.append(len(key))
    return cuts


def _items(
    key: str,
    cuts: list[int],
    literal: dict[str, list[tuple[int, bool]]],
    regex_keys: dict[str, list[tuple[int, int]]],
    entries: list[Entry],
) -> list[_Item]:
    """What fires when the scan's longest key at a position is ``key``.

    Phrase entries behave as if the trie held phrases only: the longest phrase
    key among ``key`` and its prefixes fires with its shorter phrase prefixes,
    all spanning that longest phrase.
    """
    items: list[_Item] = []
    ends = [cut for cut in cuts if key[:cut] in literal]
    if ends:
        longest = ends[-1]
        items = [(i, f, longest) for i, f in literal[key[:longest]]]
        for cut in ends[:-1]:
            items.extend((i, False, longest) for i, f in literal[key[:cut]] if not f)
        items = list(dict.fromkeys(items))
    best: dict[str, tuple[int, int, int]] = {}  # signal -> (entry, rank, length)
    for cut in cuts:
        for idx, rank in regex_keys.get(key[:cut], []):
            signal = entries[idx].signal
            if signal not in best or (idx, rank) < best[signal][:2]:
                best[signal] = (idx, rank, cut)
    items.extend((idx, False, cut) for idx, _rank, cut in best.values())
    return items


def _longest(key: str, cuts: list[int], words: frozenset[str]) -> int:
    """Length of the longest of ``words`` that the key starts with (at a boundary), or 0."""
    for cut in reversed(cuts):
        if key[:cut] in words:
            return cut
    return 0


def _collect(
    lang: str, entries: list[Entry], bounded: bool, spelling: dict[str, tuple[str, ...]]
) -> tuple[
    dict[str, list[tuple[int, bool]]],
    dict[str, list[tuple[int, int]]],
    tuple[_Residual, ...],
]:
    """Phrase keys, listed regex keys (with their rank) and the regexes left over."""
    literal: dict[str, list[tuple[int, bool]]] = {}
    regex_keys: dict[str, list[tuple[int, int]]] = {}
    regex_parts: dict[str, list[tuple[int, str]]] = {}
    for idx, entry in enumerate(entries):
        if entry.phrase is not None:
            for key, fold_only in literal_keys(entry, lang, spelling):
                bucket = literal.setdefault(key, [])
                if (idx, False) not in bucket and (idx, fold_only) not in bucket:
                    bucket.append((idx, fold_only))
            continue
        assert entry.regex is not None
        pattern = expand_macros(entry.regex, spelling)
        if lang == "zh":
            pattern = zh_regex(pattern)
        expanded = expand_regex(pattern, bounded, LIST_MAX)
        if expanded is not None:  # finite and short: its strings join the one trie
            for rank, key in enumerate(expanded):
                regex_keys.setdefault(key, []).append((idx, rank))
            continue
        # no class of a leftover regex may read on into the next message
        regex_parts.setdefault(entry.signal, []).append((idx, within_line(pattern)))
    regexes = tuple(r for parts in regex_parts.values() for r in _residuals(parts))
    return literal, regex_keys, regexes


#: an entry that runs alone (:func:`_residuals`) whose own prefilter occurs in more than
#: about this share of positions runs with the signal's other such entries over the batch
_ENTRY_MAX_COST = 0.2


#: a lookahead's strings narrow an entry's messages (:func:`_residual_of`) where they occur
#: in at most about this share of positions: a common one ("u", "go") costs more hits in
#: the key scan than it saves in regex time
_LOOKAHEAD_MAX_COST = 0.02
#: an entry with no piece of its own runs over every message; a lookahead set of words it
#: reads finds its messages instead (:func:`prefilter.lookahead_prefilter`) up to this
#: estimate, which reads a Chinese character as .01 of positions: the Chinese frames'
#: frame words (282 strings) are estimated at .20 and held by 33 of the export's 12,356
#: distinct Chinese texts (h-speed51)
_LOOKAHEAD_ALONE_MAX_COST = 0.3


def _residual_of(
    parts: list[tuple[int, str]], max_cost: float | None = None, by_lookahead: bool = False
) -> _Residual:
    """One alternation of (entry index, pattern) in the given order, with its prefilter;
    ``by_lookahead``: an entry alone that has no prefilter of its own takes its rarest
    lookahead set's strings as its prefilter (:func:`prefilter.lookahead_prefilter`)."""
    groups: dict[int, int] = {}
    alternatives: list[str] = []
    g = 1
    for idx, pattern in parts:
        groups[g] = idx
        g += 1 + re.compile(pattern).groups
        alternatives.append("(" + pattern + ")")
    both = required_both(alternatives, *(() if max_cost is None else (max_cost,)))
    # an entry alone: its lookaheads' rare strings narrow the messages its prefilter finds
    ahead: tuple[tuple[str, ...], ...] = ()
    if len(parts) == 1 and both[0] is not None:
        own = set(both[1] or ())
        found = lookahead_literals(parts[0][1], _LOOKAHEAD_MAX_COST)
        ahead = tuple(strings for strings in found if not set(strings) <= own)
    elif len(parts) == 1 and by_lookahead:
        # no piece of its own is cheap (the Chinese frames: its domain words, by the
        # estimate) but its lookaheads read rare strings: the rarest set finds its messages,
        # the others narrow them (h-speed51); the same matches, on far fewer messages
        taken = lookahead_prefilter(parts[0][1], _LOOKAHEAD_ALONE_MAX_COST, _LOOKAHEAD_MAX_COST)
        if taken is not None:
            both = (taken[0], taken[1], None)
            ahead = taken[2]
    return _Residual(_alternation(alternatives), groups, *both, lookahead=ahead)


def _residuals(parts: list[tuple[int, str]]) -> list[_Residual]:
    """One signal's leftover regexes (entry index, pattern; in match order) as alternations.

    A signal's regexes act as one alternation: at a position only its first entry that
    matches counts, which :meth:`CompiledLanguage._residual` keeps by entry order. Run
    apart, each entry reports the same matches as long as none can match the empty string
    (an empty first branch would hide the later ones); so where every entry's matches hold
    a listed piece (never empty), each entry runs alone, only on the messages that hold
    its own piece, and those whose piece is too common run together over the whole batch.
    Otherwise the signal's entries stay one alternation, with one prefilter or none.
    """
    if not all(has_required(pattern) for _idx, pattern in parts):
        return [_residual_of(parts)]
    alone: list[_Residual] = []
    common: list[tuple[int, str]] = []
    for idx, pattern in parts:
        residual = _residual_of([(idx, pattern)], _ENTRY_MAX_COST)
        if residual.prefilter is None:
            common.append((idx, pattern))
        else:
            alone.append(residual)
    if common:  # one entry alone here may still have rare strings in its lookaheads
        alone.append(_residual_of(common, by_lookahead=True))
    return alone


def _alternation(parts: list[str]) -> re.Pattern[str]:
    """One signal's leftover regexes, tried at every position where one can start.

    With a class of possible first characters in front, ``re`` skips the other
    positions in C; the lookbehind steps back onto the character so that the
    lookahead sees the same text the plain form would.
    """
    body = "(?=(?:" + "|".join(parts) + "))"
    first = first_class(parts)
    # MULTILINE: a batch is its messages joined by "\n", so "$" and "^" must mean the end
    # and start of a message (line), not of the batch - else an entry ending in "$" fires
    # only on a batch's last message and a message's scores depend on its neighbours
    if first is None:
        return re.compile(body, re.MULTILINE)
    return re.compile(first + "(?<=" + body + r"[\s\S])", re.MULTILINE)


def scan_order(lang: str) -> str:
    """``lang/<lang>/scan_order.txt``'s characters (one a line; a longer line is a comment),
    the most frequent first: the order its key scan adds its keys in (:func:`keyscan.build`;
    the same hits in any order). Empty where the language has none."""
    path = resources.files("unmask.lang").joinpath(lang, SCAN_ORDER_FILE)
    if not path.is_file():
        return ""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "".join(line for line in lines if len(line) == 1)


@cache
def compile_language(lang: str) -> CompiledLanguage:
    """Compile one language's files ("en", "zh" or "common"); cached per process and on
    disk (:mod:`unmask.signals.compiled_cache`: the next process loads it instead)."""
    return cached(f"message-{lang}", CompiledLanguage, lambda: build_language(lang))


def build_language(lang: str) -> CompiledLanguage:
    """Compile one language's files from the YAML (what :func:`compile_language` caches)."""
    mods = load_modifiers(lang)
    bounded = mods.word_bounded
    # a signal's regexes act as one alternation, whose first entry that matches at a
    # position is the one that counts: in :func:`match_order` (each entry keeps its own
    # source id)
    every = [e for f in load_language(lang) for e in f.entries]
    entries: list[Entry] = [every[i] for i in match_order(every)]
    literal, regex_keys, regexes = _collect(lang, entries, bounded, mods.chat_spelling)
    negators = frozenset(mods.negators + mods.non_negators)
    non_negators = frozenset(mods.non_negators)
    intensifiers = frozenset(mods.intensifiers)
    keys = list(dict.fromkeys([*literal, *regex_keys, *sorted(negators), *mods.intensifiers]))
    offsets = [0]
    item_entry: list[int] = []
    item_fold: list[bool] = []
    item_len: list[int] = []
    neg_len: list[int] = []
    neg_real: list[bool] = []
    int_len: list[int] = []
    for key in keys:
        cuts = _prefix_cuts(key, bounded)
        for idx, fold_only, length in _items(key, cuts, literal, regex_keys, entries):
            item_entry.append(idx)
            item_fold.append(fold_only)
            item_len.append(length)
        offsets.append(len(item_entry))
        n = _longest(key, cuts, negators)
        neg_len.append(n)
        neg_real.append(n > 0 and key[:n] not in non_negators)
        int_len.append(_longest(key, cuts, intensifiers))
    big = np.iinfo(np.int64).max
    literals, literal_ids, lookahead_ids = _literals(regexes)
    # the prefilter strings are found in the key scan's own pass where they can be (no key
    # holds a "\n", which that pass reads in front of the batch); else in a pass of their own
    merge = bool(literals) and not any("\n" in key for key in keys)
    return CompiledLanguage(
        lang=lang,
        entries=tuple(entries),
        key_scan=build_scan(
            keys, bounded, literals if merge else (), scan_order(lang), lang in _SQUEEZED
        ),
        item_offset=np.asarray(offsets, dtype=np.int64),
        item_entry=np.asarray(item_entry, dtype=np.int64),
        item_fold=np.asarray(item_fold, dtype=bool),
        item_len=np.asarray(item_len, dtype=np.int64),
        neg_len=np.asarray(neg_len, dtype=np.int64),
        neg_real=np.asarray(neg_real, dtype=bool),
        int_len=np.asarray(int_len, dtype=np.int64),
        regexes=regexes,
        negation_window=mods.negation_window,
        intensifier_window=mods.intensifier_window,
        entry_signal=np.asarray([_SIGNAL_INDEX[e.signal] for e in entries], dtype=np.int64),
        entry_weight=np.asarray([e.weight for e in entries], dtype=np.float64),
        entry_negatable=np.asarray([e.negatable for e in entries], dtype=bool),
        entry_max_chars=np.asarray(
            [e.max_chars if e.max_chars is not None else big for e in entries], dtype=np.int64
        ),
        entry_is_regex=np.asarray([e.regex is not None for e in entries], dtype=bool),
        literal_scan=None if merge else _literal_scan(literals),
        literal_ids=literal_ids,
        lookahead_ids=lookahead_ids if any(lookahead_ids) else (),
    )


__all__ = [
    "COMMON",
    "CompiledLanguage",
    "Scan",
    "build_language",
    "compile_language",
    "scan_order",
    "trie_regex",
]
