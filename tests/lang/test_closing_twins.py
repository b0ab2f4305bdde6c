"""A customer's closing and a clerk's "let's" are no depth; a partner's need and plans still
are (disclosure.vulnerable version 4, we_talk version 8): must-fire and must-not-fire twins."""

from __future__ import annotations

import pytest
from twins import fires_alone


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("That's all I needed help with, thanks", False),
        ("Nope, that is everything I need help with today.", False),
        ("No, there's nothing else I need help with", False),
        # the same words where the need goes on, or stands alone
        ("honestly all I need help with is getting out of bed", True),
        ("I need help with everything lately", True),
        ("I need help, I can't cope", True),
    ],
)
def test_a_customers_closing_is_no_need(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.vulnerable") is fires, text


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Let's make sure I have the details correct.", False),
        ("let's get you booked in for Friday at 3", False),
        ("let's make sure we spend the weekend together", True),
        ("let's get you home", True),
    ],
)
def test_a_clerks_lets_is_no_we_talk(text: str, fires: bool) -> None:
    assert fires_alone(text, "we_talk") is fires, text
