"""English data files as tables, plus phenomenon corpora (negation, appeasement, ...)."""

from __future__ import annotations

import pytest
from lexicon_cases import entry_cases, must_not_fire_cases

from unmask.signals import PRESENT, score_text


def _score(text: str, signal: str) -> float:
    value = score_text(text, model=False).scores[signal]
    assert value is not None
    return value


@pytest.mark.parametrize(("source", "signal", "example"), entry_cases("en"))
def test_every_example_fires(source: str, signal: str, example: str) -> None:
    result = score_text(example, model=False)
    assert result.scores[signal] is not None and result.scores[signal] >= PRESENT, source
    assert result.evidence.get(signal), source


@pytest.mark.parametrize(("name", "signal", "message"), must_not_fire_cases("en"))
def test_must_not_fire(name: str, signal: str, message: str) -> None:
    assert _score(message, signal) < PRESENT, name


# (message, signal, should it fire?)
NEGATION = [
    ("I'm so sad today", "disclosure.emotional", True),
    ("I'm not sad, just busy", "disclosure.emotional", False),
    ("I'm not really ok", "disclosure.vulnerable", True),
    ("not really ok", "appeasement", False),
    ("I don't love you anymore", "affection", False),
    ("I never feel lonely with you", "disclosure.vulnerable", False),
]
APPEASEMENT = [
    ("ok", "appeasement", True),
    ("whatever you want", "appeasement", True),
    ("up to u", "appeasement", True),
    ("ok so I think we should really move, the commute is killing me", "appeasement", False),
    ("I'd rather stay home tonight, I'm exhausted", "appeasement", False),
]
CHAT_SPELLING = [
    ("ily", "affection", True),
    ("luv u", "affection", True),
    ("r u ok?", "inner_question", True),
    ("im scared", "disclosure.vulnerable", True),
    ("tbh idk", "appeasement", False),
]
ELONGATION = [
    ("sooo saaad", "disclosure.emotional", True),
    ("i miss youuuu", "affection", True),
    ("thankssss", "gratitude", False),
    ("thank youuu for listening", "gratitude", True),
]
EMOJI = [
    ("❤️", "affection", True),
    ("😭😭", "disclosure.emotional", True),
    ("<3", "affection", True),
    ("long day :(", "disclosure.emotional", True),
    ("🍕", "affection", False),
]
DISMISSAL = [
    ("you're overreacting", "dismissal", True),
    ("calm down", "dismissal", True),
    ("it's not a big deal", "dismissal", True),
    ("I'm not overreacting, am I?", "dismissal", False),
]
SURFACE = [
    ("I sent you my half of the rent", "transactional", True),
    ("can you pick up the kids at 5", "logistics", True),
    ("it's your turn to do the dishes", "duty", True),
    ("someday we should live by the sea", "future", True),
    ("how are you feeling about your dad?", "inner_question", True),
]


# booking and service talk: surface, never depth (written in the style of hotel/train chats)
TASK_TALK = [
    ("I need to make a reservation for 4 nights starting Friday.", "logistics", True),
    ("Please specify your price range.", "transactional", True),
    ("It is 17 minutes.", "logistics", True),
    ("The train leaves at 13:45 and the fare is 12.10 pounds.", "transactional", True),
    ("Can I get the postcode and phone number please?", "logistics", True),
    ("Thanks so much for your help!", "gratitude", False),
    ("I appreciate your help today.", "gratitude", False),
    ("We have several guesthouses in the north. Do you have a preference?", "we_talk", False),
    ("Thank you for contacting us, let us know if you need anything else.", "we_talk", False),
    ("I am afraid there are no tables available at 19:00.", "disclosure.vulnerable", False),
    ("I need help finding a taxi to the station.", "disclosure.vulnerable", False),
    ("It will be a blue Toyota, you will be picked up at 5.", "support.emotional", False),
    # ... while the same words between partners still read
    ("thank you for always being there", "gratitude", True),
    ("we'll get through this together", "we_talk", True),
    ("I'm afraid you'll leave me", "disclosure.vulnerable", True),
]


@pytest.mark.parametrize(
    ("message", "signal", "fires"),
    NEGATION + APPEASEMENT + CHAT_SPELLING + ELONGATION + EMOJI + DISMISSAL + SURFACE + TASK_TALK,
)
def test_phenomena(message: str, signal: str, fires: bool) -> None:
    assert (_score(message, signal) >= PRESENT) is fires


def test_intensifier_raises_the_score() -> None:
    assert _score("this is so sad", "disclosure.emotional") > _score(
        "this is sad", "disclosure.emotional"
    )


def test_elongated_span_points_at_the_original_letters() -> None:
    result = score_text("I'm sooo saaad", model=False)
    spans = [(e.match, e.start, e.end) for e in result.evidence["disclosure.emotional"]]
    assert all("I'm sooo saaad"[s:e] == m for m, s, e in spans)
    assert any(m.endswith("saaad") for m, _, _ in spans)
