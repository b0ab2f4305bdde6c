"""h-calm: kind offers that the structural reader, the parts, a threat entry or the safety
model still counted as control (docs/validity.md, "Calm couple lines that still fired a
safety signal (h-calm)"). An offer told second ("stay in bed, I'll phone in for you"), an
offer with the time or place first (孩子今晚交给我，你在家好好休息), 别想 about a matter
(别想那些烦心的事) and the safety model's reading of an offer ("leave the kids to me tonight,
you stay home and rest", `lang/<code>/guards/care_offer.yaml`) count nothing; the controlling
look-alikes still read. Lines written fresh for these tests, not round lines."""

from __future__ import annotations

import pytest

from safety_reads import reads_safety
from unmask.signals import safety_care, safety_model
from unmask.signals import safety_struct as ss

#: (en, zh) twins of an offer the structural reader had read: the other told to rest first
#: and the writer taking a task over, or the time or place first
READER_OFFERS: tuple[tuple[str, str], ...] = (
    (
        "stay in bed this morning, I'll phone in for you and walk the dog",
        "你躺着吧，我帮你跟单位请个假",
    ),
    ("take the day off, I'll call work and say you're poorly", "孩子今晚交给我，你在家好好休息"),
    ("you stay home and sleep in, I'll sort the school run", "孩子今晚交给我，你去跟闺蜜吃个饭"),
)

#: (en, zh) twins: 别想 about a matter (zh) is no ban; the en line says the same
NOT_A_BAN: tuple[str, str] = (
    "leave the dishes to me, get an early night and don't think about work",
    "碗我来洗，你今天早点睡，别想那些烦心的事了",
)

#: (en, zh) offers the English safety model reads as a threat at its threshold (no word list)
MODEL_OFFERS: tuple[tuple[str, str], ...] = (
    ("leave the kids to me tonight, you stay home and rest", "孩子今晚交给我，你在家好好休息"),
    ("leave the kids to me tonight, go see your sister", "孩子今晚交给我，你去跟闺蜜吃个饭"),
)

#: (en, zh) controlling look-alikes: a person dealt with for the other, a standing rule, a
#: ban, a dare: every one still counts
CONTROL: tuple[tuple[str, str], ...] = (
    (
        "stay home today, I'll call your boss and tell him you quit",
        "今天在家待着，我去跟你领导说你辞职了",
    ),
    ("I've already told your boss you're not coming in", "以后别想出去工作了"),
    (
        "leave the kids to me tonight, you stay home from now on",
        "孩子今晚交给我，你在家待着，不许出门",
    ),
    (
        "go ahead, see your mates. I'll make sure the kids know what you are",
        "以后不许见你朋友，别想那么多",
    ),
    ("stay home tonight, I'll take care of your phone", "你走可以，孩子和房子你都别想"),
)


@pytest.mark.parametrize("pair", READER_OFFERS)
def test_an_offer_is_not_read_as_control_by_its_parts(pair: tuple[str, str]) -> None:
    for text in pair:
        assert ss.read(text) is None, text
        assert not reads_safety(text), text


def test_thinking_about_a_matter_is_no_ban() -> None:
    for text in NOT_A_BAN:
        assert ss.read(text) is None, text
        assert not reads_safety(text), text


@pytest.mark.parametrize("pair", MODEL_OFFERS)
def test_the_models_reading_of_an_offer_is_not_counted(pair: tuple[str, str]) -> None:
    en, zh = pair
    probs = safety_model.predict([en], "en")
    threshold = safety_model._cache["en"].get().threshold
    assert 1.0 - probs[0, 0] >= threshold, en  # the model reads it; the guard drops it
    for text, lang in ((en, "en"), (zh, "zh")):
        assert safety_care.is_care_offer(text, lang), text
        assert not reads_safety(text), text


@pytest.mark.parametrize("pair", CONTROL)
def test_the_controlling_look_alikes_still_count(pair: tuple[str, str]) -> None:
    for text, lang in zip(pair, ("en", "zh"), strict=True):
        assert not safety_care.is_care_offer(text, lang), text
        assert reads_safety(text), text


def test_a_language_without_the_offer_file_has_no_offer() -> None:
    assert safety_care.offer_parts("fr") is None
    assert not safety_care.is_care_offer("laisse-moi les enfants ce soir, repose-toi", "fr")
