"""Crisis statements: messages in which the writer speaks of not wanting to live (docs/safety.md).

A partner who writes "I don't want to be alive anymore" or "活着好累，不如死了算了" is
pointed to help: the report carries a *crisis notice* with the suicide and crisis lines of
``lang/common/text/helplines.yaml``. This is not a signal of the score table and changes
nothing else: not the safety mode (that is about control), not the map, not the scores.

What counts (one data file per language, ``lang/<lang>/crisis/crisis.yaml``, written by us,
each entry with an example and the file with ``must_not_fire`` twins the tests run):

- a statement of the writer's own wish to die, to not exist, to disappear from the world for
  good, of self-harm, or of having no reason to live;
- not where a word before it in the same clause negates it ("I'm not thinking of ...",
  "我没有想自杀");
- not where the last person the clause names before it is another one (Chinese:
  "你是不是想伤害自己？" is care, "你不想活了是吧" a threat, but "没有你我不想活了" is the
  writer's own; the English entries all speak in the first person);
- not inside quotation marks, nor in a message about a film, a book, a song or the news;
- not in a message that laughs (the rule of :mod:`unmask.dyad.safety`: "I want to die lol"
  is read as a joke; the price is that a real one written with "lol" is missed; the count
  set aside is kept).

Only counts per partner leave this module: the message text is never logged or quoted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask import yamlload
from unmask.arrownp import array_of, numpy_of, scalar, strings
from unmask.dyad.safety import laughs
from unmask.signals.compiled_cache import regex

LANGS: tuple[str, ...] = ("en", "zh")
FILE = "crisis/crisis.yaml"
QUOTES = (('"', '"'), ("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’"))


class CrisisDataError(ValueError):
    """A crisis data file is malformed."""


@dataclass(frozen=True)
class Entry:
    pattern: re.Pattern[str]
    example: str


@dataclass(frozen=True)
class CrisisLexicon:
    lang: str
    version: str
    keywords: str
    negation: re.Pattern[str]
    about_media: re.Pattern[str]
    other_person: re.Pattern[str] | None
    writer: re.Pattern[str] | None
    clause_break: re.Pattern[str] | None
    entries: tuple[Entry, ...]
    must_not_fire: tuple[str, ...]


def _raw(lang: str) -> dict[str, Any]:
    path = resources.files("unmask.lang").joinpath(lang, FILE)
    data = yamlload.safe_load(path.read_text(encoding="utf-8"))
    at = f"src/unmask/lang/{lang}/{FILE}"
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise CrisisDataError(f"{at}: expected a mapping with 'entries'.")
    for key in ("version", "keywords", "negation", "about_media"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise CrisisDataError(f"{at}: '{key}' must be a non-empty string.")
    for i, e in enumerate(data["entries"]):
        if not isinstance(e, dict) or not e.get("regex") or not e.get("example"):
            raise CrisisDataError(f"{at}, entry {i}: needs 'regex' and 'example'.")
    return data


@cache
def _fold() -> dict[int, str]:
    """Traditional -> simplified characters (``lang/zh/script_variants.yaml``)."""
    from unmask.signals.lexicon import script_pairs

    return {ord(trad): simp for simp, trad in script_pairs()}


def normalise(text: str, lang: str) -> str:
    """What the patterns of ``lang`` read: lowercased, ’ as ', traditional as simplified."""
    text = text.lower().replace("’", "'")
    return text.translate(_fold()) if lang == "zh" else text


@cache
def lexicon(lang: str) -> CrisisLexicon:
    """The crisis statements of one language."""
    data = _raw(lang)
    other = data.get("other_person")
    brk = data.get("clause_break")
    return CrisisLexicon(
        lang=lang,
        version=str(data["version"]),
        keywords=str(data["keywords"]),
        negation=regex(str(data["negation"])),
        about_media=regex(str(data["about_media"])),
        other_person=regex(str(other)) if other else None,
        writer=regex(str(data["writer"])) if data.get("writer") else None,
        clause_break=regex(str(brk)) if brk else None,
        entries=tuple(Entry(regex(str(e["regex"])), str(e["example"])) for e in data["entries"]),
        must_not_fire=tuple(str(t) for t in data.get("must_not_fire") or ()),
    )


def versions() -> dict[str, str]:
    """Version of each language's file, recorded in report.json."""
    return {lang: lexicon(lang).version for lang in LANGS}


def _quoted(text: str, start: int) -> bool:
    """True where ``start`` lies inside a pair of quotation marks."""
    for left, right in QUOTES:
        before = text[:start]
        if left == right:
            if before.count(left) % 2 == 1 and left in text[start:]:
                return True
        elif before.rfind(left) > before.rfind(right):
            return True
    return False


def _clause_before(lex: CrisisLexicon, text: str, start: int) -> str:
    before = text[:start]
    if lex.clause_break is None:
        return before
    cut = [m.end() for m in lex.clause_break.finditer(before)]
    return before[cut[-1] :] if cut else before


def _about_other(lex: CrisisLexicon, clause: str) -> bool:
    """True where the last person the clause names before the match is another one
    (你是不是想伤害自己, 我担心你不想活了), not the writer (没有你我不想活了)."""
    assert lex.other_person is not None
    last_other = max((m.end() for m in lex.other_person.finditer(clause)), default=-1)
    if last_other < 0:
        return False
    if lex.writer is None:
        return True
    last_writer = max((m.end() for m in lex.writer.finditer(clause)), default=-1)
    return last_other > last_writer


