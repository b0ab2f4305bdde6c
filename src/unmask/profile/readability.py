"""How much of the chat the signals can read: the basis for abstaining.

The signals read English and Chinese. A message in another language, or made of
words that are not English (placeholder Latin, a private code, keyboard mashing), can
still make a lexicon or the model fire by accident; a profile built on such text would
be a verdict about nothing. So every text message is checked before the profile uses it:

* a message is *counted* when it has letters (Latin or other alphabets, Han
  characters, kana, hangul); emoji, digits and punctuation alone are not counted, and
  their language-independent signals (a heart) stand;
* a counted message is *readable* when its language is ``en`` or ``zh``
  (:mod:`unmask.signals.langdetect`) and, for English, at least
  :data:`MIN_KNOWN_WORD_SHARE` of its words are in the English word list
  (``lang/en/words.txt``, about 5,700 word forms counted from real conversation; see
  scripts/make_wordlist.py). Chinese messages are readable as detected (Han characters
  are counted against Latin letters there already);
* signals on messages that are not readable are ignored (never counted, never quoted);
* the couple is placed only when at least :data:`MIN_READABLE_SHARE` of the counted
  messages, of the couple and of each partner, are readable (docs/profile.md).

Words are counted with Arrow's string kernels, so a million messages take well under a
second.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask.arrownp import array_of, distinct_values, numpy_of, scalar, strings
from unmask.signals.langdetect import LANG_EN, LANG_ZH

#: an English message is readable when at least this share of its words are known
MIN_KNOWN_WORD_SHARE = 0.5
#: the couple is placed only when at least this share of counted messages is readable
#: (for the couple and for each partner)
MIN_READABLE_SHARE = 0.6

_LETTER = "[A-Za-z\u00c0-\u024f\u0370-\u1cff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"


@lru_cache(maxsize=1)
def english_words() -> pa.Array:
    """The known English word forms (lower case), as an Arrow value set."""
    text = resources.files("unmask.lang").joinpath("en/words.txt").read_text(encoding="utf-8")
    words = [w for w in text.splitlines() if w and not w.startswith("#")]
    return strings(sorted(set(words)))


@dataclass(frozen=True)
class Readability:
    """Per message (aligned with the texts given): ``counted`` has letters; ``readable``
    is counted and readable, or not counted at all (nothing to misread);
    ``unsupported`` is counted and in a language the signals do not read."""

    counted: np.ndarray
    readable: np.ndarray
    unsupported: np.ndarray


def _known_word_share(texts: pa.Array) -> np.ndarray:
    """Share of words in the English word list, per text (1.0 where a text has no word)."""
    n = len(texts)
    if n == 0:
        return np.zeros(0, dtype=np.float64)
    lower = pc.replace_substring(pc.utf8_lower(texts), "\u2019", "'")
    tokens = pc.split_pattern_regex(lower, "[^a-z'\u00c0-\u024f]+")
    flat = pc.utf8_trim(pc.list_flatten(tokens), "'")
    parent = np.asarray(numpy_of(pc.list_parent_indices(tokens)))
    nonempty = np.asarray(numpy_of(pc.greater(pc.utf8_length(flat), scalar(0))), dtype=bool)
    known = np.asarray(numpy_of(pc.is_in(flat, value_set=english_words())), dtype=bool)
    words = np.bincount(parent[nonempty], minlength=n)
    hits = np.bincount(parent[nonempty & known], minlength=n)
    return np.where(words > 0, hits / np.maximum(words, 1), 1.0)


#: a character that a word of :func:`_known_word_share` needs (in the lower-cased text)
_WORD_CHAR = "[a-z\u00c0-\u024f]"


@dataclass(frozen=True)
class TextReading:
    """What :func:`readability` reads of the texts alone, before their languages are
    known: which texts have letters (``counted``) and each text's share of known English
    words (``share``; 1.0 where a text has no word)."""

    counted: np.ndarray
    share: np.ndarray


def read_texts(texts: pa.Array | pa.ChunkedArray) -> TextReading:
    """:class:`TextReading` of ``texts`` (it may run while their languages are detected).

    Each distinct text is read once (chats repeat "ok", "haha", "love you") and its reading
    copied to every message that repeats it: a text's reading depends on that text alone."""
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    texts = pc.fill_null(texts, scalar("", texts.type))
    values, index = distinct_values(texts)
    once = _read_distinct(values)
    return once if index is None else TextReading(once.counted[index], once.share[index])


def _read_distinct(texts: pa.Array) -> TextReading:
    """:func:`read_texts` of texts without nulls, each read on its own."""
    counted = np.asarray(numpy_of(pc.match_substring_regex(texts, _LETTER)), dtype=bool)
    # a text without a word character has no word (share 1.0): only the others are split
    lettered = numpy_of(pc.match_substring_regex(pc.utf8_lower(texts), _WORD_CHAR))
    with_words = np.flatnonzero(counted & np.asarray(lettered, dtype=bool))
    share = np.ones(len(texts), dtype=np.float64)
    if len(with_words):
        share[with_words] = _known_word_share(pc.take(texts, array_of(with_words)))
    return TextReading(counted, share)


def readability(
    texts: pa.Array | pa.ChunkedArray, langs: np.ndarray, reading: TextReading | None = None
) -> Readability:
    """Which of ``texts`` (language ``langs``, "en"/"zh"/"other") the signals can read;
    ``reading``: :func:`read_texts` of the same texts, when the caller has it already."""
    reading = reading if reading is not None else read_texts(texts)
    langs = np.asarray(langs, dtype=object)
    counted = reading.counted
    supported = (langs == LANG_EN) | (langs == LANG_ZH)
    readable = supported.copy()
    en = np.flatnonzero(counted & (langs == LANG_EN))
    readable[en] = reading.share[en] >= MIN_KNOWN_WORD_SHARE
    readable = np.where(counted, readable, True)
    return Readability(counted=counted, readable=readable, unsupported=counted & ~supported)


@dataclass(frozen=True)
class ReadableShares:
    """Counted and readable messages of each partner (arrays of shape (2,))."""

    counted: np.ndarray
    readable: np.ndarray
    unsupported: np.ndarray

    def share(self, who: int | None = None) -> float | None:
        """Readable / counted, for a partner or (None) the couple; None when nothing counts."""
        c = self.counted.sum() if who is None else self.counted[who]
        r = self.readable.sum() if who is None else self.readable[who]
        return float(r / c) if c else None

    def reason(self, who: int | None = None) -> str:
        """ "language" when most unreadable messages are in another language, else "words"."""
        c = self.counted.sum() if who is None else self.counted[who]
        r = self.readable.sum() if who is None else self.readable[who]
        u = self.unsupported.sum() if who is None else self.unsupported[who]
        return "language" if 2 * u >= c - r else "words"


def shares(read: Readability, who: np.ndarray) -> ReadableShares:
    """Per-partner counts of ``read`` (aligned with ``who``, 0 = a, 1 = b)."""
    w = who.astype(np.int64)

    def per(mask: np.ndarray) -> np.ndarray:
        return np.bincount(w[mask], minlength=2)[:2].astype(np.int64)

    counted = read.counted
    return ReadableShares(
        counted=per(counted),
        readable=per(counted & read.readable),
        unsupported=per(read.unsupported),
    )
