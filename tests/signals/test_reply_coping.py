"""Questions about how the other copes, advice offered as what helps, and their control twins
(issue 10, h-quest4; responsiveness round 17).

Our own sentences, en and zh. A question about what the other has tried, or a feeling asked
about with its cause, is exploration; checking up on the other's whereabouts, company or
silence is monitoring and is not. A way of coping offered as what it does for the other is
advice (``support.informational``); a demand for obedience is control and is not.
"""

from __future__ import annotations

import numpy as np
import pytest

from unmask.dyad import safety
from unmask.signals.reply import score_reply_text
from unmask.signals.scorer import score_text
from unmask.signals.types import PRESENT

DISCLOSURE = {
    "en": "I've had such a rough week, I can't sleep and I feel awful.",
    "zh": "我这周好难受，晚上睡不着，心里特别乱。",
}

EXPLORES = [
    ("en", "Have you tried anything yet to get through the nights?"),
    ("en", "What have you tried so far to cope with it?"),
    ("en", "What have you done so far to deal with it?"),
    ("en", "Upset about leaving the apartment?"),
    ("en", "Still worried that he won't call?"),
    ("en", "Where were you when it happened?"),
    ("en", "Who were you with when you found out?"),
    ("zh", "你之前试过什么方法来缓解吗？"),
    ("zh", "有什么办法能让你放松一点吗？"),
    ("zh", "是因为搬家的事难过吗？"),
]

NOT_EXPLORATION = [
    # checking up on the other: monitoring, not a question about their experience
    ("en", "Where were you last night?"),
    ("en", "where were you?"),
    ("en", "Who were you texting?"),
    ("en", "Who were you with?"),
    ("en", "Why didn't you answer my calls?"),
    ("en", "Why didn't you pick up?"),
    ("zh", "你昨晚跟谁在一起？"),
    ("zh", "你到底去哪了？"),
    ("zh", "你为什么不接我电话？"),
    # a reproach about the writer's things
    ("en", "What have you done to my phone?"),
    ("zh", "你把我的手机怎么了"),
    ("zh", "你试过这家的菜吗"),
]


@pytest.mark.parametrize(("lang", "reply"), EXPLORES)
def test_coping_and_feeling_questions_explore(lang: str, reply: str) -> None:
    score = score_reply_text(reply, lang, DISCLOSURE[lang]).scores["responsiveness.exploration"]
    assert score is not None and score >= PRESENT


@pytest.mark.parametrize(("lang", "reply"), NOT_EXPLORATION)
def test_checking_up_and_reproaches_do_not_explore(lang: str, reply: str) -> None:
    score = score_reply_text(reply, lang, DISCLOSURE[lang]).scores["responsiveness.exploration"]
    assert score is not None and score < PRESENT


@pytest.mark.parametrize(
    "text", ["Where were you last night?", "Who were you texting?", "你昨晚跟谁在一起？"]
)
def test_checking_up_still_reads_as_control(text: str) -> None:
    """A checking-up question that no longer explores is still read as control: counted as
    monitoring on its own, or weak control (the dyad counts it over days). Since
    ``safety-lr-7`` "Where were you last night?" alone is weak control (.963), not counted
    monitoring (the English threshold .975; ``safety-lr-6`` read it .982 against .955)."""
    scored = score_text(text)
    score = scored.scores["safety.monitoring"]
    counted = score is not None and score >= PRESENT
    weak = safety.weak_control_of([text], [scored.lang], np.zeros(1, dtype=bool))[0]
    assert counted or weak >= safety.WEAK_CONTROL


ADVICE = [
    "I find that some breathing exercises can help clear your head.",
    "A walk might help you calm down a bit.",
    "Running is an amazing stress reliever.",
    "Crying can be therapeutic.",
    "One exercise I find helpful is breathing into my belly for a minute.",
    "healthyplace.com has a good article on this.",
    "There's many free job sites, you could start there.",
    "Sometimes it is for the best to set clear boundaries.",
    "Take a few deep breaths before you call her.",
    "Don't be so hard on yourself, take it one day at a time.",
    "深呼吸能帮你慢慢平静下来。",
    "运动对缓解焦虑很有帮助。",
    "有很多免费的网站可以学。",
    "别太为难自己，一步一步来。",
]

NOT_ADVICE = [
    # control, however it is worded
    "you should just do what I say",
    "You need to listen to me for once.",
    "You have to ask my permission before you go out.",
    "你应该听我的",
    "你最好给我闭嘴",
    "你得照我说的做",
    "You need to tell me where you are at all times.",
    # what does not help, an errand, a place
    "Music doesn't help me relax at all.",
    "The bus helps me get to work on time.",
    "There's so many people at this party.",
    "One thing I like is your smile.",
    "这首歌让我放松不了",
    "有很多人在排队",
]


@pytest.mark.parametrize("text", ADVICE)
def test_ways_of_coping_read_as_advice(text: str) -> None:
    score = score_text(text).scores["support.informational"]
    assert score is not None and score >= PRESENT


@pytest.mark.parametrize("text", NOT_ADVICE)
def test_control_and_errands_are_not_advice(text: str) -> None:
    score = score_text(text).scores["support.informational"]
    assert score is not None and score < PRESENT
