"""A reply that takes its own warmth back is no reaction and no interpretation (reply_guard,
h-epi3; the blame thrown back, a chore handed back and a business's refusal, h-epi4):
must-drop and must-keep twins in both languages, through both APIs."""

from __future__ import annotations

import numpy as np
import pytest
from exchange_table import exchange

from unmask.signals.reply import score_replies, score_reply_text
from unmask.signals.reply_guard import accepted, preface, undone
from unmask.signals.types import PRESENT

REACTION = "responsiveness.reaction"
INTERPRETATION = "responsiveness.interpretation"

#: (language, the other's message, a reply that takes its warmth back, its caring twin)
TWINS = [
    # an eye-roll: sarcasm marked by the writer
    (
        "en",
        "I had such a hard day, my boss yelled at me",
        "oh I'm so sorry your life is so hard 🙄",
        "oh I'm so sorry your day was so hard",
    ),
    (
        "zh",
        "我今天好难过，被老板骂了",
        "哦我好心疼你哦，你可真辛苦🙄",
        "哦我好心疼你哦，你今天真辛苦",
    ),
    # a verdict on the other's plans: control, not understanding
    (
        "en",
        "I feel really down and want to go out with my friends tonight",
        "I understand, so you'll stay home then",
        "I understand, so you feel down and need your friends tonight",
    ),
    (
        "en",
        "I'm anxious about the trip, I want to see my sister",
        "I understand how you feel, but you're not going.",
        "I understand how you feel, and you're not going through this alone.",
    ),
    (
        "en",
        "I feel lonely when you work late",
        "I hear you. Now give me your phone.",
        "I hear you. Come here, give me a hug.",
    ),
    (
        "zh",
        "我今天好难过，被老板骂了，想和朋友出去散散心",
        "我能理解，所以你周末就别出去了",
        "我能理解，所以你周末就出去散散心吧",
    ),
    (
        "zh",
        "我好难过，想回家看看妈妈",
        "我理解你的感受，但你哪儿也别去",
        "我理解你的感受，想去就去吧，我陪你",
    ),
    # a one-up: the other's trouble made the writer's
    (
        "en",
        "I'm exhausted, work has been brutal and I cried in the car",
        "So you're exhausted. Welcome to my life, I do everything around here.",
        "So you're exhausted. That sounds so hard, I'm here for you.",
    ),
    (
        "zh",
        "我好累，天天加班，心里很难受",
        "我理解你很累，但谁不累啊",
        "我理解你很累，心疼你",
    ),
    # the blame thrown back (h-epi4): a restatement that makes the writer the culprit
    (
        "en",
        "I feel so alone, you never help with the kids and I'm exhausted",
        "It sounds like I'm the problem then",
        "It sounds like you feel alone with the kids, and I get why you're exhausted",
    ),
    (
        "en",
        "I feel so alone, you never help with the kids and I'm exhausted",
        "I understand, so you think it's all my fault?",
        "I understand. It's my fault, I should have helped more.",
    ),
    (
        "zh",
        "我好累，你从来不帮我带孩子，我觉得好孤单",
        "所以你觉得是我的问题？",
        "所以你觉得很孤单，是我的问题，对不起",
    ),
    (
        "zh",
        "我好累，你从来不帮我带孩子，我觉得好孤单",
        "我理解，听起来又是我的错了",
        "我理解，听起来你真的很累，心疼你",
    ),
    # a chore or a plan handed back as a dismissal (h-epi4)
    (
        "en",
        "I'm so stressed, I can't keep doing all the dishes on my own",
        "I understand, so you'll do them yourself then",
        "I understand, so you'll rest tonight and I'll do them",
    ),
    (
        "en",
        "I'm so stressed, I can't keep doing all the dishes on my own",
        "I hear you. So you'll be doing them from now on.",
        "I hear you. So you'll take care of yourself from now on?",
    ),
    (
        "zh",
        "我好累，一个人洗碗洗了一个星期了",
        "我理解，所以以后你自己洗吧",
        "我理解，以后我来洗吧，心疼你",
    ),
    # glee at the other's hurt (lead, at merge)
    (
        "en",
        "I feel so hurt that you forgot my birthday",
        "you feel hurt? good, now you know how I felt",
        "you feel hurt? I'm so sorry, I know how that feels",
    ),
    (
        "en",
        "I'm so upset, my boss yelled at me in front of everyone",
        "I'm sorry. Serves you right for being late again though.",
        "I'm sorry. That must have been humiliating.",
    ),
    (
        "zh",
        "我好难过，你忘了我的生日",
        "你难过？活该，现在知道我的感受了吧",
        "你难过？对不起，我知道那种感觉",
    ),
    # a jab after the warmth: sarcasm without an eye-roll (h-epi5)
    (
        "en",
        "I feel so ignored lately, you're always on your phone",
        "So you feel ignored? Must be nice to have that much free time...",
        "So you feel ignored? That must be so lonely, I'm sorry.",
    ),
    (
        "en",
        "I'm so stressed about work, I can't sleep",
        "So you're stressed? Poor baby.",
        "So you're stressed? Poor baby, come here.",
    ),
    (
        "en",
        "I'm so stressed about work, I can't sleep",
        "I'm sorry you're stressed. Cue the world's smallest violin.",
        "I'm sorry you're stressed. That sounds exhausting.",
    ),
    (
        "zh",
        "我今天好委屈，被老板当众骂了",
        "听起来你很委屈？哟，你还委屈上了",
        "听起来你很委屈，抱抱你",
    ),
    (
        "zh",
        "我好累，天天加班到半夜",
        "我理解你很累，你累什么，我才累",
        "我理解你很累，心疼你，早点睡吧",
    ),
    (
        "zh",
        "我好难过，他又没回我消息",
        "我知道你很难过，你有什么好难过的",
        "我知道你很难过，你哭什么呀，傻瓜，有我呢",
    ),
    # a business's refusal after the formula (h-epi4)
    (
        "en",
        "I'm so upset, we really wanted a table for our anniversary at 7",
        "I understand, unfortunately we're fully booked at 7.",
        "I understand, I know how much this anniversary means to you.",
    ),
    (
        "zh",
        "好难过，我们本来想七点订个位子过纪念日",
        "我理解，不过我们七点已经订满了",
        "我理解，我知道你很在乎这个纪念日",
    ),
    # sarcasm without a mark (h-epi6): the writer's lot "loved", thanks for nothing, more of
    # the wait granted, resignation
    (
        "en",
        "I have to stay late at work again tonight, I'm so stressed",
        "oh no babe, that sucks. love that for me I guess",
        "oh no babe, that sucks. love that for you though, you'll get the promotion",
    ),
    (
        "en",
        "I'm so stressed, I'll be home late again, the project is a mess",
        "I understand. sure babe, take another 3 hours",
        "I understand. sure babe, take your time, no rush",
    ),
    (
        "en",
        "I forgot to call the plumber, I'm so stressed today",
        "aww poor you. wow great, thanks for nothing",
        "aww poor you. thanks for telling me",
    ),
    (
        "zh",
        "我今天好累，忘了去接你，对不起",
        "我理解你很累，我真是谢谢你",
        "我理解你很累，真的谢谢你告诉我",
    ),
    (
        "zh",
        "我好难过，今晚又要加班",
        "心疼你，没事，你忙吧，反正我也习惯了",
        "心疼你，没事，你忙吧，我等你",
    ),
    # a summary frame turned into a charge (h-interp): the writer's guilt or bad trait, or the
    # other's bad motive, restated; the other's feeling restated (even about the writer) stays
    (
        "en",
        "I'm so hurt, you never listen to me and I feel alone in this",
        "so what I'm hearing is it's all my fault, great",
        "so what I'm hearing is you feel like I don't listen to you, and that hurts",
    ),
    (
        "en",
        "I'm so hurt, you never listen to me and I feel alone in this",
        "if I understand right, you think I'm useless",
        "if I understand right, you feel alone because I keep brushing you off",
    ),
    (
        "en",
        "I'm so hurt, you never listen to me and I feel alone in this",
        "what I'm hearing is you want to control everything",
        "what I'm hearing is that it's been lonely for you, and I haven't been there",
    ),
    (
        "en",
        "I'm so hurt, you never listen to me and I feel alone in this",
        "correct me if I'm wrong, but you just want to win this argument",
        "correct me if I'm wrong, but you feel like you can't reach me",
    ),
    (
        "zh",
        "我真的很难过，你从来不听我说话，我觉得很孤单",
        "你的意思是我错了？",
        "你的意思是你觉得我不听你说话，你很孤单",
    ),
    (
        "zh",
        "我真的很难过，你从来不听我说话，我觉得很孤单",
        "我听下来，你就是想控制我",
        "我听下来，你是觉得我不在乎你，对不起",
    ),
]


