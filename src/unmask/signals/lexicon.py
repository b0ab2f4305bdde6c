"""Language data files: load and validate them, lazily, one language at a time.

Lexicons are data, not logic (spaCy's ``lang/<code>/``). Each file under
``src/unmask/lang/<code>/`` holds one signal's phrases and patterns, each with
an ``example`` message in which it must fire, plus ``must_not_fire`` messages
in which the signal must stay below 0.5; the tests run both. The format::

    signal: appeasement            # a registered signal name
    version: "1"                   # equals the signal's version in the registry
    negatable: true                # optional, default true: "not X" drops the match
    entries:
      - phrase: "up to you"        # literal, case-insensitive, word-bounded in en
        weight: 0.9                # contribution to the score, in (0, 1]
        example: "up to you, I don't mind"
        max_chars: 20              # optional: only in messages this short
        negatable: false           # optional, overrides the file's setting
      - regex: "\\bwhatever (you|u) (want|like)\\b"
        weight: 0.9
        example: "whatever you want"
    must_not_fire:
      - "I don't want to go up to your office"

``lang/<code>/modifiers.yaml`` holds the language's negators, intensifiers and
chat spellings; ``lang/common/`` holds language-independent entries (emoji and
emoticons) that apply to every message. Any mistake raises
:class:`LexiconError` naming the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from unmask import yamlload
from unmask.errors import ModelError
from unmask.signals.registry import SIGNALS
from unmask.signals.types import MESSAGE_SIGNALS

COMMON = "common"
MODIFIERS_FILE = "modifiers.yaml"
GUARD_FILE = "guards/compliance.yaml"
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_ENTRY_KEYS = {"phrase", "regex", "weight", "example", "max_chars", "negatable"}
_FILE_KEYS = {"signal", "version", "entries", "must_not_fire", "negatable", "notes"}


class LexiconError(ModelError):
    """A bundled language data file is malformed (a packaging or editing mistake)."""

    code = "E510"


@dataclass(frozen=True)
class Entry:
    """One phrase or pattern of one signal."""

    signal: str
    weight: float
    example: str
    source: str  # "lexicon:en/appeasement.yaml#3"
    phrase: str | None = None
    regex: str | None = None
    negatable: bool = True
    max_chars: int | None = None


#: entries below this weight are frames: they only absorb a bare word (docs/signals.md)
FRAME_WEIGHT = 0.05


def match_order(entries: Sequence[Entry]) -> list[int]:
    """The order in which a signal's entries are tried where several match at one position
    (the first that matches there is the one that counts): frames first, then the
    strongest, file order among equals - so a weaker entry listed earlier in its file never
    hides a stronger one at the same place. Both the message matcher and the reply
    lexicons order their entries by it."""
    return sorted(
        range(len(entries)),
        key=lambda i: (entries[i].weight >= FRAME_WEIGHT, -entries[i].weight),
    )


@dataclass(frozen=True)
class LexiconFile:
    """One validated data file."""

    lang: str
    name: str
    signal: str
    version: str
    entries: tuple[Entry, ...]
    must_not_fire: tuple[str, ...]


@dataclass(frozen=True)
class Modifiers:
    """Negators, intensifiers and chat spellings of one language."""

    lang: str
    word_bounded: bool
    negators: tuple[str, ...]
    non_negators: tuple[str, ...]  # longer words that start like a negator: "不过", "no problem"
    negation_window: int
    intensifiers: tuple[str, ...]
    intensifier_window: int
    chat_spelling: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class FileKind:
    """What differs between message-level and reply-level data files.

    Both share one format and one validator; reply files
    (:mod:`unmask.signals.reply_lexicon`) have no file-level ``negatable`` or
    ``notes``, their examples are replies, and their English phrases are
    compiled with elongations folded, so a phrase may spell one.
    """

    keys: frozenset[str]  # allowed top-level keys
    example_of: str  # what an example is, for the error message
    plain_phrases: bool  # phrases may not repeat a letter three times


MESSAGE_FILE = FileKind(frozenset(_FILE_KEYS), "a message", True)
REPLY_FILE = FileKind(
    frozenset({"signal", "version", "entries", "must_not_fire"}), "a reply", False
)


def where(lang: str, name: str, index: int | None = None) -> str:
    """How errors name a data file (and an entry of it)."""
    return f"src/unmask/lang/{lang}/{name}" + (f", entry {index}" if index is not None else "")


def _read_raw(lang: str, name: str) -> Any:
    path = resources.files("unmask.lang").joinpath(lang, name)
    try:
        return yamlload.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise LexiconError(
            f"{where(lang, name)} cannot be read as UTF-8 YAML ({type(error).__name__}); "
            "fix the file or reinstall unmask."
        ) from None


@cache
def placeholders(lang: str) -> dict[str, str]:
    """The regex pieces a data file of ``lang`` may write as ``{{name}}``.

    They come from ``lang/<lang>/guards/compliance.yaml``: ``{{compliance}}`` is its
    alternation of phrases that comply with a partner's control ("obey him", "ask his
    permission"), and ``{{unless_compliance}}`` its ``unless`` lookahead with that
    alternation filled in. Approval entries end with the lookahead, so "proud of you for
    asking his permission" is never read as support (docs/safety.md). One copy of the
    phrases serves every file that needs them.
    """
    if not resources.files("unmask.lang").joinpath(lang, GUARD_FILE).is_file():
        return {}
    data = _read_raw(lang, GUARD_FILE)
    at = where(lang, GUARD_FILE)
    pieces = {}
    for key in ("compliance", "unless"):
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, str) or not value:
            raise LexiconError(f"{at}: '{key}' must be a non-empty string.")
        pieces[key] = value
    if "{{compliance}}" not in pieces["unless"]:
        raise LexiconError(f"{at}: 'unless' must contain {{{{compliance}}}}.")
    compliance = pieces["compliance"]
    return {
        "compliance": compliance,
        "unless_compliance": pieces["unless"].replace("{{compliance}}", compliance),
    }


def _fill(lang: str, name: str, value: Any) -> Any:
    """``value`` with every ``{{name}}`` in its strings replaced (:func:`placeholders`)."""
    if isinstance(value, str):
        if "{{" not in value:
            return value
        known = placeholders(lang)

        def piece(match: re.Match[str]) -> str:
            if match[1] not in known:
                raise LexiconError(
                    f"{where(lang, name)}: unknown placeholder {match[0]}; "
                    f"known: {sorted(known) or 'none'} (lang/{lang}/{GUARD_FILE})."
                )
            return known[match[1]]

        return _PLACEHOLDER.sub(piece, value)
    if isinstance(value, list):
        return [_fill(lang, name, item) for item in value]
    if isinstance(value, dict):
        return {key: _fill(lang, name, item) for key, item in value.items()}
    return value


def read_yaml(lang: str, name: str) -> Any:
    """The parsed YAML of ``lang/<lang>/<name>``, placeholders filled in
    (:func:`placeholders`); LexiconError if it cannot be read."""
    data = _read_raw(lang, name)
    return data if name == GUARD_FILE else _fill(lang, name, data)


def _check_keys(at: str, raw: dict[Any, Any], allowed: Set[str]) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise LexiconError(f"{at}: unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}.")


def _check_weight(at: str, weight: Any) -> float:
    """An entry's or a rule's ``weight``: a number in (0, 1]."""
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
        raise LexiconError(f"{at}: 'weight' must be a number in (0, 1].")
    return float(weight)


def _mapping(at: str, data: Any, kind: FileKind) -> dict[Any, Any]:
    if not isinstance(data, dict):
        raise LexiconError(f"{at}: expected a mapping with signal, version, entries.")
    _check_keys(at, data, kind.keys)
    return data


def _entry(
    lang: str, name: str, signal: str, index: int, raw: Any, negatable: bool, kind: FileKind
) -> Entry:
    at = where(lang, name, index)
    if not isinstance(raw, dict):
        raise LexiconError(f"{at}: expected a mapping with phrase or regex, weight, example.")
    _check_keys(at, raw, _ENTRY_KEYS)
    phrase, regex = raw.get("phrase"), raw.get("regex")
    if (phrase is None) == (regex is None):
        raise LexiconError(f"{at}: give exactly one of 'phrase' or 'regex'.")
    text = phrase if phrase is not None else regex
    if not isinstance(text, str) or not text.strip():
        raise LexiconError(f"{at}: 'phrase'/'regex' must be a non-empty string.")
    if kind.plain_phrases and phrase is not None and re.search(r"([a-z])\1\1", phrase.lower()):
        raise LexiconError(
            f"{at}: a phrase cannot repeat a letter three times; elongations are folded "
            "before matching, so write the plain spelling."
        )
    if regex is not None:
        try:
            re.compile(regex)
        except re.error as error:
            raise LexiconError(f"{at}: 'regex' does not compile ({error}).") from None
    weight = _check_weight(at, raw.get("weight"))
    example = raw.get("example")
    if not isinstance(example, str) or not example.strip():
        raise LexiconError(f"{at}: 'example' must be {kind.example_of} in which the entry fires.")
    max_chars = raw.get("max_chars")
    if max_chars is not None and (
        isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1
    ):
        raise LexiconError(f"{at}: 'max_chars' must be a positive integer.")
    neg = raw.get("negatable", negatable)
    if not isinstance(neg, bool):
        raise LexiconError(f"{at}: 'negatable' must be true or false.")
    return Entry(
        signal=signal,
        weight=weight,
        example=example,
        source=f"lexicon:{lang}/{name}#{index}",
        phrase=phrase,
        regex=regex,
        negatable=neg,
        max_chars=max_chars,
    )


def _body(lang: str, name: str, data: dict[Any, Any], signal: str, kind: FileKind) -> LexiconFile:
    """Everything after the signal: version, negatable, entries, must_not_fire."""
    at = where(lang, name)
    version = data.get("version")
    if not isinstance(version, str):
        raise LexiconError(f"{at}: 'version' must be a quoted string such as \"1\".")
    negatable = data.get("negatable", True)
    if not isinstance(negatable, bool):
        raise LexiconError(f"{at}: 'negatable' must be true or false.")
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise LexiconError(f"{at}: 'entries' must be a non-empty list.")
    entries = tuple(
        _entry(lang, name, signal, i, raw, negatable, kind) for i, raw in enumerate(raw_entries)
    )
    mnf = data.get("must_not_fire", [])
    if not isinstance(mnf, list) or not all(isinstance(m, str) for m in mnf):
        raise LexiconError(f"{at}: 'must_not_fire' must be a list of messages.")
    return LexiconFile(lang, name, signal, version, entries, tuple(mnf))


def parse_file(lang: str, name: str, data: Any) -> LexiconFile | None:
    """Validate one file's parsed YAML; None for reply-level files (scored elsewhere)."""
    data = _mapping(where(lang, name), data, MESSAGE_FILE)
    signal = data.get("signal")
    if signal not in SIGNALS:
        raise LexiconError(f"{where(lang, name)}: 'signal' must be one of the registered signals.")
    if signal not in MESSAGE_SIGNALS:
        return None
    return _body(lang, name, data, signal, MESSAGE_FILE)


