"""Many literal keys as one fast regex: a character trie, scanned with skips.

Python's ``re`` tries the branches of an alternation one after the other, so a
flat "a|b|c|..." of thousands of phrases is slow; the same keys arranged as a
trie ("(?:lo(?:ve|nely))") fail after a character or two. The scan pattern
(:func:`scan_regex`) finds, at *every* position where a key starts, the longest
key there (overlapping matches included, through a capturing lookahead), and
it is shaped so that ``re`` can skip hopeless positions in C: its first item
is a character class, which ``re`` uses as a search prefix. In a word-bounded
language (English) keys start at word starts, so the class is "a non-word
character" (a space, punctuation, the "\\n" between messages) and the key is
looked for right after it; elsewhere the class is the set of the keys' first
characters, and a zero-width lookbehind re-reads that character inside the
lookahead. :func:`split_positions` turns ``pattern.split`` output (no match
objects: it is several times cheaper per hit) into start positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

import numpy as np

_END_B = "\x00b"  # trie terminal that needs a word boundary
_END = "\x00"  # trie terminal without a boundary


def is_word(ch: str) -> bool:
    """What ``re`` calls a word character (``\\w``)."""
    return ch.isalnum() or ch == "_"


def _build(node: dict[str, dict]) -> str:
    alts = [re.escape(ch) + _build(child) for ch, child in sorted(node.items()) if ch[0] != "\x00"]
    if _END_B in node:
        alts.append(r"\b")
    if _END in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def _trie(keys: Iterable[str], bounded: bool, start_b: bool) -> str:
    root: dict[str, dict] = {}
    for key in keys:
        if not key:
            continue
        node = root.setdefault(r"\b" if start_b and is_word(key[0]) else "", {})
        for ch in key:
            node = node.setdefault(ch, {})
        node[_END_B if bounded and is_word(key[-1]) else _END] = {}
    firsts = [prefix + _build(node) for prefix, node in sorted(root.items())]
    return "|".join(firsts) if firsts else r"(?!x)x"


def trie_regex(keys: Iterable[str], bounded: bool) -> str:
    """One regex matching any key, longest first, as a character trie.

    With ``bounded`` (English), a key that starts or ends with a word character
    must start or end at a word boundary.
    """
    return _trie(keys, bounded, bounded)


@dataclass(frozen=True)
class ScanPattern:
    """A compiled scan; ``split`` yields gap, key, gap, key, ..., gap."""

    pattern: re.Pattern[str]
    consumes: bool  # each hit consumes one character before/at the key
    pad: str  # prepended to the text (a separator, so the first key has one)


def scan_regex(keys: list[str], bounded: bool) -> ScanPattern:
    """The fastest exact scan for ``keys``: every start position, longest key at each."""
    if not keys:
        return ScanPattern(re.compile(r"(?!x)x"), False, "")
    if bounded and all(is_word(k[0]) for k in keys):
        # a key needs a non-word character (or the text start) before it
        return ScanPattern(re.compile(r"[^\w](?=(" + _trie(keys, True, False) + "))"), True, "\n")
    if bounded:  # some keys start with punctuation: plain lookahead at every position
        return ScanPattern(re.compile("(?=(" + _trie(keys, True, True) + "))"), False, "")
    # ``re`` checks a class of a few hundred BMP characters with a bitmap, but walks
    # astral ones (emoji) one by one at every position: those become one range
    bmp = sorted({k[0] for k in keys if ord(k[0]) < 0x10000})
    astral = r"\U00010000-\U0010ffff" if any(ord(k[0]) >= 0x10000 for k in keys) else ""
    firsts = "".join(re.escape(c) for c in bmp) + astral
    body = _trie(keys, False, False)
    return ScanPattern(re.compile("[" + firsts + "](?<=(?=(" + body + ")).)"), True, "")


def split_positions(scan: ScanPattern, text: str) -> tuple[np.ndarray, list[str]]:
    """Start positions (in ``text``) and keys of all hits, in ascending order."""
    parts = scan.pattern.split(scan.pad + text) if scan.pad else scan.pattern.split(text)
    n = len(parts) // 2
    if n == 0:
        return np.zeros(0, dtype=np.int64), []
    gaps = np.fromiter(map(len, parts[0:-1:2]), dtype=np.int64, count=n)
    pos = np.cumsum(gaps)
    if scan.consumes:
        # each earlier hit consumed one character; the hit's own consumed character is
        # the key's first (no pad) or the separator just before it, which the one-character
        # pad cancels
        pos += np.arange(n, dtype=np.int64)
    return pos, parts[1::2]


def pick(texts: Sequence[str], rows: np.ndarray) -> list[str]:
    """``[texts[i] for i in rows]``, with the loop in C."""
    if len(rows) == 0:
        return []
    if len(rows) == 1:
        return [texts[int(rows[0])]]
    return list(itemgetter(*rows.tolist())(texts))


def non_overlapping(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which of these ascending hits ``finditer`` would report (leftmost, no overlaps)."""
    keep = np.ones(len(starts), dtype=bool)
    if len(starts) < 2 or bool(np.all(starts[1:] >= ends[:-1])):
        return keep
    last = -1
    for i, (s, e) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        if s >= last:
            last = e
        else:
            keep[i] = False
    return keep


__all__ = [
    "ScanPattern",
    "is_word",
    "non_overlapping",
    "pick",
    "scan_regex",
    "split_positions",
    "trie_regex",
]
