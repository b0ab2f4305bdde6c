"""Twins of the h-claffsup entries (docs/validity.md, "CL-Aff emotional support: forms of the
guide the file missed (h-claffsup)"): congratulations to the reader, good vibes wished the
reader's way, "you should be proud", "I feel bad for you" and sorrow that a thing happened
fire ``support.emotional``; the same words as a gibe, at the writer, at a third party, with a
put-down, or as a clerk's apology do not. Our own lines, none from CL-Aff."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
SUPPORT = [
    # congratulations to the reader
    ("congrats on passing your driving test!!", True),
    ("congratulations on the promotion, you earned it", True),
    ("congrats on ruining the whole weekend", False),
    ("congratulations, genius, you locked the keys in the car again", False),
    ("congrats to me, i finally finished the tax forms", False),
    # a clerk's congratulations before the booking done or an offer
    ("Congratulations, your table for four is booked for 7pm.", False),
    ("Congratulations, it's done. Anything else I can help with?", False),
    # good vibes wished the reader's way
    ("good vibes your way for the exam tomorrow", True),
    ("positive vibes for your first day at the new place", True),
    ("this cafe has such good vibes", False),
    # you should be proud
    ("you worked so hard for that degree, you should be really proud", True),
    ("you should be proud of him, he did it all on his own", False),
    # I feel bad for you
    ("i feel really bad for you, that week sounded brutal", True),
    ("i feel bad for you, honestly, you're pathetic", False),
    ("i feel bad for the neighbours' dog", False),
    # sorrow that a thing happened or turned out so
    ("i'm so sorry it turned out that way with your sister", True),
    ("i'm sorry that happened at your interview", True),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text
