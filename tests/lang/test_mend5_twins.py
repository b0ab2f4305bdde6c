"""Twins of the h-mend5 constructs (docs/signals.md: disclosure.emotional version 28,
disclosure.vulnerable 8, support.emotional 23, affection 6, the structural reader's guard in
safety.isolation 22): a fight's sarcasm, blame and brush-off, a tease closed with love and
sarcasm about the writer's own lot are not the writer's feeling or comfort; a real feeling
beside them still reads; a pet name inside sarcasm at the reader's slowness is no affection;
an activity with a title, a question about oneself as one of a kind, the writer's pride
caused by the reader and an account named by its topic are not what their words seem."""

from __future__ import annotations

import pytest
from twins import fires_alone

from unmask.signals import PRESENT, model, model_zh, score_texts

EMO = "disclosure.emotional"
VUL = "disclosure.vulnerable"
SUPPORT = "support.emotional"


def _lexicon_fires(text: str, signal: str) -> bool:
    """``signal`` of ``text`` scored alone by the lexicons (no model) reaches PRESENT."""
    return bool(score_texts([text], model=False).scores[signal][0] >= PRESENT)


# (message, disclosure.emotional fires): en and zh twins of each kind; the same shape with a
# feeling of the writer's own beside it keeps its reading
FIGHT_OR_TEASE = [
    # mock politeness before "finally", the writer's existence noticed
    ("wow so glad you remembered i exist", False),
    ("so sweet of you to finally text back after 6 hours", False),
    ("哟，终于舍得回我消息了", False),
    ("谢谢你的提醒哦，一直都那么及时👏", False),
    # a charge of the reader's habit
    ("every single time. you always do this", False),
    # h-couplemodel13: a feeling beside a charge of the reader's habit is the reproach's, not
    # a disclosure of the writer's own (couple_model.SHAPE_RULE); the hurt still reads as
    # disclosure.vulnerable (tests/signals/test_couple_model.py)
    ("every single time. you always do this and i'm so hurt", False),
    ("每次都这样", False),
    # a bare brush-off; the zh impatience beside it is cut with it
    ("ugh. leave me alone", False),
    ("烦死了，别管我", False),
    ("烦死了", True),
    # a tease closed with love
    ("you're such a dork and i love it", False),
    ("你打呼噜跟猪一样，但我还是爱你", False),
    ("我还是爱你，可我好难过", True),
    ("我家这个傻老公，攒了十四个花园小矮人，还是爱你", False),
    ("谁又把牛奶放柜子里了，是不是你这个老头子", False),
    ("谁又把我的杯子打碎了，我好心疼", True),
    # a mock threat marked by a laugh
    ("再偷吃我的薯片就分手😂", False),
    # sarcasm about the writer's own lot
    ("amazing. another weekend with your mom. can't wait.", False),
    ("好啊，又是我一个人过周末，真开心", False),
    ("又是我一个人过节，真难过", True),
    ("又能一个人待着了，真开心", True),
    # a real disclosure inside a fight still reads
    ("i'm so hurt you forgot our anniversary", True),
    # checking up, the reader's pain asked and care for the way home, the subject dropped;
    # en twins read no feeling already
    ("为什么不回我消息", False),
    ("为什么不回我消息，我好担心", True),
    ("why aren't you answering me", False),
    ("今天还疼吗？跟我说实话", False),
    ("does it still hurt today? tell me the truth", False),
    ("路上小心，到了跟我说一声❤️", False),
    ("路上小心，我好想你", True),
]


@pytest.mark.parametrize(("text", "fires"), FIGHT_OR_TEASE)
def test_a_fight_sarcasm_or_a_tease_is_no_feeling(text: str, fires: bool) -> None:
    assert fires_alone(text, EMO) is fires, text


# (message, support.emotional fires): sarcasm is not comfort; praise after "love that for me"
# is sarcasm in the lexicon too; sincere praise and thanks keep theirs
SARCASM_NOT_COMFORT = [
    ("wow so glad you remembered i exist", False),
    ("so sweet of you to finally text back after 6 hours", False),
    ("amazing. another weekend with your mom. can't wait.", False),
    ("love that for me. great job as always", False),
    ("great job as always, love you", True),
    ("you made me so proud of myself", False),
    ("you made me so proud of myself, and i'm proud of you too", True),
]


