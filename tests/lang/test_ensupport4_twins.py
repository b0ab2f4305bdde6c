"""Twins of the h-ensupport4 entries (docs/validity.md, "Partners' comfort by class, chosen on
rounds one to twelve, checked on thirteen to sixteen (h-ensupport4)"): a partner's comfort in
the construct's classes (care offered in deed for the other's state, the couple unchanged by
the trouble, a trouble sorted together, blame lifted, the other's conduct affirmed, presence,
the trouble put in time, the feeling called what anyone would feel, the other called human,
soothing, a hug sent, siding against who hurt them, praise in their role) fires
``support.emotional``; the same words as logistics, sarcasm, a brush-off, a reproach, or
control dressed as care do not."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
SUPPORT = [
    # care offered in deed for the other's state
    ("ur hands are still shaking, dont drive, i'll come and get you from the car park", True),
    ("stay where u are, im leaving the office now, ur in no state to be on a bus", True),
    ("i'll pick you up at half five from the gym", False),
    ("stay put, i'm coming to check who you're out with", False),
    ("i'll come get you, you're not staying at his party", False),
    ("I'm only doing this because I love you, now give me your phone", False),
    # the couple unchanged by the trouble
    ("redundant or not, it won't change a thing between us", True),
    ("it doesn't change how i see you. you still lied about the money", False),
    ("same us, same rows every sunday", False),
    # a trouble sorted together
    ("the debt letter is scary but we'll work this out together", True),
    ("we'll sort it out together, now hand me your bank card", False),
    ("we'll sort the recycling out together later", False),
    # blame lifted
    ("none of it was on you, the ref made that call", True),
    ("it wasn't your fault the cake sank, the oven is ancient", True),
    ("it wasn't your fault? then whose was it", False),
    ("it's not my fault you forgot the tickets", False),
    # the other's conduct affirmed
    ("you did every single thing right with the puppy, the vet said so", True),
    ("you did everything right except lock the back door", False),
    # presence
    ("im right here, going nowhere, talk when you're ready", True),
    # the trouble put in time
    ("the grief won't feel like this forever, love", True),
    ("it'll feel a bit lighter on the drive once the traffic clears", False),
    ("tomorrow will be easier, the roads are being gritted", False),
    # the feeling called what anyone would feel
    ("makes sense you're wobbly, it was a big scan", True),
    ("of course you're tired, it's your own fault for gaming till four", False),
    # the other called human
    ("you're only human, the deadline was mad", True),
    ("you're only human, so stop expecting me to cover for you", False),
    # soothing
    ("deep breath, you're safe, the dog's fine", True),
    ("deep breaths, you're being so dramatic", False),
    # a hug sent
    ("sending you a big warm cuddle, today was brutal", True),
    ("sending the hug emoji to your mum now", False),
    # siding against who hurt the other
    ("your manager was completely unfair to you in that review", True),
    ("i believe you, every word", True),
    ("i believe you owe me forty quid", False),
    ("she was out of order, but so were you", False),
    # praise in their role
    ("you're a really devoted carer, your dad is lucky", True),
    ("you're a great mum but why can't you keep the place tidy", False),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text
