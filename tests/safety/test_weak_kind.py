"""Weak control's kind of sentence in the English safety fit (h-safety37,
``train_safety.WEAK_KIND``): the pattern finds a permission asked for, the other's company
disliked and a need denied, and not the same words about oneself or said in care."""

from __future__ import annotations

import pytest

from unmask_dev import train_safety as ts

KIND = [
    "who said you could spend that much",
    "I don't like you seeing her so often",
    "you don't need to go to that party",
    "since when do you get to decide that",
]
NOT = [
    "who said that? it was a great idea",
    "I don't like seeing her so upset",
    "you don't need to bring anything, we've got plenty",
    "I don't like going to parties much",
]


@pytest.mark.parametrize("text", KIND)
def test_the_kind_is_found(text: str) -> None:
    assert ts.WEAK_KIND.search(text), text


@pytest.mark.parametrize("text", NOT)
def test_its_calm_twins_are_not(text: str) -> None:
    assert not ts.WEAK_KIND.search(text), text