@pytest.mark.parametrize(("lang", "other", "undoing", "caring"), TWINS)
def test_a_reply_that_takes_its_warmth_back_reads_neither(
    lang: str, other: str, undoing: str, caring: str
) -> None:
    assert undone(undoing, lang)
    assert not undone(caring, lang)
    taken = score_reply_text(undoing, lang, other).scores
    assert taken[REACTION] < PRESENT and taken[INTERPRETATION] < PRESENT
    kept = score_reply_text(caring, lang, other).scores
    assert max(kept[REACTION] or 0.0, kept[INTERPRETATION] or 0.0) >= PRESENT


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        # sympathy with an outside obstacle, a question about plans, care about rest
        ("en", "you're not going to believe this, but I'm so proud of you"),
        ("en", "I'm so sorry, you're not going through this alone"),
        ("en", "so you're staying home tonight? I'll bring soup"),
        ("en", "I know you can't go this year, I'm so sorry"),
        ("en", "you're good, I'm here for you"),
        ("en", "welcome home, I missed you"),
        ("zh", "所以你别太难过了，我在呢"),
        ("zh", "别去想他了，心疼你"),
        ("zh", "你今天就在家好好休息吧"),
        ("zh", "我也很累，我们一起休息吧"),
        # owning it, caring about rest, a partner's bad news (h-epi4)
        ("en", "You're right, it's my fault. I'm sorry."),
        ("en", "So you feel like I'm never there. That's fair, I'll do better."),
        ("en", "I understand, so you'll take care of yourself then, and call me"),
        ("en", "I hear you. So you'll rest from now on?"),
        ("en", "I'm so sorry, the concert is sold out. I know how much you wanted to go"),
        ("zh", "你说得对，是我的问题，对不起"),
        ("zh", "我理解，所以你觉得是我的问题，我会改的"),
        ("zh", "我能理解，那你自己多保重"),
        ("zh", "我知道你很想去，可惜票已经卖完了，心疼你"),
        # the writer's own due, or understanding come late (lead, at merge)
        ("en", "I'm sorry, now I know how you felt back then"),
        ("en", "I forgot again, I deserve it, I'm so sorry"),
        ("en", "good morning, you know I love you"),
        ("zh", "都是我不好，我活该，对不起"),
        ("zh", "现在我知道你当时的感受了，对不起"),
        # sincere "must be nice", "poor baby" with a hug (h-epi5)
        ("en", "must be nice to finally rest after that week, you deserve it"),
        ("en", "I'm so happy for you, must be nice to be on the beach!"),
        ("en", "you're sick? poor baby, come here"),
        ("en", "aww poor baby, I'm sorry"),
        ("en", "I'm sorry you're stressed, that sounds hard"),
        ("zh", "心疼你，你难过什么呀，宝贝，我陪着你"),
        ("zh", "你还难过吗？抱抱你"),
        # sincere look-alikes of the h-epi6 sarcasm forms
        ("en", "love that for you!!"),
        ("en", "we got the apartment?? love that for us!!"),
        ("en", "sure babe, take your time, no rush"),
        ("en", "oh no babe, take another day off if you need it"),
        ("en", "oh great, another promotion for you!"),
        ("en", "thanks for everything, love"),
        ("zh", "没事，你忙吧，我等你"),
        ("zh", "真的谢谢你，心疼你"),
        # a summary frame owned with an apology, or restating the other's trouble (h-interp)
        ("en", "so what you're saying is it's my fault, and you're right, I'm sorry"),
        ("en", "what I'm hearing is your boss wants to control everything you do"),
        ("en", "if I understand right, your sister thinks you're useless? that's so unfair"),
        ("en", "so basically you feel like the problem is you, and it isn't"),
        ("zh", "你的意思是我错了，对不起，我会改的"),
        ("zh", "你是说你老板就是想控制你？太过分了"),
    ],
)
def test_not_undone(lang: str, reply: str) -> None:
    assert not undone(reply, lang)


