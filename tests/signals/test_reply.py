"""Reply-level responsiveness: labelled exchanges, the null rule, negation, bad input.

The labelled sets (tests/signals/data/responsiveness_{en,zh}*.jsonl) are the
project's own: realistic exchanges written and labelled by one engineer, with
the guideline in docs/responsiveness.md. ``*_holdout`` was written after the
first lexicon and scored once before it was used to generalise the lexicon;
``*_holdout2`` was written by a second engineer before reading the cues, scored
once, then used to broaden them (figures in docs/responsiveness.md). All three
sets are asserted here; none of them is held out any more.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from unmask.errors import InputError
from unmask.model import ARROW_SCHEMA
from unmask.signals.lexicon import LexiconError
from unmask.signals.reply import (
    CONTEXT_SOURCE,
    SIGNAL_OF,
    find_replies,
    score_replies,
    score_reply_text,
)
from unmask.signals.reply_lexicon import MECHANISMS, parse
from unmask.signals.types import PRESENT, REPLY_SIGNALS

DATA = Path(__file__).parent / "data"
TARGET_MACRO_F1 = 0.75


def _rows(lang: str) -> list[dict[str, object]]:
    rows = []
    for suffix in ("", "_holdout", "_holdout2"):
        name = f"responsiveness_{lang}{suffix}.jsonl"
        with (DATA / name).open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def _macro_f1(truth: list[bool], predicted: list[bool]) -> float:
    def f1(positive: bool) -> float:
        tp = sum(t == positive and p == positive for t, p in zip(truth, predicted, strict=True))
        fp = sum(t != positive and p == positive for t, p in zip(truth, predicted, strict=True))
        fn = sum(t == positive and p != positive for t, p in zip(truth, predicted, strict=True))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    return (f1(True) + f1(False)) / 2


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_labelled_sets_are_large_and_balanced_enough(lang: str) -> None:
    rows = _rows(lang)
    assert len(rows) >= 60
    for part in MECHANISMS:
        positives = sum(int(r[part]) for r in rows)  # type: ignore[call-overload]
        assert 15 <= positives <= len(rows) - 15, part


@pytest.mark.parametrize("part", MECHANISMS)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_macro_f1_per_mechanism(lang: str, part: str) -> None:
    rows = _rows(lang)
    truth = [bool(r[part]) for r in rows]
    predicted = []
    for r in rows:
        score = score_reply_text(str(r["reply"]), lang, str(r["context"])).scores[SIGNAL_OF[part]]
        assert score is not None
        predicted.append(score >= PRESENT)
    assert _macro_f1(truth, predicted) >= TARGET_MACRO_F1


# --- single exchanges -------------------------------------------------------------------

DISCLOSURE = "I had the worst day, my boss yelled at me in front of everyone"
LOGISTICS = "where are you? the table is booked for 7"


def _s(reply: str, previous: str | None = None, lang: str = "en") -> dict[str, float | None]:
    return score_reply_text(reply, lang, previous).scores


def test_apology_is_not_compassion() -> None:
    assert _s("sorry I'm late, traffic", DISCLOSURE)["responsiveness.reaction"] == 0.0
    assert _s("so sorry, I forgot to call", DISCLOSURE)["responsiveness.reaction"] == 0.0
    assert _s("I'm so sorry to hear that")["responsiveness.reaction"] >= PRESENT  # type: ignore[operator]


def test_a_bare_sorry_needs_the_other_to_have_shared_something() -> None:
    after_disclosure = score_reply_text("ugh, sorry love", "en", DISCLOSURE)
    after_logistics = score_reply_text("ugh, sorry love", "en", LOGISTICS)
    assert after_disclosure.scores["responsiveness.reaction"] >= PRESENT  # type: ignore[operator]
    assert after_logistics.scores["responsiveness.reaction"] < PRESENT  # type: ignore[operator]
    sources = {e.source for e in after_disclosure.evidence["responsiveness.reaction"]}
    assert CONTEXT_SOURCE in sources


@pytest.mark.parametrize(
    ("negated", "plain", "lang"),
    [
        ("I don't understand why you're upset", "I understand why you're upset", "en"),
        ("I really can't see why you'd feel that", "I can see why you'd feel that", "en"),
        ("我不理解你为什么生气", "我理解你为什么生气", "zh"),
        ("我真的不太懂你", "我真的懂你", "zh"),
    ],
)
def test_negation_cancels_interpretation(negated: str, plain: str, lang: str) -> None:
    assert _s(negated, DISCLOSURE, lang)["responsiveness.interpretation"] < PRESENT  # type: ignore[operator]
    assert _s(plain, DISCLOSURE, lang)["responsiveness.interpretation"] >= PRESENT  # type: ignore[operator]


def test_a_not_a_question_is_not_negation() -> None:
    assert _s("你要不要跟我说说？", "我好难过", "zh")["responsiveness.exploration"] >= PRESENT  # type: ignore[operator]


@pytest.mark.parametrize(
    "reply", ["ok", "lol", "k", "sure, see you at 7", "好的", "哈哈哈", "收到"]
)
def test_generic_and_logistics_replies_are_not_responsive(reply: str) -> None:
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in reply) else "en"
    scores = _s(reply, DISCLOSURE if lang == "en" else "我好难过", lang)
    assert all(scores[name] == 0.0 for name in REPLY_SIGNALS)


def test_traditional_characters_match() -> None:
    scores = _s("怎麼了？想聊聊嗎？心疼你", "我今天好難過", "zh")
    assert scores["responsiveness.exploration"] >= PRESENT  # type: ignore[operator]
    assert scores["responsiveness.reaction"] >= PRESENT  # type: ignore[operator]


def test_chat_spelling_and_elongation() -> None:
    scores = _s("sooo sorry babe, r u ok??", DISCLOSURE)
    assert scores["responsiveness.reaction"] >= PRESENT  # type: ignore[operator]
    assert scores["responsiveness.exploration"] >= PRESENT  # type: ignore[operator]


def test_responsiveness_is_the_max_and_evidence_points_at_the_text() -> None:
    reply = "oh no babe, that sounds so hard. what happened?"
    result = score_reply_text(reply, "en", DISCLOSURE)
    parts = [result.scores[SIGNAL_OF[p]] for p in MECHANISMS]
    assert result.scores["responsiveness"] == max(parts)  # type: ignore[type-var]
    for name, items in result.evidence.items():
        for e in items:
            assert e.signal == name
            assert reply[e.start : e.end] == e.match
    matched = {e.match.lower() for e in result.evidence["responsiveness.exploration"]}
    assert "what happened" in matched


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "😭😭😭",
        "x" * 100_000,
        "sorry\x00\x01\x7f so sorry",
        "\ud800 what happened",
        "\u202eمرحبا what happened?\u202c",
        "心疼" * 20_000,
    ],
)
def test_bad_input_is_scored_without_error(text: str) -> None:
    scores = score_reply_text(text, "other", DISCLOSURE).scores
    for name in REPLY_SIGNALS:
        value = scores[name]
        assert value is not None and 0.0 <= value <= 1.0


def test_unknown_language_is_an_actionable_error() -> None:
    with pytest.raises(InputError, match="lang must be one of"):
        score_reply_text("ok", "fr")


def test_malformed_lexicon_names_file_and_entry() -> None:
    bad = {"signal": "responsiveness.reaction", "version": "1", "entries": [{"phrase": "x"}]}
    with pytest.raises(LexiconError, match=r"responsiveness_reaction\.yaml, entry 0"):
        parse("en", "reaction", bad)
    with pytest.raises(LexiconError, match="'signal' must be"):
        parse("en", "reaction", {**bad, "signal": "dismissal"})


# --- the null rule on a small table -----------------------------------------------------


def _table(rows: list[tuple[str, str, str, str | None, str, str, str | None]]) -> pa.Table:
    records = [
        {
            "conversation_id": conv,
            "message_id": mid,
            "timestamp": ts,
            "sender": sender,
            "text": text,
            "kind": kind,
            "platform": "test",
            "reply_to": reply_to,
            "utc_offset": None,
            "edited": False,
        }
        for conv, mid, ts, sender, text, kind, reply_to in rows
    ]
    return pa.Table.from_pylist(records, schema=ARROW_SCHEMA)


WORST = "I had the worst day, my boss yelled at me"
CHAT = _table(
    [
        ("a", "m0", "2024-03-01T08:00:00", "Ana", WORST, "text", None),
        ("a", "m1", "2024-03-01T08:01:00", "Ana", "I feel so stupid", "text", None),
        ("a", "m2", "2024-03-01T08:02:00", "Ben", "oh no, so sorry. what happened?", "text", None),
        ("a", "m3", "2024-03-01T08:03:00", None, "Ben changed the group photo", "system", None),
        ("a", "m4", "2024-03-01T08:04:00", "Ben", "ok", "text", None),
        ("a", "m5", "2024-03-01T12:30:00", "Ana", "did you pay the bill?", "text", None),
        ("a", "m6", "2024-03-01T12:31:00", "Ben", "<photo>", "media", None),
        ("a", "m7", "2024-03-01T12:32:00", "Ben", "yes", "text", None),
        ("a", "m8", "2024-03-01T16:00:00", "Ana", "thanks for asking, it's better", "text", "m2"),
        ("a", "m9", "2024-03-01T16:01:00", "Ana", "so sorry, that sounded awful", "text", "m0"),
        ("b", "n0", "2024-03-01T16:02:00", "Ben", "what happened?", "text", None),
    ]
)
LANGS = ["en"] * CHAT.num_rows


def test_null_rule_replies_sessions_and_reply_to() -> None:
    scores, evidence = score_replies(CHAT, LANGS, {})
    reply = scores["responsiveness"]
    is_null = [math.isnan(v) for v in reply.tolist()]
    # m0 first, m1 continues Ana's own turn that answers nobody, m3 system, m5 first after
    # a 4 h gap, m6 media, m9 quotes Ana's own m0 and continues a turn that answers nobody
    # in its session, n0 first of its conversation. m4 (system line skipped) and m7 (after
    # Ben's own photo) are later messages of Ben's turns that answer Ana's: replies.
    assert is_null == [True, True, False, True, False, True, True, False, False, True, True]
    assert scores["responsiveness.reaction"][2] >= PRESENT
    assert scores["responsiveness.exploration"][2] >= PRESENT
    assert reply[4] == 0.0 and reply[7] == 0.0  # later messages of a turn, showing nothing
    assert reply[8] == 0.0  # a reply through reply_to that shows nothing
    assert evidence[2]["responsiveness.exploration"]
    assert evidence[0] == {} and evidence[8] == {}


def test_every_message_of_the_answering_turn_is_read() -> None:
    """The issue's example: the feeling is named in the responder's second message."""
    table = _table(
        [
            (
                "t",
                "q0",
                "2024-03-03T20:00:00",
                "Ana",
                "I found out he was cheating on me",
                "text",
                None,
            ),
            ("t", "q1", "2024-03-03T20:01:00", "Ana", "for two years", "text", None),
            ("t", "q2", "2024-03-03T20:02:00", "Ben", "Oh wow.", "text", None),
            (
                "t",
                "q3",
                "2024-03-03T20:02:30",
                "Ben",
                "You must be feeling very betrayed at the moment.",
                "text",
                None,
            ),
            (
                "t",
                "q4",
                "2024-03-03T20:03:00",
                "Ben",
                "what did he say when you asked?",
                "text",
                None,
            ),
            ("t", "q5", "2024-03-03T20:04:00", "Ana", "he said sorry", "text", None),
        ]
    )
    scores, evidence = score_replies(table, ["en"] * 6, {})
    assert math.isnan(scores["responsiveness"][1])  # Ana's own continuation answers nobody
    assert scores["responsiveness.interpretation"][3] >= PRESENT
    assert evidence[3]["responsiveness.interpretation"][0].match.lower().startswith("you must")
    assert scores["responsiveness.exploration"][4] >= PRESENT
    links = find_replies(table)
    # every message of Ben's turn reads Ana's turn as its context
    assert links.context[3].tolist()[:2] == links.context[2].tolist()[:2] == [1, 0]
    assert links.context[5].tolist()[:3] == [4, 3, 2]


def test_session_gap_is_a_parameter() -> None:
    scores, _ = score_replies(CHAT, LANGS, {}, session_gap_minutes=600)
    assert scores["responsiveness"][5] == 0.0  # Ana answers Ben's "ok" within the longer session


def test_message_level_disclosure_counts_as_context() -> None:
    table = _table(
        [
            ("c", "p0", "2024-03-02T09:00:00", "Ana", "my sister again", "text", None),
            ("c", "p1", "2024-03-02T09:01:00", "Ben", "ugh, sorry", "text", None),
        ]
    )
    without, _ = score_replies(table, ["en", "en"], {})
    disclosed = {"disclosure.emotional": np.array([0.9, 0.0])}
    with_context, _ = score_replies(table, ["en", "en"], disclosed)
    assert without["responsiveness.reaction"][1] < PRESENT
    assert with_context["responsiveness.reaction"][1] >= PRESENT


def test_links_and_determinism() -> None:
    links = find_replies(CHAT)
    assert links.context[2].tolist()[:2] == [1, 0]  # Ana's run before Ben's reply
    assert links.context[8].tolist()[-1] == 2  # the quoted message
    first, ev1 = score_replies(CHAT, LANGS, {})
    second, ev2 = score_replies(CHAT, LANGS, {})
    for name in REPLY_SIGNALS:
        np.testing.assert_array_equal(first[name], second[name])
    assert ev1 == ev2


def test_empty_table_and_length_mismatch() -> None:
    empty = _table([])
    scores, evidence = score_replies(empty, [], {})
    assert all(len(v) == 0 for v in scores.values()) and evidence == []
    with pytest.raises(InputError, match="languages"):
        score_replies(CHAT, ["en"], {})


def test_texts_the_caller_holds_give_the_same_scores() -> None:
    texts = [t or "" for t in CHAT.column("text").to_pylist()]
    given, given_evidence = score_replies(CHAT, LANGS, {}, texts=texts)
    read, read_evidence = score_replies(CHAT, LANGS, {})
    for name in REPLY_SIGNALS:
        np.testing.assert_array_equal(given[name], read[name])
    assert given_evidence == read_evidence
    with pytest.raises(InputError, match="got 2 texts for 11 messages"):
        score_replies(CHAT, LANGS, {}, texts=texts[:2])


def test_scores_without_evidence_are_the_same_scores() -> None:
    # unmask analyze asks for scores only: no Evidence is built for the hits
    with_ev, evidence = score_replies(CHAT, LANGS, {})
    plain, none = score_replies(CHAT, LANGS, {}, evidence=False)
    for name in REPLY_SIGNALS:
        assert with_ev[name].tobytes() == plain[name].tobytes()
    assert none == [] and any(evidence)


@pytest.mark.parametrize(
    ("lang", "previous", "complying", "own_step"),
    [
        (
            "en",
            "he screamed at me again last night and I'm scared to go home",
            ["you did the right thing to obey him", "so proud of you for asking his permission"],
            ["you did the right thing to leave him", "so proud of you for standing up to him"],
        ),
        (
            "zh",
            "他昨晚又冲我吼了，我好害怕回家",
            ["你做得对，就应该听他的", "真为你骄傲，这么听话"],
            ["你做得对，离开他是对的", "真为你骄傲"],
        ),
    ],
)
def test_approval_of_complying_with_control_is_no_reaction(
    lang: str, previous: str, complying: list[str], own_step: list[str]
) -> None:
    """After a disclosure of fear, praise of obeying the partner is not warmth; praise of
    the other's own step still is (docs/signals.md, responsiveness.reaction version 9)."""
    for text in complying:
        assert (_s(text, previous, lang)["responsiveness.reaction"] or 0.0) < PRESENT, text
    for text in own_step:
        assert (_s(text, previous, lang)["responsiveness.reaction"] or 0.0) >= PRESENT, text


