"""Twins of the h-couple constructs (couple round one, docs/validity.md "Couple round one"):
contempt, dismissal, an eye-roll or the writer's anger at the reader are no comfort and no
disclosure read by the English model; the writer's apology for their own wrong is repair,
not comfort; presence offered, thanks for the other's care, mock thanks, the other's
looks praised, growing old together, and a couple's household logistics, each in English
and in Chinese where the construct exists in both."""

from __future__ import annotations

import pytest
from twins import fires_alone

from unmask.signals import control_gate

# (message, signal, fires): contempt or dismissal aimed at the reader keeps no model warmth;
# the reader's feelings validated, or the writer's own hurt, still read
COLD_TO_READER = [
    ("god you're so useless", "disclosure.emotional", False),
    ("you're overreacting, it's not a big deal", "support.emotional", False),
    ("ugh you're so sensitive", "support.emotional", False),
    ("i'm done talking to you, you never listen", "disclosure.emotional", False),
    ("wow so glad you remembered i exist 🙄", "support.emotional", False),
    ("i'm so angry i can't even look at you right now", "support.emotional", False),
    ("you're not overreacting, anyone would be upset", "support.emotional", True),
    ("i don't think you're being dramatic, of course you feel hurt", "support.emotional", True),
    ("i'm so sorry babe, that sounds really hard", "support.emotional", True),
    ("i feel so alone when you don't answer", "disclosure.emotional", True),
    ("i'm so angry i can't even look at you right now", "disclosure.emotional", True),
]


@pytest.mark.parametrize(("text", "signal", "fires"), COLD_TO_READER)
def test_contempt_and_dismissal_are_no_warmth(text: str, signal: str, fires: bool) -> None:
    assert fires_alone(text, signal) is fires, text


# (message, support.emotional fires, disclosure.vulnerable fires): the writer's apology for
# a wrong of their own is repair (a mistake owned), not comfort; sympathy beside it is
OWN_WRONG = [
    ("i was wrong about the money thing. i'm sorry", False, True),
    ("i'm sorry i snapped at you earlier, that wasn't fair to you", False, None),
    ("对不起，刚才是我语气不好，不该冲你发火", False, None),
    ("i'm sorry i wasn't there, that must have been so scary. i'm here now", True, None),
]


@pytest.mark.parametrize(("text", "support", "vulnerable"), OWN_WRONG)
def test_own_apology_is_repair(text: str, support: bool, vulnerable: bool | None) -> None:
    assert fires_alone(text, "support.emotional") is support, text
    if vulnerable is not None:
        assert fires_alone(text, "disclosure.vulnerable") is vulnerable, text


# (message, fires): presence and company offered (support.emotional v18, en and zh)
PRESENCE = [
    ("whatever the results say, i'm right here with you", True),
    ("i'm not going anywhere, ok?", True),
    ("you don't have to go through this alone", True),
    ("you're not failing, you're exhausted. there's a difference", True),
    ("你愿意跟我说这些我很开心，我在听", True),
    ("你不用一个人扛，我陪你", True),
    ("你不是没用，你只是太累了", True),
    ("i'm right here at the entrance, by the blue car", False),
    ("you don't have to be there until 8", False),
    ("i'm not failing this class, relax mom", False),
    ("我在听歌呢，等下回你", False),
    ("这个软件你不是没用过吗", False),
]


@pytest.mark.parametrize(("text", "fires"), PRESENCE)
def test_presence_offered(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


# (message, fires): thanks for the other's care and how they have been (gratitude v7); mock
# thanks beside an eye-roll or after 呵呵 is not gratitude
THANKS = [
    ("i really appreciate how patient you've been with me lately", True),
    ("thank you for always being there", True),
    ("谢谢你昨晚陪我聊到那么晚，真的好多了", True),
    ("这段时间辛苦你照顾我了，真的很感激", True),
    ("谢谢你一直包容我的小脾气", True),
    ("thank you for always being there 🙄", False),
    ("thanks for your patience with me lately 🙄", False),
    ("呵呵，谢谢你的关心哦", False),
    ("呵呵，谢谢你一直陪着我", False),
    ("I appreciate how quickly you answered my booking request.", False),
]


@pytest.mark.parametrize(("text", "fires"), THANKS)
def test_thanks_for_care_and_mock_thanks(text: str, fires: bool) -> None:
    assert fires_alone(text, "gratitude") is fires, text


# (message, fires): the other's looks praised and growing old together (affection v3)
AFFECTION = [
    ("you're lucky you're cute", True),
    ("ur so adorable when you're sleepy", True),
    ("i can see myself growing old with you", True),
    ("你真可爱", True),
    ("想和你一起变老", True),
    ("you think you're so cute don't you", False),
    ("the hotel is cute and close to the station", False),
    ("你觉得哪个好看", False),
    ("这件衣服你穿好看吗", False),
]


@pytest.mark.parametrize(("text", "fires"), AFFECTION)
def test_looks_praised_and_growing_old(
    text: str, fires: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the lexicon's reading: the safety model reads "you're lucky you're cute" as control at
    # 1.00, and its level takes the depth at the scorer (control_gate.LEVELS, h-ctrldepth2,
    # a cost named in docs/validity.md)
    monkeypatch.setattr(control_gate, "LEVELS", {})
    assert fires_alone(text, "affection") is fires, text


# (message, fires): a couple's household logistics (logistics v12)
HOUSEHOLD = [
    ("we need toilet paper and dish soap", True),
    ("did you take the chicken out of the freezer", True),
    ("reminder: trash goes out tonight", True),
    ("leaving work now", True),
    ("did you call the landlord?", True),
    ("家里没纸了，我们得买点", True),
    ("物业说明天停水", True),
    ("车停B2了，你直接下来", True),
    ("房东回你了吗", True),
    ("i'm so tired of being out of energy all the time", False),
    ("leaving home was the hardest thing i ever did", False),
    ("我对你已经没感觉了，心都凉了", False),
    ("我心里停不下来，一直在想这件事", False),
]


@pytest.mark.parametrize(("text", "fires"), HOUSEHOLD)
def test_household_logistics(text: str, fires: bool) -> None:
    assert fires_alone(text, "logistics") is fires, text


@pytest.mark.parametrize(
    "text",
    [
        "i'm scared i'm not good enough for you",
        "我好怕你有一天会不要我",
        "i need you to hold me tonight, today was awful",
        "i'm so anxious about the landlord, i can't sleep",
    ],
)
def test_depth_beside_household_words_still_reads(text: str) -> None:
    assert fires_alone(text, "disclosure.emotional") or fires_alone(
        text, "disclosure.vulnerable"
    ), text
