"""Lexicon phrases and patterns as the literal strings people type.

A phrase in a data file is written once, plainly ("i'm scared"); chats spell
it many ways. This module lists those ways, at compile time, so matching stays
a single scan: chat spellings ("im scared"), apostrophe forms ("i’m", "im"),
traditional Chinese characters (们 -> 們), and what an elongated word becomes
after folding ("goood" -> "god"). Regex entries get the same treatment as
macros ({you} -> (?:you|u|ya)) and character classes ([们們]).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from unmask.signals.lexicon import Entry, script_pairs

#: dropping the apostrophe of these would make another common word
_NO_APOSTROPHE_DROP = frozenset(
    {"well", "were", "ill", "shell", "hell", "id", "wed", "shed", "hed"}
)
_MAX_VARIANTS = 48


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


def zh_regex(pattern: str) -> str:
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


def expand_macros(pattern: str, spelling: dict[str, tuple[str, ...]]) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(1)
        if word not in spelling:
            return m.group(0)
        forms = sorted({word, *spelling[word]}, key=len, reverse=True)
        return "(?:" + "|".join(re.escape(f) for f in forms) + ")"

    return re.sub(r"\{([a-z' ]+)\}", repl, pattern)


def literal_keys(
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


__all__ = ["expand_macros", "literal_keys", "zh_regex"]
