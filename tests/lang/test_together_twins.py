"""Twins of h-together: a task done together is logistics, a hardship got through together
is comfort (the object decides), and "you didn't deserve any of that" is validation after a
hurt, in English and Chinese. The English model layer claff-lr-5 read "we'll get through
the checklist together" at 0.81 and "you didn't deserve any of that" at 0.35."""

from __future__ import annotations

import numpy as np
import pytest
from twins import chat_table, fires_alone

from unmask.signals import PRESENT, model, score_table

# (message, support.emotional fires)
TOGETHER = [
    # a task object: paperwork, a list, forms, boxes, the application, the move
    ("we'll get through the checklist together", False),
    ("we'll get through the paperwork together", False),
    ("we'll get through the boxes together", False),
    ("we'll get through the application together", False),
    ("we'll get through the move together", False),
    ("let's go through the checklist together", False),
    ("we'll sort out the forms together tonight", False),
    ("we can tackle the taxes together", False),
    ("我们一起把这些文件弄完", False),
    ("咱们一起报税", False),
    ("我们一起把清单过一遍", False),
    ("我们一起搬家", False),
    # a burden or hardship: this, it, the chemo, the grief, hard times
    ("we'll get through this together", True),
    ("we'll get through it together", True),
    ("we'll get through the chemo together", True),
    ("we'll get through the grief together", True),
    ("we'll get through this hard time together", True),
    ("we'll get through the worst of it together", True),
    ("我们一起挺过这一关", True),
    ("咱们一起熬过这段日子", True),
    ("我们一起熬过去", True),
]


@pytest.mark.parametrize(("text", "fires"), TOGETHER)
def test_a_task_together_is_not_comfort(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


def test_the_model_cap_reads_the_object() -> None:
    tasks = ["we'll get through the checklist together", "we'll get through the paperwork together"]
    burdens = ["we'll get through this together", "we'll get through the grief together"]
    assert all(model._shared_task(t) for t in tasks)
    assert not any(model._shared_task(t) for t in burdens)
    p = model.predict(tasks + burdens)["support.emotional"]
    assert np.all(p[:2] < 0.5), p
    assert np.all(p[2:] >= 0.5), p


# (message, support.emotional fires)
UNDESERVED = [
    ("you didn't deserve any of that", True),
    ("you don't deserve this.", True),
    ("you didn't deserve what happened to you", True),
    ("you didn't deserve that, she was out of line", True),
    ("他那样说你，你不该受这种委屈", True),
    ("这不是你应得的", True),
    # a prize, a put-down, the writer's own wrong, sarcasm, a scoff
    ("you didn't deserve that raise", False),
    ("you don't deserve me", False),
    ("you didn't deserve how i spoke to you", False),
    ("oh sure, you didn't deserve that at all lol", False),
    ("这不是你应得的奖金", False),
    # the writer's own wrong owned first: repair, not comfort
    ("i was harsh with you last night, you didn't deserve that", False),
    ("是我不好，我昨天对你太凶了，你不该受这种委屈", False),
    ("你不该受这种委屈？呵呵", False),
]


@pytest.mark.parametrize(("text", "fires"), UNDESERVED)
def test_you_did_not_deserve_that(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (what the other said, the reply, the reaction fires)
REACTION = [
    ("ugh the move is so stressful", "we'll get through the checklist together", False),
    ("报税的材料太多了，头都大了", "我们一起把这些文件弄完", False),
    ("i can't stop crying about mum", "we'll get through this together", True),
    ("he screamed at me in front of everyone at work", "you didn't deserve any of that", True),
    ("我被老板当众骂了", "你不该受这种委屈", True),
]


@pytest.mark.parametrize(("said", "reply", "reacts"), REACTION)
def test_the_reaction_reads_the_same(said: str, reply: str, reacts: bool) -> None:
    table = score_table(chat_table([("ana", said), ("ben", reply)]))
    assert bool(table.scores["responsiveness.reaction"][1] >= PRESENT) is reacts, reply
