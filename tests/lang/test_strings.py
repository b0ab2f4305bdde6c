"""Every user-facing string file: the same keys and placeholders in every language."""

from __future__ import annotations

import string

import pytest

from unmask.lang.strings import DOMAINS, LANGUAGES, StringsError, strings, text


def _fields(value: str | tuple[str, ...]) -> set[str]:
    parts = (value,) if isinstance(value, str) else value
    return {
        name.split("!")[0]
        for part in parts
        for _, name, _, _ in string.Formatter().parse(part)
        if name is not None
    }


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_language_has_the_same_keys_and_placeholders(domain: str) -> None:
    english = strings("en", domain)
    assert english
    for lang in LANGUAGES:
        other = strings(lang, domain)
        assert set(other) == set(english), lang
        for key, value in english.items():
            assert _fields(other[key]) == _fields(value), (lang, key)
            assert all(
                p.strip() for p in ((other[key],) if isinstance(other[key], str) else other[key])
            )


def test_unknown_language_and_key_are_clear_errors() -> None:
    with pytest.raises(StringsError, match="language must be one of"):
        strings("fr", "assess")
    with pytest.raises(StringsError, match="assess.yaml has no text 'nope'"):
        text("en", "assess", "nope")
    assert text("zh", "assess", "pass") == "{name} 的口令"
