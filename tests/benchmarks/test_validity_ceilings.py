"""The helpers of unmask_dev.validity.ceilings: bootstrap by group, the paired gain, the
text-only ceiling on repeated texts, the choice of C and threshold, and the rows of one
figure (on hand-made items; the real rows need the shared data and run from
``benchmarks/validity.py --area ceilings``)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask_dev import claff_agreement
from unmask_dev.validity import ceilings
from unmask_dev.validity.ceilings import (
    Case,
    Items,
    best_setting,
    bootstrap,
    bootstrap_gain,
    cells_metric,
    repeated_ceiling,
    resamples,
    text_only_ceiling,
)
from unmask_dev.validity.responsiveness import f1, macro_f1

# --- bootstrap by group --------------------------------------------------------------------

# six supporter messages in three dialogues
GROUPS = ["d1", "d1", "d2", "d2", "d2", "d3"]
TRUTH = np.array([True, False, True, True, False, False])
PRED = np.array([True, False, False, True, True, False])


def test_resamples_draw_whole_groups_and_repeat_with_the_seed() -> None:
    first = list(resamples(GROUPS, n=50, seed=7))
    again = list(resamples(GROUPS, n=50, seed=7))
    assert len(first) == 50
    assert all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))
    members = {"d1": {0, 1}, "d2": {2, 3, 4}, "d3": {5}}
    for idx in first:
        counts = np.bincount(idx, minlength=6)
        # every item of a group is drawn as often as its group: d1 and d2 move together
        for items in members.values():
            assert len({int(counts[i]) for i in items}) == 1
        # three groups drawn each time
        assert counts[0] + counts[2] + counts[5] == 3


def test_resamples_of_no_items_are_empty() -> None:
    assert list(resamples([], n=10)) == []


def test_bootstrap_with_one_group_has_no_width() -> None:
    # one dialogue only: every resample is the whole set, so the interval is the figure itself
    value = f1(TRUTH, PRED)
    assert value == pytest.approx(2 * 2 / (2 * 2 + 2))
    lo, hi = bootstrap(TRUTH, PRED, ["one"] * 6, f1, n=200)
    assert lo == pytest.approx(value)
    assert hi == pytest.approx(value)


def test_bootstrap_interval_spans_the_groups_figures() -> None:
    lo, hi = bootstrap(TRUTH, PRED, GROUPS, f1, n=500)
    # resamples range from d1 alone (F1 1.0) to d2 alone (0.5) and to d3 alone (no positive: 0)
    assert 0.0 <= lo < f1(TRUTH, PRED) < hi <= 1.0
    # perfect predictions score 1.0 on every resample where each group holds both classes
    both = ["d1", "d1", "d2", "d2", "d2", "d2"]
    assert bootstrap(TRUTH, TRUTH, both, macro_f1, n=200) == (1.0, 1.0)


def test_bootstrap_gain_is_paired() -> None:
    assert bootstrap_gain(TRUTH, PRED, PRED, GROUPS, f1, n=200) == (0.0, 0.0, 0.0)
    gain, lo, hi = bootstrap_gain(TRUTH, PRED, TRUTH, GROUPS, f1, n=500)
    assert gain == pytest.approx(1.0 - f1(TRUTH, PRED))
    # perfect predictions never score below ours on the same resample
    assert 0.0 <= lo <= gain <= hi <= 1.0


# --- the text-only ceiling -----------------------------------------------------------------


def test_cells_metric_follows_the_module_f1() -> None:
    cells = np.array([[2.0, 1.0, 1.0, 6.0], [0.0, 3.0, 2.0, 5.0]])
    assert cells_metric(cells, "f1") == pytest.approx([4 / 6, 0.0])
    assert cells_metric(cells, "macro_f1") == pytest.approx([(4 / 6 + 12 / 14) / 2, 5 / 15])
    truth = np.array([True, True, True, False, False, False, False, False, False, False])
    pred = np.array([True, True, False, True, False, False, False, False, False, False])
    assert cells_metric(np.array([2.0, 1.0, 1.0, 6.0]), "f1") == pytest.approx(f1(truth, pred))
    with pytest.raises(ValueError):
        cells_metric(cells, "accuracy")


def test_ceiling_is_perfect_when_copies_always_agree() -> None:
    conf = np.array([3.0, 0.0, 0.0, 7.0])
    assert text_only_ceiling(conf, "f1") == pytest.approx(1.0)
    assert text_only_ceiling(conf, "macro_f1") == pytest.approx(1.0)


def test_ceiling_when_the_text_tells_nothing() -> None:
    # share s = 0.25 and copies agree only by chance (A = s^2 + (1 - s)^2): Var p = 0, so
    # tp = D s and F1 = 2 D s / (D + s), largest at D = 1: 2 s / (1 + s) = 0.4
    s = 0.25
    conf = np.array([s * s, s * (1 - s), s * (1 - s), (1 - s) ** 2])
    assert text_only_ceiling(conf, "f1") == pytest.approx(0.4)
    # macro-F1 peaks at D = s, guessing at the base rate: F1 s and 1 - s, mean 0.5 (at D = 1
    # it is (0.4 + 0) / 2, at D = 0 (0 + 2 * 0.75 / 1.75) / 2 = 0.43)
    assert text_only_ceiling(conf, "macro_f1") == pytest.approx(0.5)


@pytest.mark.parametrize(
    "conf",
    [[30.0, 10.0, 10.0, 50.0], [5.0, 8.0, 8.0, 79.0], [40.0, 2.0, 2.0, 6.0]],
)
def test_macro_ceiling_is_claff_agreement_ceiling(conf: list[float]) -> None:
    expected, _ = claff_agreement.ceiling(np.array(conf))
    assert text_only_ceiling(np.array(conf), "macro_f1") == pytest.approx(float(expected))


def test_ceiling_works_on_stacked_resamples() -> None:
    stacked = np.array([[3.0, 0.0, 0.0, 7.0], [30.0, 10.0, 10.0, 50.0]])
    found = text_only_ceiling(stacked, "f1")
    assert found.shape == (2,)
    assert found[0] == pytest.approx(1.0)
    assert found[1] == pytest.approx(float(text_only_ceiling(stacked[1], "f1")))


def test_repeated_ceiling_groups_copies_of_one_text() -> None:
    texts = ["Hello", "hello!", "How are you?", "how are you", "Hello", "Take a walk.", "Bye"]
    labels = [False, False, True, True, False, True, False]
    found = repeated_ceiling(texts, labels, "f1", n=100)
    assert found is not None
    # two texts repeat ("hello" x3, "how are you" x2), their copies always agree
    assert (found.texts, found.rows, found.positive_rows) == (2, 5, 2)
    assert found.agreement == pytest.approx(1.0)
    assert found.value == pytest.approx(1.0)


def test_repeated_ceiling_below_one_when_copies_disagree() -> None:
    texts = ["ok", "ok", "ok", "ok", "sure", "sure", "I see", "I see"]
    labels = [True, True, False, False, True, False, False, False]
    by_text = repeated_ceiling(texts, labels, "macro_f1", weighting="text", n=200)
    by_item = repeated_ceiling(texts, labels, "macro_f1", n=200)
    assert by_text is not None and by_item is not None
    # "ok": 4 copies, 8 of 12 ordered pairs disagree; "sure": both pairs disagree;
    # "I see": agree. Each text weighing 1: (1/3 + 0 + 1) / 3; each copy once (a text of k
    # copies weighs k): (4 * 1/3 + 2 * 0 + 2 * 1) / 8
    assert by_text.agreement == pytest.approx(4 / 9)
    assert by_item.agreement == pytest.approx(5 / 12)
    for found in (by_text, by_item):
        assert found.value < 1.0
        assert found.low <= found.value <= found.high
    with pytest.raises(ValueError):
        repeated_ceiling(texts, labels, "f1", weighting="pair")


def test_repeated_ceiling_needs_a_repeated_positive() -> None:
    assert repeated_ceiling(["a", "b", "c"], [True, False, True], "f1") is None
    assert repeated_ceiling(["a", "a", "b"], [False, False, True], "f1") is None


# --- choosing C and the threshold ---------------------------------------------------------


def test_best_setting_picks_the_best_threshold_and_the_smaller_c_on_ties() -> None:
    truth = np.array([True, True, False, False, False])
    probabilities = {
        1.0: np.array([0.9, 0.6, 0.55, 0.2, 0.1]),  # a threshold in (0.55, 0.6] separates
        0.3: np.array([0.9, 0.7, 0.3, 0.2, 0.1]),  # any threshold in (0.3, 0.7] separates
        3.0: np.array([0.4, 0.4, 0.6, 0.6, 0.6]),  # never better than 2 / 7
    }
    c, threshold, value = best_setting(truth, probabilities, f1)
    assert (c, value) == (0.3, 1.0)
    assert threshold == pytest.approx(0.31)


# --- the rows of one figure -----------------------------------------------------------------


def _case() -> Case:
    texts = ["How are you feeling?", "I hear you.", "Hello", "What happened then?"] * 5
    truth = np.array([True, False, False, True] * 5)
    ours = np.array([True, False, True, False] * 5)
    groups = [f"d{k // 4}" for k in range(20)]
    items = Items(texts, truth, ours, groups)
    return Case("Questions F1", ">= 0.70", "f1", items, items, "hand-made", "dialogues")


def test_half_of_keeps_every_other_group_whole() -> None:
    half = ceilings._half_of(_case().tune)
    assert sorted(set(half.groups)) == ["d0", "d2", "d4"]
    assert len(half.texts) == len(half.truth) == len(half.predicted) == 12
    assert half.texts[:4] == ["How are you feeling?", "I hear you.", "Hello", "What happened then?"]


def test_case_rows_without_scikit_learn(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(*args: object, **kwargs: object) -> ceilings.Diagnostic:
        raise ImportError("No module named 'sklearn'")

    monkeypatch.setattr(ceilings, "diagnostic", missing)
    ours, diag, ceiling = ceilings.case_rows(_case())
    assert ours.value == pytest.approx(0.5)  # tp 5, fp 5, fn 5
    assert (ours.target, ours.n) == (">= 0.70", 20)
    assert "95% CI" in ours.note and "in 5 dialogues" in ours.note
    assert diag.value is None and "scikit-learn" in diag.note
    # every copy of a text agrees; "How are you feeling?" x10, "What happened then?" x10 and
    # "Hello" x10 repeat (both halves), 20 positive copies in 3 texts: too few texts
    assert ceiling.value is None and "too few" in ceiling.note
    assert ceiling.n == 40


def test_case_rows_with_a_diagnostic(monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case()

    def perfect(*args: object, **kwargs: object) -> ceilings.Diagnostic:
        return ceilings.Diagnostic(case.report.truth.copy(), 1.0, 0.5, 1.0)

    monkeypatch.setattr(ceilings, "diagnostic", perfect)
    _, diag, _ = ceilings.case_rows(case)
    assert diag.value == pytest.approx(1.0)
    assert "minus ours +0.500" in diag.note
    assert diag.target == ""  # a diagnostic is not held to the target
