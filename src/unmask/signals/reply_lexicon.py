"""Reply-level language data: load, compile and match the responsiveness lexicons.

The files are ``src/unmask/lang/<code>/responsiveness_<part>.yaml`` in the
same shape as the message-level lexicons, read and validated by the same code
(:func:`unmask.signals.lexicon.parse_entries`): ``signal``, ``version``,
``entries`` (``phrase`` or ``regex``, ``weight``, ``example``, optional
``max_chars`` and ``negatable``) and ``must_not_fire``. ``<part>`` is
``reaction``, ``interpretation``, ``exploration`` (the three mechanisms) or
``context`` (cues read from the *other* person's message).

They are compiled here rather than by :func:`unmask.signals.lexicon.load_language`
because that loader skips reply-level files, and because the reply rules
differ: negation is checked in a short clause window *before* a match only
(the negation inside a phrase such as "you're not overreacting" is part of
the phrase), and "no" is not a negator ("oh no, I'm so sorry").

Matching gives exactly what the full alternation of a file gives on each text
on its own (leftmost match, first entry in the alternation's order, no overlaps;
``^`` is the start of the text), and is fast. The alternation lists a file's entries
strongest first, file order among equals (:func:`parse`), so that a weak catch-all
never hides a stronger cue that matches at the same position. Python's ``re`` tries
every branch of an alternation at every position, so the full alternation does not run over the
batch: a prefilter (:mod:`unmask.signals.reply_prefilter`) finds, in one scan
over the batch, which entries may match which texts, and on each such text
only those entries run, each with its own compiled pattern, their matches
combined as the alternation of those entries would give them (no alternation
is compiled per set of candidates). Spans refer to the original text; a NUL
in a text reads as a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache, partial
from operator import itemgetter
from typing import Any, NamedTuple

import numpy as np

from unmask.npset import unique
from unmask.signals.compiled_cache import cached, regex
from unmask.signals.distinct import distinct
from unmask.signals.lexicon import (
    MESSAGE_FILE,
    Entry,
    LexiconError,
    match_order,
    parse_entries,
    read_yaml,
    where,
)
from unmask.signals.reply_prefilter import Prefilter, Scan, build_scan, candidates, prefilter
from unmask.signals.variants import zh_regex

MECHANISMS: tuple[str, ...] = ("reaction", "interpretation", "exploration")
CONTEXT = "context"
PARTS: tuple[str, ...] = (*MECHANISMS, CONTEXT)
LANGS: tuple[str, ...] = ("en", "zh")

# Negation (language data kept beside the rule that uses it; see docs/responsiveness.md).
# English: a negator among the last three words of the same clause cancels a match.
_NEG_EN = frozenset(
    {
        "not",
        "never",
        "don't",
        "dont",
        "doesn't",
        "doesnt",
        "didn't",
        "didnt",
        "can't",
        "cant",
        "cannot",
        "won't",
        "wont",
        "isn't",
        "isnt",
        "wasn't",
        "wasnt",
        "aren't",
        "arent",
        "weren't",
        "wouldn't",
        "wouldnt",
        "couldn't",
        "couldnt",
        "shouldn't",
        "hardly",
        "barely",
        "nor",
        "neither",
    }
)
_NEG_EN_WINDOW_WORDS = 3
_EN_WORD = regex(r"[a-z'’]+")
# Chinese: a negator character among the last three characters of the clause, after
# removing A-not-A questions (要不要, 是不是...) and words that only look negative (没事).
_NEG_ZH = frozenset("不没沒别別未无無")
_ZH_NOT_NEGATION = regex(
    r"要不要|是不是|好不好|能不能|会不会|會不會|想不想|有没有|有沒有|可不可以|对不对|對不對"
    r"|没事|沒事|没关系|沒關係|不管|不过|不過|不然|不好意思|没想到|沒想到"
)
_NEG_ZH_WINDOW = 3
# "I don't understand why you ..." anywhere earlier in the clause: what follows is not
# interpretation or exploration but disbelief ("我不明白你为什么会这样想").
_ZH_DENY = regex(r"不(明白|懂|理解|知道)|搞不懂|想不通|不明白|沒想通")
_CLAUSE_END = regex(r"[.!?;:,\n\x00。！？；：，、…]")
_LATIN = regex(r"[A-Za-z]")
_HAN = regex(r"[\u3400-\u9fff\uf900-\ufaff]")

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
    #: every entry as the named group ``e{i}``, strongest first (file order among equals)
    alternation: str
    prefilter: Prefilter = field(compare=False, repr=False)
    #: alternations of a subset of entries (bit mask -> pattern), compiled on first use
    #: (only where a subset would make an empty match; see :func:`_leftmost`)
    subsets: dict[int, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    #: each entry's pattern on its own, compiled on first use
    compiled: dict[int, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The whole file as one alternation (compiled on first use: most texts only need
        a few entries' own patterns)."""
        return re.compile(self.alternation, re.IGNORECASE)

    def __getstate__(self) -> dict[str, Any]:
        """What is pickled (:mod:`compiled_cache`): every entry's own pattern, compiled (the
        cache keeps a pattern's compiled program, so reading it back costs next to nothing),
        and neither the whole alternation nor any subset's (rarely needed)."""
        state = dict(self.__dict__)
        state.pop("pattern", None)
        state["subsets"] = {}
        state["compiled"] = {i: self.entry_pattern(i) for i in range(len(self.entries))}
        return state

    def entry_pattern(self, i: int) -> re.Pattern[str]:
        """Entry ``i``'s pattern on its own (same flags as the alternation)."""
        found = self.compiled.get(i)
        if found is None:
            found = re.compile(self.entries[i].pattern, re.IGNORECASE)
            self.compiled[i] = found
        return found

    @cached_property
    def everything(self) -> int:
        """All entries, as a bit mask."""
        return (1 << len(self.entries)) - 1

    def subset(self, mask: int) -> re.Pattern[str]:
        """The alternation of the entries in ``mask``, in the same order and group names."""
        if mask == self.everything or not self.prefilter.usable:
            return self.pattern
        found = self.subsets.get(mask)
        if found is None:
            found = re.compile(
                "|".join(
                    f"(?P<e{i}>{e.pattern})" for i, e in enumerate(self.entries) if mask >> i & 1
                ),
                re.IGNORECASE,
            )
            self.subsets[mask] = found
        return found


