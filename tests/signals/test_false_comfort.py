"""Comfort words beside control, mockery or a brush-off are no comfort
(unmask.signals.false_comfort, h-falsecomfort): the guard's language data
(lang/<lang>/guards/false_comfort.yaml) and the rule read through the scorer."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import false_comfort, guard_data
from unmask.signals.lexicon import LexiconError
from unmask.signals.scorer import score_texts
from unmask.signals.types import PRESENT

CASES = [
    (lang, name, index)
    for lang in false_comfort.LANGS
    for name, part in (false_comfort.parts(lang) or {}).items()
    for index in range(len(part.entries))
]


def _entries() -> list[tuple[str, str]]:
    return [
        (entry.example, entry.must_not_fire)
        for lang, name, index in CASES
        for entry in [(false_comfort.parts(lang) or {})[name].entries[index]]
    ]


def _support(texts: list[str]) -> list[bool]:
    values = score_texts(texts).scores["support.emotional"]
    return [bool(not np.isnan(v) and v >= PRESENT) for v in values]


@pytest.mark.parametrize(("lang", "name", "index"), CASES)
def test_each_entry_reads_its_example_and_no_entry_reads_its_twin(
    lang: str, name: str, index: int
) -> None:
    found = false_comfort.parts(lang)
    assert found is not None
    part = found[name]
    entry = part.entries[index]
    assert part.entry_pattern(entry).search(entry.example.lower()), entry.example
    assert false_comfort.false_comfort(entry.example, lang) is not None, entry.example
    assert false_comfort.false_comfort(entry.must_not_fire, lang) is None, entry.must_not_fire


def test_no_example_reads_as_comfort_through_the_scorer() -> None:
    examples = [example for example, _ in _entries()]
    for text, fired in zip(examples, _support(examples), strict=True):
        assert not fired, text


def test_the_rule_is_what_removes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    examples = [example for example, _ in _entries()]
    monkeypatch.setattr(false_comfort, "apply", lambda texts, langs, scores, evidence: None)
    # the comfort word alone is read: at least one example of each part and language
    assert sum(_support(examples)) >= 6


@pytest.mark.parametrize("lang", false_comfort.LANGS)
def test_every_part_has_entries(lang: str) -> None:
    found = false_comfort.parts(lang)
    assert found is not None
    assert set(found) == set(false_comfort.PART_NAMES)
    assert all(part.entries for part in found.values())


def test_a_language_without_the_file_keeps_its_reading() -> None:
    assert false_comfort.parts("fr") is None
    assert false_comfort.false_comfort("laisse-moi tranquille", "fr") is None


def test_a_malformed_file_names_the_file_and_the_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard_data, "read_yaml", lambda lang, file: {"control": {"before": ""}})
    false_comfort.parts.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"lang/en/guards/false_comfort\.yaml, part control"):
            false_comfort.parts("en")
    finally:
        monkeypatch.undo()
        false_comfort.parts.cache_clear()
