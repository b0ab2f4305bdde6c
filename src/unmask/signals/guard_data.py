"""A guard file's parts (``lang/<lang>/guards/*.yaml``), read and checked once for every
guard that keeps its words there (:mod:`unmask.signals.safety_care`,
:mod:`unmask.signals.false_comfort`, :mod:`unmask.signals.couple_guards`,
:mod:`unmask.signals.we_task`); :func:`drop` is their veto.

A part is ``before`` + ``(?:entry|entry|...)`` + ``after``; every entry has its ``regex``,
an ``example`` and a ``must_not_fire`` twin, which each guard's data test reads. A
malformed part is a :class:`LexiconError` naming the file, the part and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from unmask.signals.compiled_cache import regex
from unmask.signals.lexicon import LexiconError, read_yaml, where

if TYPE_CHECKING:
    import numpy as np

    from unmask.signals.types import Evidence


@dataclass(frozen=True)
class GuardEntry:
    """One entry of a part: its regex and its two test lines."""

    regex: str
    example: str
    must_not_fire: str


@dataclass(frozen=True)
class Part:
    """``before`` + ``(?:entry|entry|...)`` + ``after``, compiled once (``pattern``, with
    the guard's flags)."""

    name: str
    before: str
    after: str
    entries: tuple[GuardEntry, ...]
    pattern: re.Pattern[str]

    @property
    def source(self) -> str:
        return self.pattern.pattern

    def entry_pattern(self, entry: GuardEntry) -> re.Pattern[str]:
        """The part's pattern with only ``entry``, the same flags (the tests read it)."""
        return regex(f"{self.before}(?:{entry.regex}){self.after}", self.pattern.flags)


def _text(at: str, raw: dict[Any, Any], key: str, empty: bool = False) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or (not value and not empty):
        raise LexiconError(f"{at}: '{key}' must be a {'' if empty else 'non-empty '}string.")
    return value


def read_part(at: str, raw: Any, name: str, flags: re.RegexFlag = re.NOFLAG) -> Part:
    """``raw`` (the YAML of part ``name``, ``at`` naming it in errors) as a :class:`Part`,
    compiled with ``flags``."""
    if not isinstance(raw, dict) or set(raw) != {"before", "after", "entries"}:
        raise LexiconError(f"{at}: expected a mapping with before, after, entries.")
    if not isinstance(raw["entries"], list) or not raw["entries"]:
        raise LexiconError(f"{at}: 'entries' must be a non-empty list.")
    entries = []
    for index, item in enumerate(raw["entries"]):
        here = f"{at}, entry {index}"
        if not isinstance(item, dict) or set(item) != {"regex", "example", "must_not_fire"}:
            raise LexiconError(f"{here}: expected a mapping with regex, example, must_not_fire.")
        entries.append(
            GuardEntry(
                _text(here, item, "regex"),
                _text(here, item, "example"),
                _text(here, item, "must_not_fire"),
            )
        )
    before, after = _text(at, raw, "before", empty=True), _text(at, raw, "after", empty=True)
    body = "|".join(f"(?:{e.regex})" for e in entries)
    try:
        pattern = regex(f"{before}(?:{body}){after}", flags)
    except re.error as error:
        raise LexiconError(f"{at}: the regex does not compile ({error}).") from None
    return Part(name, before, after, tuple(entries), pattern)


def named_parts(
    lang: str, file: str, names: tuple[str, ...], langs: tuple[str, ...]
) -> dict[str, Part] | None:
    """The parts ``names`` of ``lang``'s guard ``file`` (a missing part is the
    :class:`LexiconError` of :func:`read_part`); None for a language not in ``langs`` (one
    without the file)."""
    if lang not in langs:
        return None
    data = read_yaml(lang, file)
    return {
        name: read_part(
            f"{where(lang, file)}, part {name}",
            data.get(name) if isinstance(data, dict) else None,
            name,
        )
        for name in names
    }


def drop(
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    signal: str,
    col: int,
    rows: Iterable[int],
) -> None:
    """A guard's veto: clear ``signal`` (column ``col`` of ``scores``, messages x signals, and
    its evidence where evidence is kept) on ``rows``, in place."""
    for i in rows:
        scores[i, col] = 0.0
        if evidence:
            evidence[i].pop(signal, None)


__all__ = ["GuardEntry", "Part", "drop", "named_parts", "read_part"]
