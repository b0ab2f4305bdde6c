"""The reply layer's work per distinct text (``*_coded``, ``langs_take``, ``TextCodes``).

Chats repeat their lines, so the reply layer finds each row's text by its index among the
distinct texts once (the scorer has them for the text messages) and reads each distinct
text once. Each coded function must give exactly what its row-by-row form gives: the same
rows, hits, flags and sentence kinds, in the same order.
"""

from __future__ import annotations

import random

import numpy as np
import pyarrow as pa

from unmask.model import ARROW_SCHEMA
from unmask.signals import reply_structure as rs
from unmask.signals.distinct import distinct
from unmask.signals.reply import TextCodes, _coded, _combine, hit_arrays, score_replies
from unmask.signals.reply_lexicon import (
    CONTEXT,
    LANGS,
    MECHANISMS,
    Hit,
    find_many,
    find_many_coded,
    langs_take,
    load,
    rows_among,
)

# lines of our own, repeated as chats repeat them: questions with and without "?", "so"
# restatements, requests, indirect questions, run-on questions, Chinese, mixed scripts
LINES = [
    "ok",
    "haha",
    "love you",
    "how was your day?",
    "how was your day",
    "so you felt left out at the party.",
    "I see that you are worn out",
    "i wonder what she meant by that",
    "that sounds rough, do you know what sets it off",
    "Do you have someone you can talk to.",
    "what happened was awful.",
    "can you book a table for two",
    "i need a ride to the station",
    "I'm so sorry, that sounds really hard",
    "no wonder you're upset",
    "why?",
    "ugh",
    "are you ok?\nI was worried.",
    "line one.\nr u close with your sister",
    "心疼你",
    "想聊聊吗？",
    "我今天好累",
    "ok 我知道了",
    "so sorry 抱抱",
    "",
    "a\x00b what happened?",
    "İ wonder why",
]


