"""A labelled check set of reply readings that mislead a couple (issue 10, h-fail).

Each case is one exchange: the other's message, then the reply, and what one reply signal
must read (``True``: at or above ``PRESENT``) or must not read (``False``). Every failure
mode of docs/responsiveness.md ("Known failure modes") has twins: the wrong reading that
must not happen and the right reading of a close sentence that must stay. All sentences are
written for this set (none is copied from a dev set). The exchanges are scored as two-message
chats through :func:`unmask.score_table` (message-level disclosure counts as context there).

Run: ``python -m unmask_dev.failure_modes`` (``-v`` lists every case).
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass

import numpy as np

from unmask.signals.types import PRESENT
from unmask_dev import devsets
from unmask_dev.validity.responsiveness import score_dialogues

INTERP = "responsiveness.interpretation"
EXPLORE = "responsiveness.exploration"
REACT = "responsiveness.reaction"
ADVICE = "support.informational"


@dataclass(frozen=True)
class Case:
    mode: str
    lang: str
    other: str
    reply: str
    signal: str
    expect: bool


# the other's messages: disclosures a partner writes
EN_LEFT = "I felt so alone at your work party, you left me standing with people I didn't know."
EN_WORK = "Work has been crushing me lately and I cried in the car again today."
EN_SCAN = "I've been really anxious since the doctor called about my scan."
EN_BOSS = "My manager took credit for my project in front of the whole team today."
EN_DAD = "I miss my dad so much, it's been a year and it still hurts."
ZH_LATE = "你昨天又放我鸽子，我一个人在餐厅等了一个小时，真的很难过。"
ZH_WORK = "最近工作压力好大，我每天晚上都睡不着，感觉快崩溃了。"
ZH_GRAN = "我好想我奶奶，她走了以后我一直很难受。"
ZH_BOSS = "今天被领导当着大家的面骂了一顿，我真的很委屈。"
ZH_PHONE = "我的手机被偷了，里面有好多我和我妈的照片，我好难过。"
# round 13 (h-fail2)
EN_LAID = "I got laid off this morning and I don't know how we'll pay rent."
ZH_FEE = "物业费又涨了，一个月要六百，我这个月工资根本不够花，好焦虑。"
ZH_SICK = "我发烧了，头好疼，一个人在家好难受。"
SUPPORT = "support.emotional"
DISMISS = "dismissal"
# round 15 (h-fail3)
ZH_FOOD = "今晚想吃火锅还是烤肉？"
ZH_SOFA = "沙发我看中了两款，灰色和米色，你觉得哪个好？"
EN_PET = "Our dog died this morning, I can't stop crying."
EN_JOB = "I didn't get the promotion, they gave it to the new guy."
EN_EX = "My sister hasn't spoken to me since the wedding and it hurts so much."
ZH_FRIEND = "我最好的朋友把我的秘密告诉了别人，我好难受。"


def _c(mode: str, lang: str, other: str, reply: str, signal: str, expect: bool) -> Case:
    return Case(mode, lang, other, reply, signal, expect)


CASES: tuple[Case, ...] = (
    # 1. a sarcastic or accusing restatement is not an interpretation
    _c(
        "accusing-restatement",
        "en",
        EN_LEFT,
        "so what you're saying is it's all on me then",
        INTERP,
        False,
    ),
    _c(
        "accusing-restatement",
        "en",
        EN_LEFT,
        "so you're saying I'm the bad guy again",
        INTERP,
        False,
    ),
    _c(
        "accusing-restatement",
        "en",
        EN_LEFT,
        "so basically you're saying I ruined your night",
        INTERP,
        False,
    ),
    _c(
        "accusing-restatement",
        "en",
        EN_WORK,
        "so what you mean is I don't do enough around here",
        INTERP,
        False,
    ),
    _c(
        "accusing-restatement",
        "en",
        EN_LEFT,
        "so what you're saying is you felt invisible the whole evening",
        INTERP,
        True,
    ),
    _c(
        "accusing-restatement",
        "en",
        EN_WORK,
        "so you feel like the job is wearing you down",
        INTERP,
        True,
    ),
    _c("accusing-restatement", "zh", ZH_LATE, "所以你的意思是都是我的错咯", INTERP, False),
    _c("accusing-restatement", "zh", ZH_LATE, "你的意思是又怪我呗", INTERP, False),
    _c("accusing-restatement", "zh", ZH_LATE, "所以你是说我根本不在乎你咯", INTERP, False),
    _c("accusing-restatement", "zh", ZH_WORK, "也就是说你觉得我什么都不管呗", INTERP, False),
    _c("accusing-restatement", "zh", ZH_LATE, "你的意思是那天你觉得自己被丢下了", INTERP, True),
    _c("accusing-restatement", "zh", ZH_WORK, "所以你觉得压力大到连觉都睡不好", INTERP, True),
    _c("accusing-restatement", "en", EN_LEFT, "So you're saying I'm the problem?", INTERP, False),
    _c("accusing-restatement", "en", EN_LEFT, "So you felt nobody had your back?", INTERP, True),
    # 2. an exclamation or a rhetorical question in the asking form is not exploration
    _c("rhetorical-question", "en", EN_BOSS, "Are you serious, that is so unfair.", EXPLORE, False),
    _c(
        "rhetorical-question",
        "en",
        EN_BOSS,
        "Can you believe that guy, what a snake.",
        EXPLORE,
        False,
    ),
    _c("rhetorical-question", "en", EN_LEFT, "Do you get my point now.", EXPLORE, False),
    _c(
        "rhetorical-question", "en", EN_LEFT, "Do you even hear yourself right now.", EXPLORE, False
    ),
    _c(
        "rhetorical-question",
        "en",
        EN_BOSS,
        "Did you say anything to him after the meeting.",
        EXPLORE,
        True,
    ),
    _c(
        "rhetorical-question",
        "en",
        EN_SCAN,
        "Do you want to talk about what the doctor said.",
        EXPLORE,
        True,
    ),
    _c("rhetorical-question", "zh", ZH_BOSS, "你是在开玩笑吧，太过分了。", EXPLORE, False),
    _c("rhetorical-question", "zh", ZH_LATE, "你能不能讲点道理。", EXPLORE, False),
    _c("rhetorical-question", "zh", ZH_BOSS, "你当时是什么感觉？", EXPLORE, True),
    _c("rhetorical-question", "zh", ZH_WORK, "要不要跟我聊聊最近怎么了？", EXPLORE, True),
    _c("rhetorical-question", "en", EN_BOSS, "Are you serious?? What a jerk", EXPLORE, False),
    _c("rhetorical-question", "en", EN_BOSS, "Can you believe him?", EXPLORE, False),
    _c(
        "rhetorical-question",
        "en",
        EN_SCAN,
        "Are you okay? Did they say when the results come?",
        EXPLORE,
        True,
    ),
    # 3. "I would" + a verb of acting about the writer's own life is not advice
    _c(
        "own-plan-would",
        "en",
        EN_WORK,
        "I would go for a run tonight but it's pouring",
        ADVICE,
        False,
    ),
    _c(
        "own-plan-would",
        "en",
        EN_WORK,
        "I would call my sister this weekend but she's away",
        ADVICE,
        False,
    ),
    _c(
        "own-plan-would",
        "en",
        EN_WORK,
        "honestly I would start the diet again on Monday if I had the energy",
        ADVICE,
        False,
    ),
    _c(
        "own-plan-would",
        "en",
        EN_BOSS,
        "I would write down what happened and take it to HR",
        ADVICE,
        True,
    ),
    _c(
        "own-plan-would",
        "en",
        EN_BOSS,
        "I would ask him for a one to one before the next review",
        ADVICE,
        True,
    ),
    _c(
        "own-plan-would",
        "en",
        EN_BOSS,
        "if I were you I would start keeping copies of your emails",
        ADVICE,
        True,
    ),
    # 4. a small-talk clause in the asking form after a comma is not exploration
    _c(
        "comma-smalltalk",
        "en",
        EN_DAD,
        "I know, did you ever watch that new detective show",
        EXPLORE,
        False,
    ),
    _c("comma-smalltalk", "en", EN_WORK, "yeah, have you seen the game last night", EXPLORE, False),
    _c(
        "comma-smalltalk",
        "en",
        EN_DAD,
        "right, did you finish that book I lent you",
        EXPLORE,
        False,
    ),
    _c("comma-smalltalk", "en", EN_DAD, "I know, do you want to tell me about him", EXPLORE, True),
    _c(
        "comma-smalltalk",
        "en",
        EN_WORK,
        "yeah, did you tell anyone at work how bad it has got",
        EXPLORE,
        True,
    ),
    _c("comma-smalltalk", "zh", ZH_GRAN, "我懂，你看过那部新出的电视剧没", EXPLORE, False),
    _c("comma-smalltalk", "zh", ZH_GRAN, "我懂，你想聊聊奶奶吗", EXPLORE, True),
    _c("comma-smalltalk", "en", EN_WORK, "ok, did you catch the match on sunday", EXPLORE, False),
    # 5. weak cues right after a disclosure that are about something else
    _c("weak-cue-elsewhere", "en", EN_WORK, "nooo not tacos again lol", REACT, False),
    _c("weak-cue-elsewhere", "en", EN_SCAN, "ugh the wifi is down again", REACT, False),
    _c("weak-cue-elsewhere", "en", EN_WORK, "omg the parcel still hasn't come lol", REACT, False),
    _c("weak-cue-elsewhere", "en", EN_WORK, "nooo that's awful, come here", REACT, True),
    _c("weak-cue-elsewhere", "en", EN_SCAN, "ugh, that waiting is the worst", REACT, True),
    _c("weak-cue-elsewhere", "zh", ZH_WORK, "这外卖也太贵了吧", REACT, False),
    _c("weak-cue-elsewhere", "zh", ZH_WORK, "房租又涨了，也太离谱了吧", REACT, False),
    _c("weak-cue-elsewhere", "zh", ZH_BOSS, "也太离谱了吧，他凭什么这样对你", REACT, True),
    _c("weak-cue-elsewhere", "zh", ZH_BOSS, "天哪，心疼你", REACT, True),
    # 6. a sticker code tacked onto an unrelated message is not a hug
    _c("sticker-unrelated", "zh", ZH_WORK, "记得帮我取一下快递[抱抱]", REACT, False),
    _c("sticker-unrelated", "zh", ZH_WORK, "晚饭你想吃啥[抱抱]", REACT, False),
    _c("sticker-unrelated", "zh", ZH_WORK, "明天早上八点的车票买好了[抱抱]", REACT, False),
    _c("sticker-unrelated", "zh", ZH_WORK, "[抱抱]", REACT, True),
    _c("sticker-unrelated", "zh", ZH_WORK, "辛苦了宝贝[抱抱]", REACT, True),
    # 7. an apology without an apology cue: EPITOME reads "I'm so sorry" after the other's
    # hurt as an emotional reaction and "you have every right to be hurt" as an
    # interpretation; an apology for one's own act ("sorry I forgot") is not compassion
    _c("apology", "en", EN_LEFT, "you have every right to feel hurt. I'm so sorry", INTERP, True),
    _c("apology", "en", EN_LEFT, "you have every right to feel hurt. I'm so sorry", REACT, True),
    _c("apology", "en", EN_LEFT, "I'm so sorry I forgot to introduce you", REACT, False),
    _c("apology", "zh", ZH_LATE, "对不起，我又迟到了", REACT, False),
    # 8. a shared feeling or owning the same thing is not a similar experience
    _c("shared-vs-similar", "zh", ZH_GRAN, "我也好难过", INTERP, False),
    _c("shared-vs-similar", "zh", ZH_GRAN, "我也很想她", INTERP, False),
    _c("shared-vs-similar", "zh", ZH_GRAN, "我也好难过", REACT, True),
    _c("shared-vs-similar", "zh", ZH_PHONE, "我以前也有过这款手机", INTERP, False),
    _c("shared-vs-similar", "zh", ZH_PHONE, "我之前也有过一台一样的", INTERP, False),
    _c("shared-vs-similar", "zh", ZH_GRAN, "我以前也有过这种感觉", INTERP, True),
    _c("shared-vs-similar", "zh", ZH_GRAN, "我外婆走的时候我也难过了好久", INTERP, True),
    _c("shared-vs-similar", "zh", ZH_WORK, "我刚工作的时候也天天失眠", INTERP, True),
    _c("shared-vs-similar", "en", EN_DAD, "I'm so sad too, I miss him every day", INTERP, False),
    _c("shared-vs-similar", "en", EN_DAD, "I'm so sad too, I miss him every day", REACT, True),
    _c("shared-vs-similar", "en", EN_SCAN, "I have the same phone as you lol", INTERP, False),
    _c("shared-vs-similar", "en", EN_SCAN, "I had the same car as your brother", INTERP, False),
    _c("shared-vs-similar", "en", EN_SCAN, "I had the same fear before my biopsy", INTERP, True),
    _c(
        "shared-vs-similar",
        "en",
        EN_SCAN,
        "I went through the same thing last spring",
        INTERP,
        True,
    ),
    # --- round 13 (h-fail2): the "Still" modes of round 12 ---
    # weak interjection about a thing of the day, without laughter
    _c(
        "weak-cue-elsewhere",
        "en",
        EN_SCAN,
        "omg the dishwasher is leaking everywhere",
        REACT,
        False,
    ),
    _c("weak-cue-elsewhere", "en", EN_SCAN, "damn, the train got cancelled again", REACT, False),
    _c("weak-cue-elsewhere", "en", EN_SCAN, "omg babe, that sounds so scary", REACT, True),
    _c("weak-cue-elsewhere", "en", EN_WORK, "damn, that's a lot to carry", REACT, True),
    # 太离谱了 about a fee the other named in the message before
    _c("weak-cue-elsewhere", "zh", ZH_FEE, "这也太离谱了", REACT, False),
    _c("weak-cue-elsewhere", "zh", ZH_FEE, "太离谱了吧，心疼你", REACT, True),
    # a warm emoji tacked onto an errand or a question
    _c("emoji-unrelated", "en", EN_WORK, "can you grab milk on the way home 🤗", REACT, False),
    _c("emoji-unrelated", "en", EN_WORK, "did you see my keys anywhere 🫂", REACT, False),
    _c("emoji-unrelated", "zh", ZH_WORK, "晚上吃火锅吗🫂", REACT, False),
    _c("emoji-unrelated", "en", EN_WORK, "🫂", REACT, True),
    _c("emoji-unrelated", "en", EN_WORK, "come here 🫂", REACT, True),
    _c("emoji-unrelated", "zh", ZH_WORK, "🫂🫂", REACT, True),
    # "I would ..., but I know it's hard": advice that grants it is hard
    _c(
        "own-plan-would",
        "en",
        EN_BOSS,
        "I would talk to him about it, but I know it's hard",
        ADVICE,
        True,
    ),
    _c(
        "own-plan-would",
        "en",
        EN_BOSS,
        "I would go straight to HR, but I know how scary that is",
        ADVICE,
        True,
    ),
    _c(
        "own-plan-would",
        "en",
        EN_BOSS,
        "I would go to the gym tonight, but I know I'll be too tired",
        ADVICE,
        False,
    ),
    # a sincere check of the other's hurt by the writer is not a retort
    _c("accusing-restatement", "en", EN_LEFT, "So you're saying I hurt you?", INTERP, True),
    _c(
        "accusing-restatement",
        "en",
        EN_LEFT,
        "so you're saying I made you feel left out?",
        INTERP,
        True,
    ),
    _c("accusing-restatement", "zh", ZH_LATE, "你是觉得自己被丢下了", INTERP, True),
    _c("accusing-restatement", "zh", ZH_LATE, "你是觉得我故意的咯", INTERP, False),
    # retorts in the asking form that are not the stems of round 12
    _c("rhetorical-question", "en", EN_LEFT, "Is that really what you think?", EXPLORE, False),
    _c("rhetorical-question", "en", EN_LEFT, "Do you really think I wanted that?", EXPLORE, False),
    _c(
        "rhetorical-question",
        "en",
        EN_LEFT,
        "Do you really think I did that on purpose.",
        EXPLORE,
        False,
    ),
    _c("rhetorical-question", "en", EN_WORK, "why are you telling me this?", EXPLORE, False),
    _c("rhetorical-question", "en", EN_WORK, "are you done?", EXPLORE, False),
    _c("rhetorical-question", "en", EN_WORK, "are you done crying now?", EXPLORE, False),
    _c(
        "rhetorical-question",
        "en",
        EN_BOSS,
        "Is that what has been keeping you up at night?",
        EXPLORE,
        True,
    ),
    _c(
        "rhetorical-question",
        "en",
        EN_BOSS,
        "Do you think he noticed how upset you were?",
        EXPLORE,
        True,
    ),
    _c("rhetorical-question", "en", EN_BOSS, "why do you think he did that?", EXPLORE, True),
    _c("rhetorical-question", "en", EN_WORK, "are you doing okay?", EXPLORE, True),
    # sarcasm: sympathy words with an eye-roll, "must be nice", "a you problem"
    _c("sarcasm", "en", EN_WORK, "oh no, poor you 🙄", REACT, False),
    _c("sarcasm", "en", EN_WORK, "must be so hard having a job 🙄", INTERP, False),
    _c("sarcasm", "en", EN_WORK, "must be nice to have time to cry", INTERP, False),
    _c("sarcasm", "en", EN_BOSS, "sounds like a you problem", INTERP, False),
    _c("sarcasm", "en", EN_WORK, "oh no, poor you 😢", REACT, True),
    _c("sarcasm", "en", EN_WORK, "must be so hard to carry that alone", INTERP, True),
    _c("sarcasm", "en", EN_BOSS, "sounds like you're carrying a lot", INTERP, True),
    # h-epi5: a jab after a restatement, without an eye-roll
    _c(
        "sarcasm",
        "en",
        EN_WORK,
        "So you feel crushed? Must be nice to have that much time to feel things",
        INTERP,
        False,
    ),
    _c("sarcasm", "zh", ZH_BOSS, "听起来你很委屈？哟，你还委屈上了", INTERP, False),
    _c(
        "sarcasm",
        "en",
        EN_WORK,
        "must be nice to finally rest after that week, you deserve it",
        REACT,
        True,
    ),
    _c("sarcasm", "zh", ZH_BOSS, "听起来你很委屈，抱抱你", INTERP, True),
    # h-epi6: sarcasm without a mark after the warmth, and its sincere twins
    _c("sarcasm", "en", EN_WORK, "oh no babe, that sucks. love that for me I guess", REACT, False),
    _c("sarcasm", "en", EN_WORK, "oh no babe, that sucks. love that for you", REACT, True),
    _c("sarcasm", "zh", ZH_WORK, "心疼你，没事，你忙吧，反正我也习惯了", REACT, False),
    _c("sarcasm", "zh", ZH_WORK, "心疼你，没事，你忙吧，我等你", REACT, True),
    # blunt questions
    _c("blunt-question", "en", EN_WORK, "so what?", EXPLORE, False),
    _c("blunt-question", "en", EN_WORK, "so what do you want me to do about it?", EXPLORE, False),
    _c("blunt-question", "en", EN_WORK, "so what do you want to do about it?", EXPLORE, True),
    _c("blunt-question", "en", EN_WORK, "so what happened after that?", EXPLORE, True),
    _c("blunt-question", "zh", ZH_LATE, "那你想怎样", EXPLORE, False),
    _c("blunt-question", "zh", ZH_LATE, "那你要我怎么办", EXPLORE, False),
    _c("blunt-question", "zh", ZH_BOSS, "那你打算怎么办？", EXPLORE, True),
    # a similar experience that is not about what the other shared
    _c("similar-unrelated", "en", EN_DAD, "I've been laid off too", INTERP, False),
    _c("similar-unrelated", "en", EN_DAD, "I had severe anxiety", INTERP, False),
    _c(
        "similar-unrelated",
        "en",
        EN_LAID,
        "I've been laid off too, I know how scary it is",
        INTERP,
        True,
    ),
    # --- round 13 (h-fail2): new modes from how couples write ---
    # zh minimal replies after a disclosure
    _c("zh-minimal", "zh", ZH_BOSS, "嗯嗯", REACT, False),
    _c("zh-minimal", "zh", ZH_BOSS, "哦", REACT, False),
    _c("zh-minimal", "zh", ZH_GRAN, "好吧", REACT, False),
    _c("zh-minimal", "zh", ZH_GRAN, "好吧，我知道了", REACT, False),
    _c("zh-minimal", "zh", ZH_SICK, "哈哈哈", REACT, False),
    _c("zh-minimal", "zh", ZH_BOSS, "嗯嗯，抱抱你", REACT, True),
    _c("zh-minimal", "zh", ZH_GRAN, "好吧，抱抱你，想哭就哭出来", REACT, True),
    # zh closers that end the talk: 你开心就好, 随便你, 有什么好…的
    _c("zh-dismissive-closer", "zh", ZH_BOSS, "行吧，你开心就好", REACT, False),
    _c("zh-dismissive-closer", "zh", ZH_BOSS, "你开心就好", SUPPORT, False),
    _c("zh-dismissive-closer", "zh", ZH_WORK, "随便你", REACT, False),
    _c("zh-dismissive-closer", "zh", ZH_WORK, "随便你吧，我不管了", SUPPORT, False),
    _c("zh-dismissive-closer", "zh", ZH_BOSS, "有什么好委屈的", REACT, False),
    _c("zh-dismissive-closer", "zh", ZH_BOSS, "你开心最重要，我陪着你", REACT, True),
    # token care: 多喝热水 alone is the stock phrase; coming over is care
    _c("token-care", "zh", ZH_SICK, "多喝热水", SUPPORT, False),
    _c("token-care", "zh", ZH_SICK, "多喝点热水吧", REACT, False),
    _c("token-care", "zh", ZH_SICK, "我马上过来陪你", SUPPORT, True),
    _c("token-care", "zh", ZH_SICK, "多喝热水，我马上过来陪你", SUPPORT, True),
    # zh reproaches and guesses in the asking form
    _c("zh-rhetorical", "zh", ZH_LATE, "你怎么又这样", EXPLORE, False),
    _c("zh-rhetorical", "zh", ZH_LATE, "你怎么又哭了", EXPLORE, False),
    _c("zh-rhetorical", "zh", ZH_WORK, "你是不是想太多了", EXPLORE, False),
    _c("zh-rhetorical", "zh", ZH_BOSS, "你怎么了，想跟我说说吗", EXPLORE, True),
    _c("zh-rhetorical", "zh", ZH_WORK, "你是不是最近压力太大了？", EXPLORE, True),
    # an acknowledgement, then a change of topic
    _c(
        "ack-then-pivot",
        "en",
        EN_WORK,
        "I get it, anyway what do you want for dinner",
        INTERP,
        False,
    ),
    _c(
        "ack-then-pivot",
        "en",
        EN_WORK,
        "I hear you, anyway did you pay the gas bill",
        INTERP,
        False,
    ),
    _c("ack-then-pivot", "zh", ZH_BOSS, "我理解，对了晚上吃什么", INTERP, False),
    _c("ack-then-pivot", "zh", ZH_BOSS, "我懂，话说周末去哪玩", INTERP, False),
    _c("ack-then-pivot", "en", EN_WORK, "I get it, that must be so lonely", INTERP, True),
    _c("ack-then-pivot", "zh", ZH_BOSS, "我理解，被当众骂真的很难堪", INTERP, True),
    # h-epi5: a bare formula whose next sentence is a question or advice
    _c(
        "ack-then-pivot",
        "en",
        EN_WORK,
        "I understand. Have you tried talking to HR?",
        INTERP,
        False,
    ),
    _c("ack-then-pivot", "en", EN_WORK, "I understand. That sounds so lonely.", INTERP, True),
    # --- round 15 (h-fail3) ---
    # zh dismissal as the whole reply or its closer: 随便你, 你开心就好, 爱咋咋地, 你自己看着办
    _c("zh-dismissal", "zh", ZH_WORK, "随便你", DISMISS, True),
    _c("zh-dismissal", "zh", ZH_BOSS, "行吧，你开心就好", DISMISS, True),
    _c("zh-dismissal", "zh", ZH_LATE, "爱咋咋地吧", DISMISS, True),
    _c("zh-dismissal", "zh", ZH_WORK, "我说了你也不听，你自己看着办", DISMISS, True),
    _c("zh-dismissal", "zh", ZH_LATE, "那你想怎样就怎样，随你便", DISMISS, True),
    _c("zh-dismissal", "zh", ZH_FOOD, "随便你选，我都行", DISMISS, False),
    _c("zh-dismissal", "zh", ZH_SOFA, "你自己看着办就好，我相信你的眼光", DISMISS, False),
    _c("zh-dismissal", "zh", ZH_GRAN, "只要你开心就好，我一直在", DISMISS, False),
    _c("zh-dismissal", "zh", ZH_FOOD, "随便吃点就行", DISMISS, False),
    _c("zh-dismissal", "en", EN_WORK, "whatever", DISMISS, True),
    _c("zh-dismissal", "en", EN_WORK, "whatever you think is best, I'm with you", DISMISS, False),
    # "at least you (still) have ..." after a loss minimises it (EPITOME, support literature)
    _c("at-least-minimising", "en", EN_LAID, "at least you still have your health", SUPPORT, False),
    _c("at-least-minimising", "en", EN_LAID, "At least you still have your health.", REACT, False),
    _c("at-least-minimising", "en", EN_PET, "at least you have the cat", SUPPORT, False),
    _c("at-least-minimising", "en", EN_JOB, "well at least you still have a job", SUPPORT, False),
    _c("at-least-minimising", "en", EN_EX, "at least you have other sisters", REACT, False),
    _c("at-least-minimising", "zh", ZH_PHONE, "至少你人没事啊，手机再买就是了", SUPPORT, False),
    _c("at-least-minimising", "zh", ZH_FRIEND, "起码你还有别的朋友嘛", SUPPORT, False),
    _c(
        "at-least-minimising",
        "en",
        EN_PET,
        "I'm so sorry, he was such a good boy. I'm here.",
        SUPPORT,
        True,
    ),
    _c(
        "at-least-minimising",
        "en",
        EN_JOB,
        "that's so unfair, you worked so hard for it",
        REACT,
        True,
    ),
    _c(
        "at-least-minimising",
        "zh",
        ZH_FRIEND,
        "被最信任的人出卖，难怪你这么难受，抱抱",
        SUPPORT,
        True,
    ),
    # blame for not listening is not comfort: "I told you so", 早就跟你说过
    _c("told-you-so", "en", EN_EX, "I told you she was like that", SUPPORT, False),
    _c("told-you-so", "en", EN_BOSS, "well I told you so", SUPPORT, False),
    _c("told-you-so", "en", EN_BOSS, "I told you he was like that", SUPPORT, False),
    _c("told-you-so", "en", EN_EX, "didn't I warn you about her", SUPPORT, False),
    _c("told-you-so", "en", EN_DAD, "I told you I'd always be here for you", SUPPORT, True),
    _c("told-you-so", "en", EN_BOSS, "I did tell you he couldn't be trusted", SUPPORT, False),
    _c("told-you-so", "en", EN_BOSS, "I told you so, you never listen to me", REACT, False),
    _c("told-you-so", "zh", ZH_FRIEND, "我早就跟你说过她靠不住", SUPPORT, False),
    _c("told-you-so", "zh", ZH_BOSS, "早跟你说了吧，你就是不听", SUPPORT, False),
    _c("told-you-so", "zh", ZH_BOSS, "我早就告诉过你了", REACT, False),
    _c(
        "told-you-so",
        "en",
        EN_EX,
        "I'm so sorry, I know how much she means to you",
        SUPPORT,
        True,
    ),
    _c("told-you-so", "zh", ZH_FRIEND, "我知道你有多在乎她，太委屈了，抱抱你", SUPPORT, True),
    # --- h-refl: a restatement thrown back, the other's complaint claimed for the writer
    # with the other as its cause (unmask.signals.reply_mirror) ---
    _c(
        "mirror",
        "en",
        EN_LEFT,
        "So you felt alone at the party? I felt alone the whole night, ignored by you!",
        INTERP,
        False,
    ),
    _c(
        "mirror",
        "en",
        EN_LEFT,
        "So you felt alone at the party? I'm so sorry I left you standing there.",
        INTERP,
        True,
    ),
    _c(
        "mirror",
        "en",
        EN_WORK,
        "So you feel crushed by work? I'm the one crushed by your moods every day!",
        INTERP,
        False,
    ),
    _c(
        "mirror",
        "en",
        EN_WORK,
        "So you feel crushed by work? That sounds exhausting, I'm here for you.",
        INTERP,
        True,
    ),
    _c("mirror", "zh", ZH_WORK, "所以你觉得压力大？我才压力大呢，天天伺候你", INTERP, False),
    _c("mirror", "zh", ZH_WORK, "所以你觉得压力大到睡不着？我陪着你", INTERP, True),
    _c("mirror", "zh", ZH_LATE, "所以你觉得很难过？我还难过呢，你从来不体谅我", INTERP, False),
    _c("mirror", "zh", ZH_LATE, "所以你一个人等了一个小时，一定很难过吧，对不起", INTERP, True),
    # --- h-epi3: warmth taken back in the same message, an eye-roll, a verdict on the
    # other's plans, a one-up (unmask.signals.reply_guard) ---
    _c("taken-back", "en", EN_WORK, "I understand, so you'll stay home then", INTERP, False),
    _c("taken-back", "en", EN_WORK, "I understand, you need to rest tonight", INTERP, True),
    _c("taken-back", "en", EN_LEFT, "I hear you. Now give me your phone.", INTERP, False),
    _c("taken-back", "en", EN_LEFT, "I hear you. Come here, give me a hug.", INTERP, True),
    _c("taken-back", "en", EN_WORK, "oh I'm so sorry your life is so hard 🙄", REACT, False),
    _c("taken-back", "en", EN_WORK, "oh I'm so sorry your week was so hard", REACT, True),
    _c(
        "taken-back",
        "en",
        EN_WORK,
        "So you're exhausted. Welcome to my life, I do everything around here.",
        INTERP,
        False,
    ),
    _c("taken-back", "zh", ZH_WORK, "我能理解，所以你周末就别出去了", INTERP, False),
    _c("taken-back", "zh", ZH_WORK, "我能理解，所以你周末就好好休息吧", INTERP, True),
    _c("taken-back", "zh", ZH_BOSS, "哦我好心疼你哦，你可真委屈🙄", REACT, False),
    _c("taken-back", "zh", ZH_BOSS, "哦我好心疼你，今天真委屈你了", REACT, True),
    _c("taken-back", "zh", ZH_WORK, "我理解你很累，但谁不累啊", INTERP, False),
)


def run(cases: tuple[Case, ...] = CASES) -> list[tuple[Case, float]]:
    """Each case with the score its reply got."""
    dialogues = [
        devsets.Dialogue(
            f"fm-{i}", (devsets.Turn("other", c.other), devsets.Turn("replier", c.reply))
        )
        for i, c in enumerate(cases)
    ]
    scored = score_dialogues(dialogues)
    out = []
    for i, c in enumerate(cases):
        value = float(np.nan_to_num(scored.scores[c.signal][2 * i + 1], nan=0.0))
        out.append((c, value))
    return out


def passed(case: Case, value: float) -> bool:
    return (value >= PRESENT) == case.expect


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every case")
    args = parser.parse_args()
    results = run()
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    for case, value in results:
        ok = passed(case, value)
        total[case.mode] += 1
        good[case.mode] += ok
        if args.verbose or not ok:
            mark = "ok  " if ok else "FAIL"
            want = "must read" if case.expect else "must not "
            head = f"{mark} {case.mode:21} {case.lang} {want} {case.signal:30}"
            print(f"{head} {value:.2f}  {case.reply}")
    for mode in total:
        print(f"{mode:22} {good[mode]:3} / {total[mode]}")
    print(f"{'all':22} {sum(good.values()):3} / {sum(total.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