#: per text of a batch, whether a lexicon runs on it (a list or a numpy array of bools)
Gate = Sequence[bool] | np.ndarray


class Hit(NamedTuple):
    """A non-negated match: message index in the batch, entry, span in that message (a
    named tuple: the reply layer makes tens of thousands of them per 100k messages)."""

    row: int
    entry: ReplyEntry
    start: int
    end: int
    text: str


def file_name(part: str) -> str:
    return f"responsiveness_{part}.yaml"


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


def _entry_pattern(
    lang: str, part: str, index: int, entry: Entry, name: str | None = None
) -> tuple[str, re.Pattern[str]]:
    """An entry's pattern (phrases expanded, both Chinese scripts), and compiled; ``name``
    is the file it comes from when that is not the part's own file."""
    if entry.phrase is not None:
        pattern = _phrase_en(entry.phrase) if lang == "en" else re.escape(entry.phrase)
    else:
        pattern = entry.regex or ""
    if lang == "zh":
        pattern = zh_regex(pattern)
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise LexiconError(
            f"{where(lang, name or file_name(part), index)}: the pattern does not compile "
            f"({error})."
        ) from None
    return pattern, compiled


#: the message-level file whose strong entries the reaction part reads too
#: (:func:`_support_entries`), and the weight an entry needs: the support lexicon's floor
#: beside the English model (``unmask.signals.model.LEXICON_FLOOR``)
SUPPORT_FILE = "support_emotional.yaml"
SUPPORT_STRONG = 0.7