def _counted_match(lex: CrisisLexicon, text: str) -> bool:
    for entry in lex.entries:
        for m in entry.pattern.finditer(text):
            clause = _clause_before(lex, text, m.start())
            if lex.negation.search(clause[-24:]):
                continue
            if lex.other_person is not None and _about_other(lex, clause):
                continue
            if _quoted(text, m.start()):
                continue
            return True
    return False


def statement_in(text: str, lang: str) -> bool:
    """True where ``text`` holds a crisis statement in ``lang``, laughing aside (the
    message-level rule; :func:`is_crisis` adds the laughing rule)."""
    lex = lexicon(lang)
    norm = normalise(text, lang)
    if lex.about_media.search(norm):
        return False
    return _counted_match(lex, norm)


def is_crisis(text: str) -> bool:
    """True where a message is counted: a crisis statement in any language, not laughing."""
    return any(statement_in(text, lang) for lang in LANGS) and not laughs(text)


@cache
def _prefilter(lang: str) -> str:
    """One RE2 pattern per language: a message without any of its keywords is not read in
    that language. English keywords start a word ("live" is not in "deliver", "die" not in
    "diet"); a Chinese keyword is looked for in both scripts."""
    words: set[str] = set()
    back = {simp: chr(trad) for trad, simp in _fold().items()} if lang == "zh" else {}
    for w in lexicon(lang).keywords.split("|"):
        words.add(w)
        if back:
            words.add("".join(back.get(ch, ch) for ch in w))
    start = r"\b" if lang == "en" else ""
    return "(?i)" + start + "(?:" + "|".join(sorted(re.escape(w) for w in words)) + ")"


def _marks(arr: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """Which texts of ``arr`` (no nulls) are crisis statements (the rule of
    :func:`is_crisis` before the laugh check), and which of those laugh: a vectorised
    pre-filter in Arrow per language, then only the few candidate texts are read."""
    said = np.zeros(len(arr), dtype=bool)
    laughing = np.zeros(len(arr), dtype=bool)
    found = {
        lang: np.asarray(numpy_of(pc.match_substring_regex(arr, _prefilter(lang))), dtype=bool)
        for lang in LANGS
    }
    for i in np.flatnonzero(np.logical_or.reduce(list(found.values()))).tolist():
        text = arr[i].as_py()
        if text and any(statement_in(text, lang) for lang in LANGS if found[lang][i]):
            said[i] = True
            laughing[i] = laughs(text)
    return said, laughing


def statements(texts: Sequence[str]) -> np.ndarray:
    """True where a text is counted (the rule of :func:`is_crisis`: a crisis statement in
    any language, not laughing), as :func:`read_crisis` reads it. The score table reads
    these as the writer's vulnerable disclosure (``unmask.signals.scorer``,
    docs/signals.md)."""
    said, laughing = marks(texts)
    return said & ~laughing


def marks(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per text: a crisis statement (the rule of :func:`is_crisis` before the laugh check),
    and one that laughs (:func:`statements` is the first without the second; a caller
    that has both for the partners' texts counts them with :func:`reading`)."""
    if not texts:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    clean = [t if isinstance(t, str) else "" for t in texts]
    try:  # not pa.array: on a list it imports pandas (tests/test_arrownp.py)
        arr = strings(clean)
    except UnicodeEncodeError:  # a lone surrogate: read as the replacement character
        arr = strings([t.encode("utf-8", "replace").decode("utf-8") for t in clean])
    return _marks(arr)


def marks_of_array(texts: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """:func:`marks` of texts Arrow holds already (a string array without nulls: the
    scorer's distinct texts), read as they are, not encoded again from Python strings."""
    if len(texts) == 0:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    return _marks(texts)


@dataclass(frozen=True)
class CrisisReading:
    """Counted crisis messages per partner (0 = a, 1 = b), and the laughing ones set aside."""

    by_partner: tuple[int, int]
    laughing_set_aside: int = 0

    @property
    def messages(self) -> int:
        return self.by_partner[0] + self.by_partner[1]


def read_crisis(
    texts: pa.ChunkedArray | pa.Array, rows: np.ndarray, who: np.ndarray
) -> CrisisReading:
    """Count crisis messages among the dyad messages ``rows`` of ``texts`` (``who`` aligned
    with ``rows``). Vectorised pre-filter in Arrow; only the few candidate texts are read.
    Each distinct text is read once (chats repeat their lines; a text's reading depends on
    that text alone), its marks then given to each of its rows."""
    if len(rows) == 0:
        return CrisisReading((0, 0))
    picked = texts.take(array_of(np.asarray(rows, dtype=np.int64)))
    filled = pc.fill_null(picked, scalar("", picked.type))
    if isinstance(filled, pa.ChunkedArray):
        filled = filled.combine_chunks() if filled.num_chunks != 1 else filled.chunk(0)
    encoded = pc.dictionary_encode(filled)
    said, laughing = _marks(encoded.dictionary)
    of_row = np.asarray(numpy_of(encoded.indices), dtype=np.int64)
    return reading(said[of_row], laughing[of_row], who)


def reading(said: np.ndarray, laughing: np.ndarray, who: np.ndarray) -> CrisisReading:
    """:class:`CrisisReading` of the partners' messages from each one's :func:`marks`
    (``who`` aligned: 0 = a, 1 = b), as :func:`read_crisis` counts them."""
    counts = np.bincount(np.asarray(who)[said & ~laughing].astype(np.int64), minlength=2)
    return CrisisReading((int(counts[0]), int(counts[1])), int(laughing.sum()))
