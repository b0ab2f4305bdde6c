"""Offline, per-message language: "en", "zh" or "other", from script counts.

Why not a language-identification model: chats are mostly English, Chinese or a
mix of both, and the question we need answered per message is "which lexicon
applies". Counting Han characters against Latin letters answers that exactly
and at millions of characters per second (the whole batch is turned into one
array of code points, then counted with numpy). Latin-script messages in other
languages ("te quiero", "ich liebe dich") are told apart from English by a short
list of frequent function words; Japanese (kana beside the kanji), Korean (hangul)
and other scripts are "other" - a Chinese text that borrows a "の" stays Chinese.
Simplified and traditional Chinese both map to "zh"; :func:`zh_variant` tells them
apart when a caller wants to know.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from unmask.signals import keyscan
from unmask.signals.lexicon import script_pairs
from unmask.signals.trie import (
    ScanPattern,
    is_word,
    non_overlapping,
    pick,
    scan_regex,
    split_positions,
)

LANG_EN = "en"
LANG_ZH = "zh"
LANG_OTHER = "other"

_EN_WORDS = (
    "the|you|i|to|and|a|is|it|my|me|we|that|this|of|in|for|are|was|so|not|but|have|what|"
    "with|just|can|be|your|do|im|i'm|dont|don't|love|ok|okay|yes|no|will|all|its|it's|at|"
    "how|get|u|ur|lol|going|know|want|think|if|when|he|she|they|our|us|too|sorry|thanks|"
    "really|good|time|today|tonight|home|work|haha|yeah|did|got|need|sure|fine|up|out|"
    "on|about|am|had|been|would|could|should|there|then|now|one|see|go|come|like|why|where"
)
_FOREIGN_WORDS = (
    # es / pt / fr / it / de / nl / id-ms / tr / pinyin-free romance and germanic markers
    "que|el|los|las|una|por|con|para|pero|como|muy|está|estoy|eres|tengo|quiero|también|"
    "você|não|é|com|uma|eu|muito|obrigado|obrigada|estou|"
    "je|tu|les|des|une|est|pas|oui|mais|avec|pour|suis|moi|toi|c'est|très|merci|"
    "che|non|sono|ma|anche|grazie|perché|"
    "ich|du|und|der|die|das|nicht|ist|bin|mit|auch|mich|dich|aber|danke|liebe|sehr|"
    "het|een|niet|jij|ik|maar|ook|"
    "aku|kamu|yang|dan|tidak|ini|itu|sayang|"
    "ve|bir|çok|sen|ben|değil"
)


@lru_cache(maxsize=1)
def _word_scan() -> tuple[ScanPattern, dict[str, int]]:
    """One trie scan for both word lists; per key, how it counts (see below).

    The lists used to be one flat ``\b(?:(en)|(foreign))\b`` alternation, whose
    ``finditer`` takes, at each word start, the *first* listed word that fits
    and then skips past it. The trie finds the longest key at every word start;
    for each key we record which word the flat alternation would have taken there
    (its length, and whether it is foreign), and the overlaps are removed the
    way ``finditer`` would.
    """
    words = [*_EN_WORDS.split("|"), *_FOREIGN_WORDS.split("|")]
    n_en = len(_EN_WORDS.split("|"))
    order: dict[str, int] = {}
    for i, w in enumerate(words):
        order.setdefault(w, i)
    table: dict[str, int] = {}
    for key in order:
        cuts = [c for c in range(1, len(key)) if not (is_word(key[c - 1]) and is_word(key[c]))]
        first = min(order[key[:c]] for c in [*cuts, len(key)] if key[:c] in order)
        # encoded as length * 2 + foreign
        table[key] = len(words[first]) * 2 + (first >= n_en)
    return scan_regex(list(table), True), table


@lru_cache(maxsize=1)
def _foreign_scan() -> keyscan.KeyScan:
    """:func:`_word_scan` of the keys that count as a foreign word alone, as an automaton
    (:func:`unmask.signals.keyscan.build`: the same starts as the trie regex's
    ``split_positions``; over the English texts of the 100k export 7.4 ms against the
    regex's 12.4, h-speed53). The full word scan stays a regex: its ~200 keys hold every
    common English word, where the automaton's walk and boundary checks cost more."""
    _, table = _word_scan()
    return keyscan.build([key for key, code in table.items() if code & 1], True)


def _word_hits(sub: list[str], joined: str) -> tuple[np.ndarray, np.ndarray]:
    """English and foreign function words counted in each of ``sub`` (``joined``: the
    texts joined by "\n", lowercased), overlaps removed as ``finditer`` would."""
    en_hits = np.zeros(len(sub), dtype=np.int64)
    foreign_hits = np.zeros(len(sub), dtype=np.int64)
    lengths = np.fromiter(map(len, sub), dtype=np.int64, count=len(sub)) + 1
    bounds = np.cumsum(lengths)
    scan, table = _word_scan()
    pos, keys = split_positions(scan, joined)
    if len(pos):
        code = np.fromiter(map(table.__getitem__, keys), dtype=np.int64, count=len(keys))
        length, is_foreign = code >> 1, (code & 1).astype(bool)
        keep = non_overlapping(pos, pos + length)
        which = np.searchsorted(bounds, pos[keep], side="right")
        is_foreign = is_foreign[keep]
        foreign_hits = np.bincount(which[is_foreign], minlength=len(sub))[: len(sub)]
        en_hits = np.bincount(which[~is_foreign], minlength=len(sub))[: len(sub)]
    return en_hits, foreign_hits


@dataclass(frozen=True)
class ScriptCounts:
    """Per-message counts of letters by script (arrays aligned with the texts)."""

    han: np.ndarray
    latin: np.ndarray
    kana_hangul: np.ndarray
    other_script: np.ndarray
    #: the kana among ``kana_hangul`` (the rest is hangul)
    kana: np.ndarray


_HAN, _LATIN, _KANA, _OTHER_SCRIPT, _HANGUL = 1, 2, 3, 4, 5
_CLASSES = 6
#: a Han text with a kana or two is still Chinese (the possessive "の" of Weibo and
#: shop signs, "晚上背の我的内心几乎是崩溃的"); Japanese writes kana beside its kanji
#: all the time: kana at least this share of the Han characters -> "other"
KANA_PER_HAN = 1 / 8
_TABLE_SIZE = 0x30000  # above this nothing is counted


@lru_cache(maxsize=1)
def _script_table() -> np.ndarray:
    """Script class of every code point below ``_TABLE_SIZE`` (0 = none of ours)."""
    table = np.zeros(_TABLE_SIZE, dtype=np.uint8)
    for lo, hi in ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F)):
        table[lo : hi + 1] = _HAN
    table[ord("a") : ord("z") + 1] = _LATIN
    table[ord("A") : ord("Z") + 1] = _LATIN
    table[0xC0 : 0x24F + 1] = _LATIN
    table[[0xD7, 0xF7]] = 0  # multiplication and division signs
    table[0x3040 : 0x30FF + 1] = _KANA
    table[0xAC00 : 0xD7AF + 1] = _HANGUL
    # Greek, Cyrillic, Armenian, Hebrew, Arabic ... Thai, Devanagari and friends
    table[0x370 : 0x1CFF + 1] = _OTHER_SCRIPT
    return table


