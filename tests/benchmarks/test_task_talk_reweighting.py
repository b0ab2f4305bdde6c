"""The CL-Aff figure at the official test's base rate (task_talk validity rows)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask_dev import devsets
from unmask_dev.validity import task_talk


def test_reweighting_to_half_positive_by_hand() -> None:
    y = np.array([True, False, False, False])
    pred = np.array([True, True, False, False])
    # positives weigh 0.5 / 0.25 = 2, negatives 0.5 / 0.75 = 2/3:
    # positive F1 = 2*2 / (2 + 2 + 2/3) = 6/7, negative F1 = 2*(4/3) / (2 + 4/3) = 4/5
    assert task_talk.reweighted_macro_f1(y, pred, 0.5) == pytest.approx((6 / 7 + 4 / 5) / 2)
    assert task_talk._macro_f1(y, pred) == pytest.approx((2 / 3 + 4 / 5) / 2)


def test_reweighting_to_the_own_base_rate_changes_nothing() -> None:
    rng = np.random.default_rng(3)
    y = rng.random(500) < 0.3
    pred = rng.random(500) < 0.4
    share = float(y.mean())
    plain = task_talk._macro_f1(y, pred)
    assert task_talk.reweighted_macro_f1(y, pred, share) == pytest.approx(plain)
    assert task_talk.reweighted_macro_f1(y, pred, 0.5) != pytest.approx(plain)


def test_one_class_only_is_the_plain_figure() -> None:
    y = np.zeros(4, dtype=bool)
    pred = np.array([False, True, False, False])
    assert task_talk.reweighted_macro_f1(y, pred, 0.5) == task_talk._macro_f1(y, pred)


def test_precision_and_recall_note() -> None:
    y = np.array([1, 1, 1, 0, 0, 0], dtype=bool)
    pred = np.array([1, 0, 0, 1, 0, 0], dtype=bool)
    assert task_talk._precision_recall(y, pred) == "precision 0.50, recall 0.33"
    assert task_talk._precision_recall(y, np.zeros(6, dtype=bool)) == "precision 0.00, recall 0.00"


def test_the_diagnostic_ceiling_says_why_when_it_cannot_be_measured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing() -> None:
        raise devsets.DevSetMissing("shared/data/dialog/esconv_dev.tsv is absent")

    monkeypatch.setattr(devsets, "esconv", missing)
    rows = task_talk.esconv_ceiling_rows()
    assert [r.figure for r in rows] == [name for name, _ in task_talk.CEILING_FIGURES]
    for row in rows:
        assert row.value is None and row.met is None
        # without scikit-learn the rows say that first, else that the data are absent
        assert "scikit-learn" in row.note or "absent" in row.note


def test_simulated_cleaning_keeps_positives_and_adds_the_best_ranked_negatives() -> None:
    y = np.array([True, False, False, False, False, False])
    ranks = np.array([1.0, 6.0, 2.0, 5.0, 3.0, 4.0])
    cleaned = task_talk.simulated_cleaning(y, ranks, 0.5)
    # one positive of six; two more make half: the negatives ranked 6 and 5
    assert cleaned.tolist() == [True, True, False, True, False, False]
    # a side already at the base rate is left as it is
    assert task_talk.simulated_cleaning(cleaned, ranks, 0.5).tolist() == cleaned.tolist()
    assert task_talk.simulated_cleaning(y, ranks, 0.1).tolist() == y.tolist()


def test_the_cleaned_claff_rows_say_why_when_they_cannot_be_measured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing() -> None:
        raise FileNotFoundError("shared/data/claff-offmychest/labeled_training_set.csv")

    monkeypatch.setattr(task_talk.claff_split, "load", missing)
    rows = task_talk.claff_cleaned_rows()
    assert [r.figure for r in rows] == [name for name, _ in task_talk.CLEANED_FIGURES]
    for row in rows:
        assert row.value is None and row.met is None
        assert "scikit-learn" in row.note or "labeled_training_set" in row.note
