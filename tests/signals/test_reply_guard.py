"""A reply that takes its own warmth back is no reaction and no interpretation (reply_guard,
h-epi3): must-drop and must-keep twins in both languages, through both APIs."""

from __future__ import annotations

import numpy as np
import pytest
from exchange_table import exchange

from unmask.signals.reply import score_replies, score_reply_text
from unmask.signals.reply_guard import undone
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
