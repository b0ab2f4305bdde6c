"""The residual regexes' prefilter strings, found in one Aho-Corasick pass, select the same
messages as each prefilter regex's own ``split`` pass (and so give the same matches)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from unmask.signals.lexicon import load_language
from unmask.signals.matcher import _Lines, _rows_by_residual, _run_residual, build_language
from unmask.signals.normalize import fold, lower_same_length
from unmask.signals.prefilter import required_both, required_literals, required_prefilter


class _CountedLines(_Lines):
    calls = 0

    def joined(self, rows: np.ndarray) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
        self.calls += 1
        return super().joined(rows)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_literal_rows_give_the_split_rows_matches(lang: str) -> None:
    cl = build_language(lang)
    assert any(ids is not None for ids in cl.literal_ids)  # the scan is in use
    examples = [e.example for f in load_language(lang) for e in f.entries if e.example]
    pieces = [lit.lstrip("\n") for r in cl.regexes for lit in (r.literals or ())]
    rng = random.Random(11)
    sep = " " if lang == "en" else "，"
    texts = [
        sep.join(rng.sample(examples, 2) + rng.sample(pieces, 1) + ["\n" * rng.randint(0, 1)])
        for _ in range(300)
    ] + examples
    rng.shuffle(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64)
    starts = np.zeros(len(texts), dtype=np.int64)
    starts[1:] = np.cumsum(lengths[:-1] + 1)
    folded = fold(lower_same_length("\n".join(texts))).text
    rows = cl._prefiltered_rows(folded, starts)
    hits = 0
    # as the scan runs them: the prefilter rows and the joined texts shared by residuals
    memo: dict[str, np.ndarray] = {}
    lines = _CountedLines(folded, starts)
    for residual, own in zip(cl.regexes, rows, strict=True):
        plain = _run_residual(residual, folded, starts)
        fast = _run_residual(residual, folded, starts, own)
        shared = _run_residual(residual, folded, starts, own, memo, lines)
        for a, b, c in zip(plain, fast, shared, strict=True):
            assert np.array_equal(a, b)
            assert np.array_equal(a, c)
        hits += len(plain[0])
    assert hits > 50
    # residuals with the same messages (the digit-prefiltered money and time regexes) ran
    # over one joined text between them
    assert len(lines._joined) < lines.calls
    if lang == "en":  # money and logistics need a string or a digit: both scans are used
        assert any(r.class_prefilter is not None and r.literals for r in cl.regexes)


def test_literals_only_where_the_prefilter_is_strings() -> None:
    assert required_literals([r"\bwhen i was \w+"]) == ("when i was ",)
    assert required_literals([r"(?<![^\n])(?:look|hey)\S+"]) == ("\nhey", "\nlook")
    assert required_prefilter([r"\$\d+"]) is not None  # a digit class: the regex stays
    assert required_literals([r"\$\d+"]) is None
    assert required_literals([r"\d+ ?dollars?"]) == ("dollar",)


def test_a_prefilter_of_strings_and_classes_is_split_into_its_strings_and_its_classes() -> None:
    """Times need a digit, places a phrase: the phrase goes to the literal scan and only
    the digit class is left to a regex; the lines holding either are the lines where the
    whole prefilter matches."""
    whole, strings, classes = required_both([r"\d+ ?(?:am|pm)\b", r"\bin which part of town"])
    assert whole is not None and classes is not None
    assert strings == ("in which part of town",)
    lines = ["meet at 7 pm", "in which part of town is it?", "no idea", "room 12", ""]
    text = "\n" + "\n".join(lines)
    for line in lines:
        either = any(s in line for s in strings) or classes.search("\n" + line) is not None
        assert either == (whole.search("\n" + line) is not None), line
    assert "".join(whole.split(text)[1::2]) != ""  # the whole prefilter finds them too
    assert required_both([r"\$\d+"])[1:] == (None, None)  # only a class: the regex stays


def test_rows_by_residual_are_each_residuals_distinct_rows() -> None:
    """All residuals' rows at once give, per residual, the sorted distinct messages that
    hold one of its literals (a literal shared by two residuals counts for both)."""
    literal_ids = (
        None,
        np.array([0, 2], dtype=np.int64),
        np.array([1], dtype=np.int64),
        np.array([], dtype=np.int64),
        np.array([2, 3], dtype=np.int64),
    )
    rng = np.random.default_rng(5)
    lit = rng.integers(0, 4, size=200)
    row = rng.integers(0, 30, size=200)
    got = _rows_by_residual(literal_ids, lit, row, 30, 4)
    assert got[0] is None
    for ids, rows in zip(literal_ids[1:], got[1:], strict=True):
        assert ids is not None and rows is not None
        expected = sorted({int(r) for lt, r in zip(lit, row, strict=True) if lt in ids})
        assert rows.tolist() == expected


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_literal_runs_are_the_runs_of_the_literal_rows(lang: str) -> None:
    """h-speed45: the residuals run over a batch, found from the literal index built once
    per language, are those of every residual's row set built for the batch (the same
    residuals, in the same order, each with the same messages), batch after batch, also
    for a batch of one message and one of none."""
    cl = build_language(lang)
    assert cl.key_scan.extra  # the residuals' strings ride on the key scan
    examples = [e.example for f in load_language(lang) for e in f.entries if e.example]
    rng = random.Random(3)
    sep = " " if lang == "en" else "，"
    batches = [[sep.join(rng.sample(examples, 2)) for _ in range(n)] for n in (200, 50, 1)]
    batches += [["ok"], [""], examples]
    ran = 0
    for texts in batches:
        lengths = np.fromiter(map(len, texts), dtype=np.int64)
        starts = np.zeros(len(texts), dtype=np.int64)
        starts[1:] = np.cumsum(lengths[:-1] + 1)
        folded = fold(lower_same_length("\n".join(texts))).text
        _, _, last, lit = cl.key_scan.find_all(folded)
        want = cl._runs(cl._literal_rows(last, lit, starts, cl.key_scan.extra))
        got = cl._literal_runs(last, lit, starts, cl.key_scan.extra)
        assert [k for k, _, _ in got] == [k for k, _, _ in want]
        for (_, a, _), (_, b, _) in zip(got, want, strict=True):
            assert (a is None) == (b is None)
            if a is not None and b is not None:
                assert a.dtype == b.dtype and a.tolist() == b.tolist()
        ran += len(got)
    assert ran > len(batches) * 3
