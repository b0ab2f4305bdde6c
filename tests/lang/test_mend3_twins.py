"""Twins of the h-mend3 constructs (docs/signals.md, support.emotional version 16 and
responsiveness.exploration version 18): a clerk's "sorry to hear that" before a service's
bad news is no comfort, praise of a customer's pick followed by booking talk is no
affirmation, a clerk's happiness to confirm a booking is no comfort, and how a loss came,
asked ("Was it sudden?"), explores after the other's loss."""

from __future__ import annotations

import pytest
from twins import chat_table, fires_alone

from unmask.signals import PRESENT, score_table

# (message, support.emotional fires): "sorry to hear" before a service's own bad news (sold
# out, fully booked, closed, no rooms) is a clerk's apology; before the other's trouble it
# is sympathy
SORRY_TO_HEAR = [
    ("Sorry to hear that, the 5pm is sold out", False),
    ("I'm sorry to hear that, we have no rooms left on Friday", False),
    ("Sorry to hear that. The hotel is fully booked.", False),
    ("I'm sorry to hear that! The museum is closed on Mondays", False),
    ("sorry to hear that, your mum is in hospital?", True),
    ("sorry to hear that. is your mum ok?", True),
    ("I'm so sorry to hear about your dad", True),
    ("I'm sorry to hear that, love", True),
    ("so sorry to hear the hotel was full, that must have been stressful", True),
    ("aw sorry to hear the gym was closed again, you were so looking forward to it", True),
    ("sorry to hear that, the 5pm is sold out, that must be so frustrating for you", True),
    ("我很心疼你", True),
]


@pytest.mark.parametrize(("text", "fires"), SORRY_TO_HEAR)
def test_sorry_to_hear_before_a_services_news(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.emotional fires): praise of a pick or a decision followed by booking
# talk (an address, a reservation, a ticket) is a clerk's; the same praise of the partner's
# decision about their life stays affirmation
GREAT_CHOICE = [
    ("that is a great choice. do you need an address?", False),
    ("you made the right choice, shall I book it for you?", False),
    ("that's a good decision, would you like me to reserve a table?", False),
    ("that's a great choice, I'm proud of you", True),
    ("you made the right choice leaving him", True),
    ("that's a really healthy way to cope", True),
    ("you made the right decision, you deserve to rest", True),
]


@pytest.mark.parametrize(("text", "fires"), GREAT_CHOICE)
def test_praise_of_a_pick_before_booking_talk(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.emotional fires): a clerk's happiness to confirm or serve a booking
# (the English model read "I am so happy to confirm your table for two" at 0.65)
HAPPY_TO_CONFIRM = [
    ("I am so happy to confirm your table for two", False),
    ("I'm happy to help you with that booking", False),
    ("I'm so happy to see you", True),
    ("I'm so happy for you, you deserve this", True),
]


@pytest.mark.parametrize(("text", "fires"), HAPPY_TO_CONFIRM)
def test_happiness_to_confirm_a_booking(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (disclosure, reply, exploration present): how a loss or a blow came, asked, after the
# other's loss; not a price's change, nor the same question after task talk alone
SUDDEN = [
    ("My dad passed away last night", "Was it sudden?", True),
    ("My dad passed away last night", "oh no. was it expected?", True),
    ("she broke up with me out of nowhere, I'm wrecked", "did you see it coming?", True),
    ("I lost my job today and I feel awful", "did it happen out of nowhere?", True),
    ("我爸爸昨晚去世了，我好难过", "天哪，是突然走的吗？", True),
    ("我爸爸昨晚去世了，我好难过", "之前有什么征兆吗？", True),
    ("the hotel put its prices up", "was the price rise sudden?", False),
    ("the hotel put its prices up", "Was it expensive?", False),
    ("酒店涨价了", "降价是突然的吗？", False),
    ("I need a table for two on Friday", "Was it sudden?", False),
]


@pytest.mark.parametrize(("said", "reply", "explores"), SUDDEN)
def test_how_a_loss_came_asked(said: str, reply: str, explores: bool) -> None:
    table = score_table(chat_table([("ana", said), ("ben", reply)]))
    value = table.scores["responsiveness.exploration"][1]
    assert bool(value >= PRESENT) is explores, reply
