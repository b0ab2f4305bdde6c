"""Twins of the h-quest11 reply changes (issue 10, responsiveness round 24), both languages.

The writer's own hurt put to the other as a question ("how do you think that makes me feel?",
"do you even care how I feel?", 你知道我有多难受吗, 你是不是觉得我好欺负) is a fight's question, no
exploration (`reply_structure.FIGHT`, 0.6-0.8 before); a charge after an understanding said first
("I know you're lying", "I get it, you'd rather be with her", 我懂，你就是想跟她在一起) is no
interpretation.

A perception frame turned into a charge ("I can tell you're lying", "sounds like you're making
excuses again", "it seems like you don't even care", 听起来你就是在找借口, 感觉你很敷衍) is no
interpretation (`reply_guard`, each read 0.90-1.0 before), while the other's feeling, effort or
a worry for them in the same frame still is ("I can tell you're upset with me", "it seems like
you don't care about yourself anymore"). Chinese twins of English readings: 听上去你挺难受的,
听你这么说，你挺委屈的, 感觉你压力挺大的 (interpretation); 最让你心累的是什么, 那时候你心里什么滋味,
这对你来说意味着什么, 你希望他怎么做, 你是不是有点失望 (exploration); "I can see this really matters
to you" and 看得出来这件事对你很重要 (interpretation). Every reply that fires here read 0 before,
every charge that does not read 0.90 or more."""

from __future__ import annotations

import numpy as np
import pytest
from exchange_table import exchange
from twins import (
    EXPLORATION,
    HARD_EN,
    HARD_ZH,
    HURT_EN,
    HURT_ZH,
    INTERPRETATION,
    reply_fires,
)

from unmask.signals import score_table
from unmask.signals.reply import score_replies
from unmask.signals.types import PRESENT