def _support_entries(
    lang: str, must_not_fire: Sequence[str]
) -> list[tuple[Entry, tuple[str, re.Pattern[str]]]]:
    """The strong entries (weight >= :data:`SUPPORT_STRONG`) of the language's
    ``support_emotional.yaml``: sympathy, reassurance and encouragement written for the
    message-level signal are reactions too when said in a reply (EPITOME's reaction:
    warmth, compassion, concern). An entry that matches one of the reaction file's own
    ``must_not_fire`` lines is left out: the reaction file's decisions win ("I'm sure you'll
    be fine, stop worrying" dismisses; "it's great that you are coming to dinner at 7" is
    a plan). Each keeps its own source id ("lexicon:en/support_emotional.yaml#12") and comes
    with its compiled pattern (:func:`_entry_pattern`)."""
    parsed = parse_entries(
        lang, SUPPORT_FILE, read_yaml(lang, SUPPORT_FILE), "support.emotional", MESSAGE_FILE
    )
    out = []
    for i, e in enumerate(parsed.entries):
        if e.weight < SUPPORT_STRONG:
            continue
        compiled = _entry_pattern(lang, "reaction", i, e, SUPPORT_FILE)
        if not any(compiled[1].search(line) for line in must_not_fire):
            out.append((e, compiled))
    return out


def parse(lang: str, part: str, data: Any) -> ReplyLexicon:
    """Validate and compile one reply-level file's parsed YAML (the reaction part with the
    strong entries of the message-level support lexicon, :func:`_support_entries`)."""
    signal = "responsiveness" if part == CONTEXT else f"responsiveness.{part}"
    parsed = parse_entries(lang, file_name(part), data, signal)
    own = parsed.entries
    extra = _support_entries(lang, parsed.must_not_fire) if part == "reaction" else []
    compiled = [_entry_pattern(lang, part, i, e) for i, e in enumerate(own)] + [c for _, c in extra]
    parsed_entries = (*own, *(e for e, _ in extra))
    # the entries act as one alternation, whose first entry that matches at a position is the
    # one that counts there: in :func:`match_order`, as the message-level matcher orders its
    # regexes (each entry keeps its own source id)
    order = match_order(parsed_entries)
    compiled = [compiled[i] for i in order]
    patterns = [p for p, _ in compiled]
    entries = tuple(
        ReplyEntry(e.weight, e.example, e.source, p, e.negatable, e.max_chars)
        for e, p in zip((parsed_entries[i] for i in order), patterns, strict=True)
    )
    lexicon = ReplyLexicon(
        lang=lang,
        part=part,
        version=parsed.version,
        entries=entries,
        must_not_fire=parsed.must_not_fire,
        alternation="|".join(f"(?P<e{i}>{p})" for i, p in enumerate(patterns)),
        prefilter=prefilter(patterns),
    )
    # the check above compiled each entry's own pattern already (same flags): keep them
    lexicon.compiled.update(enumerate(c for _, c in compiled))
    return lexicon


@cache
def load(lang: str, part: str) -> ReplyLexicon:
    """The compiled reply-level lexicon of one language and part, loaded once per process
    and kept on disk (:mod:`unmask.signals.compiled_cache`) for the next one."""
    if lang not in LANGS or part not in PARTS:
        raise LexiconError(f"no reply-level lexicon for language {lang!r}, part {part!r}.")
    return cached(
        f"reply-{lang}-{part}",
        ReplyLexicon,
        lambda: parse(lang, part, read_yaml(lang, file_name(part))),
    )


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


def langs_take(
    lang: str, distinct: Sequence[str], code: np.ndarray, is_zh: np.ndarray, rows: np.ndarray
) -> np.ndarray:
    """:func:`rows_among` of ``rows`` (an array) where each row's text is known by its index
    among ``distinct`` (``code``, per row of the table; ``is_zh``: which rows are Chinese):
    the same rows, each distinct text searched once for the other script."""
    other = is_zh[rows] if lang == "en" else ~is_zh[rows]
    codes = code[rows[other]]
    found = np.zeros(len(distinct), dtype=bool)
    search = _LATIN.search if lang == "en" else _HAN.search
    for c in unique(codes).tolist():
        found[c] = search(distinct[c]) is not None
    keep = ~other
    keep[other] = found[codes]
    return rows[keep]


