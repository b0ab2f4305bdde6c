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

Matching gives exactly what the full alternation of a file gives on each text
on its own (leftmost match, first entry in file order, no overlaps; ``^`` is
the start of the text), and is fast. Python's ``re`` tries every branch of an
alternation at every position, so the full alternation does not run over the
batch. Instead:

1. When a file is parsed, each entry's pattern is read (``re._parser``) for
   sets of *literals that every match must contain*, one of each set ("sorry"
   for ``\\bsorry+\\b(?!...)``; {"担心你", "擔心你", ...} for ``(好|真)?担心你``).
2. One *trie* regex of the literals of all the files of a language runs once
   over the lower-cased batch joined by NUL (``findall`` in a look-ahead: the
   longest literal at every position; its prefixes are implied). An entry is
   a *candidate* for a text that holds a literal of each of its sets.
3. On each candidate text the alternation of only its candidate entries runs,
   on the text alone. An entry that lacks a literal cannot match anywhere in
   that text, so dropping it from the alternation changes no match.

The analysis only has to be sound, not clever: an entry without literals
runs on every text, a file with back-references skips the prefilter, and a
text with characters that ``re.IGNORECASE`` folds unlike ``str.lower`` (the
long s, the dotless i) is a candidate for every entry. Spans refer to the
original text; a NUL in a text reads as a space.
"""

from __future__ import annotations

import math
import re
import re._parser as _sp  # the stdlib's own pattern parser (3.11+)
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

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
_SEP = "\x00"  # joins the texts of a batch for the prefilter scan
_ZERO_WIDTH = frozenset({_sp.AT, _sp.ASSERT, _sp.ASSERT_NOT})
_REPEATS = frozenset(
    {_sp.MAX_REPEAT, _sp.MIN_REPEAT, getattr(_sp, "POSSESSIVE_REPEAT", _sp.MAX_REPEAT)}
)
_ATOMIC = getattr(_sp, "ATOMIC_GROUP", None)

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
class Prefilter:
    """What an entry of a file needs in a text before it can match there.

    ``needs[i]`` lists sets of lower-case literals: entry ``i`` can only match
    a text that contains a literal of each set (None: it may match anywhere).
    ``usable`` is False when sub-alternations would change the file's meaning
    (back-references), and then every entry runs on every text.
    """

    needs: tuple[Needs | None, ...]
    usable: bool


@dataclass(frozen=True)
class ReplyLexicon:
    """One compiled reply-level file: entry ``i`` is the named group ``e{i}``."""

    lang: str
    part: str
    version: str
    entries: tuple[ReplyEntry, ...]
    must_not_fire: tuple[str, ...]
    pattern: re.Pattern[str]
    prefilter: Prefilter = field(compare=False, repr=False)
    #: alternations of a subset of entries (bit mask -> pattern), compiled on first use
    subsets: dict[int, re.Pattern[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @cached_property
    def everything(self) -> int:
        """All entries, as a bit mask."""
        return (1 << len(self.entries)) - 1

    def subset(self, mask: int) -> re.Pattern[str]:
        """The alternation of the entries in ``mask``, in file order, same group names."""
        if mask == self.everything or not self.prefilter.usable:
            return self.pattern
        found = self.subsets.get(mask)
        if found is None:
            found = re.compile(
                "|".join(
                    f"(?P<e{i}>{e.pattern})"
                    for i, e in enumerate(self.entries)
                    if mask >> i & 1
                ),
                re.IGNORECASE,
            )
            self.subsets[mask] = found
        return found


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
        prefilter=prefilter([p for _, p in compiled]),
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
    return rows_among(lang, texts, langs, range(len(texts)))


def rows_among(
    lang: str, texts: Sequence[str], langs: Sequence[str], rows: Iterable[int]
) -> list[int]:
    """:func:`rows_for`, restricted to ``rows`` (in their order)."""
    if len(texts) != len(langs):
        raise ValueError(f"{len(texts)} texts but {len(langs)} languages")
    if lang == "en":
        latin = _LATIN.search
        return [i for i in rows if langs[i] != "zh" or latin(texts[i])]
    han = _HAN.search
    return [i for i in rows if langs[i] == "zh" or han(texts[i])]


def find(lexicon: ReplyLexicon, texts: Sequence[str], rows: Sequence[int]) -> Iterator[Hit]:
    """Non-negated matches of ``lexicon`` in ``texts[r]`` for each ``r`` in ``rows``."""
    return iter(find_many((lexicon,), texts, rows)[0])


def find_many(
    lexicons: Sequence[ReplyLexicon],
    texts: Sequence[str],
    rows: Sequence[int],
    allowed: Sequence[Sequence[bool] | None] | None = None,
) -> list[list[Hit]]:
    """:func:`find` for several lexicons at once, sharing one prefilter scan.

    Item ``j`` holds the hits of ``lexicons[j]``, by row (in the order of
    ``rows``), then by position: what each lexicon's full alternation finds in
    each text on its own. ``allowed[j][r]``, when given, says whether lexicon
    ``j`` runs on ``texts[r]`` at all.
    """
    out: list[list[Hit]] = [[] for _ in lexicons]
    if not rows or not lexicons:
        return out
    scan = _scan(tuple(lexicons))
    parts = [
        (lexicon, scan.offsets[j], lexicon.everything, out[j],
         allowed[j] if allowed is not None else None)
        for j, lexicon in enumerate(lexicons)
    ]
    for k, mask in _candidates(scan, texts, rows):
        r = rows[k]
        text = texts[r]
        if "\x00" in text:
            text = text.replace("\x00", " ")
        for lexicon, offset, everything, hits, gate in parts:
            own = mask >> offset & everything
            if own and (gate is None or gate[r]):
                _match(lexicon, own, text, r, hits)
    return out


def _match(lexicon: ReplyLexicon, mask: int, text: str, row: int, out: list[Hit]) -> None:
    entries = lexicon.entries
    pattern = lexicon.subsets.get(mask) or lexicon.subset(mask)
    for m in pattern.finditer(text):
        start, end = m.span()
        if start == end or m.lastgroup is None:
            continue
        entry = entries[int(m.lastgroup[1:])]
        if entry.max_chars is not None and len(text) > entry.max_chars:
            continue
        if entry.negatable and negated(text, start, lexicon.lang):
            continue
        out.append(Hit(row, entry, start, end, m.group()))


# --- prefilter: the literals every match of an entry must contain ----------------------

_MAX_SET = 64  # most strings an exact or required set may hold
_MAX_CLASS = 16  # a character class with more characters is not a literal
_TRIE_GROUP = 12  # a trie node with more children is split into groups
#: rough share of chat messages that contain a word: a poor required literal costs more
_FREQUENT: dict[str, float] = {
    **dict.fromkeys(
        ["i", "u", "a", "you", "it", "is", "so", "the", "to", "and", "me", "my", "?", "我", "你",
         "的", "了", "是", "不", "在", "也", "都", "很", "好"], 1.0),
    **dict.fromkeys(
        ["what", "how", "that", "this", "we", "your", "do", "did", "have", "had", "be", "was",
         "are", "just", "like", "ok", "oh", "too", "well", "when", "would", "get", "there",
         "here", "know", "can", "of", "he", "she", "for", "with", "on", "in", "at", "love",
         "babe", "什么", "什麼", "怎么", "怎麼", "有", "就", "这", "這", "那", "会", "會", "吗",
         "嗎", "？", "想", "吧", "要", "没", "沒", "真的", "做", "觉得", "覺得", "听", "聽", "说",
         "說", "去", "来", "來", "吃"], 0.3),
}
_EMPTY: frozenset[str] = frozenset({""})
_MAX_NEEDS = 3  # required sets kept per pattern (all must be present)
_WORTH_SCANNING = 0.3  # a further set whose guessed frequency is higher is dropped
Strings = frozenset[str]
Needs = tuple[Strings, ...]


class _Opaque(Exception):
    """The pattern uses a construct the analysis does not know."""


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
    extra = [x for x in useful[1:_MAX_NEEDS] if -_cost(x)[0] <= _WORTH_SCANNING]
    return tuple(useful[:1] + extra)


def _class(items: list[tuple[Any, Any]]) -> Strings | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _sp.LITERAL:
            chars.add(chr(av))
        elif op is _sp.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # negated sets, categories (\\s, \\w), wide ranges
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars)


def _node(op: Any, av: Any) -> tuple[Strings | None, Needs]:
    """(exact, needs) of one parsed item that is not a repeat."""
    if op is _sp.LITERAL:
        one = frozenset({chr(av)})
        return one, (one,)
    if op is _sp.IN:
        chars = _class(av)
        return chars, _best([chars])
    if op is _sp.BRANCH:
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
    if op is _sp.SUBPATTERN:
        return _sequence(av[-1])
    if op is _ATOMIC:
        return _sequence(av)
    if op in (_sp.ANY, _sp.NOT_LITERAL, _sp.CATEGORY):
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
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # \\b, ^, look-arounds consume nothing: the run goes on
        if op in _REPEATS:
            low, high, body = av
            body_exact, body_needs = _sequence(body)
            if body_exact is not None and low == high:
                item_exact: Strings | None = _power(body_exact, low)
                item_needs: Needs = _best([item_exact])
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
            grown = _product(run, item_exact)
            if grown is not None:
                run = grown
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
    try:
        tree = _sp.parse(pattern, re.IGNORECASE)
        if _has_backreference(tree.data):
            return None
        needs = _sequence(tree.data)[1]
    except (_Opaque, re.error, RecursionError):
        return None
    kept = tuple(
        frozenset(s.lower() for s in need)
        for need in needs
        if all(
            len(s.lower()) == len(s)
            and not any(ch == _SEP or (ord(ch) > 127 and ch.lower() != ch.upper()) for ch in s)
            for s in need
        )
    )
    return kept or None


def _has_backreference(items: Any) -> bool:
    for op, av in items:
        if op in (_sp.GROUPREF, _sp.GROUPREF_EXISTS):
            return True
        children: list[Any] = []
        if op in _REPEATS:
            children = [av[2]]
        elif op is _sp.BRANCH:
            children = list(av[1])
        elif op is _sp.SUBPATTERN:
            children = [av[-1]]
        elif op in (_sp.ASSERT, _sp.ASSERT_NOT):
            children = [av[1]]
        elif op is _ATOMIC:
            children = [av]
        if any(_has_backreference(c) for c in children):
            return True
    return False


def prefilter(patterns: Sequence[str]) -> Prefilter:
    """The prefilter of one file's entry patterns."""
    usable = True
    for pattern in patterns:
        try:
            usable &= not _has_backreference(_sp.parse(pattern, re.IGNORECASE).data)
        except (re.error, RecursionError):
            usable = False
    if not usable:
        return Prefilter(tuple(None for _ in patterns), False)
    return Prefilter(tuple(required_literals(p) for p in patterns), True)