#: (language, the partner's message, reply, signal, fires)
TWINS = [
    # the perception frame turned into a charge, and its caring twins
    ("en", HURT_EN, "I can tell you're lying.", INTERPRETATION, False),
    ("en", HURT_EN, "I can tell that you're lying to me again.", INTERPRETATION, False),
    ("en", HURT_EN, "I can see you're not even trying.", INTERPRETATION, False),
    ("en", HURT_EN, "I can tell you're not listening.", INTERPRETATION, False),
    ("en", HURT_EN, "I can tell you're hiding something.", INTERPRETATION, False),
    ("en", HURT_EN, "I can tell you're just saying that.", INTERPRETATION, False),
    ("en", HURT_EN, "I can see that you don't care about me at all.", INTERPRETATION, False),
    ("en", HURT_EN, "Sounds like you're lying again.", INTERPRETATION, False),
    ("en", HURT_EN, "It sounds like you're making excuses.", INTERPRETATION, False),
    ("en", HURT_EN, "It sounds like you're overreacting.", INTERPRETATION, False),
    ("en", HURT_EN, "It seems like you're being paranoid again.", INTERPRETATION, False),
    ("en", HURT_EN, "It seems like you don't even care.", INTERPRETATION, False),
    ("en", HURT_EN, "Sounds like you need to grow up.", INTERPRETATION, False),
    ("en", HARD_EN, "Sounds like you need to rest.", INTERPRETATION, True),
    ("en", HURT_EN, "I can tell you're upset with me.", INTERPRETATION, True),
    ("en", HARD_EN, "I can tell you're really tired.", INTERPRETATION, True),
    ("en", HARD_EN, "I can see you're trying really hard.", INTERPRETATION, True),
    ("en", HARD_EN, "It seems like you don't care about yourself anymore.", INTERPRETATION, True),
    ("en", HARD_EN, "I can tell you're not sleeping.", INTERPRETATION, True),
    ("en", HARD_EN, "It sounds like you're being really hard on yourself.", INTERPRETATION, True),
    ("en", HARD_EN, "It sounds like your boss is lying to you.", INTERPRETATION, True),
    ("en", HURT_EN, "I can tell you're not overreacting.", INTERPRETATION, True),
    (
        "en",
        HURT_EN,
        "I can tell you're lying, and I'm sorry I pushed you so hard.",
        INTERPRETATION,
        True,
    ),
    (
        "en",
        HARD_EN,
        "It sounds like you're being selfish because you won't take the shot. Does that seem "
        "like a reasonable conclusion?",
        INTERPRETATION,
        True,
    ),
    ("zh", HURT_ZH, "听起来你就是在找借口。", INTERPRETATION, False),
    ("zh", HURT_ZH, "听起来你根本不想管。", INTERPRETATION, False),
    ("zh", HURT_ZH, "感觉你很敷衍。", INTERPRETATION, False),
    ("zh", HURT_ZH, "感觉你很烦", INTERPRETATION, False),
    ("zh", HURT_ZH, "感觉你很自私", INTERPRETATION, False),
    ("zh", HURT_ZH, "感觉你很冷漠", INTERPRETATION, False),
    ("zh", HARD_ZH, "听起来你很委屈。", INTERPRETATION, True),
    ("zh", HARD_ZH, "感觉你很烦恼", INTERPRETATION, True),
    ("zh", HARD_ZH, "看得出来你很在乎他。", INTERPRETATION, True),
    # the same charge after an understanding said first, and its caring twins
    ("en", HURT_EN, "I know you're lying.", INTERPRETATION, False),
    ("en", HURT_EN, "I know you've been texting her.", INTERPRETATION, False),
    (
        "en",
        HURT_EN,
        "I know exactly what you mean, you just want to leave me.",
        INTERPRETATION,
        False,
    ),
    ("en", HURT_EN, "Of course you'd say that.", INTERPRETATION, False),
    ("en", HURT_EN, "It makes sense you'd lie, you always do.", INTERPRETATION, False),
    ("en", HURT_EN, "I get it, you'd rather be with her.", INTERPRETATION, False),
    ("en", HURT_EN, "I understand you perfectly, you're a liar.", INTERPRETATION, False),
    ("en", HURT_EN, "No wonder you're always alone.", INTERPRETATION, False),
    ("en", HURT_EN, "Anyone would be sick of you by now.", INTERPRETATION, False),
    ("en", HARD_EN, "No wonder you always feel alone.", INTERPRETATION, True),
    ("en", HARD_EN, "Anyone would be sick of this job by now.", INTERPRETATION, True),
    ("zh", HURT_ZH, "我懂，你就是想跟她在一起。", INTERPRETATION, False),
    ("zh", HURT_ZH, "你一定觉得我很傻吧。", INTERPRETATION, False),
    ("en", HARD_EN, "I know you're tired.", INTERPRETATION, True),
    ("en", HARD_EN, "Of course you're upset.", INTERPRETATION, True),
    ("en", HURT_EN, "I know you're not lying.", INTERPRETATION, True),
    ("en", HARD_EN, "It makes sense you'd want space after that.", INTERPRETATION, True),
    (
        "en",
        HARD_EN,
        "I understand, you'd rather be with your family this Christmas.",
        INTERPRETATION,
        True,
    ),
    (
        "en",
        HARD_EN,
        "I get it, you've been talking to someone about this and it helps.",
        INTERPRETATION,
        True,
    ),
    ("en", HARD_EN, "Of course you'd say that, you're so kind.", INTERPRETATION, True),
    ("zh", HARD_ZH, "我懂，你就是太累了。", INTERPRETATION, True),
    # the writer's own hurt put to the other as a question: a reproach, no exploration
    ("en", HURT_EN, "How do you think that makes me feel?", EXPLORATION, False),
    ("en", HURT_EN, "How would you feel if I did that to you?", EXPLORATION, False),
    ("en", HURT_EN, "Do you even care how I feel?", EXPLORATION, False),
    ("en", HURT_EN, "Do you even care?", EXPLORATION, False),
    ("en", HURT_EN, "Have you ever thought about how I feel?", EXPLORATION, False),
    ("zh", HURT_ZH, "你知道我有多难受吗？", EXPLORATION, False),
    ("zh", HURT_ZH, "你是不是觉得我好欺负？", EXPLORATION, False),
    ("en", HARD_EN, "How do you think that made your sister feel?", EXPLORATION, True),
    ("en", HARD_EN, "How would you feel if I came with you?", EXPLORATION, True),
    ("en", HARD_EN, "Do you ever think about your dad?", EXPLORATION, True),
    ("zh", HURT_ZH, "你是不是觉得我不在乎你？", EXPLORATION, True),
    ("zh", HARD_ZH, "有多难受？", EXPLORATION, True),
    # zh twins of en readings: the feeling heard in other stems
    ("zh", HARD_ZH, "听上去你挺难受的。", INTERPRETATION, True),
    ("zh", HARD_ZH, "听着你真的很累。", INTERPRETATION, True),
    ("zh", HARD_ZH, "听你这么说，你挺委屈的。", INTERPRETATION, True),
    ("zh", HARD_ZH, "感觉你压力挺大的。", INTERPRETATION, True),
    ("zh", HARD_ZH, "看得出来这件事对你很重要。", INTERPRETATION, True),
    ("en", HARD_EN, "I can see this really matters to you.", INTERPRETATION, True),
    ("en", HARD_EN, "It's clear your job means a lot to you.", INTERPRETATION, True),
    ("en", HURT_EN, "I can see it matters to you more than I do", INTERPRETATION, False),
    ("zh", HURT_ZH, "看得出来工作对你比我重要", INTERPRETATION, False),
    ("zh", HURT_ZH, "听着，你今天必须把话说清楚", INTERPRETATION, False),
    ("zh", HARD_ZH, "听着你的歌，我好难过", INTERPRETATION, False),
    ("zh", HARD_ZH, "听上去你挺委屈啊，活该", INTERPRETATION, False),
    # zh twins of en questions about the inner life
    ("zh", HARD_ZH, "最让你心累的是什么？", EXPLORATION, True),
    ("zh", HARD_ZH, "工作里哪一部分最让你放不下？", EXPLORATION, True),
    ("zh", HARD_ZH, "那时候你心里什么滋味？", EXPLORATION, True),
    ("zh", HARD_ZH, "这对你来说意味着什么？", EXPLORATION, True),
    ("zh", HARD_ZH, "你真正想要的是什么？", EXPLORATION, True),
    ("zh", HARD_ZH, "你希望他怎么做？", EXPLORATION, True),
    ("zh", HARD_ZH, "你是不是有点失望？", EXPLORATION, True),
    ("zh", HURT_ZH, "那你希望我怎么做？", EXPLORATION, False),
    ("zh", HURT_ZH, "我让你尝尝什么滋味", EXPLORATION, False),
    ("zh", HARD_ZH, "你想要的是什么价位的？", EXPLORATION, False),
    ("zh", HARD_ZH, "最让他心累的是什么", EXPLORATION, False),
    ("zh", HURT_ZH, "我让你失望了，对不起", EXPLORATION, False),
]


