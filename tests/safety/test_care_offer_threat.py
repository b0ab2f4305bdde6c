"""h-care3: a care offer keeps no threat from the word lists (docs/safety.md, "care";
docs/validity.md, "Care offers read as threats (h-care3)"). The children taken so the other
can rest ("you need a night to yourself, I'll take the kids", 孩子我带，你今晚好好歇歇) read
nothing; the same words with a dare, a parting or a condition still read as a threat. Lines
written fresh for these tests, not round lines."""

from __future__ import annotations

import pytest

from safety_reads import reads_safety
from unmask.signals import safety_care
from unmask.signals.scorer import score_texts

#: (text, lang): the children taken or the rest named, the other freed
OFFERS: tuple[tuple[str, str], ...] = (
    ("you need a night to yourself, I'll take the kids", "en"),
    ("sleep in tomorrow, I'll take the kids", "en"),
    ("you've had a rough week, go rest, I'll take the kids", "en"),
    ("have a lie in, I'll keep the baby", "en"),
    ("go see your sister, I'll take the kids", "en"),
    ("I'll take the kids for the weekend, you get some rest", "en"),
    ("孩子我来带，你今晚好好歇歇", "zh"),
    ("孩子我带，你今晚好好歇歇", "zh"),
    ("你去跟朋友聚聚吧，孩子我带", "zh"),
    # h-care4: a freeing "go" (encouragement, enjoyment, a task taken over), friends as company
    ("just go, have a good time, I'll take the kids", "en"),
    ("go, have fun, I'll keep the baby", "en"),
    ("go out with your friends tonight, I'll take the kids", "en"),
    ("it's fine, go out with your mates, I'll take the kids", "en"),
    ("go out, have dinner and then a film, I'll take the kids", "en"),
    ("你去好好玩，孩子我带", "zh"),
)

#: the same words as a threat: a dare, a parting, a condition, the other sent away, the
#: children kept away
THREATS: tuple[tuple[str, str], ...] = (
    ("leave and I'll take the kids", "en"),
    ("try it and I'll take the kids", "en"),
    ("I'll take the kids and you'll never see them", "en"),
    ("if you go out tonight I'll take the kids", "en"),
    ("go then, I'll take the kids", "en"),
    ("go ahead, leave, I'll take the kids", "en"),
    ("sleep on the couch then, I'll take the kids and you can rot", "en"),
    ("get out, I'll keep the kids", "en"),
    ("go, I'll keep the kids", "en"),
    ("take your stuff and go, I'll keep the kids", "en"),
    # h-care4: the same going as a parting, a shrug or a dare
    ("just go, I'll take the kids", "en"),
    ("fine, go, I'll take the kids", "en"),
    ("oh fine, go out with your friends, I'll take the kids", "en"),
    ("go out with your friends tonight then, I'll take the kids", "en"),
    ("well then go, I'll take the kids", "en"),
    ("go, have fun, see if I care, I'll take the kids", "en"),
    ("go, have fun with your boyfriend, I'll keep the kids", "en"),
    ("go out with your friends and don't come back, I'll keep the kids", "en"),
    ("take your stuff and go, have a good time, I'll keep the kids", "en"),
    ("你敢走，孩子我带走", "zh"),
    ("你走吧，孩子我带走，你这辈子别想见", "zh"),
)


@pytest.mark.parametrize(("text", "lang"), OFFERS)
def test_a_care_offer_reads_no_threat(text: str, lang: str) -> None:
    assert safety_care.is_care_offer(text, lang), text
    assert not reads_safety(text), text


@pytest.mark.parametrize(("text", "lang"), THREATS)
def test_the_threat_keeps_its_reading(text: str, lang: str) -> None:
    assert not safety_care.is_care_offer(text, lang), text
    assert (score_texts([text]).scores["safety.threat"][0] or 0.0) >= 0.5, text


def test_a_thing_of_the_others_life_keeps_it_control() -> None:
    """The children taken with the other's phone is no offer (the keep part holds)."""
    text = "you need a night to yourself, I'll take the kids and your phone"
    assert not safety_care.is_care_offer(text, "en")


#: h-care4: the Chinese going as a parting or a shrug is no offer (the model's reading of it
#: is counted); the word lists read no threat in these either way
ZH_PARTINGS: tuple[str, ...] = (
    "你走吧，孩子我带",
    "随便你，你去玩吧，孩子我带",
    "那你去玩啊，孩子我带",
    "你去玩吧，别回来了，孩子我带",
)


@pytest.mark.parametrize("text", ZH_PARTINGS)
def test_a_chinese_parting_is_no_offer(text: str) -> None:
    assert not safety_care.is_care_offer(text, "zh"), text
