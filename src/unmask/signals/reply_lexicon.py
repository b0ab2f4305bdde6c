"""Reply-level language data: load, compile and match the responsiveness lexicons.

The files are ``src/unmask/lang/<code>/responsiveness_<part>.yaml`` in the
same shape as the message-level lexicons (:mod:`unmask.signals.lexicon`):
``signal``, ``version``, ``entries`` (``phrase`` or ``regex``, ``weight``,
``example``, optional ``max_chars`` and ``negatable``) and ``must_not_fire``.
``<part>`` is ``reaction``, ``interpretation``, ``exploration`` (the three
mechanisms) or ``context`` (cues read from the *other* person's message).

They are loaded here rather than by :func:`unmask.signals.lexicon.load_language`
because that loader skips reply-level files, and because the reply rules
differ: negation is checked in a short clause window *before* a match only
(the negation inside a phrase such as "you're not overreacting" is part of
the phrase), and "no" is not a negator ("oh no, I'm so sorry").

Matching is batched for speed: the texts of a batch are joined with NUL
characters (which no pattern can cross) and each compiled alternation runs
once over the whole batch; match positions map back to messages with
:func:`numpy.searchsorted`. Spans always refer to the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np
import yaml

from unmask.signals.lexicon import LexiconError, script_pairs

MECHANISMS: tuple[str, ...] = ("reaction", "interpretation", "exploration")
CONTEXT = "context"
PARTS: tuple[str, ...] = (*MECHANISMS, CONTEXT)
LANGS: tuple[str, ...] = ("en", "zh")

_ENTRY_KEYS = {"phrase", "regex", "weight", "example", "max_chars", "negatable"}
_FILE_KEYS = {"signal", "version", "entries", "must_not_fire"}

# Negation (language data kept beside the rule that uses it; see docs/responsiveness.md).
# English: a negator among the last three words of the same clause cancels a match.
_NEG_EN = frozenset({
    "not", "never", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "can't", "cant",
    "cannot", "won't", "wont", "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent", "weren't",
    "wouldn't", "wouldnt", "couldn't", "couldnt", "shouldn't", "hardly", "barely", "nor",
    "neither",
})
_NEG_EN_WINDOW_WORDS = 3
_EN_WORD = re.compile(r"[a-z'’]+")
# Chinese: a negator character among the last three characters of the clause, after
# removing A-not-A questions (要不要, 是不是...) and words that only look negative (没事).
_NEG_ZH = frozenset("不没沒别別未无無")
_ZH_NOT_NEGATION = re.compile(
    r"要不要|是不是|好不好|能不能|会不会|會不會|想不想|有没有|有沒有|可不可以|对不对|對不對"
    r"|没事|沒事|没关系|沒關係|不管|不过|不過|不然|不好意思|没想到|沒想到"
)
_NEG_ZH_WINDOW = 3
# "I don't understand why you ..." anywhere earlier in the clause: what follows is not
# interpretation or exploration but disbelief ("我不明白你为什么会这样想").
_ZH_DENY = re.compile(r"不(明白|懂|理解|知道)|搞不懂|想不通|不明白|沒想通")
_CLAUSE_END = re.compile(r"[.!?;:,\n\x00。！？；：，、…]")
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# English phrase entries: chat spellings accepted for a word of the phrase.
_CHAT_EN: dict[str, str] = {
    "you": "(?:you|u|ya)",
    "your": "(?:your|ur)",
    "you're": "(?:you['’]?re|you are|u r|ur)",
    "i'm": "(?:i['’]?m|i am)",
    "are": "(?:are|r)",
    "really": "(?:really|rly|realy)",
}


@dataclass(frozen=True)
class ReplyEntry:
    """One phrase or pattern of one reply-level lexicon file."""

    weight: float
    example: str
    source: str  # "lexicon:en/responsiveness_reaction.yaml#3"
    pattern: str  # the compiled form (phrases expanded, both Chinese scripts)
    negatable: bool = True
    max_chars: int | None = None


@dataclass(frozen=True)
class ReplyLexicon:
    """One compiled reply-level file: entry ``i`` is the named group ``e{i}``."""

    lang: str
    part: str
    version: str
    entries: tuple[ReplyEntry, ...]
    must_not_fire: tuple[str, ...]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Hit:
    """A non-negated match: message index in the batch, entry, span in that message."""

    row: int
    entry: ReplyEntry
    start: int
    end: int
    text: str


def file_name(part: str) -> str:
    return f"responsiveness_{part}.yaml"


def _where(lang: str, part: str, index: int | None = None) -> str:
    where = f"src/unmask/lang/{lang}/{file_name(part)}"
    return where if index is None else f"{where}, entry {index}"


def _phrase_en(phrase: str) -> str:
    """A literal English phrase as a pattern: chat spellings, elongations, any apostrophe."""
    parts = []
    for token in phrase.lower().split():
        if token in _CHAT_EN:
            parts.append(_CHAT_EN[token])
            continue
        out = []
        for i, ch in enumerate(token):
            if ch.isalpha():
                if i and token[i - 1] == ch:
                    continue  # "sorry" -> "sor+y+": doubled letters fold into one "+"
                out.append(re.escape(ch) + "+")
            elif ch in "'’":
                out.append("['’]?")
            else:
                out.append(re.escape(ch))
        parts.append("".join(out))
    body = r"\s+".join(parts)
    left = r"\b" if phrase[:1].isalnum() else ""
    right = r"\b" if phrase[-1:].isalnum() else ""
    return f"{left}{body}{right}"


@lru_cache(maxsize=1)
def _traditional() -> dict[str, str]:
    return dict(script_pairs())


def _both_scripts(pattern: str) -> str:
    """Let every simplified character of a Chinese pattern also match its traditional form."""
    table = _traditional()
    out: list[str] = []
    in_class = False
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch in table:
            out.append(table[ch] + ch if in_class else f"[{ch}{table[ch]}]")
        else:
            out.append(ch)
    return "".join(out)


def _entry_pattern(lang: str, raw: dict[str, Any], where: str) -> str:
    phrase, regex = raw.get("phrase"), raw.get("regex")
    if (phrase is None) == (regex is None):
        raise LexiconError(f"{where}: give exactly one of 'phrase' or 'regex'.")
    text = phrase if phrase is not None else regex
    if not isinstance(text, str) or not text.strip():
        raise LexiconError(f"{where}: 'phrase'/'regex' must be a non-empty string.")
    if phrase is not None:
        pattern = _phrase_en(phrase) if lang == "en" else re.escape(phrase)
    else:
        pattern = text
    if lang == "zh":
        pattern = _both_scripts(pattern)
    try:
        re.compile(pattern)
    except re.error as error:
        raise LexiconError(f"{where}: the pattern does not compile ({error}).") from None
    return pattern


def _entry(lang: str, part: str, index: int, raw: Any) -> tuple[ReplyEntry, str]:
    where = _where(lang, part, index)
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: expected a mapping with phrase or regex, weight, example.")
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise LexiconError(
            f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_ENTRY_KEYS)}."
        )
    pattern = _entry_pattern(lang, raw, where)
    weight = raw.get("weight")
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
        raise LexiconError(f"{where}: 'weight' must be a number in (0, 1].")
    example = raw.get("example")
    if not isinstance(example, str) or not example.strip():
        raise LexiconError(f"{where}: 'example' must be a reply in which the entry fires.")
    max_chars = raw.get("max_chars")
    if max_chars is not None and (
        isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1
    ):
        raise LexiconError(f"{where}: 'max_chars' must be a positive integer.")
    negatable = raw.get("negatable", True)
    if not isinstance(negatable, bool):
        raise LexiconError(f"{where}: 'negatable' must be true or false.")
    source = f"lexicon:{lang}/{file_name(part)}#{index}"
    return ReplyEntry(float(weight), example, source, pattern, negatable, max_chars), pattern


def parse(lang: str, part: str, data: Any) -> ReplyLexicon:
    """Validate and compile one reply-level file's parsed YAML."""
    where = _where(lang, part)
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected a mapping with signal, version, entries.")
    unknown = set(data) - _FILE_KEYS
    if unknown:
        raise LexiconError(
            f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_FILE_KEYS)}."
        )
    expected = "responsiveness" if part == CONTEXT else f"responsiveness.{part}"
    if data.get("signal") != expected:
        raise LexiconError(f"{where}: 'signal' must be {expected!r}.")
    version = data.get("version")
    if not isinstance(version, str):
        raise LexiconError(f"{where}: 'version' must be a quoted string such as \"1\".")
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise LexiconError(f"{where}: 'entries' must be a non-empty list.")
    compiled = [_entry(lang, part, i, raw) for i, raw in enumerate(raw_entries)]
    mnf = data.get("must_not_fire", [])
    if not isinstance(mnf, list) or not all(isinstance(m, str) for m in mnf):
        raise LexiconError(f"{where}: 'must_not_fire' must be a list of messages.")
    alternation = "|".join(f"(?P<e{i}>{p})" for i, (_, p) in enumerate(compiled))
    return ReplyLexicon(
        lang=lang,
        part=part,
        version=version,
        entries=tuple(e for e, _ in compiled),
        must_not_fire=tuple(mnf),
        pattern=re.compile(alternation, re.IGNORECASE),
    )


