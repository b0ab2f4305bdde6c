"""The three mechanisms against EPITOME's published definitions (Sharma et al. 2020).

EPITOME rates a response to a seeker's post on each mechanism: none, weak or strong.
Emotional reactions express warmth, compassion or concern (weak: without naming the
feeling, "Everything will be fine"; strong: naming it, "I feel really sad for you").
Interpretations communicate an understanding of the seeker's feelings or experience (weak:
"I understand how you feel"; strong: the inferred feeling, "This must be terrifying", or a
similar experience of the responder's own). Explorations ask about feelings or experiences
the seeker has not stated (weak: generic, "What happened?"; strong: specific, "Are you
feeling alone right now?"). Our scores are not levels: weak and strong must both read
present (>= 0.5), none must not. The replies below are our own wording of each level,
written from the definitions (not EPITOME's data).
"""

from __future__ import annotations

import pytest

from unmask.signals.reply import score_reply_text
from unmask.signals.types import PRESENT

POST = "My boyfriend left me last week and I can't stop crying. I feel so alone."

LEVELS = {
    "reaction": {
        "weak": [
            "Everything will be fine, you'll see.",
            "Things will get better, hang in there.",
            "Stay strong.",
            "Sending you good vibes.",
            "I'm sorry to hear that.",
            "It gets better with time.",
            # reassurance by others' company: reaction, no longer interpretation (h-epi4)
            "You're not alone, a lot of people feel this way.",
        ],
        "strong": [
            "I feel really sad for you.",
            "My heart goes out to you.",
            "I'm so sorry you're going through this, it breaks my heart.",
            "I'm really worried about you.",
        ],
    },
    "interpretation": {
        "weak": [
            "I understand how you feel.",
            "I know what you mean.",
            "I can see where you're coming from.",
            "Same here, I feel the same way.",
            # the feeling named as fitting stays interpretation (h-epi4)
            "It's completely normal to feel this way.",
            "That's a very natural reaction.",
        ],
        "strong": [
            "This must be terrifying for you.",
            "It must feel so lonely right now.",
            "You must be heartbroken.",
            "I went through a breakup last year and I cried for weeks too.",
            "I also felt completely alone after my divorce.",
            "It sounds like you feel abandoned.",
            # the feeling named with "you feel", as a statement (h-epi4)
            "You feel so alone right now.",
        ],
    },
    "exploration": {
        "weak": [
            "What happened?",
            "Do you want to talk about it?",
            "How are you holding up?",
        ],
        "strong": [
            "Are you feeling alone right now?",
            "What do you miss most about him?",
            "Did he tell you why he left?",
            "How have you been coping since he left?",
            "Is the loneliness worse at night?",
        ],
    },
}
#: replies that show none of a mechanism after the same post
NONE = {
    "reaction": ["Have you tried dating apps?", "Breakups happen all the time."],
    "interpretation": [
        "He was not worth it.",
        "I don't understand why you're upset.",
        # "you feel" asked, a condition, or contempt (h-epi4)
        "If you feel lonely, call your sister.",
        "I don't care that you feel sad.",
        "You're tired of me, just say it.",
    ],
    "exploration": [
        "Why don't you just move on?",
        "Are you free on Saturday for the party?",
        "Did you pay the rent this month?",
    ],
}

#: advice and information only: EPITOME rates them "none" on all three mechanisms
ADVICE = [
    "You should see a therapist.",
    "Try meditation, there are some great apps for it.",
    "Get off social media for a while.",
    "Journaling really helped me.",
    "You can call a hotline, they are available 24/7.",
    "Have you considered talking to your doctor about medication?",
]

CASES = [
    (part, level, reply)
    for part, levels in LEVELS.items()
    for level, replies in levels.items()
    for reply in replies
]


@pytest.mark.parametrize(("part", "level", "reply"), CASES)
def test_weak_and_strong_levels_read_present(part: str, level: str, reply: str) -> None:
    score = score_reply_text(reply, "en", POST).scores[f"responsiveness.{part}"]
    assert score is not None and score >= PRESENT, (level, reply)


@pytest.mark.parametrize(
    ("part", "reply"), [(part, reply) for part, replies in NONE.items() for reply in replies]
)
def test_none_level_stays_below_present(part: str, reply: str) -> None:
    score = score_reply_text(reply, "en", POST).scores[f"responsiveness.{part}"]
    assert score is not None and score < PRESENT


@pytest.mark.parametrize("reply", ADVICE)
def test_advice_alone_shows_no_mechanism(reply: str) -> None:
    scores = score_reply_text(reply, "en", POST).scores
    for part in ("reaction", "interpretation", "exploration"):
        score = scores[f"responsiveness.{part}"]
        assert score is not None and score < PRESENT, part


ZH_POST = "男朋友上周跟我分手了，我一直哭，感觉好孤单。"
ZH_LEVELS = {
    "reaction": ["会好起来的", "心疼你", "真为你难过", "我很担心你"],
    "interpretation": [
        "我理解你的感受",
        "听起来你很孤单",
        "你一定很难过吧",
        # a guess at the feeling with a final 吧 (h-epi4)
        "你现在很难过吧",
        "你这几天累坏了吧",
        "换作是我也会很伤心",
        "我也经历过分手，哭了好几个星期",
    ],
    "exploration": [
        "发生什么事了？",
        "你想聊聊吗？",
        "你现在是不是觉得很孤单？",
        "晚上会更难受吗？",
        "他有说为什么要分手吗？",
        "这几天你是怎么熬过来的？",
    ],
}
ZH_NONE = {
    "exploration": ["你周六有空吗？", "房租交了吗？", "会不会太贵？"],
    # a taunt after the guess (h-epi4)
    "interpretation": ["你难受了吧？活该"],
}


@pytest.mark.parametrize(
    ("part", "reply"), [(p, r) for p, replies in ZH_LEVELS.items() for r in replies]
)
def test_chinese_levels_read_present(part: str, reply: str) -> None:
    score = score_reply_text(reply, "zh", ZH_POST).scores[f"responsiveness.{part}"]
    assert score is not None and score >= PRESENT, reply


@pytest.mark.parametrize(
    ("part", "reply"), [(p, r) for p, replies in ZH_NONE.items() for r in replies]
)
def test_chinese_none_level_stays_below_present(part: str, reply: str) -> None:
    score = score_reply_text(reply, "zh", ZH_POST).scores[f"responsiveness.{part}"]
    assert score is not None and score < PRESENT