@pytest.mark.parametrize(("lang", "other", "undoing", "caring"), TWINS)
@pytest.mark.parametrize("evidence", [True, False])
def test_the_table_api_drops_them_with_or_without_evidence(
    lang: str, other: str, undoing: str, caring: str, evidence: bool
) -> None:
    disclosed = {"disclosure.emotional": np.array([0.9, 0.0])}
    for reply, kept in ((undoing, False), (caring, True)):
        scores, _ = score_replies(
            exchange(other, reply), [lang, lang], disclosed, evidence=evidence
        )
        warm = max(scores[REACTION][1], scores[INTERPRETATION][1])
        assert bool(warm >= PRESENT) is kept


def test_read_undone_by_text_equals_each_row_read_alone() -> None:
    """h-speed34: :func:`read_undone` reads each distinct text and language once, and
    :func:`drop_undone` with part of it read before drops what each row read alone
    drops (repeated texts, both languages, rows read before and rows added after)."""
    from unmask.signals.reply_guard import drop_undone, read_undone
    from unmask.signals.reply_lexicon import MECHANISMS, Hit, load

    entry = load("en", "reaction").entries[0]
    texts = [twin[k] for twin in TWINS for k in (2, 3)] * 3 + ["我比你还累", "我比你还累"]
    langs = [twin[0] for twin in TWINS for _ in (2, 3)] * 3 + ["zh", "en"]
    rng = np.random.default_rng(7)
    for _ in range(20):
        found: list[list[Hit]] = [[] for _ in MECHANISMS]
        for row in rng.permutation(len(texts)).tolist():
            part = MECHANISMS.index(rng.choice(["reaction", "interpretation", "exploration"]))
            found[part].append(Hit(row, entry, 0, 1, texts[row][:1]))
        explored = MECHANISMS.index("exploration")
        expected = [
            [h for h in hits if part == explored or not undone(texts[h.row], langs[h.row])]
            for part, hits in enumerate(found)
        ]
        before = [list(hits[: len(hits) // 2]) for hits in found]
        read = read_undone(before, texts, langs)
        warm = [MECHANISMS.index("reaction"), MECHANISMS.index("interpretation")]
        assert read == {
            h.row: undone(texts[h.row], langs[h.row]) for part in warm for h in before[part]
        }
        drop_undone(found, texts, langs, read)
        assert found == expected


#: (language, the other's message, a bare sorry formula before a question, its warm twin)
PREFACES = [
    (
        "en",
        "my mom is in the hospital again",
        "I'm sorry to hear that. What happened?",
        "I'm so sorry, babe. What happened?",
    ),
    (
        "en",
        "I failed the exam, I feel so stupid",
        "Sorry to hear. What's going on?",
        "I'm so sorry. That must be awful. What happened?",
    ),
    (
        "zh",
        "我妈妈又住院了",
        "很遗憾听到这个消息。发生什么事了？",
        "听到这个消息我很难过，抱抱你。想聊聊吗？",
    ),
]


@pytest.mark.parametrize(("lang", "other", "bare", "warm"), PREFACES)
@pytest.mark.parametrize("evidence", [True, False])
def test_a_bare_sorry_before_a_question_is_the_question(
    lang: str, other: str, bare: str, warm: str, evidence: bool
) -> None:
    """h-epi6: the formula leads into the question; exploration reads it, reaction does not
    (both APIs); with a pet name or more warmth before the question, reaction stays."""
    assert preface(bare, lang) and not preface(warm, lang)
    taken = score_reply_text(bare, lang, other).scores
    assert taken[REACTION] < PRESENT and taken["responsiveness.exploration"] >= PRESENT
    assert score_reply_text(warm, lang, other).scores[REACTION] >= PRESENT
    disclosed = {"disclosure.emotional": np.array([0.9, 0.0])}
    for reply, kept in ((bare, False), (warm, True)):
        scores, _ = score_replies(
            exchange(other, reply), [lang, lang], disclosed, evidence=evidence
        )
        assert bool(scores[REACTION][1] >= PRESENT) is kept
        assert scores["responsiveness.exploration"][1] >= PRESENT


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        # no question after it, an offer that explores nothing, warmth of its own first
        ("en", "I'm so sorry to hear that."),
        ("en", "Sorry to hear that. Want me to pick you up?"),
        ("en", "oh no I'm so sorry. do you want to talk about it?"),
        ("zh", "很遗憾听到这个消息，抱抱你"),
    ],
)
def test_sorry_kept_without_a_bare_preface(lang: str, reply: str) -> None:
    assert score_reply_text(reply, lang, "my dad lost his job today").scores[REACTION] >= PRESENT


#: (language, the other's message, a bare "ok, I understand." alone, its twin that keeps it)
ACCEPTED = [
    ("en", "I have to work late again tonight, I'm so stressed", "ok I understand", "I understand"),
    (
        "en",
        "I need a night alone, I'm overwhelmed",
        "okay, I understand.",
        "ok I understand, I'm here if you need me",
    ),
    ("zh", "我今晚又要加班，压力好大", "好吧，我理解", "好吧，我理解你，抱抱"),
]


@pytest.mark.parametrize(("lang", "other", "bare", "kept"), ACCEPTED)
@pytest.mark.parametrize("evidence", [True, False])
def test_a_bare_ok_i_understand_accepts_and_reads_no_interpretation(
    lang: str, other: str, bare: str, kept: str, evidence: bool
) -> None:
    """h-epi6: "ok, I understand." alone accepts the other's plan or news (both APIs);
    "I understand" alone, or with more after it, keeps its reading."""
    assert accepted(bare, lang) and not accepted(kept, lang)
    assert score_reply_text(bare, lang, other).scores[INTERPRETATION] < PRESENT
    assert score_reply_text(kept, lang, other).scores[INTERPRETATION] >= PRESENT
    disclosed = {"disclosure.emotional": np.array([0.9, 0.0])}
    for reply, reads in ((bare, False), (kept, True)):
        scores, _ = score_replies(
            exchange(other, reply), [lang, lang], disclosed, evidence=evidence
        )
        assert bool(scores[INTERPRETATION][1] >= PRESENT) is reads
