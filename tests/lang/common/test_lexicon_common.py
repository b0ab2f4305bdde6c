"""Language-independent data files (emoji, emoticons, question marks)."""

from __future__ import annotations

import pytest
from lexicon_cases import entry_cases, must_not_fire_cases

from unmask.signals import PRESENT, score_text


@pytest.mark.parametrize(("source", "signal", "example"), entry_cases("common"))
def test_every_example_fires(source: str, signal: str, example: str) -> None:
    result = score_text(example, model=False)
    assert result.scores[signal] is not None and result.scores[signal] >= PRESENT, source


@pytest.mark.parametrize(("name", "signal", "message"), must_not_fire_cases("common"))
def test_must_not_fire(name: str, signal: str, message: str) -> None:
    value = score_text(message, model=False).scores[signal]
    assert value is not None and value < PRESENT, name
