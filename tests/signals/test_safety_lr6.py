"""safety-lr-6 (h-safety29): the Chinese safety model refitted on rounds one to twenty-six.
Control written fresh for this test (not from any round) still reads in both languages, and
its twins - care, trust told with jealousy, a victim's report of someone else, a favour -
read no safety signal; a joke dare is set aside as laughing."""

from __future__ import annotations

import pytest

from safety_reads import reads_safety
from unmask.dyad.safety import laughs
from unmask.signals import safety_model as sm

CONTROL = [
    "你的银行卡密码告诉我，以后每笔开销都得我点头",
    "下班必须直接回家，路上给我开着共享位置，少一分钟我都要问",
    "你要是再去见那个男同事，你那些衣服我全给你剪了",
    "Give me your bank PIN, from now on every purchase goes through me",
    "From now on you come straight home after work, location on, or I take the car keys",
]
TWINS = [
    "你的银行卡快到期了，新卡寄到了记得去激活",
    "下班路上慢点，到家了要是累就先躺会儿，饭我来做",
    "那个男同事人挺好的，周末一起吃饭吧，我也想认识认识",
    "我吃醋了，但我相信你，去吧，玩得开心",
    "我朋友说她老公天天查她手机，我劝她去找人聊聊",
    "我担心你最近太累了，要不请两天假休息一下？",
    "Your bank card expires soon, the new one came in the post, remember to activate it",
    "Drive safe after work, if you're tired when you get in I'll cook",
    "I get a little jealous when you're out late but I trust you, have fun tonight",
    "My friend's husband checks her phone every night, I told her to talk to someone",
]


def test_the_version_and_the_chinese_cue_threshold() -> None:
    # safety-lr-7 (h-safety36) kept these Chinese weights and refitted the English ones;
    # safety-lr-8 (h-safety44) refitted them on rounds 1-35: this control still reads;
    # safety-lr-9 (h-safety47) and safety-lr-10 (h-safety53) keep those Chinese weights under
    # their version
    assert sm.MODEL_VERSION == "safety-lr-10"
    assert sm.CUE_THRESHOLD["zh"] == 0.785
    assert sm.available()


@pytest.mark.parametrize("text", CONTROL)
def test_fresh_control_reads_in_both_languages(text: str) -> None:
    assert reads_safety(text), text


@pytest.mark.parametrize("text", TWINS)
def test_care_trust_and_reports_read_no_safety_signal(text: str) -> None:
    assert not reads_safety(text), text


def test_a_joke_dare_is_set_aside_as_laughing() -> None:
    text = "你敢再不接我电话试试😂 开玩笑的，忙完回我"
    assert laughs(text)
