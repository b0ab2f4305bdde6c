"""Twins of the h-couple4 constructs (docs/validity.md "Fights, sarcasm and brush-offs
are not feeling or comfort (h-couple4)"): sarcasm about the writer's own lot, a question
about the reader's feeling for the writer and a control demand are not the writer's
``disclosure.emotional`` (``model._cap_formulas``, ``model_zh._COLD_AT_READER`` /
``_ASKS_READER`` / ``_ASKS_READER_OF_US``); "you'll get over it" / 这有什么大不了的 are no
comfort, nor praise followed by the writer's order (``guards/compliance.yaml`` en v4 / zh
v3, ``support_emotional.yaml`` v20); questions about the other's inner life in a couple's
words read ``inner_question`` (en / zh v10). Each construct in English and in Chinese,
with the lines that must keep their reading (the writer's own feeling, real comfort)."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, fires): disclosure.emotional (the models' caps)
EMOTIONAL = [
    # sarcasm about the writer's own lot
    ("love that for me", False),
    ("oh great, another night alone", False),
    ("perfect. stuck at work again", False),
    ("another weekend by myself, so fun", False),
    # ... the writer's own feeling beside it still reads
    ("oh great, another night alone, i feel so lonely", True),
    ("another weekend by myself and i'm so sad about it", True),
    # ... and joy shared is no sarcasm: "love this for us" is sincere (as in reply_guard)
    ("we got the apartment, i'm so happy, love this for us", True),
    ("love that for us, so happy", True),
    # a question about the reader's feeling for the writer
    ("are you happy with me?", False),
    ("你跟我在一起开心吗？", False),
    ("你心里到底怎么想的？", False),
    ("是不是有什么不开心？", False),
    ("这件事里最让你难受的是哪一点？", False),
    ("what's the part of this that hurts the most?", False),
    # ... the writer's own feeling beside it still reads
    ("我好难过，你跟我在一起开心吗？", True),
    ("i'm so scared, do you still love me?", True),
    ("最让你难受的是哪一点？我也好难过", True),
    ("最让我难受的是你不回消息", True),
    # control: an order, a demand for the reader's phone, the accusation behind it
    ("把你手机密码告诉我，不然就是心里有鬼", False),
    ("你做得对，现在听我的", False),
    ("you did the right thing, now do what i say", False),
    # the writer's feeling stays
    ("我心里很乱，不知道怎么想", True),
    ("i'm so sad today, i miss you", True),
]


@pytest.mark.parametrize(("text", "fires"), EMOTIONAL)
def test_sarcasm_questions_control_not_the_writers_feeling(text: str, fires: bool) -> None:
    assert fires_alone(text, "disclosure.emotional") is fires, text


# (message, fires): support.emotional en v20 / zh v20, compliance en v4 / zh v3
SUPPORT = [
    # a brush-off is dismissal
    ("you'll get over it", False),
    ("meh you'll get over it, relax", False),
    ("这有什么大不了的", False),
    # praise, then the writer's order
    ("you did the right thing, now do what i say", False),
    ("you're stronger than you think, so stop crying", False),
    ("good job, now listen to me", False),
    ("你做得对，现在听我的", False),
    ("你比你想象的坚强，所以不许哭", False),
    # real comfort keeps its reading
    ("you'll get over it in time, i promise", True),
    ("it hurts now but you'll get over this", True),
    ("i'm so sorry you're going through this", True),
    ("it'll get better, i promise", True),
    ("you're stronger than you think", True),
    ("you did the right thing, now rest", True),
    ("没什么大不了的，会过去的", True),
    ("你已经做得很好了，别哭了", True),
    ("你比你想象的更坚强", True),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_brush_offs_and_praise_then_order_no_comfort(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, fires): inner_question en v10 / zh v10
INNER = [
    ("what's the part of this that hurts the most?", True),
    ("be honest, are you happy with me?", True),
    ("do you feel like i've been there for you lately?", True),
    ("这件事里最让你难受的是哪一点？", True),
    ("你跟我在一起开心吗？说实话", True),
    ("你觉得最近我有好好支持你吗？", True),
    ("你爸手术的事，你心里到底怎么想的？", True),
    ("吃完饭你就不说话了，是不是有什么不开心？", True),
    # checking up, a fight's question, a reproach, the writer's own pain, a thing
    ("what part of the car is broken?", False),
    ("you think i don't support you?", False),
    ("你刚才跟谁在一起", False),
    ("你到底想怎样", False),
    ("你觉得我不关心你？", False),
    ("最让我难受的是你不回消息", False),
    ("我是不是有压力？", False),
]


@pytest.mark.parametrize(("text", "fires"), INNER)
def test_questions_about_the_others_inner_life(text: str, fires: bool) -> None:
    assert fires_alone(text, "inner_question") is fires, text
