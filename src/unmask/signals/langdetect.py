"""Offline, per-message language: "en", "zh" or "other", from script counts.

Why not a language-identification model: chats are mostly English, Chinese or a
mix of both, and the question we need answered per message is "which lexicon
applies". Counting Han characters against Latin letters answers that exactly
and at millions of characters per second (the whole batch is turned into one
array of code points, then counted with numpy). Latin-script messages in other
languages ("te quiero", "ich liebe dich") are told apart from English by a short
list of frequent function words; Japanese (kana), Korean (hangul) and other
scripts are "other". Simplified and traditional Chinese both map to "zh";
:func:`zh_variant` tells them apart when a caller wants to know.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from unmask.signals.lexicon import script_pairs

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
_WORDS = re.compile(rf"\b(?:({_EN_WORDS})|({_FOREIGN_WORDS}))\b")


@dataclass(frozen=True)
class ScriptCounts:
    """Per-message counts of letters by script (arrays aligned with the texts)."""

    han: np.ndarray
    latin: np.ndarray
    kana_hangul: np.ndarray
    other_script: np.ndarray


def script_counts(texts: Sequence[str]) -> ScriptCounts:
    """Count Han, Latin, kana/hangul and other-script letters of every text at once."""
    n = len(texts)
    if n == 0:
        z = np.zeros(0, dtype=np.int64)
        return ScriptCounts(z, z, z, z)
    joined = "\n".join(texts)
    cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    starts = np.zeros(n, dtype=np.int64)
    starts[1:] = np.cumsum(lengths[:-1] + 1)
    ends = starts + lengths

    def count(mask: np.ndarray) -> np.ndarray:
        cs = np.zeros(len(mask) + 1, dtype=np.int64)
        np.cumsum(mask, out=cs[1:])
        return cs[ends] - cs[starts]

    han = (
        ((cps >= 0x4E00) & (cps <= 0x9FFF))
        | ((cps >= 0x3400) & (cps <= 0x4DBF))
        | ((cps >= 0xF900) & (cps <= 0xFAFF))
        | ((cps >= 0x20000) & (cps <= 0x2FA1F))
    )
    latin = (((cps | 0x20) >= 0x61) & ((cps | 0x20) <= 0x7A) & (cps < 0x80)) | (
        (cps >= 0xC0) & (cps <= 0x24F) & (cps != 0xD7) & (cps != 0xF7)
    )
    kana_hangul = ((cps >= 0x3040) & (cps <= 0x30FF)) | ((cps >= 0xAC00) & (cps <= 0xD7AF))
    # Greek, Cyrillic, Armenian, Hebrew, Arabic ... Thai, Devanagari and friends
    other = ((cps >= 0x370) & (cps <= 0x1CFF)) & ~((cps >= 0x2B0) & (cps <= 0x36F))
    return ScriptCounts(count(han), count(latin), count(kana_hangul), count(other))


def detect_many(texts: Sequence[str], counts: ScriptCounts | None = None) -> list[str]:
    """Language of every text: "en", "zh" or "other".

    Rules, in order: kana or hangul -> other; Han characters at least a quarter as
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
        sub = [texts[i] for i in latin_rows.tolist()]
        joined = "\n".join(sub).lower()
        lengths = np.fromiter((len(t) + 1 for t in sub), dtype=np.int64, count=len(sub))
        bounds = np.cumsum(lengths)
        pos: list[int] = []
        foreign: list[bool] = []
        for m in _WORDS.finditer(joined):
            pos.append(m.start())
            foreign.append(m.lastindex == 2)
        if pos:
            which = np.searchsorted(bounds, np.asarray(pos), side="right")
            is_foreign = np.asarray(foreign, dtype=bool)
            foreign_hits[latin_rows] = np.bincount(which[is_foreign], minlength=len(sub))[
                : len(sub)
            ]
            en_hits[latin_rows] = np.bincount(which[~is_foreign], minlength=len(sub))[: len(sub)]
    out: list[str] = []
    for i in range(n):
        if c.kana_hangul[i] > 0:
            out.append(LANG_OTHER)
        elif c.han[i] > 0 and c.han[i] * 4 >= c.latin[i]:
            out.append(LANG_ZH)
        elif c.other_script[i] > c.latin[i]:
            out.append(LANG_OTHER)
        elif c.latin[i] > 0:
            f = foreign_hits[i]
            out.append(LANG_OTHER if f >= 2 and f > en_hits[i] else LANG_EN)
        else:
            out.append(LANG_OTHER)
    return out


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
