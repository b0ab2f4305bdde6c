"""Shared helpers of the per-language tests: tables built from the data files."""

from __future__ import annotations

from unmask.signals.lexicon import load_language


def entry_cases(lang: str) -> list[tuple[str, str, str]]:
    """(source, signal, example) for every entry of a language's data files."""
    return [(e.source, e.signal, e.example) for f in load_language(lang) for e in f.entries]


def must_not_fire_cases(lang: str) -> list[tuple[str, str, str]]:
    """(file, signal, message) for every must_not_fire message."""
    return [(f.name, f.signal, m) for f in load_language(lang) for m in f.must_not_fire]
