"""The profile abstains on text it cannot read, gives no credit to formulas and requests,
says "changed" when the recent months differ, and quotes only examples that back a claim."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from unmask.analyze import AnalyzeOptions, analyze
from unmask.profile.readability import _known_word_share, read_texts, readability
from unmask.samples import samples_dir
from unmask.signals.langdetect import detect_many
from unmask_dev.couples import (
    Couple,
    assemble,
    lorem_couple,
    shuffled_months,
    unsupported_couple,
)
from unmask_dev.devsets import Dialogue, Turn
from unmask_dev.validity.profile import example_check

from .builders import run

DAY = 24 * 60  # minutes


def _analyse(couple: Couple, resamples: int = 200) -> dict:
    a = analyze(
        couple.name,
        table=couple.table,
        partners=couple.partners,
        options=AnalyzeOptions(bootstrap_resamples=resamples),
    )
    return a.report()


def test_readability_tells_words_from_placeholders_and_other_languages() -> None:
    texts = [
        "I miss you so much, can we talk tonight?",
        "Consequat anim aute voluptate.",
        "Ich habe heute keine Zeit, tut mir leid.",
        "我今天特别想你",
        "今日は何時に帰ってくるの？",
        "❤️❤️",
    ]
    read = readability(pa.array(texts), np.asarray(detect_many(texts), dtype=object))
    assert read.readable.tolist() == [True, False, False, True, False, True]
    assert read.counted.tolist() == [True, True, True, True, True, False]
    assert read.unsupported[4]


def test_known_word_shares_read_before_the_languages_are_those_of_each_text_alone() -> None:
    """:func:`read_texts` splits only texts with a word character after lower-casing; every
    share is the one the text gets on its own, whatever case mapping made its letters."""
    texts = [
        "I miss you so much",
        "THE KELVIN SIGN \u212a IS A K",  # lower-cases to a Latin k
        "\u0130stanbul was lovely",  # a dotted capital I
        "Ünïcödé wörds hère",
        "我今天特别想你 ok",
        "我今天特别想你",
        "' '' '",
        "",
        "❤️❤️",
    ]
    reading = read_texts(pa.array(texts))
    for i, text in enumerate(texts):
        assert reading.share[i] == _known_word_share(pa.array([text]))[0], text
    langs = np.asarray(detect_many(texts), dtype=object)
    early = readability(pa.array(texts), langs, reading)
    late = readability(pa.array(texts), langs)
    assert early.readable.tolist() == late.readable.tolist()
    assert early.counted.tolist() == late.counted.tolist()


def test_repeated_texts_are_read_once_and_read_as_each_alone() -> None:
    """:func:`read_texts` reads each distinct text once and copies the reading to its
    repeats (nulls read as empty texts): the same counts and shares, bit for bit, as every
    text read on its own, in one chunk or several."""
    texts = [
        "ok",
        "see you at the station",
        None,
        "ok",
        "Consequat anim aute",
        "我到了",
        "see you at the station",
        "",
        None,
        "❤️",
        "ok",
    ]
    alone = [read_texts(pa.array(["" if t is None else t])) for t in texts]
    for given in (pa.array(texts), pa.chunked_array([texts[:4], texts[4:]])):
        reading = read_texts(given)
        assert reading.counted.tolist() == [bool(a.counted[0]) for a in alone]
        assert reading.share.tobytes() == np.concatenate([a.share for a in alone]).tobytes()
    unique = [t for t in texts[:3] if t is not None] + ["我到了"]
    assert read_texts(pa.array(unique)).counted.tolist() == [True, True, True]


@pytest.mark.parametrize(
    ("couple", "codes"),
    [
        (lorem_couple(months=6, per_month=10), {"unreadable_words"}),
        (unsupported_couple("ja", months=6, per_month=10), {"unreadable_language"}),
        (unsupported_couple("de", months=6, per_month=10), {"unreadable_words"}),
    ],
    ids=["lorem", "ja", "de"],
)
def test_unreadable_chat_is_not_placed_and_nothing_is_quoted(
    couple: Couple, codes: set[str]
) -> None:
    report = _analyse(couple)
    assert not report["profile"]["placed"]
    assert codes <= {c["code"] for c in report["limits"]["cannot_tell"]}
    assert report["limits"]["readable"]["share"] < report["limits"]["readable"]["min_share"]
    # only the reason is said: no statement with examples, no trend, no verdict
    assert all(s["kind"] == "limit" for s in report["statements"])
    assert all(not s.get("examples") for s in report["statements"])


def test_formulaic_thanks_earn_no_depth_credit() -> None:
    rows = [
        ("Ann", 0, "the table is booked for 7pm", ("logistics",)),
        ("Ben", 2, "Thank you, goodbye.", ("gratitude", "disclosure.emotional")),
        ("Ann", 3 * DAY, "thank you for yesterday, it meant a lot", ("gratitude",)),
    ]
    a = run(rows)
    assert a.rates.component_counts["gratitude"].tolist() == [1, 0]
    assert a.rates.component_counts["disclosure"].tolist() == [0, 0]


def test_information_requests_are_not_bids() -> None:
    rows = [
        ("Ann", 0, "What time does the train leave?", ("bid", "logistics")),
        ("Ben", 2, "It leaves at 5:15 from platform 2.", ("logistics",)),
        ("Ann", 10, "guess what, I got the job!", ("bid",)),
        ("Ben", 11, "no way, tell me everything", ()),
    ]
    a = run(rows)
    assert len(a.bids) == 1
    assert a.bids.counts(1) == {"toward": 1, "away": 0, "against": 0}


DEEP = (
    (
        "I've been feeling really lonely since I moved here, and I'm scared nobody cares.",
        "That sounds so hard. I'm here for you. What has been the hardest part?",
    ),
    (
        "Honestly I feel ashamed that I cried at work today.",
        "You must be exhausted. It's okay to cry, I love you and I'm proud of you.",
    ),
    (
        "I'm afraid I'm not good enough for you sometimes.",
        "I hear you. You are more than enough for me, tell me more about that feeling?",
    ),
    (
        "I miss you so much when you travel, it hurts.",
        "I miss you too, my love. Someday we'll live somewhere we never have to part.",
    ),
)
BOOKING = (
    (
        "I need a train to Cambridge on Friday, leaving after 10:00.",
        "TR1234 leaves at 10:15 and arrives at 11:05. The fare is 12 pounds.",
    ),
    (
        "Please book 2 tickets for that train.",
        "Booking was successful. The reference number is ABC123.",
    ),
    (
        "I also need a hotel in the north with free parking.",
        "The Acorn guest house is in the north and has free parking.",
    ),
    (
        "Book it for 3 nights starting Friday for 2 people.",
        "Your booking is confirmed; the reference number is XYZ789.",
    ),
)


def _dialogues(pairs: tuple[tuple[str, str], ...], n: int, tag: str) -> list[Dialogue]:
    out = []
    for k in range(n):
        turns: list[Turn] = []
        for q, a in (pairs[k % len(pairs)], pairs[(k + 1) % len(pairs)]):
            turns += [Turn("x", q), Turn("y", a)]
        out.append(Dialogue(f"{tag}{k}", tuple(turns)))
    return out


def _couple(kinds: list[str], per_month: int = 10) -> Couple:
    months = [
        _dialogues(DEEP if k == "deep" else BOOKING, per_month, f"{k}{m}-")
        for m, k in enumerate(kinds)
    ]
    return assemble("written", months, kinds, seed=5)


def test_drifting_couple_headline_says_changed_and_shuffled_months_claim_nothing() -> None:
    drifting = _couple(["deep"] * 6 + ["booking"] * 6)
    report = _analyse(drifting)
    profile = report["profile"]
    assert profile["placed"]
    assert profile["changed"]
    assert profile["recent"]["region"] != profile["region"]
    position = next(s for s in report["statements"] if s["id"] == "position")
    assert "not where the conversation is now" in position["text"]

    steady = _couple(["deep", "booking"] * 6)
    for seed in (1, 2):
        shuffled = _analyse(shuffled_months(steady, seed))
        assert not shuffled["profile"]["changed"]
        assert all(not s["change_points"] for s in shuffled["trends"]["series"].values())


@pytest.mark.parametrize("name", ["close_en", "drifting_en", "close_zh", "drifting_zh"])
def test_every_quoted_example_of_the_samples_backs_its_claim(name: str) -> None:
    a = analyze(samples_dir() / f"{name}.txt", options=AnalyzeOptions(bootstrap_resamples=50))
    quoted, backed = example_check(a.report())
    assert quoted >= 10
    assert backed == quoted


def test_examples_carry_their_claim_with_visible_words() -> None:
    rows = []
    for d in range(0, 120, 3):
        t = d * DAY
        rows += [
            # flagged as a model would flag them, but nothing in the words says so
            ("Ann", t, "It's raining again", ("disclosure.emotional",)),
            (
                "Ben",
                t + 1,
                "Just sent $46.19 for the phone plan, we split it right?",
                ("transactional", "we_talk"),
            ),
            ("Ann", t + 2, "I feel so lonely when you're away", ("disclosure.emotional",)),
            ("Ben", t + 3, "I love you, come here", ("affection",)),
        ]
    report = run(rows).report()
    disclosure = report["examples"]["disclosure"]
    affection = report["examples"]["affection"]
    assert disclosure and affection
    assert all(e["text"] == "I feel so lonely when you're away" for e in disclosure)
    assert all(e["text"] == "I love you, come here" for e in affection)
    assert all(e["evidence"] and all(w in e["text"] for w in e["evidence"]) for e in affection)