def parse_entries(
    lang: str, name: str, data: Any, signal: str, kind: FileKind = REPLY_FILE
) -> LexiconFile:
    """Validate one file of the given ``signal``, whatever its level (no skip rule).

    The reply-level loader uses this and compiles the entries its own way.
    """
    data = _mapping(where(lang, name), data, kind)
    if data.get("signal") != signal:
        raise LexiconError(f"{where(lang, name)}: 'signal' must be {signal!r}.")
    return _body(lang, name, data, signal, kind)


def _names(lang: str) -> list[str]:
    folder = resources.files("unmask.lang").joinpath(lang)
    if not folder.is_dir():
        return []
    return sorted(
        p.name for p in folder.iterdir() if p.name.endswith(".yaml") and p.name != MODIFIERS_FILE
    )


@cache
def load_language(lang: str) -> tuple[LexiconFile, ...]:
    """All message-level lexicon files of one language ("en", "zh" or "common")."""
    from unmask.signals import safety_parts, safety_struct

    out = []
    for name in _names(lang):
        if name in ("script_variants.yaml", safety_parts.FILE, safety_struct.FILE):
            continue
        parsed = parse_file(lang, name, read_yaml(lang, name))
        if parsed is not None:
            out.append(parsed)
    # controlling moves read by their parts, one file per signal (unmask.signals.safety_parts)
    out.extend(safety_parts.load(lang))
    return tuple(out)