def _chat(n: int, seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    texts = [rng.choice(LINES) for _ in range(n)]
    langs = [rng.choice(["en", "zh", "other"]) for _ in range(n)]
    return texts, langs


def _codes_of(texts: list[str], rows: np.ndarray) -> tuple[list[str], np.ndarray]:
    return _coded(texts, rows, None)


def test_coded_rows_name_their_own_text() -> None:
    texts, _ = _chat(400, 1)
    rows = np.arange(0, 400, 3)
    known_rows = np.arange(0, 400, 2)
    firsts, inverse = distinct([texts[r] for r in known_rows.tolist()])
    for known in (None, TextCodes(firsts, inverse, known_rows)):
        table_distinct, code = _coded(texts, rows, known)
        for r in rows.tolist():
            assert table_distinct[code[r]] == texts[r]
        if known is not None:  # the caller's codes are kept, the others come after them
            assert (code[known_rows] == inverse).all()
            assert table_distinct[: len(firsts)] == firsts
    unique_texts = [f"line {i}" for i in range(10)]  # no text repeats: inverse is None
    firsts, inverse = distinct(unique_texts)
    assert inverse is None
    table_distinct, code = _coded(
        unique_texts, np.arange(10), TextCodes(firsts, None, np.arange(10))
    )
    assert [table_distinct[c] for c in code.tolist()] == unique_texts


def test_langs_take_is_rows_among() -> None:
    texts, langs = _chat(600, 2)
    rows = np.flatnonzero(np.arange(600) % 5 != 1)
    table_distinct, code = _codes_of(texts, rows)
    is_zh = np.array([lang == "zh" for lang in langs])
    for lang in LANGS:
        expected = rows_among(lang, texts, langs, rows.tolist())
        assert langs_take(lang, table_distinct, code, is_zh, rows).tolist() == expected


def test_find_many_coded_finds_what_find_many_finds() -> None:
    texts, langs = _chat(800, 3)
    rng = np.random.default_rng(3)
    gate = rng.random(800) < 0.7
    other = rng.random(800) < 0.5
    rows = np.flatnonzero(gate | other)
    table_distinct, code = _codes_of(texts, rows)
    is_zh = np.array([lang == "zh" for lang in langs])
    for lang in LANGS:
        lexicons = tuple(load(lang, part) for part in (*MECHANISMS, CONTEXT))
        allowed = [*[gate] * len(MECHANISMS), other]
        taken = langs_take(lang, table_distinct, code, is_zh, rows)
        expected = find_many(lexicons, texts, taken.tolist(), allowed)
        got = find_many_coded(lexicons, table_distinct, code, taken, allowed)
        assert got == expected
        assert any(got)  # the lines hold cues of both languages
    lexicons = (load("en", MECHANISMS[0]),)
    assert find_many_coded(lexicons, table_distinct, code, rows[:0]) == [[]]


def _row_by_row(
    texts: list[str], langs: list[str], rows: list[int]
) -> tuple[np.ndarray, dict[int, list[tuple[int, int, str]]]]:
    """No request and sentence kinds read one row at a time, text by text: what the coded
    forms must give."""
    plain = np.zeros(len(texts), dtype=bool)
    kinds: dict[int, list[tuple[int, int, str]]] = {}
    seen: dict[str, str] = {}
    for r in rows:
        if langs[r] == "zh":
            continue
        plain[r] = not rs._REQUEST.search(texts[r])
        known = rs._text_kinds(texts[r], seen)
        if known is not None:
            kinds[r] = known
    return plain, kinds


def test_no_request_and_sentence_kinds_coded_are_the_row_by_row_ones() -> None:
    texts, langs = _chat(700, 4)
    rows = np.arange(700)
    table_distinct, code = _codes_of(texts, rows)
    is_zh = np.array([lang == "zh" for lang in langs])
    some = np.flatnonzero(np.arange(700) % 3 == 0)
    expected_plain, expected = _row_by_row(texts, langs, some.tolist())
    plain = rs.no_request_coded(table_distinct, code, is_zh, some)
    assert (plain == expected_plain).all() and plain.any() and not plain.all()
    # the row forms (their codes found from the texts) give the same
    assert (rs.no_request(texts, langs, some.tolist()) == expected_plain).all()
    kinds = rs.sentence_kinds_coded(table_distinct, code, is_zh, some)
    assert kinds == expected
    assert list(kinds) == list(expected)  # rows in the same order
    assert rs.sentence_kinds(texts, langs, some.tolist()) == expected
    shuffled = some[::-1].tolist()  # any order of rows: kept
    assert list(rs.sentence_kinds(texts, langs, shuffled)) == list(
        _row_by_row(texts, langs, shuffled)[1]
    )
    assert any(kinds.values()) and any(not k for k in kinds.values())
    empty = rs.sentence_kinds_coded(table_distinct, code, is_zh, some[:0])
    assert empty == {}
    assert not rs.no_request_coded(table_distinct, code, is_zh, some[:0]).any()


def _table(texts: list[str]) -> pa.Table:
    records = [
        {
            "conversation_id": "c",
            "message_id": f"m{i}",
            "timestamp": f"2024-03-01T{8 + i // 60:02d}:{i % 60:02d}:00",
            "sender": "Ana" if (i // 2) % 2 else "Ben",
            "text": text,
            "kind": "media" if i % 17 == 5 else "text",
            "platform": "test",
            "reply_to": None,
            "utc_offset": None,
            "edited": False,
        }
        for i, text in enumerate(texts)
    ]
    return pa.Table.from_pylist(records, schema=ARROW_SCHEMA)


def test_score_replies_with_the_scorers_codes_gives_the_same_scores_and_evidence() -> None:
    texts, langs = _chat(240, 5)
    table = _table(texts)
    is_text = np.array([i % 17 != 5 for i in range(240)])
    text_rows = np.flatnonzero(is_text)
    firsts, inverse = distinct([texts[r] for r in text_rows.tolist()])
    disclosed = {"disclosure.emotional": np.where(np.arange(240) % 4 == 0, 0.9, 0.0)}
    plain, plain_evidence = score_replies(table, langs, disclosed, texts=texts)
    coded, coded_evidence = score_replies(
        table, langs, disclosed, texts=texts, text_codes=TextCodes(firsts, inverse, text_rows)
    )
    assert plain.keys() == coded.keys()
    for name in plain:
        assert plain[name].tobytes() == coded[name].tobytes()
    assert coded_evidence == plain_evidence
    assert any(coded_evidence)


def test_find_many_spreads_single_hits_as_each_row_alone_finds_them() -> None:
    """A few repeated lines, each lexicon allowed on some rows: what ``find_many`` gives
    every row (its text matched once, its hits handed to each row that has it) is what
    each row finds alone, also where only one hit goes to one row."""
    rng = random.Random(11)
    single = 0
    for _ in range(60):
        n = rng.randint(2, 6)
        texts = [rng.choice(LINES[:12]) for _ in range(n)]
        texts.append(texts[0])  # a repeated text: the hits are spread
        rows = list(range(len(texts)))
        for lang in LANGS:
            lexicons = tuple(load(lang, part) for part in (*MECHANISMS, CONTEXT))
            allowed = [[rng.random() < 0.4 for _ in rows] for _ in lexicons]
            got = find_many(lexicons, texts, rows, allowed)
            for j, hits in enumerate(got):
                alone = [hit for r in rows for hit in find_many(lexicons, texts, [r], allowed)[j]]
                assert hits == alone
                single += len(hits) == 1
    assert single >= 5


def test_combine_without_evidence_gives_the_evidence_loops_scores_bit_for_bit() -> None:
    """``_combine(..., with_evidence=False)`` adds the hits' terms through numpy: each row's
    noisy-or sums its terms in the hits' order, as the loop that builds the evidence does,
    so the scores are the same bits (rows with many hits of many weights, strong and weak,
    both languages, boosted or not)."""
    rng = random.Random(13)
    entries = {
        lang: [entry for part in MECHANISMS for entry in load(lang, part).entries] for lang in LANGS
    }
    weights = {entry.weight for lang in LANGS for entry in entries[lang]}
    assert min(weights) < 0.5 <= max(weights)  # weak and strong cues both
    for n in (1, 7, 300):
        found = {
            lang: [
                [
                    Hit(rng.randrange(n), rng.choice(entries[lang]), 0, 1, "x")
                    for _ in range(rng.randrange(0, 4 * n))
                ]
                for _ in MECHANISMS
            ]
            for lang in LANGS
        }
        boosted = np.array([rng.random() < 0.3 for _ in range(n)])
        loop, evidence = _combine(n, found, boosted, True)
        summed, none = _combine(n, found, boosted, False)
        assert none == [] and (n == 1 or any(evidence))
        assert loop.keys() == summed.keys()
        for name in loop:
            assert loop[name].tobytes() == summed[name].tobytes()


def test_combine_with_ready_arrays_gives_the_same_bits() -> None:
    """``_combine(..., ready=...)`` with a language's hits already as
    :func:`unmask.signals.reply.hit_arrays` (what :func:`score_replies` builds for the
    Chinese hits before the scores are read) gives the same scores, bit for bit, as from
    the hits (English and Chinese, no hits of one language, boosted or not)."""
    rng = random.Random(31)
    entries = {
        lang: [entry for part in MECHANISMS for entry in load(lang, part).entries] for lang in LANGS
    }
    for n, many in ((1, 4), (9, 4), (250, 4), (40, 0)):
        found = {
            lang: [
                [
                    Hit(rng.randrange(n), rng.choice(entries[lang]), 0, 1, "x")
                    for _ in range(rng.randrange(0, many * n + 1))
                ]
                for _ in MECHANISMS
            ]
            for lang in LANGS
        }
        boosted = np.array([rng.random() < 0.3 for _ in range(n)])
        plain, _ = _combine(n, found, boosted, False)
        loop, _ = _combine(n, found, boosted, True)
        for lang in LANGS:
            ready = {lang: [hit_arrays(hits) for hits in found[lang]]}
            other = {k: (v if k != lang else [[] for _ in MECHANISMS]) for k, v in found.items()}
            got, none = _combine(n, other, boosted, False, ready)
            assert none == []
            for name in plain:
                assert got[name].tobytes() == plain[name].tobytes() == loop[name].tobytes()


def test_apply_after_the_praise_is_moved_and_with_known_kinds_is_apply() -> None:
    """The reply layer moves praise to reaction before the scores are read, then calls
    ``apply(..., praised=True)`` with the kinds it has: the same hits, in the same order,
    as ``apply`` alone (which moves the praise itself and reads the kinds of the rows it
    wants), with and without the other's messages (``heard``)."""
    lines = [*LINES, "sounds like you are doing your best", "it seems like you are doing great"]
    lines += ["I can see you are doing so well. Are you sleeping?", "sounds like you're stressed"]
    lines += ["Do you feel like you can't act?", "What has made you feel anxious?"]
    lines += ["You could try the advice bureau?", "You could try the advice bureau."]
    rng = random.Random(7)
    texts = [rng.choice(lines) for _ in range(600)]
    langs = ["zh" if any("\u4e00" <= ch <= "\u9fff" for ch in t) else "en" for t in texts]
    rows = np.arange(600)
    table_distinct, code = _codes_of(texts, rows)
    is_zh = np.array([lang == "zh" for lang in langs])
    lexicons = tuple(load("en", part) for part in (*MECHANISMS, CONTEXT))
    taken = langs_take("en", table_distinct, code, is_zh, rows)
    *found, _ = find_many_coded(lexicons, table_distinct, code, taken, [rows >= 0] * 4)
    np_rng = np.random.default_rng(7)
    boosted = np_rng.random(600) < 0.3
    personal = np_rng.random(600) < 0.3
    known = rs.sentence_kinds_coded(table_distinct, code, is_zh, rows)

    def heard(row: int) -> list[str]:
        return [texts[row - 1]] if row else []

    for listen in (heard, None):
        # the kinds apply read before: of the rows with an exploration hit, a question's
        # interpretation hit, or asked, in order
        want = [list(hits) for hits in found]
        rs._praise_as_reaction(want, texts, langs)
        wanted = (
            {h.row for h in want[MECHANISMS.index("exploration")]}
            | {h.row for h in want[MECHANISMS.index("interpretation")] if "?" in texts[h.row]}
            | set(np.flatnonzero(boosted | personal).tolist())
        )
        kinds = {row: known[row] for row in sorted(wanted & known.keys())}
        assert 0 < len(kinds) < len(known)
        new_kinds = rs._known_of(known, rs._wanted(want, texts, boosted | personal))
        assert new_kinds == kinds and list(new_kinds) == list(kinds)
        shuffled = dict(reversed(list(known.items())))  # any order of the known rows
        assert list(rs._known_of(shuffled, rs._wanted(want, texts, boosted | personal))) == list(
            kinds
        )
        rs.apply(want, texts, langs, boosted, personal, kinds, listen, praised=True)
        alone = [list(hits) for hits in found]
        rs.apply(alone, texts, langs, boosted, personal, None, listen)
        got = [list(hits) for hits in found]
        rs._praise_as_reaction(got, texts, langs)
        rs.apply(got, texts, langs, boosted, personal, known, listen, praised=True)
        assert got == want
        assert alone == want
        assert want != found  # praise moved, cues dropped and added
        assert any(h.entry is rs.PRAISE for h in want[MECHANISMS.index("reaction")])


def test_max_over_the_context_is_numpys_row_maximum() -> None:
    """The context level of each reply, one column at a time: numpy's ``max(axis=1)`` of
    the same gathered values, bit for bit (no message: 0; ties, zeros, all -1)."""
    from unmask.signals.reply import _max_over

    rng = np.random.default_rng(11)
    level = np.round(rng.random(300), 1)
    level[rng.random(300) < 0.4] = 0.0
    rows = rng.integers(-1, 300, (500, 4))
    rows[rng.random((500, 4)) < 0.3] = -1
    rows[:5] = -1
    padded = np.append(level, 0.0)
    want = np.where(rows >= 0, level[np.where(rows >= 0, rows, 0)], 0.0).max(axis=1)
    assert _max_over(padded, rows).tobytes() == want.tobytes()
    assert _max_over(padded, rows[:0]).shape == (0,)


def test_personal_reads_any_context_message_as_before() -> None:
    """``personal``: a reply (not task talk) whose context has a plain message that is not
    task talk either; the column-at-a-time form gives numpy's ``any(axis=1)`` of the gather."""
    texts, langs = _chat(400, 9)
    rng = np.random.default_rng(9)
    scores = {"logistics": np.where(rng.random(400) < 0.3, 0.9, np.nan)}
    context = rng.integers(-1, 400, (400, 4))
    context[rng.random((400, 4)) < 0.4] = -1
    replies = np.flatnonzero(rng.random(400) < 0.6)
    plain = rng.random(400) < 0.5
    got = rs.personal(texts, langs, scores, context, replies, plain)
    task = np.nan_to_num(scores["logistics"], nan=0.0) >= 0.5
    want = np.zeros(400, dtype=bool)
    rows = replies[~task[replies]]
    ctx = context[rows]
    not_task = plain & ~task
    want[rows] = (not_task[np.where(ctx >= 0, ctx, 0)] & (ctx >= 0)).any(axis=1)
    assert (got == want).all() and got.any() and not got.all()