def find_many_coded(
    lexicons: Sequence[ReplyLexicon],
    distinct: Sequence[str],
    code: np.ndarray,
    rows: np.ndarray,
    allowed: Sequence[Gate | None] | None = None,
) -> list[list[Hit]]:
    """:func:`find_many` of ``rows`` (ascending, none twice) where each row's text is known
    by its index among ``distinct`` (``code``, per row of the table): the same hits, each
    distinct text of ``rows`` matched once (no second pass over the rows' texts to find
    them)."""
    if len(rows) == 0 or not lexicons:
        return [[] for _ in lexicons]
    codes = code[rows]
    used = np.zeros(len(distinct), dtype=bool)
    used[codes] = True
    among = np.flatnonzero(used)
    renumbered = (np.cumsum(used) - 1)[codes]
    texts = [distinct[c] for c in among.tolist()]
    return _find_spread(lexicons, texts, np.asarray(rows, dtype=np.int64), renumbered, allowed)


def find(lexicon: ReplyLexicon, texts: Sequence[str], rows: Sequence[int]) -> Iterator[Hit]:
    """Non-negated matches of ``lexicon`` in ``texts[r]`` for each ``r`` in ``rows``."""
    return iter(find_many((lexicon,), texts, rows)[0])


def find_many(
    lexicons: Sequence[ReplyLexicon],
    texts: Sequence[str],
    rows: Sequence[int],
    allowed: Sequence[Gate | None] | None = None,
) -> list[list[Hit]]:
    """:func:`find` for several lexicons at once, sharing one prefilter scan.

    Item ``j`` holds the hits of ``lexicons[j]``, by row (in the order of
    ``rows``), then by position: what each lexicon's full alternation finds in
    each text on its own. ``allowed[j][r]``, when given, says whether lexicon
    ``j`` runs on ``texts[r]`` at all.
    """
    if not rows or not lexicons:
        return [[] for _ in lexicons]
    firsts, inverse = distinct([texts[r] for r in rows])
    if inverse is None:  # no two rows have the same text
        return _find_rows(lexicons, texts, rows, allowed)
    at = np.asarray(rows, dtype=np.int64)
    if len(at) > 1 and not (at[1:] > at[:-1]).all() and len(unique(at)) < len(at):
        return _find_distinct(lexicons, texts, rows, allowed, _groups(rows, inverse, len(firsts)))
    return _find_spread(lexicons, firsts, at, inverse, allowed)


def _find_rows(
    lexicons: Sequence[ReplyLexicon],
    texts: Sequence[str],
    rows: Sequence[int],
    allowed: Sequence[Gate | None] | None,
) -> list[list[Hit]]:
    """:func:`find_many` matching row by row."""
    out: list[list[Hit]] = [[] for _ in lexicons]
    if not rows:
        return out
    scan = _scan(tuple(lexicons))
    parts = [
        (
            lexicon,
            scan.offsets[j],
            lexicon.everything,
            out[j],
            allowed[j] if allowed is not None else None,
        )
        for j, lexicon in enumerate(lexicons)
    ]
    for k, mask in candidates(scan, texts, rows):
        r = rows[k]
        text = texts[r]
        if "\x00" in text:
            text = text.replace("\x00", " ")
        for lexicon, offset, everything, hits, gate in parts:
            own = mask >> offset & everything
            if own and (gate is None or gate[r]):
                _match(lexicon, own, text, r, hits)
    return out


def _groups(rows: Sequence[int], inverse: np.ndarray, n: int) -> list[list[int]]:
    """``rows`` grouped by their distinct text (``inverse``: its index among the ``n``
    distinct texts), each group in order and the groups in the order of their first row."""
    groups: list[list[int]] = [[] for _ in range(n)]
    for r, k in zip(rows, inverse.tolist(), strict=True):
        groups[k].append(r)
    return groups


#: a :class:`Hit` of a tuple of its five fields, and a hit's row (both without a Python frame)
_new_hit = partial(tuple.__new__, Hit)
_ROW = itemgetter(0)


