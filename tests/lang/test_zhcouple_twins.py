"""Twins of the h-zhcouple constructs (docs/signals.md: disclosure.vulnerable version 11,
disclosure.emotional 31): a rebuttal of blame or of a load put on the writer ("stop acting
like it's my fault", 凭什么…都归我一个人) is a charge at the reader, not a fault or a need
owned, in both languages; owning the fault, or a feeling beside the charge, still reads.
以后跟你爸… is "your father" laid down as a rule, not a life ahead with the reader (future 8).
The Chinese precision head that reads only where the lexicons read no feeling is tested in
tests/signals/test_couple_model.py."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, score_texts

VUL = "disclosure.vulnerable"

# (message, disclosure.vulnerable fires): en and zh twins; our own lines
BLAME = [
    # a rebuttal of blame: no fault owned
    ("stop acting like the overdraft is my fault", False),
    ("stop pretending the late fee was my fault", False),
    ("why is everything always my fault with you", False),
    ("凭什么每回吵架都算我的错？", False),
    ("凭什么又是我的错", False),
    # a load put on the writer, charged with 凭什么
    ("凭什么洗碗拖地都归我一个人", False),
    # the fault owned: keeps its reading
    ("it's my fault we argued", True),
    ("i know it was my fault, i'm sorry", True),
    ("是我的错，对不起", True),
    # a feeling of the writer's own beside the charge: keeps its reading
    ("quit acting like the overdraft is my fault. honestly i feel so ashamed", True),
    ("凭什么全让我一个人扛，我好累", True),
]


@pytest.mark.parametrize(("text", "fires"), BLAME)
def test_a_rebuttal_of_blame_is_no_fault_owned(text: str, fires: bool) -> None:
    for model in (False, True):
        got = score_texts([text], model=model).scores[VUL][0] >= PRESENT
        assert bool(got) is fires, (text, model)


FUTURE = [
    ("以后跟你爸打电话都开免提", False),
    ("以后和你同事吃饭先报备", False),
    ("以后想和你在海边有个小房子", True),
    ("以后我想跟你一起养只狗", True),
]


@pytest.mark.parametrize(("text", "fires"), FUTURE)
def test_your_kin_after_with_you_is_no_life_ahead(text: str, fires: bool) -> None:
    assert bool(score_texts([text]).scores["future"][0] >= PRESENT) is fires
