"""Matching a set of candidate entries without compiling their alternation.

:func:`unmask.signals.reply_lexicon._match` runs each candidate entry's own
pattern and combines the matches; it must give exactly the hits of the
alternation of those entries (leftmost match, first entry in file order, no
overlaps), which is what the lexicon always gave.
"""

from __future__ import annotations

import random

import pytest

from unmask.signals import reply_lexicon as rl
from unmask.signals.reply_prefilter import prefilter


def _by_alternation(lexicon: rl.ReplyLexicon, mask: int, text: str) -> list[rl.Hit]:
    out: list[rl.Hit] = []
    rl._match_alternation(lexicon, lexicon.subset(mask), text, 0, out)
    return out


def _by_entries(lexicon: rl.ReplyLexicon, mask: int, text: str) -> list[rl.Hit]:
    out: list[rl.Hit] = []
    rl._match(lexicon, mask, text, 0, out)
    return out


#: random subsets of a lexicon's entries tried against every text
_MASKS = 24


@pytest.mark.parametrize("lang", rl.LANGS)
@pytest.mark.parametrize("part", rl.PARTS)
def test_entries_give_the_alternations_hits_on_real_lexicons(lang: str, part: str) -> None:
    lexicon = rl.load(lang, part)
    examples = [e.example for e in lexicon.entries]
    rng = random.Random(7)
    sep = " " if lang == "en" else "，"
    texts = [sep.join(rng.sample(examples, k=min(3, len(examples)))) for _ in range(40)]
    texts += examples
    # each mask's alternation is compiled once and read against every text (compiling a
    # fresh subset of a 200-entry lexicon for each text took minutes)
    masks = {
        rng.getrandbits(len(lexicon.entries)) | rng.getrandbits(len(lexicon.entries))
        for _ in range(_MASKS)
    } - {0, lexicon.everything}
    assert masks
    for mask in sorted(masks):
        for text in texts:
            assert _by_entries(lexicon, mask, text) == _by_alternation(lexicon, mask, text)


def _toy(patterns: list[str]) -> rl.ReplyLexicon:
    entries = tuple(
        rl.ReplyEntry(1.0, "", f"test#{i}", p, negatable=False) for i, p in enumerate(patterns)
    )
    alternation = "|".join(f"(?P<e{i}>{p})" for i, p in enumerate(patterns))
    return rl.ReplyLexicon(
        lang="en",
        part="reaction",
        version="1",
        entries=entries,
        must_not_fire=(),
        alternation=alternation,
        prefilter=prefilter(patterns),
    )


def test_first_entry_in_file_order_wins_at_the_same_position() -> None:
    lexicon = _toy([r"so sorry", r"so", r"sorry to hear", r"\bhear\b", r"x"])
    text = "so sorry to hear that, so so sorry, I hear you"
    for mask in range(1, lexicon.everything):
        assert _by_entries(lexicon, mask, text) == _by_alternation(lexicon, mask, text)
    # at 3 both "so" and "sorry to hear" match: the earlier entry in the file wins, so
    # the next match is "hear" at 12, not the longer phrase that holds it
    hits = _by_entries(lexicon, 0b01110, text)
    assert [(h.entry.source, h.start, h.text) for h in hits][:3] == [
        ("test#1", 0, "so"),
        ("test#1", 3, "so"),
        ("test#3", 12, "hear"),
    ]


def test_a_stronger_entry_is_not_hidden_by_a_weaker_one_listed_before_it() -> None:
    """A reply lexicon's entries are tried strongest first (file order among equals): the
    weak catch-all questions of the English exploration file are listed before the specific
    cues written later, and used to hide them wherever both matched at one position. Without
    the other's disclosure (no context lift) each of these reaches its own cue's weight."""
    from unmask.signals.reply import score_reply_text

    exploration = rl.load("en", "exploration")
    weights = [e.weight for e in exploration.entries]
    assert weights == sorted(weights, reverse=True)
    for text, weight in [
        ("how have you been coping since the funeral?", 0.8),
        ("Have you been able to talk to anyone about it?", 0.7),
        ("What do you think is behind the fights?", 0.6),
        ("How long has your manager been treating you like that?", 0.7),
    ]:
        score = score_reply_text(text, "en", "ok").scores["responsiveness.exploration"]
        assert score is not None and score >= weight, text


def test_an_empty_match_falls_back_to_the_alternation() -> None:
    # entry 0 can match nothing: the alternation then yields an empty match, and what
    # finditer finds next follows its own rules for empty matches
    lexicon = _toy([r"(?:oh )?", r"oh no", r"\bno\b", r"^wait"])
    for text in ["oh no, no way", "wait oh no", "no", "", "nothing here"]:
        for mask in range(1, lexicon.everything):
            assert _by_entries(lexicon, mask, text) == _by_alternation(lexicon, mask, text)
    assert "\x00" not in "".join(e.pattern for e in lexicon.entries)


def test_prefilter_reads_patterns_with_our_parser() -> None:
    from unmask.signals.reply_prefilter import required_literals

    assert required_literals(r"\bsor+y+\b") == (frozenset({"sory"}),)  # folded (prefilter.fold)
    needs = required_literals(r"\b(must['’]?ve|must\s+have)\s+been\s+(awful|lonely)\b")
    assert needs is not None and "must have ben lonely" in needs[0]
    assert required_literals(r"(?i)sorry") is None  # inline flags: not read, runs everywhere
    assert required_literals(r"(so)\s+\1") is None
    assert not prefilter([r"sorry", r"(so)\s+\1"]).usable  # a back-reference: no prefilter
    assert prefilter([r"sorry", r"how\s+are\s+(you|u)"]).usable


@pytest.mark.parametrize("lang", rl.LANGS)
def test_repeated_texts_are_matched_once_with_the_hits_of_every_row(lang: str) -> None:
    """A chat repeats its messages: each distinct text is matched once and its hits go to
    every row with that text that the lexicon runs on, in the order of the rows, as if
    each row had been matched on its own."""
    lexicons = tuple(rl.load(lang, part) for part in (*rl.MECHANISMS, rl.CONTEXT))
    examples = [e.example for lexicon in lexicons for e in lexicon.entries][:60]
    rng = random.Random(11)
    texts = [rng.choice(examples) for _ in range(300)] + ["ok", "好的"] * 20
    rng.shuffle(texts)
    assert len(set(texts)) < len(texts)
    gates = [[rng.random() < 0.7 for _ in texts] for _ in range(2)]
    allowed = [*[gates[0]] * len(rl.MECHANISMS), gates[1]]
    for rows in (list(range(len(texts))), rng.sample(range(len(texts)), 150)):
        together = rl.find_many(lexicons, texts, rows, allowed)
        one_by_one: list[list[rl.Hit]] = [[] for _ in lexicons]
        for r in rows:  # a text of its own each time: nothing repeats
            for j, hits in enumerate(rl.find_many(lexicons, texts, [r], allowed)):
                one_by_one[j].extend(hits)
        assert together == one_by_one
        assert sum(map(len, together)) > 100
