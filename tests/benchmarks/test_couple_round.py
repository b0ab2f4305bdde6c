"""Couple rounds (unmask_dev.couple_round): the files parse, round three covers round two's
kinds in both languages, and round three shares no five-word / five-character run with
rounds one and two (it was written fresh, h-round3); round four covers round three's kinds
and shares no run with rounds one to three or with any string in the yamls under
src/unmask (h-round4); round five the same over round four's kinds and rounds one to four
(h-round5); round six the same over round five's kinds and rounds one to five (h-round6);
round seven the same over round six's kinds and rounds one to six (h-round7); round eight
the same over round seven's kinds and rounds one to seven (h-round8); round nine the same
over round eight's kinds and rounds one to eight (h-round9); round ten the same over round
nine's kinds and rounds one to nine, and no run shared with the lines of safety rounds one to
thirty-two either (h-round10); round eleven the same over round ten's kinds and rounds one to
ten, and the lines of safety rounds one to thirty-three (h-round11); round twelve the same over
round eleven's kinds and rounds one to eleven, and the lines of safety rounds one to
thirty-four (h-round12); round thirteen the same over round twelve's kinds and rounds one to
twelve, and the lines of safety rounds one to thirty-five (h-round13); round fourteen the same
over round thirteen's kinds and rounds one to thirteen, and the lines of safety rounds one to
thirty-six (h-round14); round fifteen the same over round fourteen's kinds and rounds one to
fourteen, and the lines of safety rounds one to thirty-seven (h-round15); round sixteen the
same over round fifteen's kinds and rounds one to fifteen, and the lines of safety rounds one
to thirty-eight (h-round16); round seventeen the same over round sixteen's kinds and rounds
one to sixteen, and the lines of safety rounds one to thirty-nine (h-round17); round eighteen
the same over round seventeen's kinds and rounds one to seventeen, and the lines of safety
rounds one to forty (h-round18); round nineteen the same over round eighteen's kinds and rounds
one to eighteen, and the lines of safety rounds one to forty-one (h-round19)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

import unmask
from unmask_dev import couple_round, safety_probes, train_couple
from unmask_dev.overlap import yaml_strings
from unmask_dev.validity import couple


def test_every_round_loads_with_known_labels() -> None:
    for path in couple_round.PATHS:
        messages = couple_round.load(path)
        assert len(messages) > 150
        for m in messages:
            assert m.kind and m.text
            assert not (m.fire & m.ok), m.text


#: each fresh round: (its file, the round whose kinds it covers, the rounds written before it,
#: the fewest lines it holds in a language)
FRESH: dict[str, tuple[Path, Path, tuple[Path, ...], int]] = {
    "three": (
        couple_round.PATH3,
        couple_round.PATH2,
        (couple_round.PATH, couple_round.PATH2),
        75,
    ),
    "four": (
        couple_round.PATH4,
        couple_round.PATH3,
        (couple_round.PATH, couple_round.PATH2, couple_round.PATH3),
        80,
    ),
    "five": (
        couple_round.PATH5,
        couple_round.PATH4,
        (couple_round.PATH, couple_round.PATH2, couple_round.PATH3, couple_round.PATH4),
        80,
    ),
    "six": (
        couple_round.PATH6,
        couple_round.PATH5,
        couple_round.PATHS[:5],
        80,
    ),
    "seven": (
        couple_round.PATH7,
        couple_round.PATH6,
        couple_round.PATHS[:6],
        80,
    ),
    "eight": (
        couple_round.PATH8,
        couple_round.PATH7,
        couple_round.PATHS[:7],
        80,
    ),
    "nine": (
        couple_round.PATH9,
        couple_round.PATH8,
        couple_round.PATHS[:8],
        80,
    ),
    "ten": (
        couple_round.PATH10,
        couple_round.PATH9,
        couple_round.PATHS[:9],
        80,
    ),
    "eleven": (
        couple_round.PATH11,
        couple_round.PATH10,
        couple_round.PATHS[:10],
        80,
    ),
    "twelve": (
        couple_round.PATH12,
        couple_round.PATH11,
        couple_round.PATHS[:11],
        80,
    ),
    "thirteen": (
        couple_round.PATH13,
        couple_round.PATH12,
        couple_round.PATHS[:12],
        80,
    ),
    "fourteen": (
        couple_round.PATH14,
        couple_round.PATH13,
        couple_round.PATHS[:13],
        80,
    ),
    "fifteen": (
        couple_round.PATH15,
        couple_round.PATH14,
        couple_round.PATHS[:14],
        80,
    ),
    "sixteen": (
        couple_round.PATH16,
        couple_round.PATH15,
        couple_round.PATHS[:15],
        80,
    ),
    "seventeen": (
        couple_round.PATH17,
        couple_round.PATH16,
        couple_round.PATHS[:16],
        80,
    ),
    "eighteen": (
        couple_round.PATH18,
        couple_round.PATH17,
        couple_round.PATHS[:17],
        80,
    ),
    "nineteen": (
        couple_round.PATH19,
        couple_round.PATH18,
        couple_round.PATHS[:18],
        80,
    ),
}


@pytest.mark.parametrize("name", sorted(FRESH))
def test_a_fresh_round_covers_the_last_rounds_kinds_evenly_in_both_languages(name: str) -> None:
    path, last, _, fewest = FRESH[name]
    kinds = {m.kind for m in couple_round.load(last)}
    messages = couple_round.load(path)
    en = Counter(m.kind for m in messages if m.lang == "en")
    zh = Counter(m.kind for m in messages if m.lang == "zh")
    assert set(en) == set(zh) == kinds
    assert fewest <= sum(en.values()) <= 90 and fewest <= sum(zh.values()) <= 90
    assert max(en.values()) <= 3 * min(en.values())
    assert max(zh.values()) <= 3 * min(zh.values())


@pytest.mark.parametrize("name", sorted(FRESH))
def test_a_fresh_round_shares_no_five_run_with_earlier_rounds(name: str) -> None:
    path, _, before, _ = FRESH[name]
    earlier: set[str] = set()
    for done in before:
        for m in couple_round.load(done):
            earlier |= couple_round.runs(m.text)
    shared = {
        m.text: couple_round.shared_runs(m.text, earlier)
        for m in couple_round.load(path)
        if couple_round.shared_runs(m.text, earlier)
    }
    assert not shared


#: the rounds still out of the lexicons. Rounds four to six were worded apart too, but
#: h-zh14's zh comfort entries (support.emotional 26) took lines of theirs as examples, and
#: couple-lr-3 trains on them: their rows are in-sample (docs/validity.md, "Where issue 10
#: stands (twenty-second session)").
OUT_OF_LEXICONS = [
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]


@pytest.mark.parametrize("name", OUT_OF_LEXICONS)
def test_a_fresh_round_shares_no_five_run_with_any_yaml_string(name: str) -> None:
    """Rounds four to nineteen were worded apart from every string (lexicon entries,
    examples, must-fire and must-not-fire lines, exercises) in the yamls under src/unmask. If
    a later lexicon line shares a run with one, that round's lines have reached the lexicons:
    its figures are no longer out-of-sample (docs/validity.md, h-round4 to h-round19);
    say so there rather than rewording the round."""
    root = Path(unmask.__file__).parent
    lexicon: set[str] = set()
    for path in sorted(root.rglob("*.yaml")) + sorted(root.rglob("*.yml")):
        for text in yaml_strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            lexicon |= couple_round.runs(text)
    shared = {
        m.text: couple_round.shared_runs(m.text, lexicon)
        for m in couple_round.load(FRESH[name][0])
        if couple_round.shared_runs(m.text, lexicon)
    }
    assert not shared


def _safety_lines(last: int) -> list[str]:
    """Every line of the safety rounds up to ``last`` (``safety_probes``' tuples of lines and
    of (kind, line) pairs; a constant named ``ROUNDn...`` with n above ``last`` is left out)."""
    out: list[str] = []
    for name in dir(safety_probes):
        number = re.match(r"ROUND(\d+)", name)
        value = getattr(safety_probes, name)
        if (number and int(number.group(1)) > last) or not isinstance(value, tuple):
            continue
        for item in value:
            if isinstance(item, str):
                out.append(item)
            elif isinstance(item, tuple):
                out.extend(part for part in item if isinstance(part, str))
    return out


def test_the_safety_lines_are_read_for_the_overlap_check() -> None:
    lines = _safety_lines(32)
    assert len(lines) > 2000
    assert set(safety_probes.ROUND32) <= set(lines)
    assert set(safety_probes.ROUND33) <= set(_safety_lines(33))
    assert not set(safety_probes.ROUND33) & set(lines)
    assert set(safety_probes.HELD_OUT) <= set(lines)
    assert set(safety_probes.ROUND34) <= set(_safety_lines(34))
    assert not set(safety_probes.ROUND34) & set(_safety_lines(33))
    assert set(safety_probes.ROUND35) <= set(_safety_lines(35))
    assert not set(safety_probes.ROUND35) & set(_safety_lines(34))
    assert set(safety_probes.ROUND36) <= set(_safety_lines(36))
    assert not set(safety_probes.ROUND36) & set(_safety_lines(35))
    assert set(safety_probes.ROUND37) <= set(_safety_lines(37))
    assert not set(safety_probes.ROUND37) & set(_safety_lines(36))
    assert set(safety_probes.ROUND38) <= set(_safety_lines(38))
    assert not set(safety_probes.ROUND38) & set(_safety_lines(37))
    assert set(safety_probes.ROUND39) <= set(_safety_lines(39))
    assert not set(safety_probes.ROUND39) & set(_safety_lines(38))
    assert set(safety_probes.ROUND40) <= set(_safety_lines(40))
    assert not set(safety_probes.ROUND40) & set(_safety_lines(39))
    assert set(safety_probes.ROUND41) <= set(_safety_lines(41))
    assert not set(safety_probes.ROUND41) & set(_safety_lines(40))


#: round -> (its file, the last safety round written before it)
AFTER_SAFETY: dict[str, tuple[Path, int]] = {
    "ten": (couple_round.PATH10, 32),
    "eleven": (couple_round.PATH11, 33),
    "twelve": (couple_round.PATH12, 34),
    "thirteen": (couple_round.PATH13, 35),
    "fourteen": (couple_round.PATH14, 36),
    "fifteen": (couple_round.PATH15, 37),
    "sixteen": (couple_round.PATH16, 38),
    "seventeen": (couple_round.PATH17, 39),
    "eighteen": (couple_round.PATH18, 40),
    "nineteen": (couple_round.PATH19, 41),
}


@pytest.mark.parametrize("name", sorted(AFTER_SAFETY))
def test_a_fresh_round_shares_no_five_run_with_the_safety_rounds(name: str) -> None:
    """Rounds ten to nineteen were worded apart from the lines of the safety rounds written
    before them too (one to thirty-two, one to thirty-three, one to thirty-four, one to
    thirty-five, one to thirty-six, one to thirty-seven, one to thirty-eight, one to
    thirty-nine, one to forty, one to forty-one; round thirty-five was written beside round
    twelve, thirty-six beside round thirteen, thirty-seven beside round fourteen, thirty-eight
    beside round fifteen, thirty-nine beside round sixteen, forty beside round seventeen,
    forty-one beside round eighteen and forty-two beside round nineteen, each left out of its
    twin's check), so the safety side's figures never read their words."""
    path, last = AFTER_SAFETY[name]
    safety: set[str] = set()
    for line in _safety_lines(last):
        safety |= couple_round.runs(line)
    shared = {
        m.text: couple_round.shared_runs(m.text, safety)
        for m in couple_round.load(path)
        if couple_round.shared_runs(m.text, safety)
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
    assert prefixes == [
        "",
        "round two ",
        "round three ",
        "round four ",
        "round five ",
        "round six ",
        "round seven ",
        "round eight ",
        "round nine ",
        "round ten ",
        "round eleven ",
        "round twelve ",
        "round thirteen ",
        "round fourteen ",
        "round fifteen ",
        "round sixteen ",
        "round seventeen ",
        "round eighteen ",
        "round nineteen ",
    ]
    assert [path for _, _, path in couple.ROUNDS] == list(couple_round.PATHS)


@pytest.mark.parametrize(
    ("name", "trained"),
    [
        ("four", 3),
        ("five", 4),
        ("six", 5),
        ("seven", 6),
        ("eight", 7),
        ("nine", 8),
        ("ten", 9),
        ("eleven", 10),
        ("twelve", 11),
        ("thirteen", 12),
        ("fourteen", 13),
        ("fifteen", 14),
        ("sixteen", 15),
        ("seventeen", 16),
        ("eighteen", 17),
        ("nineteen", 18),
    ],
)
def test_the_couple_model_judge_never_trains_on_the_round_it_reads(name: str, trained: int) -> None:
    """``train_couple.py --judge --judge-round NAME`` trains on every round before NAME."""
    path, rounds = train_couple.judged(name)
    assert path not in rounds
    assert rounds == couple_round.PATHS[:trained]
    assert couple_round.PATHS[trained] == path


def test_the_choosing_tools_never_read_the_newest_round() -> None:
    """``p_line_choice`` and ``weak_choice`` choose levels on ``READ_PATHS``: the newest
    round, the session's judge, is not among them; every older judge round is."""
    newest = train_couple.JUDGE_ROUNDS["nineteen"]
    assert newest == couple_round.PATHS[-1]
    assert newest not in couple_round.READ_PATHS
    assert set(couple_round.PATHS) - set(couple_round.READ_PATHS) == {newest}
    for name in (
        "four",
        "seven",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
    ):
        assert train_couple.JUDGE_ROUNDS[name] in couple_round.READ_PATHS
