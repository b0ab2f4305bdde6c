"""Tests of unmask_dev.claff_agreement (run by benchmarks/claff_agreement.py): grouping,
pair agreement, kappa, bootstrap, ceiling.

The pure functions run on tiny hand-made groups whose answers are worked out
by hand in the comments; one test reads the real CL-Aff file.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unmask_dev import claff_agreement as ca
from unmask_dev import claff_split
from unmask_dev import scoring as quality

# --- grouping ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level", "key"),
    [
        ("I'm so sorry.", "exact", "I'm so sorry."),
        ("  I'm SO sorry. ", "lower", "i'm so sorry."),
        ("  I’m SO   sorry!! ", "normalised", "i'm so sorry"),
        ("\u201cThank you\u201d", "normalised", "thank you"),
        ("ＨＥＬＬＯ there", "normalised", "hello there"),  # NFKC folds full-width letters
        ("Tom &amp; Jerry", "normalised", "tom & jerry"),
        ("I wish you the best :)", "normalised", "i wish you the best :)"),
        ("...", "normalised", "..."),  # punctuation only: not emptied
    ],
)
def test_text_key(text: str, level: str, key: str) -> None:
    assert ca.text_key(text, level) == key


def test_text_key_rejects_unknown_level() -> None:
    with pytest.raises(ValueError, match="normalised"):
        ca.text_key("hello", "fuzzy")


TEXTS = [
    "I'm so sorry for your loss.",  # 0
    "Thank you for your submission!",  # 1
    "i'm so sorry for your loss.",  # 2: same as 0 from level "lower"
    "My husband left last week.",  # 3: unique
    "Thank you for your submission!",  # 4: exact copy of 1
    "Thank you for your submission.",  # 5: same as 1 and 4 when normalised
    "I wish you the best :)",  # 6
    "I wish you the best.",  # 7: an emoticon keeps 6 apart
]


def test_duplicate_groups_per_level() -> None:
    assert ca.duplicate_groups(TEXTS, "exact") == [(1, 4)]
    assert ca.duplicate_groups(TEXTS, "lower") == [(0, 2), (1, 4)]
    assert ca.duplicate_groups(TEXTS, "normalised") == [(0, 2), (1, 4, 5)]


# --- pairs and confusion ------------------------------------------------------


def test_ordered_pairs_and_filter() -> None:
    pairs = ca.ordered_pairs([(0, 2), (1, 4, 5)])
    assert pairs.n_groups == 2
    assert list(zip(pairs.a, pairs.b, strict=True))[:2] == [(0, 2), (2, 0)]
    assert len(pairs.a) == 2 + 6 and list(pairs.group) == [0, 0] + [1] * 6
    threads = {0: "t1", 2: "t2", 1: "t3", 4: "t3", 5: "t4"}
    same = ca.ordered_pairs([(0, 2), (1, 4, 5)], lambda i, j: threads[i] == threads[j])
    # the first group has no same-thread pair, so it is dropped and the second renumbered
    assert same.n_groups == 1 and list(same.group) == [0, 0]
    assert sorted(zip(same.a, same.b, strict=True)) == [(1, 4), (4, 1)]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 1), min_size=2, max_size=9))
def test_group_confusion_matches_counting(labels: list[int]) -> None:
    # n copies, k positive: ordered pairs give tp k(k-1), fp = fn = k(n-k), tn (n-k)(n-k-1)
    n, k = len(labels), sum(labels)
    pairs = ca.ordered_pairs([tuple(range(n))])
    conf = ca.group_confusion(pairs, np.array(labels), "pair")[0]
    assert conf.tolist() == [k * (k - 1), k * (n - k), k * (n - k), (n - k) * (n - k - 1)]
    weighted = ca.group_confusion(pairs, np.array(labels), "group")[0]
    assert weighted.sum() == pytest.approx(1.0)
    assert weighted * n * (n - 1) == pytest.approx(conf)


def test_macro_f1_agreement_kappa_on_hand_made_groups() -> None:
    # three pairs of copies: both 1, both 0, one of each
    labels = np.array([1, 1, 0, 0, 1, 0])
    pairs = ca.ordered_pairs([(0, 1), (2, 3), (4, 5)])
    conf = ca.group_confusion(pairs, labels, "pair").sum(axis=0)
    assert conf.tolist() == [2, 1, 1, 2]
    # F1(1) = 4 / 6, F1(0) = 4 / 6
    assert float(ca.macro_f1(conf)) == pytest.approx(2 / 3)
    assert ca.agreement(conf) == pytest.approx(2 / 3)
    # observed 2/3, chance 1/2 -> (2/3 - 1/2) / (1/2)
    assert ca.cohen_kappa(conf) == pytest.approx(1 / 3)


def test_group_weighting_stops_a_big_group_dominating() -> None:
    # four copies of boiler-plate all labelled 0, and one sentence labelled 1 and 0
    labels = np.array([0, 0, 0, 0, 1, 0])
    pairs = ca.ordered_pairs([(0, 1, 2, 3), (4, 5)])
    by_pair = ca.group_confusion(pairs, labels, "pair").sum(axis=0)
    by_group = ca.group_confusion(pairs, labels, "group").sum(axis=0)
    assert by_pair.tolist() == [0, 1, 1, 12]  # F1(0) = 24 / 26, F1(1) = 0
    assert float(ca.macro_f1(by_pair)) == pytest.approx(12 / 26)
    assert by_group.tolist() == [0, 0.5, 0.5, 1]  # F1(0) = 2 / 3, F1(1) = 0
    assert float(ca.macro_f1(by_group)) == pytest.approx(1 / 3)


def test_macro_f1_matches_quality_benchmark() -> None:
    rng = np.random.default_rng(3)
    for _ in range(20):
        y = rng.integers(0, 2, 40)
        pred = np.where(rng.random(40) < 0.7, y, 1 - y)
        conf = np.array(
            [
                np.sum((pred == 1) & (y == 1)),
                np.sum((pred == 1) & (y == 0)),
                np.sum((pred == 0) & (y == 1)),
                np.sum((pred == 0) & (y == 0)),
            ]
        )
        assert float(ca.macro_f1(conf)) == pytest.approx(quality.macro_f1(y, pred))
    # both conventions score a class absent on both sides as F1 1.0
    none = np.zeros(5, dtype=int)
    assert float(ca.macro_f1(np.array([0, 0, 0, 5]))) == quality.macro_f1(none, none) == 1.0


def test_cohen_kappa_textbook_case() -> None:
    # 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15
    # observed 0.7, chance 0.5 * 0.6 + 0.5 * 0.4 = 0.5 -> kappa 0.4
    assert ca.cohen_kappa(np.array([20, 5, 10, 15])) == pytest.approx(0.4)
    assert np.isnan(ca.cohen_kappa(np.array([0, 0, 0, 8])))  # one class only: undefined


# --- bootstrap ----------------------------------------------------------------


def _noisy_groups(seed: int, n_groups: int = 60) -> np.ndarray:
    rng = np.random.default_rng(seed)
    groups, labels, row = [], [], 0
    for _ in range(n_groups):
        size = int(rng.integers(2, 5))
        truth = int(rng.random() < 0.3)
        labels += [truth if rng.random() < 0.8 else 1 - truth for _ in range(size)]
        groups.append(tuple(range(row, row + size)))
        row += size
    return ca.group_confusion(ca.ordered_pairs(groups), np.array(labels), "group")


def test_bootstrap_is_deterministic_and_brackets_the_estimate() -> None:
    per_group = _noisy_groups(7)
    first = ca.bootstrap_interval(per_group, resamples=500, seed=11)
    assert first == ca.bootstrap_interval(per_group, resamples=500, seed=11)
    assert first != ca.bootstrap_interval(per_group, resamples=500, seed=12)
    point = float(ca.macro_f1(per_group.sum(axis=0)))
    assert first[0] < point < first[1]


def test_bootstrap_of_identical_groups_has_no_width() -> None:
    per_group = np.tile([0.5, 0.0, 0.0, 0.5], (10, 1))  # every group: two copies, both 1
    assert ca.bootstrap_interval(per_group, resamples=200) == (1.0, 1.0)


# --- ceiling ------------------------------------------------------------------


def _two_point_best(share: float, var: float) -> float:
    """Best macro-F1 over explicit two-type populations with this mean and variance.

    A share D of texts has p1 = s + sqrt(V(1 - D)/D), the rest p0 = s -
    sqrt(V D/(1 - D)) (so E[p] = s, Var p = V); the classifier that predicts 1
    on the first type scores tp = D p1, fp = D(1 - p1), fn = (1 - D) p0.
    """
    best = 0.0
    for d in np.linspace(0.01, 0.99, 981):
        p1 = share + np.sqrt(var * (1 - d) / d)
        p0 = share - np.sqrt(var * d / (1 - d))
        if 0 <= p0 <= p1 <= 1:
            conf = np.array([d * p1, d * (1 - p1), (1 - d) * p0, (1 - d) * (1 - p0)])
            best = max(best, float(ca.macro_f1(conf)))
    return best


def test_ceiling_of_a_two_type_population() -> None:
    # 30% of texts are labelled 1 with p 0.9, 70% with p 0.1. Copy-vs-copy cells:
    # tp = E[p^2] = 0.25, fp = fn = E[p(1-p)] = 0.09, tn = E[(1-p)^2] = 0.57.
    # Predicting 1 on the first type: tp .27 fp .03 fn .07 tn .63, macro-F1
    # (0.54/0.64 + 1.26/1.36) / 2 = 0.8851, accuracy 0.90 (the best accuracy).
    f1, acc = ca.ceiling(np.array([0.25, 0.09, 0.09, 0.57]))
    assert float(f1) >= (0.54 / 0.64 + 1.26 / 1.36) / 2
    assert float(acc) == pytest.approx(0.90, abs=1e-4)
    # and no higher than an actual population with the same share (0.34) and
    # variance (0.34 * 0.66 - 0.09) reaches: the bound is attained
    assert float(f1) == pytest.approx(_two_point_best(0.34, 0.34 * 0.66 - 0.09), abs=1e-3)


def test_ceiling_extremes() -> None:
    f1, acc = ca.ceiling(np.array([3.0, 0.0, 0.0, 7.0]))  # copies always agree
    assert float(f1) == pytest.approx(1.0) and float(acc) == pytest.approx(1.0)
    # labels unrelated to the text: p = 0.3 for every text, agreement .3^2 + .7^2
    f1, acc = ca.ceiling(np.array([0.09, 0.21, 0.21, 0.49]))
    assert float(f1) == pytest.approx(0.5, abs=1e-3)  # no better than chance
    assert float(acc) == pytest.approx(0.7, abs=1e-3)  # always predict 0


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000))
def test_ceiling_is_above_copy_versus_copy(seed: int) -> None:
    per_group = _noisy_groups(seed, n_groups=20)
    total = per_group.sum(axis=0)
    f1, acc = ca.ceiling(total)
    assert float(f1) >= float(ca.macro_f1(total)) - 1e-9
    assert float(acc) >= ca.agreement(total) - 1e-9


# --- the real file ------------------------------------------------------------


def test_on_the_claff_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = claff_split.default_csv()
    if not path.is_file():
        pytest.fail(f"expected the CL-Aff file at {path} (tests/data/claff-offmychest/)")
    sentences = claff_split.load(path)
    texts = [s.text for s in sentences]
    lower = ca.duplicate_groups(texts, "lower")
    # the lead's independent count: 109 texts held by 245 rows
    assert (len(lower), sum(map(len, lower))) == (109, 245)
    normalised = ca.duplicate_groups(texts, "normalised")
    assert sum(map(len, normalised)) >= 245
    for group in normalised:
        assert len({ca.text_key(texts[i], "normalised") for i in group}) == 1
    pairs = ca.ordered_pairs(normalised)
    sig = "disclosure.emotional"
    result = ca.measure(pairs, np.array([s.labels[sig] for s in sentences]), sig, resamples=200)
    assert 0.0 < result.macro_f1_low <= result.macro_f1 <= result.macro_f1_high <= 1.0
    assert result.ceiling_f1 >= result.macro_f1
    assert 0 < result.mixed_groups < result.groups
    ca.print_report(sentences, "normalised", resamples=200, seed=1, figures=None)
    out = capsys.readouterr().out
    lines = out.splitlines()
    for name in claff_split.LABEL_COLUMNS.values():
        assert sum(line.startswith(f"| {name} |") for line in lines) == 2
    assert "not run" in out
