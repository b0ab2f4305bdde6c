"""What monitoring is made of (lang/<lang>/guards/model_watch.yaml, h-falsealarm): the safety
model's monitoring counts only on a message with an element of watching, checking or account
(:func:`unmask.signals.safety_care.watches`).

Every entry carries a line it matches and a twin without the element that no entry of the
part matches, so an entry that stops matching, or a twin another entry catches, fails.
"""

from __future__ import annotations

import pytest

from unmask.signals import safety_care
from unmask.signals.safety_care import watches

CASES = [
    (lang, index)
    for lang in safety_care.LANGS
    for index in range(len((safety_care.watch_parts(lang) or {"watch": None})["watch"].entries))  # type: ignore[union-attr]
]


@pytest.mark.parametrize(("lang", "index"), CASES)
def test_each_entry_matches_its_example_and_not_its_twin(lang: str, index: int) -> None:
    found = safety_care.watch_parts(lang)
    assert found is not None
    part = found["watch"]
    entry = part.entries[index]
    assert part.entry_pattern(entry).search(entry.example.lower()), entry.example
    assert watches(entry.example, lang)
    assert not part.pattern.search(entry.must_not_fire.lower()), entry.must_not_fire


@pytest.mark.parametrize("lang", safety_care.LANGS)
def test_the_part_has_entries(lang: str) -> None:
    found = safety_care.watch_parts(lang)
    assert found is not None and found["watch"].entries


def test_an_english_word_in_a_chinese_line_counts() -> None:
    assert watches("你的 location 又关掉了", "zh")
    assert not watches("你就是我的全世界", "zh")


def test_a_language_without_the_file_takes_nothing_away() -> None:
    assert watches("anything at all", "xx")