def test_reaction_reads_the_strong_support_entries() -> None:
    """A strong entry of support_emotional.yaml is a reaction cue in a reply, with its own
    source; one that matches a must_not_fire line of the reaction file is left out."""
    from unmask.signals import reply_lexicon

    lexicon = reply_lexicon.load("en", "reaction")
    support = [e for e in lexicon.entries if "support_emotional.yaml" in e.source]
    assert support and all(e.weight >= reply_lexicon.SUPPORT_STRONG for e in support)
    for line in lexicon.must_not_fire:
        assert not any(re.search(e.pattern, line, re.IGNORECASE) for e in support), line
    result = score_reply_text("your feelings are valid", "en", "I feel like such a failure")
    assert (result.scores["responsiveness.reaction"] or 0.0) >= PRESENT
    sources = [e.source for e in result.evidence["responsiveness.reaction"]]
    assert any("support_emotional.yaml" in s for s in sources), sources


@pytest.mark.parametrize(
    ("lang", "previous", "clerk", "partner"),
    [
        (
            "zh",
            "买的东西一个星期了还没到",
            [
                "亲亲 您的包裹今天下午就能送到哦",
                "您别着急，这边马上帮您催一下快递",
                "请您放心，我们会尽快给您处理的",
                "非常理解您的心情，马上为您核实一下",
                "您别担心，马上给您补发一件",
            ],
            [],
        ),
        (
            "zh",
            "我今天考砸了，感觉自己好没用",
            [],
            [
                "亲亲，不哭了",
                "抱歉让你难过了",
                "我很理解你，别担心",
                "你放心，有我在",
                "您别难过了，身体要紧",
            ],
        ),
        (
            "en",
            "my package still hasn't shown up and it's been ten days",
            [
                "I totally understand, may I have your order number?",
                "I completely understand. Let me check that for you",
            ],
            [],
        ),
        (
            "en",
            "I had such an awful day, my boss yelled at me in front of everyone",
            [],
            [
                "I completely understand, let me know if you want to talk",
                "I understand why you're upset",
            ],
        ),
    ],
)
def test_a_clerks_service_formula_is_not_responsiveness(
    lang: str, previous: str, clerk: list[str], partner: list[str]
) -> None:
    """A clerk's formula in the formal register that goes on with the service (您 with 帮您 /
    为您 / 请您, 亲亲 addressed to a customer; "may I have your order number") is no
    reaction or interpretation; the same words between partners still are
    (docs/signals.md, responsiveness.reaction version 15)."""
    for text in clerk:
        assert (_s(text, previous, lang)["responsiveness"] or 0.0) < PRESENT, text
    for text in partner:
        assert (_s(text, previous, lang)["responsiveness"] or 0.0) >= PRESENT, text


@pytest.mark.parametrize(
    ("question", "explores"),
    [
        ("你身边有能说心里话的朋友吗？", True),
        ("你现在还在读研吗", True),
        ("你平时跟家里人一起住吗？", True),
        ("你有跟爸妈聊过这些吗", True),
        ("你还在公司吗", False),
        ("你身边有充电宝吗", False),
        ("你有零钱吗", False),
    ],
)
def test_a_yes_no_question_about_the_others_life_explores(question: str, explores: bool) -> None:
    """A 吗-question about the other's people, school or home explores their life after they
    shared something; an errand's 吗 does not (docs/signals.md, exploration version 12)."""
    previous = "这几天心里特别堵，晚上也睡不好"
    score = _s(question, previous, "zh")["responsiveness.exploration"] or 0.0
    assert (score >= PRESENT) is explores, question
