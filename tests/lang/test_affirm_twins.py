"""Twins of the h-affirm constructs (docs/validity.md, "Affirmation and Suggestions in
supporters' turns (h-affirm)"): a partner's praise of the other's plan, strength or
progress and reassurance about the future read as emotional support in both languages;
praise of compliance with control, a clerk's "great choice" and look-alikes about
bookings do not; cutting the other off from their friends or family is no advice."""

from __future__ import annotations

import pytest
from twins import chat_table, fires_alone

from unmask.signals import PRESENT, score_table

# (message, support.emotional fires)
AFFIRMATION = [
    # praise of the other's idea, step or how they did
    ("honestly the letter idea is a great idea", True),
    ("talking to her first was a big step", True),
    ("这是个好主意，试试看吧", True),
    ("你这个想法很好", True),
    ("你做得很好", True),
    ("good girl for checking in", False),
    ("keep up the good work and do what he tells you", False),
    ("你做得很好，这才乖", False),
    ("你做得很好，就该听他的", False),
    ("这个主意不错，以后手机都交给他", False),
    ("the Hilton is a great choice for families", False),
    ("booking early is a good idea to save money", False),
    # reassurance about the future
    ("it will get easier, and in time you will heal", True),
    ("it will hopefully be over sooner than we think", True),
    ("tomorrow is a new day, babe", True),
    ("会慢慢好起来的，我陪着你", True),
    ("明天又是新的一天", True),
    ("时间会冲淡一切的", True),
    ("你一定会找到更好的工作", True),
    ("the train will pass through Ely at 5", False),
    ("in time you will receive the confirmation email", False),
    ("你一定会找到那家店的", False),
    # strength and progress named
    ("you are stronger than you think", True),
    ("你比你想象的更坚强", True),
    ("you're on the right track, keep it up", True),
    ("你已经走在正确的路上了，继续保持", True),
    ("继续保持联系", False),
    # validation and help that exists
    ("it's perfectly normal to feel nervous before a move", True),
    ("有这种感觉很正常", True),
    ("紧张是正常的", True),
    ("it's perfectly normal for the check-in to take an hour", False),
    ("价格波动是正常的", False),
    ("there is help available, you don't have to do this alone", True),
    ("there is help available at the front desk", False),
    # effort, courage and a step named; love known by the one lost
    ("You are doing everything you can.", True),
    ("you can do this, I believe in you", True),
    ("你能做到的", True),
    ("you can do this online before check-in", False),
    ("你能做到吗？", False),
    ("I really admire how strong you are", True),
    ("我很佩服你的坚强", True),
    ("talking to me about it is a step in the right direction", True),
    ("你已经迈出了正确的一步", True),
    ("迈出一步就到站了", False),
    ("I believe he knew you loved him", True),
    ("他一定知道你有多爱他", True),
    ("he knows you love him, so do what he says", False),
    ("good girl, I respect you for checking in", False),
    ("I admire you for checking in with him every hour", False),
    ("你能做到的话就把手机交给他", False),
    ("it will just be a matter of time before things get better", True),
    ("it's only a matter of time before you leave me too", False),
    ("I don't think you will have any issues finding a job", True),
    ("you will have trouble finding parking there", False),
]


@pytest.mark.parametrize(("text", "fires"), AFFIRMATION)
def test_affirmation_and_reassurance(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, support.informational fires): advice keeps reading; isolation from the
# other's own friends or family, a demand, a clerk's option do not
ADVICE = [
    ("you can always talk to your sister about it", True),
    ("you can even go online and download some videos about the course", True),
    ("it's wise to take a few days before you decide", True),
    ("going for a walk together might help, as well", True),
    ("maybe it's worth a try", True),
    ("nothing can help me now", False),
    ("booking early can help you get a table", False),
    ("crying helps me sometimes", False),
    ("明智的做法是先冷静几天再谈", True),
    ("you should talk to your friends about how you feel", True),
    ("你应该多跟朋友聊聊", True),
    ("you should stop seeing your friends", False),
    ("you shouldn't go out with your friends anymore", False),
    ("stop hanging out with your friends", False),
    ("cut off your family, they're toxic for us", False),
    ("你最好别再跟你那些朋友来往了", False),
    ("你应该少跟你朋友出去", False),
    ("你得跟你家里人断了联系", False),
    ("you can also book online", False),
    ("it's smart to book ahead in December", False),
    ("明智的做法是提前订票", False),
    ("you can always ask me for permission first", False),
]


@pytest.mark.parametrize(("text", "fires"), ADVICE)
def test_advice_and_isolation(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.informational") is fires, text


# (message, support.emotional fires): a greeting before a question, an apology for the
# writer's own slip in the chat carry no comfort; sympathy beside them still does
NOT_COMFORT = [
    ("Hello. How are you feeling today?", False),
    ("Sorry that posted twice! :o", False),
    ("sorry for the late reply, I was asleep", False),
    ("Hi. I am so sorry to hear that, how are you holding up?", True),
    ("sorry for the late reply, I am so sorry you went through that", True),
]


@pytest.mark.parametrize(("text", "fires"), NOT_COMFORT)
def test_greetings_and_own_slips_are_not_comfort(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


def test_a_partners_reassurance_reads_in_the_chat() -> None:
    # the partner's reassurance after the other's worry is support in the chat too
    scored = score_table(
        chat_table(
            [
                ("A", "I didn't get the job. I feel like such a failure"),
                ("B", "you are stronger than you think, and you will find a job"),
                ("B", "tomorrow is a new day, I'm proud of you for trying"),
            ]
        )
    )
    support = scored.scores["support.emotional"]
    assert support[1] >= PRESENT
    assert support[2] >= PRESENT
