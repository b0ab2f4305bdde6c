"""Couple rounds (unmask_dev.couple_round): the files parse, round three covers round two's
kinds in both languages, and round three shares no five-word / five-character run with
rounds one and two (it was written fresh, h-round3); round four covers round three's kinds
and shares no run with rounds one to three or with any string in the yamls under
src/unmask (h-round4)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import yaml

import unmask
from unmask_dev import couple_round
from unmask_dev.validity import couple


def test_every_round_loads_with_known_labels() -> None:
    for path in couple_round.PATHS:
        messages = couple_round.load(path)
        assert len(messages) > 150
        for m in messages:
            assert m.kind and m.text
            assert not (m.fire & m.ok), m.text


def test_round_three_covers_round_two_kinds_evenly_in_both_languages() -> None:
    two = {m.kind for m in couple_round.load(couple_round.PATH2)}
    three = couple_round.load(couple_round.PATH3)
    en = Counter(m.kind for m in three if m.lang == "en")
    zh = Counter(m.kind for m in three if m.lang == "zh")
    assert set(en) == set(zh) == two
    assert 75 <= sum(en.values()) <= 90 and 75 <= sum(zh.values()) <= 90
    assert max(en.values()) <= 3 * min(en.values())


def test_round_three_shares_no_five_run_with_earlier_rounds() -> None:
    earlier: set[str] = set()
    for path in (couple_round.PATH, couple_round.PATH2):
        for m in couple_round.load(path):
            earlier |= couple_round.runs(m.text)
    shared = {
        m.text: couple_round.shared_runs(m.text, earlier)
        for m in couple_round.load(couple_round.PATH3)
        if couple_round.shared_runs(m.text, earlier)
    }
    assert not shared


def test_round_four_covers_round_three_kinds_evenly_in_both_languages() -> None:
    three = {m.kind for m in couple_round.load(couple_round.PATH3)}
    four = couple_round.load(couple_round.PATH4)
    en = Counter(m.kind for m in four if m.lang == "en")
    zh = Counter(m.kind for m in four if m.lang == "zh")
    assert set(en) == set(zh) == three
    assert 80 <= sum(en.values()) <= 90 and 80 <= sum(zh.values()) <= 90
    assert max(en.values()) <= 3 * min(en.values())
    assert max(zh.values()) <= 3 * min(zh.values())


def test_round_four_shares_no_five_run_with_earlier_rounds() -> None:
    earlier: set[str] = set()
    for path in (couple_round.PATH, couple_round.PATH2, couple_round.PATH3):
        for m in couple_round.load(path):
            earlier |= couple_round.runs(m.text)
    shared = {
        m.text: couple_round.shared_runs(m.text, earlier)
        for m in couple_round.load(couple_round.PATH4)
        if couple_round.shared_runs(m.text, earlier)
    }
    assert not shared


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_round_four_shares_no_five_run_with_any_yaml_string() -> None:
    """Round four was worded apart from every string (lexicon entries, examples, must-fire
    and must-not-fire lines, exercises) in the yamls under src/unmask. If a later lexicon
    line shares a run with it, round four's lines have reached the lexicons: its figures
    are no longer out-of-sample (docs/validity.md, h-round4); say so there rather than
    rewording the round."""
    root = Path(unmask.__file__).parent
    lexicon: set[str] = set()
    for path in sorted(root.rglob("*.yaml")) + sorted(root.rglob("*.yml")):
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            lexicon |= couple_round.runs(text)
    shared = {
        m.text: couple_round.shared_runs(m.text, lexicon)
        for m in couple_round.load(couple_round.PATH4)
        if couple_round.shared_runs(m.text, lexicon)
    }
    assert not shared


def test_runs_count_words_in_english_and_characters_in_chinese() -> None:
    assert couple_round.runs("one two three four five six") == {
        "one two three four five",
        "two three four five six",
    }
    assert couple_round.runs("你好，今天累吗") == {"你好今天累", "好今天累吗"}
    assert couple_round.runs("too short here") == set()


def test_each_round_has_its_own_row_prefix() -> None:
    prefixes = [prefix for prefix, _, _ in couple.ROUNDS]
    assert prefixes == ["", "round two ", "round three ", "round four "]
    assert [path for _, _, path in couple.ROUNDS] == list(couple_round.PATHS)