def script_counts(texts: Sequence[str]) -> ScriptCounts:
    """Count Han, Latin, kana/hangul and other-script letters of every text at once.

    One table lookup classifies every code point of the joined batch; one
    ``bincount`` over (message, class) pairs counts them.
    """
    n = len(texts)
    if n == 0:
        z = np.zeros(0, dtype=np.int64)
        return ScriptCounts(z, z, z, z, z)
    joined = "\n".join(texts)
    cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    cls = _script_table()[np.minimum(cps, _TABLE_SIZE - 1)]
    msg = np.repeat(np.arange(n, dtype=np.int64), lengths + 1)[: len(cps)]
    counts = np.bincount(msg * _CLASSES + cls, minlength=n * _CLASSES).reshape(n, _CLASSES)
    return ScriptCounts(
        counts[:, _HAN].copy(),
        counts[:, _LATIN].copy(),
        counts[:, _KANA] + counts[:, _HANGUL],
        counts[:, _OTHER_SCRIPT].copy(),
        counts[:, _KANA].copy(),
    )


def japanese_or_korean(c: ScriptCounts) -> np.ndarray:
    """Texts in hangul, or with kana beside too few Han characters to be Chinese that
    borrows a "の" (:data:`KANA_PER_HAN`)."""
    return (c.kana_hangul > c.kana) | ((c.kana > 0) & (c.kana >= c.han * KANA_PER_HAN))


