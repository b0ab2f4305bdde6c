"""A guard file's parts (``lang/<lang>/guards/*.yaml``), read and checked once for every
guard that keeps its words there (:mod:`unmask.signals.safety_care`,
:mod:`unmask.signals.couple_guards`).

A part is ``before`` + ``(?:entry|entry|...)`` + ``after``; every entry has its ``regex``,
an ``example`` and a ``must_not_fire`` twin, which each guard's data test reads. A
malformed part is a :class:`LexiconError` naming the file, the part and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from unmask.signals.lexicon import LexiconError


@dataclass(frozen=True)
class GuardEntry:
    """One entry of a part: its regex and its two test lines."""

    regex: str
    example: str
    must_not_fire: str


def _text(at: str, raw: dict[Any, Any], key: str, empty: bool = False) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or (not value and not empty):
        raise LexiconError(f"{at}: '{key}' must be a {'' if empty else 'non-empty '}string.")
    return value


def read_part(at: str, raw: Any) -> tuple[str, str, tuple[GuardEntry, ...], str]:
    """``raw`` (a part's YAML, ``at`` naming it in errors) as ``before``, ``after``, its
    entries and the part's regex source, checked to compile."""
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
    source = f"{before}(?:{body}){after}"
    try:
        re.compile(source)
    except re.error as error:
        raise LexiconError(f"{at}: the regex does not compile ({error}).") from None
    return before, after, tuple(entries), source


__all__ = ["GuardEntry", "read_part"]
