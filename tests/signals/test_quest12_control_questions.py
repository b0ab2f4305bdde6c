"""A line read as control asks nothing of the other's experience (h-quest12, issue 10,
responsiveness round 25; `responsiveness.exploration` version 24).

An interrogation put as a question after the other's complaint ("Who were you talking to on
the phone for an hour?", "Why did you turn off your location?", 你昨晚跟谁在一起？发生什么了？)
carries the words of a question about the other's story, and the reply layer read it as
exploration (0.60-1.0). Where the message-level reading finds control (a
``CONTROL_SIGNALS`` signal present, and not the writer's own fear), the reply layer drops its
exploration hits, as the message-level gate drops depth (`unmask.signals.control_gate`).
The same questions asked in care, or about the other's own people, still explore.
"""

from __future__ import annotations

import numpy as np
import pytest
from exchange_table import exchange
from twins import EXPLORATION, HURT_EN, HURT_ZH, INTERPRETATION, REACTION

from unmask.signals import score_table
from unmask.signals.reply import _reply_no_control, score_reply_text
from unmask.signals.reply_lexicon import LANGS, MECHANISMS, Hit, ReplyEntry
from unmask.signals.types import CONTROL_SIGNALS, FEAR_SIGNAL, PRESENT

HURT = {"en": HURT_EN, "zh": HURT_ZH}

#: (language, a controlling question): each read exploration 0.60-1.0 before
CONTROL = [
    ("en", "Who were you talking to on the phone for an hour?"),
    ("en", "Why did you turn off your location?"),
    ("en", "Why is Jake commenting on your posts? What's going on there"),
    ("en", "Why did you delete your messages?"),
    ("en", "What's the code to your phone?"),
    ("en", "Who said you could go out?"),
    ("en", "Were you flirting with him again?"),
    ("en", "Why is your phone off?"),
    ("zh", "你昨晚跟谁在一起？发生什么了？"),
    ("zh", "你为什么关机？到底发生什么了？"),
    ("zh", "你最近怎么了？是不是有事瞒着我？把手机给我"),
    ("zh", "你今天去哪了，和谁？说清楚，发生了什么"),
]

#: (language, a question about the other's experience or their people, no control)
TWINS = [
    ("en", "What happened at work today?"),
    ("en", "How are you holding up?"),
    ("en", "What did your boss say?"),
    ("en", "Did your sister call you back?"),
    ("en", "Why do you think she deleted her messages?"),
    ("en", "Are you okay? You sounded upset on the phone"),
    ("zh", "发生什么了？慢慢说"),
    ("zh", "你还好吗？"),
]


def _row(lang: str, reply: str, evidence: bool = True) -> dict[str, float]:
    result = score_table(exchange(HURT[lang], reply), evidence=evidence)
    return {name: float(np.nan_to_num(col[1])) for name, col in result.scores.items()}


@pytest.mark.parametrize(("lang", "reply"), CONTROL)
def test_a_controlling_question_explores_nothing(lang: str, reply: str) -> None:
    # the reply layer's own words read it as a question about the other ...
    assert score_reply_text(reply, lang, HURT[lang]).scores[EXPLORATION] >= PRESENT
    for evidence in (True, False):
        row = _row(lang, reply, evidence)
        # ... the message reads as control, so it explores nothing
        assert max(row[name] for name in CONTROL_SIGNALS) >= PRESENT
        assert row[EXPLORATION] == 0.0


@pytest.mark.parametrize(("lang", "reply"), TWINS)
def test_a_caring_question_still_explores(lang: str, reply: str) -> None:
    for evidence in (True, False):
        row = _row(lang, reply, evidence)
        assert max(row[name] for name in CONTROL_SIGNALS) < PRESENT
        assert row[EXPLORATION] >= PRESENT


def test_the_control_evidence_is_gone_too() -> None:
    result = score_table(exchange(HURT["en"], "Why did you turn off your location?"))
    assert EXPLORATION not in result.evidence[1]
    assert "responsiveness" not in result.evidence[1]


def test_the_writers_own_fear_keeps_the_question() -> None:
    entry = ReplyEntry(weight=0.8, example="are you safe?", source="test", pattern="x")
    found = {lang: [[] for _ in MECHANISMS] for lang in LANGS}
    exploration = MECHANISMS.index("exploration")
    found["en"][exploration] = [Hit(row, entry, 0, 1, "x") for row in range(3)]
    control = np.array([1.0, 1.0, 0.0])
    fear = np.array([0.0, 0.9, 0.0])
    scores = {CONTROL_SIGNALS[0]: control, FEAR_SIGNAL: fear}
    _reply_no_control(found, scores, 3, None)
    # row 0 controls; row 1 controls in fear (a victim's own line); row 2 neither
    assert [h.row for h in found["en"][exploration]] == [1, 2]


#: (language, control wrapped in warmth or understanding): each read reaction or
#: interpretation 0.65-1.0 after a complaint before the gate covered every mechanism
WRAPPED = [
    ("en", "I understand you're upset, but you're not going out tonight."),
    ("en", "That must be hard for you. Still, you're not seeing your friends this weekend."),
    (
        "en",
        "I'm so sorry you're hurting. Text me the second you leave work so I know where you are.",
    ),
    ("zh", "听起来你很累，以后工资卡交给我管。"),
    ("zh", "抱抱你，别难过，以后不准再跟她联系。"),
    ("zh", "心疼你，把你定位共享给我。"),
]

#: the same warmth and understanding with no control: they keep their reading
WARM = [
    ("en", "I'm so sorry you're hurting. I'm here for you, always.", REACTION),
    ("en", "That must be so hard for you. Want me to come over?", INTERPRETATION),
    ("zh", "抱抱你，别难过，我一直都在。", REACTION),
    ("zh", "听起来你很累，早点休息吧。", INTERPRETATION),
]


@pytest.mark.parametrize(("lang", "reply"), WRAPPED)
def test_control_wrapped_in_warmth_earns_no_reply_credit(lang: str, reply: str) -> None:
    # the reply layer's own words read warmth or understanding ...
    own = score_reply_text(reply, lang, HURT[lang]).scores
    assert max(own[REACTION], own[INTERPRETATION]) >= PRESENT
    for evidence in (True, False):
        row = _row(lang, reply, evidence)
        # ... the message reads as control, so no mechanism is credited
        assert max(row[name] for name in CONTROL_SIGNALS) >= PRESENT
        assert row[REACTION] == row[INTERPRETATION] == row["responsiveness"] == 0.0


@pytest.mark.parametrize(("lang", "reply", "signal"), WARM)
def test_warmth_without_control_keeps_its_reading(lang: str, reply: str, signal: str) -> None:
    for evidence in (True, False):
        row = _row(lang, reply, evidence)
        assert max(row[name] for name in CONTROL_SIGNALS) < PRESENT
        assert row[signal] >= PRESENT


def test_every_mechanism_of_a_ruled_row_is_dropped() -> None:
    entry = ReplyEntry(weight=0.8, example="x", source="test", pattern="x")
    found = {
        lang: [[Hit(row, entry, 0, 1, "x") for row in range(2)] for _ in MECHANISMS]
        for lang in LANGS
    }
    _reply_no_control(found, {CONTROL_SIGNALS[0]: np.array([0.9, 0.0])}, 2, None)
    for lang in LANGS:
        assert [[h.row for h in hits] for hits in found[lang]] == [[1]] * len(MECHANISMS)
