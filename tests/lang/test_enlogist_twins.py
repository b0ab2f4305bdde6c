"""Twins of h-enlogist: English surface in texting voice, read by construct - a thing of the
other's readied or set down for them, a chore that wants doing, texting days and times, a
plan moved, a lift asked for, tradespeople, a takeaway choice, a task on the other tonight, a
sum after a money verb - beside the lines they must leave alone (a feeling, a promise of
love, time spent, a depth line that names a day). Surface never steals depth."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, signal, fires)
ENLOGIST = [
    # a thing readied or set down for the other
    ("topped up your oyster card and left it on the hall shelf", "logistics", True),
    ("stuck ur charger in the front pocket of the rucksack", "logistics", True),
    ("you made my day, honestly", "logistics", False),
    ("i put a lot of trust in you and it hurt", "logistics", False),
    # a chore that wants doing
    ("the hedge wants trimming before your folks visit", "logistics", True),
    ("something needs doing about how we talk to each other", "logistics", False),
    ("i need healing more than advice right now", "logistics", False),
    # texting days and times, a plan moved, a lift, being late
    ("vet rang, jab is thurs not weds", "logistics", True),
    ("footy finishes 5ish, grab me after?", "logistics", True),
    ("train cancelled again, moved to the morning one", "logistics", True),
    ("can u take the boys to cubs, i'm stuck at work", "logistics", True),
    ("traffic's awful, gonna be late", "logistics", True),
    ("you drive me up the wall sometimes", "logistics", False),
    ("it's too late for sorry", "logistics", False),
    # tradespeople and a takeaway choice
    ("the electrician wants cash, is that ok", "logistics", True),
    ("noodles or a kebab after the pub?", "logistics", True),
    # a task on the other at a time; a promise of a task
    ("this week the recycling and the ironing are on you", "duty", True),
    ("u r on dog walks tomorrow, my knee is done", "duty", True),
    ("you said you'd book the mot", "duty", True),
    ("you're on my team today no matter what", "duty", False),
    ("you said you'd hold my hand through all of it", "duty", False),
    # the household's running order
    ("spare keys are in the blue jug", "logistics", True),
    ("washing machine's leaking all over the utility", "logistics", True),
    ("parked round the back by the bins", "logistics", True),
    ("on call all weekend, sorry", "logistics", True),
    ("meet you at the usual bench after", "logistics", True),
    ("you hold the keys to everything i feel", "logistics", False),
    ("my heart is broken and i can't stop shaking", "logistics", False),
    ("i feel stuck in my own head lately", "logistics", False),
    ("my treat, you got the last two", "transactional", True),
    # a sum after a money verb, a loan
    ("raffle raised 260 for the school roof", "transactional", True),
    ("the student loan letter came", "transactional", True),
    ("i spent 40 minutes crying in the car park", "transactional", False),
]


@pytest.mark.parametrize(("text", "signal", "fires"), ENLOGIST)
def test_english_surface_in_texting_voice(text: str, signal: str, fires: bool) -> None:
    assert fires_alone(text, signal) is fires, (text, signal)


# a depth line that names a day or a thing set down keeps its depth
BOTH = [
    "i've been dreading thurs all week, i feel so small around your dad",
    "put the letter from the clinic in your drawer, i'm scared to open it",
]


@pytest.mark.parametrize("text", BOTH)
def test_surface_does_not_steal_depth(text: str) -> None:
    assert fires_alone(text, "logistics"), text
    assert fires_alone(text, "disclosure.emotional") or fires_alone(
        text, "disclosure.vulnerable"
    ), text
