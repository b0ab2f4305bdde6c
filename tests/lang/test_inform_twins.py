"""Twins of the h-inform constructs (docs/validity.md, "Suggestions and Information read as
advice: what is left (h-inform)"): the English model's weak advice in a text with no mark
of advice (a reflection, a remark, a closing) and encouragement alone are no advice; the
same texts with a mark of advice (a modal, a question to act, an advice word, an
imperative) stay advice."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.informational fires)
NO_MARK = [
    ("It sounds like that expectation is very hard on you and makes you anxious", False),
    ("sounds like your boss has been piling the work on you lately", False),
    ("Of course! Have a good rest of your day", False),
    ("sounds like your boss has been piling the work on you, maybe talk to HR", True),
    ("It sounds like a lot, have you tried telling him how you feel?", True),
    ("Go for a walk after work, it clears your head", True),
]


@pytest.mark.parametrize(("text", "fires"), NO_MARK)
def test_weak_advice_with_no_mark(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.informational") is fires, text


# (message, support.informational fires, support.emotional fires): confidence in the reader
# is comfort, not a course of action; a course of action beside it stays advice
ENCOURAGEMENT = [
    ("you can do this and conquer your anxiety", False, True),
    ("keep your head up", False, True),
    ("never give up on your dreams", False, True),
    ("keep going, you're almost there", False, True),
    ("you can do this, maybe start with one small task", True, True),
    ("hang in there and try to get some sleep", True, True),
]


@pytest.mark.parametrize(("text", "advice", "comfort"), ENCOURAGEMENT)
def test_encouragement_alone(text: str, advice: bool, comfort: bool) -> None:
    assert fires_alone(text, "support.informational") is advice, text
    assert fires_alone(text, "support.emotional") is comfort, text
