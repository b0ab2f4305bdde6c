"""Placeholders in language data files: one copy of the compliance phrases per language.

Approval and reassurance entries end with ``{{unless_compliance}}``, which the loader fills
in from ``lang/<lang>/guards/compliance.yaml`` (:func:`unmask.signals.lexicon.placeholders`).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from unmask.signals import lexicon, score_text
from unmask.signals.lexicon import LexiconError


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_compliance_phrases_have_one_copy(lang: str) -> None:
    pieces = lexicon.placeholders(lang)
    assert pieces["compliance"] in pieces["unless_compliance"]
    assert pieces["unless_compliance"].startswith("(?!")
    folder = resources.files("unmask.lang").joinpath(lang)
    users = []
    for path in folder.iterdir():
        if not path.name.endswith(".yaml"):
            continue
        text = path.read_text(encoding="utf-8")
        assert pieces["compliance"].replace("\\", "\\\\") not in text, path.name
        if "{{unless_compliance}}" in text:
            users.append(path.name)
    assert sorted(users) == ["responsiveness_reaction.yaml", "support_emotional.yaml"]


@pytest.mark.parametrize(
    ("text", "lang", "support"),
    [
        ("so proud of you for asking his permission first", "en", False),
        ("so proud of you for standing up to him", "en", True),
        ("为你骄傲，以后都听他的", "zh", False),
        ("真为你骄傲", "zh", True),
    ],
)
def test_filled_entries_never_read_approval_of_compliance_as_support(
    text: str, lang: str, support: bool
) -> None:
    score = score_text(text, lang).scores["support.emotional"] or 0.0
    assert (score >= 0.5) is support, (text, score)


def test_an_unknown_placeholder_names_the_file() -> None:
    data = {"entries": [{"regex": "\\bproud of you\\b{{unless_obedience}}"}]}
    with pytest.raises(
        LexiconError, match=r"lang/en/x\.yaml: unknown placeholder \{\{unless_obedience\}\}"
    ):
        lexicon._fill("en", "x.yaml", data)


def test_a_language_without_a_guard_file_has_no_placeholders() -> None:
    assert lexicon.placeholders("common") == {}
    with pytest.raises(LexiconError, match="known: none"):
        lexicon._fill("common", "x.yaml", "a{{compliance}}")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"compliance": "obey", "unless": "(?!x)"}, "'unless' must contain"),
        ({"unless": "(?!{{compliance}})"}, "'compliance' must be a non-empty string"),
        (["not", "a", "mapping"], "'compliance' must be a non-empty string"),
    ],
)
def test_a_damaged_guard_file_is_a_clear_error(
    raw: Any, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lexicon, "_read_raw", lambda lang, name: raw)
    with pytest.raises(LexiconError, match=rf"lang/en/guards/compliance\.yaml: {message}"):
        lexicon.placeholders.__wrapped__("en")