def _trie(keys: Iterable[str]) -> str:
    """One regex for all keys as a character trie; the longest key at a position wins.

    ``re`` tries the branches of an alternation one by one, so a node with many
    children (the first characters of hundreds of Chinese literals) is split
    into groups, each behind a character-class look-ahead.
    """
    root: dict[str, Any] = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        children = sorted(ch for ch in node if ch)
        alts = [re.escape(ch) + build(node[ch]) for ch in children]
        if len(children) > _TRIE_GROUP:
            size = math.isqrt(len(children) - 1) + 1
            alts = [
                f"(?=[{''.join(map(re.escape, children[i : i + size]))}])"
                f"(?:{'|'.join(alts[i : i + size])})"
                for i in range(0, len(children), size)
            ]
        if "" in node:
            alts.append("")  # after the longer keys: a trie path yields its deepest key
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)


def _prefix_closed(masks: dict[str, int]) -> dict[str, int]:
    """Each literal's bits plus those of the literals that are its prefixes.

    The scan reports, at each position, the longest literal starting there;
    the shorter literals found there are exactly its prefixes.
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
class _Scan:
    """One prefilter over several lexicons: lexicon ``j`` owns the entry bits from
    ``offsets[j]``; each required set of each entry owns one *requirement* bit."""

    pattern: re.Pattern[str] | None  # literals or NUL, on lower-cased text
    masks: dict[str, int]  # literal -> requirement bits it meets (and those inside it)
    needs: tuple[tuple[int, int], ...]  # (entry bit, requirement bits it needs)
    always: int  # entry bits that need nothing
    everything: int  # all entry bits
    met: int  # all requirement bits
    offsets: tuple[int, ...]
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


@lru_cache(maxsize=32)
def _scan(lexicons: tuple[ReplyLexicon, ...]) -> _Scan:
    masks: dict[str, int] = {}
    needs: list[tuple[int, int]] = []
    always = 0
    offsets = []
    offset = 0
    requirement = 0
    for lexicon in lexicons:
        offsets.append(offset)
        for i, sets in enumerate(lexicon.prefilter.needs):
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
        offset += len(lexicon.entries)
    closed = _prefix_closed(masks)
    pattern = None
    if closed:
        # the longest literal at every position (look-ahead) where one can begin
        firsts = "".join(sorted({re.escape(k[0]) for k in closed}))
        pattern = re.compile(f"(?=[{firsts}\\x00])(?:(?=({_trie(closed)}))|\\x00)")
    return _Scan(
        pattern, closed, tuple(needs), always, (1 << offset) - 1, (1 << requirement) - 1,
        tuple(offsets),
    )


@lru_cache(maxsize=1)
def _odd_case() -> re.Pattern[str]:
    """Characters that ``re.IGNORECASE`` equates with an ASCII letter that ``str.lower``
    does not give (the long s, the dotless i), and the one with a two-letter lower case.
    Literals hold only ASCII and caseless characters, so no other character matters."""
    from re._casefix import _EXTRA_CASES

    chars = {chr(c) for k, v in _EXTRA_CASES.items() if k < 128 for c in v} | {"\u0130"}
    return re.compile(f"[{''.join(map(re.escape, sorted(chars)))}]")


def _candidates(scan: _Scan, texts: Sequence[str], rows: Sequence[int]) -> list[tuple[int, int]]:
    """(k, entry mask) for each ``rows[k]`` that some entry may match, in order.

    The scan runs on the lower-cased batch: each literal found in a text meets
    some requirements, and an entry is a candidate where all of its are met.
    Texts with characters whose case-insensitive match lower-casing does not
    reproduce meet every requirement.
    """
    if scan.pattern is None:
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
    masks = scan.masks
    met = scan.met
    k = 0
    for literal in scan.pattern.findall(joined.lower()):
        if literal:
            present[k] = present.get(k, 0) | masks.get(literal, met)
        else:  # the separator
            k += 1
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
