"""The care check-in guard's language data (lang/<lang>/guards/care_checkin.yaml).

Every entry carries a line it must let through (or, for ``keep``, hold back) and a twin
without it; the guard (:func:`unmask.signals.safety_care.is_care_checkin`) is read as a whole
on both, so an entry that stops matching, or a twin that another entry still catches, fails.
"""

from __future__ import annotations

import pytest

from unmask.signals import safety_care
from unmask.signals.lexicon import LexiconError
from unmask.signals.safety_care import is_care_checkin

CASES = [
    (lang, name, index)
    for lang in safety_care.LANGS
    for name, part in (safety_care.parts(lang) or {}).items()
    for index in range(len(part.entries))
]


def _part(lang: str, name: str) -> safety_care.Part:
    found = safety_care.parts(lang)
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
    care = name != "keep"  # event and reason let a check-in through, keep holds it back
    assert is_care_checkin(entry.example, lang) is care, entry.example
    assert is_care_checkin(entry.must_not_fire, lang) is not care, entry.must_not_fire


@pytest.mark.parametrize("lang", safety_care.LANGS)
def test_every_part_has_entries(lang: str) -> None:
    found = safety_care.parts(lang)
    assert found is not None
    assert set(found) == {"event", "reason", "keep"}
    assert all(part.entries for part in found.values())


def test_a_language_without_the_file_has_no_check_in() -> None:
    assert safety_care.parts("fr") is None
    assert not is_care_checkin("quand tu arrives, dis-moi que tu vas bien", "fr")


def test_a_malformed_part_names_the_file_and_the_part() -> None:
    bad = {"event": {"before": "", "after": "", "entries": [{"regex": "x", "example": "x"}]}}
    with pytest.raises(LexiconError, match=r"lang/en/guards/care_checkin\.yaml, part event"):
        safety_care._part("en", bad, "event")
    with pytest.raises(LexiconError, match=r"part reason: expected a mapping"):
        safety_care._part("en", bad, "reason")
    broken = {
        "keep": {
            "before": "",
            "after": "",
            "entries": [{"regex": "(", "example": "a", "must_not_fire": "b"}],
        }
    }
    with pytest.raises(LexiconError, match=r"does not compile"):
        safety_care._part("en", broken, "keep")
