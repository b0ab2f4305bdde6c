"""Compile a language's lexicon into two regular expressions and run them on a batch.

Speed is the point of this module (the lexicon layer must score >= 100k
messages/s on one core, with evidence). Python's ``re`` tries the branches of
an alternation one after the other, so a flat "a|b|c|..." of a thousand
phrases is slow; the same phrases arranged as a *trie* ("(?:lo(?:ve|nely))")
fail after one character at almost every position. All literal phrases of a
language (with their chat spellings, apostrophe forms, traditional characters
and folded-elongation aliases) become one trie wrapped in a lookahead, so one
scan over a whole batch of messages joined by "\\n" yields every match start,
overlapping ones included. A match is mapped back to its entries through a
dict. The few true regex entries share a second alternation; the group that
matched (``lastindex``) names the entry.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from unmask.signals.lexicon import (
    COMMON,
    Entry,
    load_language,
    load_modifiers,
    script_pairs,
)
from unmask.signals.types import MESSAGE_SIGNALS

_END_B = "\x00b"  # trie terminal that needs a word boundary
_END = "\x00"  # trie terminal without a boundary
_SIGNAL_INDEX = {name: i for i, name in enumerate(MESSAGE_SIGNALS)}
#: dropping the apostrophe of these would make another common word
_NO_APOSTROPHE_DROP = frozenset(
    {"well", "were", "ill", "shell", "hell", "id", "wed", "shed", "hed"}
)
_MAX_VARIANTS = 48


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def trie_regex(keys: Iterable[str], bounded: bool) -> str:
    """One regex matching any key, longest first, as a character trie.

    With ``bounded`` (English), a key that starts or ends with a word character
    must start or end at a word boundary.
    """
    root: dict[str, dict] = {}
    for key in keys:
        if not key:
            continue
        node = root.setdefault(r"\b" if bounded and _is_word(key[0]) else "", {})
        for ch in key:
            node = node.setdefault(ch, {})
        node[_END_B if bounded and _is_word(key[-1]) else _END] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [
            re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch[0] != "\x00"
        ]
        if _END_B in node:
            alts.append(r"\b")
        if _END in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    firsts = []
    for prefix, node in sorted(root.items()):
        firsts.append(prefix + build(node))
    if not firsts:
        return r"(?!x)x"
    return "|".join(firsts)


def _chat_variants(phrase: str, spelling: dict[str, tuple[str, ...]]) -> list[str]:
    out = [phrase]
    for canon, variants in spelling.items():
        pat = re.compile(r"(?<![\w'])" + re.escape(canon) + r"(?![\w'])")
        grown: list[str] = []
        for p in out:
            if pat.search(p):
                grown.extend(pat.sub(v, p) for v in variants)
        out.extend(grown)
        if len(out) > _MAX_VARIANTS:
            break
    return list(dict.fromkeys(out))[:_MAX_VARIANTS]


def _apostrophe_variants(phrase: str) -> list[str]:
    """ "don't" -> "don’t", "dont" (unless dropping it makes another word: "we'll")."""
    if "'" not in phrase:
        return [phrase]
    out = [phrase, phrase.replace("'", "\u2019")]
    dropped = phrase.replace("'", "")
    if not any(w in _NO_APOSTROPHE_DROP for w in re.findall(r"\w+", dropped)):
        out.append(dropped)
    return out


@lru_cache(maxsize=1)
def _s2t() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for s, t in script_pairs():
        if s != t:
            out.setdefault(s, []).append(t)
    return {k: tuple(v) for k, v in out.items()}


def _traditional_variants(phrase: str) -> list[str]:
    table = _s2t()
    options = [(ch, *table.get(ch, ())) for ch in phrase]
    variants = ["".join(p) for p in itertools.islice(itertools.product(*options), _MAX_VARIANTS)]
    # the all-traditional form is what traditional writers type; make sure it is in
    variants.append("".join(o[-1] for o in options))
    return list(dict.fromkeys(variants))


def _fold_aliases(phrase: str) -> list[str]:
    """ "good" -> "god": what an elongated "goood" becomes after folding runs to one letter."""
    collapsed = re.sub(r"([a-z])\1", r"\1", phrase)
    return [collapsed] if collapsed != phrase else []


def _zh_regex(pattern: str) -> str:
    """Let a Chinese regex also match traditional characters: 们 -> [们們]."""
    table = _s2t()
    out = []
    in_class = False
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            out.append(ch)
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        alts = table.get(ch)
        if alts:
            out.append(ch + "".join(alts) if in_class else "[" + ch + "".join(alts) + "]")
        else:
            out.append(ch)
    return "".join(out)


def _expand_macros(pattern: str, spelling: dict[str, tuple[str, ...]]) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(1)
        if word not in spelling:
            return m.group(0)
        forms = sorted({word, *spelling[word]}, key=len, reverse=True)
        return "(?:" + "|".join(re.escape(f) for f in forms) + ")"

    return re.sub(r"\{([a-z' ]+)\}", repl, pattern)


@dataclass(frozen=True)
class CompiledLanguage:
    """A language's lexicon, compiled for batch matching."""

    lang: str
    entries: tuple[Entry, ...]
    literal_re: re.Pattern[str]
    literal_map: dict[str, tuple[tuple[int, bool], ...]]  # key -> ((entry, fold_only), ...)
    # one alternation per signal: at one position an alternation reports only its first
    # matching branch, so patterns of different signals must not share one
    regexes: tuple[tuple[re.Pattern[str], dict[int, int]], ...]  # (pattern, group -> entry)
    negator_re: re.Pattern[str] | None
    non_negators: frozenset[str]
    intensifier_re: re.Pattern[str] | None
    negation_window: int
    intensifier_window: int
    entry_signal: np.ndarray
    entry_weight: np.ndarray
    entry_negatable: np.ndarray
    entry_max_chars: np.ndarray

    def match(self, folded: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """All matches in a folded batch: (start, end, entry index, fold_only) arrays."""
        starts: list[int] = []
        ends: list[int] = []
        ids: list[int] = []
        fold: list[bool] = []
        lookup = self.literal_map
        for m in self.literal_re.finditer(folded):
            s, e = m.span(1)
            for entry, fold_only in lookup[m.group(1)]:
                starts.append(s)
                ends.append(e)
                ids.append(entry)
                fold.append(fold_only)
        for regex_re, groups in self.regexes:
            for m in regex_re.finditer(folded):
                g = m.lastindex or 0
                while g not in groups and g > 0:  # an inner group closed last
                    g -= 1
                s, e = m.span(g)
                if e > s:
                    starts.append(s)
                    ends.append(e)
                    ids.append(groups[g])
                    fold.append(False)
        return (
            np.asarray(starts, dtype=np.int64),
            np.asarray(ends, dtype=np.int64),
            np.asarray(ids, dtype=np.int64),
            np.asarray(fold, dtype=bool),
        )


def _literal_keys(
    entry: Entry, lang: str, spelling: dict[str, tuple[str, ...]]
) -> list[tuple[str, bool]]:
    assert entry.phrase is not None
    phrase = re.sub(r"\s+", " ", entry.phrase.strip().lower())
    keys: list[tuple[str, bool]] = []
    for chat in _chat_variants(phrase, spelling):
        for apo in _apostrophe_variants(chat):
            forms = _traditional_variants(apo) if lang == "zh" else [apo]
            for form in forms:
                keys.append((form, False))
                keys.extend((alias, True) for alias in _fold_aliases(form))
    return keys


@cache
def compile_language(lang: str) -> CompiledLanguage:
    """Compile one language's files ("en", "zh" or "common"); cached per process."""
    files = load_language(lang)
    mods = load_modifiers(lang)
    bounded = mods.word_bounded
    entries: list[Entry] = [e for f in files for e in f.entries]
    literal: dict[str, list[tuple[int, bool]]] = {}
    regex_parts: dict[str, list[str]] = {}
    group_entry: dict[str, dict[int, int]] = {}
    next_group: dict[str, int] = {}
    for idx, entry in enumerate(entries):
        if entry.phrase is not None:
            for key, fold_only in _literal_keys(entry, lang, mods.chat_spelling):
                bucket = literal.setdefault(key, [])
                if (idx, False) not in bucket and (idx, fold_only) not in bucket:
                    bucket.append((idx, fold_only))
        else:
            assert entry.regex is not None
            pattern = _expand_macros(entry.regex, mods.chat_spelling)
            if lang == "zh":
                pattern = _zh_regex(pattern)
            g = next_group.get(entry.signal, 1)
            group_entry.setdefault(entry.signal, {})[g] = idx
            next_group[entry.signal] = g + 1 + re.compile(pattern).groups
            regex_parts.setdefault(entry.signal, []).append("(" + pattern + ")")
    # a key also fires the entries of its shorter keys that end at a boundary inside it
    # ("love you" also fires "love"), because the trie returns the longest key per start
    merged: dict[str, tuple[tuple[int, bool], ...]] = {}
    for key, bucket in literal.items():
        extra: list[tuple[int, bool]] = []
        for cut in range(1, len(key)):
            prefix = key[:cut]
            if prefix not in literal:
                continue
            if bounded and _is_word(key[cut - 1]) and _is_word(key[cut]):
                continue
            extra.extend((i, f) for i, f in literal[prefix] if not f)
        merged[key] = tuple(dict.fromkeys(bucket + extra))
    trie = trie_regex(merged, bounded)
    literal_re = re.compile("(?=(" + trie + "))")
    regexes = tuple(
        (re.compile("(?=(?:" + "|".join(parts) + "))"), group_entry[signal])
        for signal, parts in regex_parts.items()
    )
    negator_re = (
        re.compile(trie_regex(mods.negators + mods.non_negators, bounded))
        if mods.negators
        else None
    )
    intens_re = re.compile(trie_regex(mods.intensifiers, bounded)) if mods.intensifiers else None
    big = np.iinfo(np.int64).max
    return CompiledLanguage(
        lang=lang,
        entries=tuple(entries),
        literal_re=literal_re,
        literal_map=merged,
        regexes=regexes,
        negator_re=negator_re,
        non_negators=frozenset(mods.non_negators),
        intensifier_re=intens_re,
        negation_window=mods.negation_window,
        intensifier_window=mods.intensifier_window,
        entry_signal=np.asarray([_SIGNAL_INDEX[e.signal] for e in entries], dtype=np.int64),
        entry_weight=np.asarray([e.weight for e in entries], dtype=np.float64),
        entry_negatable=np.asarray([e.negatable for e in entries], dtype=bool),
        entry_max_chars=np.asarray(
            [e.max_chars if e.max_chars is not None else big for e in entries], dtype=np.int64
        ),
    )


__all__ = ["COMMON", "CompiledLanguage", "compile_language", "trie_regex"]