def _find_spread(
    lexicons: Sequence[ReplyLexicon],
    distinct: list[str],
    rows: np.ndarray,
    inverse: np.ndarray,
    allowed: Sequence[Gate | None] | None,
) -> list[list[Hit]]:
    """:func:`find_many` matching each distinct text once (chats repeat "ok", "haha", "how
    was your day?") and giving its hits to every row that has its text (``inverse``: the
    index of each row's text among ``distinct``) and that the lexicon runs on; the same hits,
    in the same order, as matching row by row, for ``rows`` without a repeated row."""
    n = len(distinct)
    # a lexicon runs on a distinct text where it runs on any row that has it
    at_rows: dict[int, np.ndarray] = {}  # callers pass one gate for several lexicons
    merged_of: dict[int, list[bool]] = {}
    gates: list[np.ndarray | None] = []
    merged: list[list[bool] | None] = []
    for gate in allowed if allowed is not None else [None] * len(lexicons):
        if gate is None:
            gates.append(None)
            merged.append(None)
            continue
        if id(gate) not in at_rows:
            on = np.asarray(gate, dtype=bool)[rows]
            some = np.zeros(n, dtype=bool)
            some[inverse[on]] = True
            at_rows[id(gate)], merged_of[id(gate)] = on, some.tolist()
        gates.append(at_rows[id(gate)])
        merged.append(merged_of[id(gate)])
    found = _find_rows(lexicons, distinct, range(n), merged)
    out: list[list[Hit]] = []
    for hits, on in zip(found, gates, strict=True):
        if not hits:
            out.append([])
            continue
        # hits are by distinct text, then as matched: each row takes its text's run of them
        count = np.bincount(np.fromiter(map(_ROW, hits), np.int64, len(hits)), minlength=n)
        first = np.cumsum(count) - count
        per_row = count[inverse] if on is None else count[inverse] * on
        taking = np.flatnonzero(per_row)
        runs = per_row[taking]
        within = np.arange(int(runs.sum())) - np.repeat(np.cumsum(runs) - runs, runs)
        index = np.repeat(first[inverse[taking]], runs) + within
        if not len(index):
            out.append([])
            continue
        # the taken hits' fields as columns, each hit rebuilt with its row in C
        # (``Hit(...)`` and ``Hit._make`` are a Python call per hit)
        taken = index.tolist()
        picked = itemgetter(*taken)(hits) if len(taken) > 1 else (hits[taken[0]],)
        _, entries, starts, ends, texts = zip(*picked, strict=True)
        at = np.repeat(rows[taking], runs).tolist()
        out.append(list(map(_new_hit, zip(at, entries, starts, ends, texts, strict=True))))
    return out


def _find_distinct(
    lexicons: Sequence[ReplyLexicon],
    texts: Sequence[str],
    rows: Sequence[int],
    allowed: Sequence[Gate | None] | None,
    groups: list[list[int]],
) -> list[list[Hit]]:
    """:func:`_find_spread` where some row is in ``rows`` more than once (each of its places
    takes the hits, all at its last place): each group's text matched once, its hits given
    to every row of the group that the lexicon runs on."""
    gates: list[Gate | None] = [None] * len(lexicons) if allowed is None else [*allowed]
    # each group's text once; a lexicon runs on it where it runs on any row of the group
    merged_of: dict[int, list[bool]] = {}  # callers pass one gate for several lexicons
    for gate in gates:
        if gate is not None and id(gate) not in merged_of:
            merged_of[id(gate)] = [
                gate[group[0]] if len(group) == 1 else any(gate[r] for r in group)
                for group in groups
            ]
    merged = [None if gate is None else merged_of[id(gate)] for gate in gates]
    distinct = [texts[group[0]] for group in groups]
    found = _find_rows(lexicons, distinct, range(len(groups)), merged)  # texts all distinct
    order = {r: k for k, r in enumerate(rows)}
    out: list[list[Hit]] = []
    for hits, gate in zip(found, gates, strict=True):
        spread = [
            Hit(r, hit.entry, hit.start, hit.end, hit.text)
            for hit in hits
            for r in groups[hit.row]
            if gate is None or gate[r]
        ]
        # stable: by row (in the order of rows), then as matched
        spread.sort(key=lambda h: order[h.row])
        out.append(spread)
    return out