@cache
def load_modifiers(lang: str) -> Modifiers:
    """Negators, intensifiers and chat spellings of a language (empty for "common")."""
    if lang == COMMON:
        return Modifiers(COMMON, False, (), (), 0, (), 0, {})
    data = read_yaml(lang, MODIFIERS_FILE)
    at = where(lang, MODIFIERS_FILE)
    if not isinstance(data, dict):
        raise LexiconError(f"{at}: expected a mapping.")

    def words(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise LexiconError(f"{at}: '{key}' must be a list of non-empty strings.")
        return tuple(v.lower() for v in value)

    def window(key: str) -> int:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise LexiconError(f"{at}: '{key}' must be a non-negative integer (characters).")
        return value

    spelling = data.get("chat_spelling", {})
    if not isinstance(spelling, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v)
        for k, v in spelling.items()
    ):
        raise LexiconError(f"{at}: 'chat_spelling' maps a word to a list of spellings.")
    bounded = data.get("word_bounded")
    if not isinstance(bounded, bool):
        raise LexiconError(f"{at}: 'word_bounded' must be true or false.")
    return Modifiers(
        lang=lang,
        word_bounded=bounded,
        negators=words("negators"),
        non_negators=words("non_negators"),
        negation_window=window("negation_window"),
        intensifiers=words("intensifiers"),
        intensifier_window=window("intensifier_window"),
        chat_spelling={k.lower(): tuple(x.lower() for x in v) for k, v in spelling.items()},
    )


@lru_cache(maxsize=1)
def script_pairs() -> tuple[tuple[str, str], ...]:
    """(simplified, traditional) character pairs from ``lang/zh/script_variants.yaml``."""
    data = read_yaml("zh", "script_variants.yaml")
    at = where("zh", "script_variants.yaml")
    raw = data.get("pairs") if isinstance(data, dict) else None
    if not isinstance(raw, str):
        raise LexiconError(f"{at}: 'pairs' must be a string of two-character pairs.")
    pairs = []
    for i, token in enumerate(raw.split()):
        if len(token) != 2:
            raise LexiconError(f"{at}: pair {i} must be exactly two characters.")
        pairs.append((token[0], token[1]))
    return tuple(pairs)
