"""The care guards' language data: the check-in guard (lang/<lang>/guards/care_checkin.yaml)
and the offer guard (lang/<lang>/guards/care_offer.yaml, h-calm).

Every entry carries a line it must let through (or, for ``keep``, hold back) and a twin
without it; the guard (:func:`unmask.signals.safety_care.is_care_checkin`,
:func:`~unmask.signals.safety_care.is_care_offer`) is read as a whole on both, so an entry
that stops matching, or a twin that another entry still catches, fails.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from unmask.signals import guard_data, safety_care
from unmask.signals.lexicon import LexiconError
from unmask.signals.safety_care import is_care_checkin, is_care_offer

#: each guard: how its parts are read, the guard as a whole, its parts' names
GUARDS: dict[
    str,
    tuple[
        Callable[[str], dict[str, safety_care.Part] | None],
        Callable[[str, str], bool],
        set[str],
    ],
] = {
    "checkin": (safety_care.parts, is_care_checkin, {"event", "reason", "keep"}),
    "offer": (safety_care.offer_parts, is_care_offer, {"task", "freed", "keep"}),
}

CASES = [
    (guard, lang, name, index)
    for guard, (read, _, _) in GUARDS.items()
    for lang in safety_care.LANGS
    for name, part in (read(lang) or {}).items()
    for index in range(len(part.entries))
]


@pytest.mark.parametrize(("guard", "lang", "name", "index"), CASES)
def test_each_entry_fires_on_its_example_and_not_on_its_twin(
    guard: str, lang: str, name: str, index: int
) -> None:
    read, whole, _ = GUARDS[guard]
    found = read(lang)
    assert found is not None
    part = found[name]
    entry = part.entries[index]
    assert part.entry_pattern(entry).search(entry.example.lower()), entry.example
    assert not part.pattern.search(entry.must_not_fire.lower()), entry.must_not_fire
    through = name != "keep"  # the other parts let a line through, keep holds it back
    assert whole(entry.example, lang) is through, entry.example
    assert whole(entry.must_not_fire, lang) is not through, entry.must_not_fire


@pytest.mark.parametrize("guard", sorted(GUARDS))
@pytest.mark.parametrize("lang", safety_care.LANGS)
def test_every_part_has_entries(guard: str, lang: str) -> None:
    read, _, names = GUARDS[guard]
    found = read(lang)
    assert found is not None
    assert set(found) == names
    assert all(part.entries for part in found.values())


def test_a_language_without_the_file_has_no_check_in() -> None:
    assert safety_care.parts("fr") is None
    assert not is_care_checkin("quand tu arrives, dis-moi que tu vas bien", "fr")


def _read(
    monkeypatch: pytest.MonkeyPatch, data: dict[str, object], file: str, names: tuple[str, ...]
) -> None:
    """The parts ``names`` of ``file`` as :func:`guard_data.named_parts` reads them for the
    care guards, from ``data`` in place of the file."""
    monkeypatch.setattr(guard_data, "read_yaml", lambda lang, at: data)
    guard_data.named_parts("en", file, names, safety_care.LANGS)


def test_a_malformed_part_names_the_file_and_the_part(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = {"event": {"before": "", "after": "", "entries": [{"regex": "x", "example": "x"}]}}
    with pytest.raises(LexiconError, match=r"lang/en/guards/care_checkin\.yaml, part event"):
        _read(monkeypatch, bad, safety_care.GUARD_FILE, ("event",))
    with pytest.raises(LexiconError, match=r"part reason: expected a mapping"):
        _read(monkeypatch, bad, safety_care.GUARD_FILE, ("reason",))
    broken = {
        "keep": {
            "before": "",
            "after": "",
            "entries": [{"regex": "(", "example": "a", "must_not_fire": "b"}],
        }
    }
    with pytest.raises(LexiconError, match=r"does not compile"):
        _read(monkeypatch, broken, safety_care.GUARD_FILE, ("keep",))


def test_a_malformed_part_names_the_offer_file(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = {"task": {"before": "", "after": "", "entries": [{"regex": "x", "example": "x"}]}}
    with pytest.raises(LexiconError, match=r"lang/en/guards/care_offer\.yaml, part task"):
        _read(monkeypatch, bad, safety_care.OFFER_FILE, ("task",))