@lru_cache(maxsize=32)
def _scan(lexicons: tuple[ReplyLexicon, ...]) -> Scan:
    """The prefilter scan of ``lexicons``: kept on disk (:mod:`compiled_cache`) when they
    are the package's own (:func:`load`), built here otherwise."""

    def build() -> Scan:
        return build_scan([lexicon.prefilter for lexicon in lexicons])

    if not all(load(lexicon.lang, lexicon.part) is lexicon for lexicon in lexicons):
        return build()
    name = "+".join(f"{lexicon.lang}-{lexicon.part}" for lexicon in lexicons)
    return cached(f"reply-scan-{name}", Scan, build)


def _match(lexicon: ReplyLexicon, mask: int, text: str, row: int, out: list[Hit]) -> None:
    if mask == lexicon.everything or not lexicon.prefilter.usable:
        _match_alternation(lexicon, lexicon.pattern, text, row, out)
        return
    if mask & (mask - 1) == 0:  # one entry: its own pattern is the alternation
        i = mask.bit_length() - 1
        found = lexicon.entry_pattern(i).finditer(text)
        _keep(
            lexicon, [(i, m.start(), m.end()) for m in found if m.end() > m.start()], text, row, out
        )
        return
    spans = _leftmost(lexicon, mask, text)
    if spans is None:  # an empty match: only the alternation itself says what follows
        _match_alternation(lexicon, lexicon.subset(mask), text, row, out)
        return
    _keep(lexicon, spans, text, row, out)


def _leftmost(lexicon: ReplyLexicon, mask: int, text: str) -> list[tuple[int, int, int]] | None:
    """(entry, start, end) of each match that the alternation of the entries in ``mask``
    finds in ``text`` (``finditer``), from each entry's own pattern; None when the
    alternation would make an empty match (then ``finditer``'s rules for what follows an
    empty match apply, and the caller runs the alternation itself).

    The alternation matches at the leftmost position where some entry matches, with the
    first such entry in the alternation's order, and its match there is that entry's own: so each
    entry's next match (``search``, kept while it starts at or after the current
    position; ``^`` and look-behinds see the whole text) decides the next match. Saves
    compiling one alternation per distinct set of candidate entries.
    """
    # only the entries that match somewhere take part (one that does not match from the
    # start never matches from a later position either)
    indices: list[int] = []
    patterns: list[re.Pattern[str]] = []
    nxt: list[re.Match[str] | None] = []
    entry_pattern = lexicon.entry_pattern
    rest = mask
    while rest:
        low = rest & -rest
        rest ^= low
        i = low.bit_length() - 1
        pattern = entry_pattern(i)
        found = pattern.search(text)
        if found is not None:
            indices.append(i)
            patterns.append(pattern)
            nxt.append(found)
    out: list[tuple[int, int, int]] = []
    pos = 0
    while True:
        best = -1
        start = len(text) + 1
        for k, m in enumerate(nxt):
            if m is not None and m.start() < start:
                best, start = k, m.start()
        if best < 0:
            return out
        m = nxt[best]
        assert m is not None
        end = m.end()
        if end == start:
            return None
        out.append((indices[best], start, end))
        pos = end
        for k, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                nxt[k] = patterns[k].search(text, pos)


def _keep(
    lexicon: ReplyLexicon, spans: list[tuple[int, int, int]], text: str, row: int, out: list[Hit]
) -> None:
    entries = lexicon.entries
    for i, start, end in spans:
        entry = entries[i]
        if entry.max_chars is not None and len(text) > entry.max_chars:
            continue
        if entry.negatable and negated(text, start, lexicon.lang):
            continue
        out.append(Hit(row, entry, start, end, text[start:end]))


def _match_alternation(
    lexicon: ReplyLexicon, pattern: re.Pattern[str], text: str, row: int, out: list[Hit]
) -> None:
    entries = lexicon.entries
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