def detect_many(texts: Sequence[str], counts: ScriptCounts | None = None) -> list[str]:
    """Language of every text: "en", "zh" or "other".

    Rules, in order: hangul, or kana at least an eighth as many as the Han characters
    (:func:`japanese_or_korean`) -> other; Han characters at least a quarter as
    many as Latin letters (a Han character carries about a word) -> zh; more
    other-script letters than Latin -> other; Latin text where frequent foreign
    function words outnumber English ones (two at least) -> other; any Latin
    letter -> en; nothing to go on (emoji, digits, empty) -> other.
    """
    c = counts if counts is not None else script_counts(texts)
    n = len(texts)
    en_hits = np.zeros(n, dtype=np.int64)
    foreign_hits = np.zeros(n, dtype=np.int64)
    latin_rows = np.flatnonzero((c.latin > 0) & (c.han * 4 < c.latin))
    if len(latin_rows):
        sub = pick(texts, latin_rows)
        joined = "\n".join(sub).lower()
        rows = np.arange(len(sub))
        if len(joined) == sum(map(len, sub)) + len(sub) - 1:
            # only a text with two foreign words or more can be "other" by them: the full
            # scan (every English word too) runs over those alone. Each foreign hit of the
            # full scan starts where a foreign key starts (the word it counts as is a
            # foreign key, ending at a boundary), so the foreign keys' scan finds at least
            # as many in every text. (Where lowercasing lengthens a character, "İ", the
            # texts' places in ``joined`` move: the full scan over all of them, as before.)
            pos, _ = _foreign_scan().find(joined)
            bounds = np.cumsum(np.fromiter(map(len, sub), dtype=np.int64, count=len(sub)) + 1)
            which = np.searchsorted(bounds, pos, side="right")
            rows = np.flatnonzero(np.bincount(which, minlength=len(sub)) >= 2)
            if len(rows) < len(sub):
                sub = pick(sub, rows)
                joined = "\n".join(sub).lower()
        if len(sub):
            found_en, found_foreign = _word_hits(sub, joined)
            en_hits[latin_rows[rows]] = found_en
            foreign_hits[latin_rows[rows]] = found_foreign
    # the rules in order, as masks: the first that applies decides
    foreign = (foreign_hits >= 2) & (foreign_hits > en_hits)
    out = np.where(
        japanese_or_korean(c),
        LANG_OTHER,
        np.where(
            _han_enough(c),
            LANG_ZH,
            np.where(
                c.other_script > c.latin,
                LANG_OTHER,
                np.where((c.latin > 0) & ~foreign, LANG_EN, LANG_OTHER),
            ),
        ),
    )
    return out.tolist()


def _han_enough(c: ScriptCounts) -> np.ndarray:
    return (c.han > 0) & (c.han * 4 >= c.latin)


def chinese(counts: ScriptCounts) -> np.ndarray:
    """Which texts :func:`detect_many` calls "zh", from their script counts alone (no word
    scan: only "en" and "other" need it)."""
    return ~japanese_or_korean(counts) & _han_enough(counts)


def detect(text: str) -> str:
    """Language of one text: "en", "zh" or "other"."""
    return detect_many([text])[0]


@lru_cache(maxsize=1)
def _variant_sets() -> tuple[frozenset[str], frozenset[str]]:
    pairs = script_pairs()
    simplified = frozenset(s for s, t in pairs if s != t)
    traditional = frozenset(t for s, t in pairs if s != t)
    return simplified, traditional


def zh_variant(text: str) -> str | None:
    """ "hans" (simplified), "hant" (traditional) or None when the text does not tell."""
    simplified, traditional = _variant_sets()
    s = sum(1 for ch in text if ch in simplified)
    t = sum(1 for ch in text if ch in traditional)
    if s == t:
        return None
    return "hans" if s > t else "hant"