@cache
def load(lang: str, part: str) -> ReplyLexicon:
    """The compiled reply-level lexicon of one language and part, loaded once."""
    if lang not in LANGS or part not in PARTS:
        raise LexiconError(f"no reply-level lexicon for language {lang!r}, part {part!r}.")
    path = resources.files("unmask.lang").joinpath(lang, file_name(part))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise LexiconError(
            f"{_where(lang, part)} cannot be read as UTF-8 YAML ({type(error).__name__}); "
            "fix the file or reinstall unmask."
        ) from None
    return parse(lang, part, data)


def negated(text: str, start: int, lang: str) -> bool:
    """Whether a negator sits just before ``start`` in the same clause."""
    window = text[max(0, start - 40) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    if ends:
        window = window[ends[-1] :]
    if lang == "en":
        words = _EN_WORD.findall(window.lower())[-_NEG_EN_WINDOW_WORDS:]
        return any(w.replace("’", "'") in _NEG_EN for w in words)
    if _ZH_DENY.search(window):
        return True
    window = _ZH_NOT_NEGATION.sub("", window)[-_NEG_ZH_WINDOW:]
    return any(ch in _NEG_ZH for ch in window)


def rows_for(lang: str, texts: Sequence[str], langs: Sequence[str]) -> list[int]:
    """Which texts a language's lexicon runs on: its own language, plus mixed messages
    (English words in a Chinese message, Chinese in any other); "other" uses English."""
    if lang == "en":
        return [i for i, (t, g) in enumerate(zip(texts, langs, strict=True))
                if g != "zh" or _LATIN.search(t)]
    return [i for i, (t, g) in enumerate(zip(texts, langs, strict=True))
            if g == "zh" or _HAN.search(t)]


def find(lexicon: ReplyLexicon, texts: Sequence[str], rows: Sequence[int]) -> Iterator[Hit]:
    """Non-negated matches of ``lexicon`` in ``texts[r]`` for each ``r`` in ``rows``."""
    if not rows:
        return
    chosen = [texts[r].replace("\x00", " ") for r in rows]
    lengths = np.fromiter((len(t) for t in chosen), dtype=np.int64, count=len(chosen))
    starts = np.zeros(len(chosen), dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    joined = "\x00".join(chosen)
    entries = lexicon.entries
    for m in lexicon.pattern.finditer(joined):
        if m.start() == m.end() or m.lastgroup is None:
            continue
        entry = entries[int(m.lastgroup[1:])]
        k = int(np.searchsorted(starts, m.start(), side="right")) - 1
        if entry.max_chars is not None and lengths[k] > entry.max_chars:
            continue
        if entry.negatable and negated(joined, m.start(), lexicon.lang):
            continue
        offset = int(starts[k])
        yield Hit(rows[k], entry, m.start() - offset, m.end() - offset, m.group())