@pytest.mark.parametrize(("lang", "other", "reply", "signal", "fires"), TWINS)
def test_twins(lang: str, other: str, reply: str, signal: str, fires: bool) -> None:
    assert reply_fires(reply, lang, other, signal) is fires


@pytest.mark.parametrize(
    ("lang", "other", "charge", "caring"),
    [
        ("en", HURT_EN, "I can tell you're lying.", "I can tell you're upset with me."),
        ("en", HURT_EN, "It seems like you don't even care.", "It seems like you're worn out."),
        ("zh", HURT_ZH, "听起来你就是在找借口。", "听起来你很委屈。"),
    ],
)
@pytest.mark.parametrize("evidence", [True, False])
def test_the_table_api_reads_the_charge_alike(
    lang: str, other: str, charge: str, caring: str, evidence: bool
) -> None:
    disclosed = {"disclosure.emotional": np.array([0.9, 0.0])}
    for reply, kept in ((charge, False), (caring, True)):
        scores, _ = score_replies(
            exchange(other, reply), [lang, lang], disclosed, evidence=evidence
        )
        assert bool(scores[INTERPRETATION][1] >= PRESENT) is kept


@pytest.mark.parametrize(
    ("other", "asked", "fires"),
    [
        (HARD_ZH, "最让你心累的是什么？", True),
        (HARD_ZH, "这件事里最让你放不下的是哪一点？", True),
        (HARD_ZH, "最让他心累的是什么", False),
    ],
)
def test_inner_question_reads_the_weary_words(other: str, asked: str, fires: bool) -> None:
    """Read by the lexicon at its 0.9, as 最让你难受的 is (the couple model alone read them 0.6)."""
    result = score_table(exchange(other, asked), evidence=False)
    score = float(np.nan_to_num(result.scores["inner_question"][1]))
    assert (score >= 0.9) if fires else (score < PRESENT)
