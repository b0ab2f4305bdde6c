"""The care offer guard's language data (lang/<lang>/guards/care_offer.yaml, h-calm).

Every entry carries a line it must let through (or, for ``keep``, hold back) and a twin
without it; the guard (:func:`unmask.signals.safety_care.is_care_offer`) is read as a whole on
both, so an entry that stops matching, or a twin that another entry still catches, fails.
"""

from __future__ import annotations

import pytest

from unmask.signals import safety_care
from unmask.signals.lexicon import LexiconError
from unmask.signals.safety_care import is_care_offer

CASES = [
    (lang, name, index)
    for lang in safety_care.LANGS
    for name, part in (safety_care.offer_parts(lang) or {}).items()
    for index in range(len(part.entries))
]


def _part(lang: str, name: str) -> safety_care.Part:
    found = safety_care.offer_parts(lang)
    assert found is not None
    return found[name]


@pytest.mark.parametrize(("lang", "name", "index"), CASES)
def test_each_entry_fires_on_its_example_and_not_on_its_twin(
    lang: str, name: str, index: int
) -> None:
    part = _part(lang, name)
    entry = part.entries[index]
    assert part.entry_pattern(entry).search(entry.example.lower()), entry.example
    assert not part.pattern.search(entry.must_not_fire.lower()), entry.must_not_fire
    offer = name != "keep"  # task and freed let an offer through, keep holds it back
    assert is_care_offer(entry.example, lang) is offer, entry.example
    assert is_care_offer(entry.must_not_fire, lang) is not offer, entry.must_not_fire


@pytest.mark.parametrize("lang", safety_care.LANGS)
def test_every_part_has_entries(lang: str) -> None:
    found = safety_care.offer_parts(lang)
    assert found is not None
    assert set(found) == {"task", "freed", "keep"}
    assert all(part.entries for part in found.values())


def test_a_malformed_part_names_the_offer_file() -> None:
    bad = {"task": {"before": "", "after": "", "entries": [{"regex": "x", "example": "x"}]}}
    with pytest.raises(LexiconError, match=r"lang/en/guards/care_offer\.yaml, part task"):
        safety_care._part("en", bad, "task", safety_care.OFFER_FILE)
