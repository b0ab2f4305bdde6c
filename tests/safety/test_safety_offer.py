"""h-offer: an offer to take a task over so the other is free to go, rest or be with
someone, and a question about the other missing home, are care that the structural reader
(``lang/<code>/safety_struct.yaml``) once read as control; their controlling look-alikes
(a thing of the reader's life handed over, a rule or sanction in the clause) still read."""

from __future__ import annotations

import pytest

from safety_reads import reads_safety
from unmask.signals import safety_struct as ss

#: (en, zh) twins of an offer: the writer takes a task on, the reader is freed
OFFERS: tuple[tuple[str, str], ...] = (
    (
        "leave the shop to me tomorrow, you stay home with your mum",
        "明天店交给我，你回老家陪陪你妈",
    ),
    ("leave the kids to me tonight, you stay home and rest", "孩子交给我，你回娘家住几天"),
    (
        "I'll take care of the shop this week, you go home and be with your family",
        "这周店里的事我来，你安心回去陪家里人",
    ),
    ("leave the packing to me, you go home and sleep", "家里的事交给我，你安心陪妈"),
)

#: (en, zh) look-alikes that take the reader's choice or thing away: they still read
CONTROL: tuple[tuple[str, str, str], ...] = (
    ("leave your phone with me, you stay home", "手机交给我，你回房间待着", "any"),
    ("leave the car to me, you stay home from now on", "店交给我，你回家待着，不许出门", "any"),
    ("leave the money to me, you stay home with the kids", "工资卡交给我，你安心在家", "any"),
    ("quit your job, I'll take care of the bills, you stay home", "钱交给我，你回去吧", "any"),
)

#: zh questions about the reader missing home (别 inside 特别 is no ban)
HOMESICK: tuple[str, ...] = (
    "在国外读书那几年，你有没有哪个晚上特别想家却没说？",
    "你特别想家吗",
    "过年没回去，你是不是特别想爸妈",
)

#: zh bans beside a feeling word, and the bans 别 makes at a clause's start or after 你
BANS: tuple[str, ...] = (
    "你是不是想你妈了，以后不许去你妈家",
    "你是不是想家了，以后别想出门",
    "你以后别出去了，在家待着",
    "以后你别见你闺蜜",
)


@pytest.mark.parametrize("pair", OFFERS)
def test_an_offer_to_take_a_task_over_is_not_control(pair: tuple[str, str]) -> None:
    for text in pair:
        assert ss.read(text) is None, text


@pytest.mark.parametrize("triple", CONTROL)
def test_a_thing_of_the_readers_life_handed_over_or_a_rule_still_reads(
    triple: tuple[str, str, str],
) -> None:
    for text in triple[:2]:
        assert ss.read(text) in ss.SIGNALS, text


@pytest.mark.parametrize("text", HOMESICK)
def test_a_question_about_missing_home_is_not_isolation(text: str) -> None:
    assert ss.read(text) is None


@pytest.mark.parametrize("text", BANS)
def test_a_ban_still_reads(text: str) -> None:
    assert ss.read(text) == "safety.isolation"


@pytest.mark.parametrize(
    "text",
    [
        "明天店交给我，你回老家好好送送奶奶，别惦记这边",
        "在国外那几年，哪个瞬间你特别想家却一直憋着没讲？",
        "leave the kids to me, you stay home and rest",
    ],
)
def test_the_calm_lines_fire_no_safety_signal_end_to_end(text: str) -> None:
    """Lexicons, the reader, the safety model and the care check: nothing counts."""
    assert not reads_safety(text), text


def test_a_choice_taken_away_still_counts_end_to_end() -> None:
    for text in (
        "手机交给我，你回房间待着",
        "leave your phone with me, you stay home",
        "you're not going, I'll go instead",
        "你别去了，我替你去",
        "I've already told your boss you're not coming back",
    ):
        assert reads_safety(text), text