@pytest.mark.parametrize(("text", "fires"), SARCASM_NOT_COMFORT)
def test_sarcasm_and_own_pride_are_no_comfort(text: str, fires: bool) -> None:
    assert fires_alone(text, SUPPORT) is fires, text


def test_praise_after_a_sarcastic_lot_is_framed_in_the_lexicon() -> None:
    assert not _lexicon_fires("love that for me. great job as always", SUPPORT)
    assert _lexicon_fires("great job as always, love you", SUPPORT)


# (message, disclosure.vulnerable fires): a fight's ultimatum over the load carried alone and
# the sarcastic lot; the same load with the writer's tiredness keeps its reading
VULNERABLE = [
    ("这个家全靠我一个人撑着，我不干了", False),
    ("这个家全靠我一个人撑着，我好累", True),
    ("好啊，又是我一个人过周末，真开心", False),
    ("又是我一个人过节，真难过", True),
]


@pytest.mark.parametrize(("text", "fires"), VULNERABLE)
def test_a_fight_ultimatum_and_a_sarcastic_lot_are_not_vulnerable(text: str, fires: bool) -> None:
    assert fires_alone(text, VUL) is fires, text
    assert _lexicon_fires(text, VUL) is fires, text


# (message, affection fires): a pet name inside sarcasm at the reader's slowness
PET_NAME_IN_SARCASM = [
    ("sure babe, take another 3 hours to text back", False),
    ("babe, take your time, i'm here", True),
    ("行啊宝贝，你再让我等两个钟头试试", False),
    ("好的老公，你慢慢回，反正我等惯了", False),
    ("宝贝你慢慢来，我等你", True),
]


@pytest.mark.parametrize(("text", "fires"), PET_NAME_IN_SARCASM)
def test_a_pet_name_in_sarcasm_is_no_affection(text: str, fires: bool) -> None:
    assert fires_alone(text, "affection") is fires, text


# (message, disclosure.emotional fires): a title's words and a question about oneself as
# one of a kind are no feeling; the same with a feeling beside them is
WORDS_THAT_SEEM = [
    ("i'm playing angry birds", False),
    ("i'm playing angry birds and i'm so bored", True),
    ("我在玩 angry birds", False),
    ("我是女生，所以我会矜持吗？", False),
    ("作为内向的人，我是不是就该少说话？", False),
    ("我是女生，所以我会矜持吗？好烦", True),
]


@pytest.mark.parametrize(("text", "fires"), WORDS_THAT_SEEM)
def test_a_title_or_a_question_about_a_kind_is_no_feeling(text: str, fires: bool) -> None:
    assert fires_alone(text, EMO) is fires, text


def test_the_zh_caps_read_the_whole_text_only() -> None:
    assert model_zh.is_title_or_kind("我在玩 angry birds")
    assert not model_zh.is_title_or_kind("我在玩 angry birds，输得好气")
    assert model_zh.is_title_or_kind("我是女生，所以我会矜持吗？")
    assert not model_zh.is_title_or_kind("我是女生，所以我会矜持")
    assert model_zh.unaimed_rest("再骗我就分手") is None
    assert model_zh.unaimed_rest("烦死了，别管我") == ""
    assert model_zh.unaimed_rest("今天烦死了") is None


def test_the_en_caps_need_no_feeling_of_the_writers_own() -> None:
    assert model._fight_or_tease("you always do this")
    assert not model._fight_or_tease("you always know what to say")
    assert not model._fight_or_tease("so glad you finally got some sleep")
    assert not model._fight_or_tease("you're such a jerk and i hate it")


# (message, safety.isolation fires): an account named by its topic is no person cut off
ACCOUNTS = [
    ("unfollow that cooking account, it makes me hungry", False),
    ("unfollow that guy's account, i mean it", True),
]


@pytest.mark.parametrize(("text", "fires"), ACCOUNTS)
def test_an_account_named_by_its_topic_is_no_isolation(text: str, fires: bool) -> None:
    assert fires_alone(text, "safety.isolation") is fires, text
