"""The model-family judging (unmask_dev.safety_families, h-safety23; h-safety26; h-safety29;
h-safety31 to h-safety34; h-safety40; h-safety43; h-safety49; h-safety53; h-safety55;
h-safety56): rounds forty-one and forty-two are never a fold, the threshold rules behave as
documented, each family fits and scores a small set (needs scikit-learn, as the recipe does), and
the reader's inputs name the shipped reader's parse."""

from __future__ import annotations

import numpy as np
import pytest

from unmask_dev import safety_families as sf


def test_the_folds_reach_round_forty_and_no_further() -> None:
    """h-safety43 judges rounds to thirty-five (thirty-three to thirty-five read and judged by
    earlier sessions), h-safety49 to thirty-seven (thirty-six and thirty-seven judged and read,
    one group), h-safety51 to thirty-eight (judged and read; the group R36-38), h-safety53 to
    thirty-nine (judged and read; the group R36-39), h-safety55 to forty (judged and read; the
    group R36-40); rounds forty-one and forty-two (h-safety56, the thirty-fourth session's
    judge) are never a fold. The groups of h-safety43's folds over the rounds ``safety-lr-6``
    never saw (27-35) hold each round once."""
    assert "ROUND41" not in sf.FOLDS and sf.FOLDS[-1] == "ROUND40" and sf.LAST == 40
    assert not any("ROUND41" in rs for rs in sf.GROUPS.values())
    assert "ROUND42" not in sf.FOLDS and not any("ROUND42" in rs for rs in sf.GROUPS.values())
    assert sf.GROUPS["R36-37"] == ("ROUND36", "ROUND37")
    assert sf.GROUPS["R36-38"] == ("ROUND36", "ROUND37", "ROUND38")
    assert sf.GROUPS["R36-39"] == ("ROUND36", "ROUND37", "ROUND38", "ROUND39")
    assert sf.GROUPS["R36-40"] == ("ROUND36", "ROUND37", "ROUND38", "ROUND39", "ROUND40")
    assert set(sf.FRESH_FOLDS) <= set(sf.FOLDS)
    assert {"ROUND26", "ROUND27", "ROUND33", "ROUND34", "ROUND35"} <= set(sf.FRESH_FOLDS)
    mine = ("R27-28", "R29-30", "R31-32", "R33", "R34-35")
    rounds = [r for g in mine for r in sf.GROUPS[g]]
    assert rounds == [f"ROUND{n}" for n in range(27, 36)]
    assert [*rounds, *sf.GROUPS["R36-40"]] == list(sf.AFTER_SHIPPED)


def test_the_within_word_ngrams_carry_across_inflections() -> None:
    """``wbchar``'s inputs: "checking" and "checked" share the within-word n-grams of
    "check", and no n-gram crosses a word boundary."""
    pytest.importorskip("sklearn")
    x = sf.wb_inputs(["checking", "checked", "cheap tricks", "so he ck"])
    shared = lambda i, j: int(((x[i] > 0).multiply(x[j] > 0)).sum())  # noqa: E731
    assert shared(0, 1) >= 5 and shared(0, 1) > shared(0, 2) and shared(0, 3) == 0


def test_the_threshold_rules() -> None:
    rng = np.random.default_rng(0)
    tune = {"a": rng.uniform(0, 0.9, 5000), "b": np.r_[rng.uniform(0, 0.5, 4999), 0.97]}
    none = {n: np.zeros(len(p), dtype=bool) for n, p in tune.items()}
    nohit, _ = sf.thresholds(tune, none, "nohit")
    assert nohit > 0.97
    rate, _ = sf.thresholds(tune, none, "rate5")
    pooled = np.concatenate(list(tune.values()))
    assert rate < nohit and (pooled >= rate).mean() <= sf.RULES["rate5"]
    p = np.array([0.6, 0.6, 0.99])
    cue = np.array([True, False, False])
    assert sf.hits(p, cue, (0.98, 0.55)).tolist() == [True, False, True]


def test_the_cap_rule_keeps_the_ceiling_and_chooses_the_cue_by_nohit() -> None:
    # h-safety36: the threshold where the out-of-fold CL-Aff train constraint put it
    tune = {"dev": np.array([0.1, 0.62, 0.9]), "train": np.array([0.2, 0.3, 0.4])}
    cue = {"dev": np.array([False, True, False]), "train": np.array([False, False, True])}
    thr, cue_thr = sf.thresholds(tune, cue, "cap")
    assert thr == 0.995
    assert cue_thr == sf.thresholds(tune, cue, "nohit")[1] == 0.625


@pytest.mark.parametrize(
    "family",
    [
        "current",
        "struct",
        "char",
        "wordchar",
        "nbsvm",
        "parts",
        *sf.READER_FAMILIES,
        *sf.VARIETY_FAMILIES,
        *sf.RECIPE_FAMILIES,
        *sf.TWIN_FAMILIES,
    ],
)
def test_every_family_fits_and_scores(family: str) -> None:
    pytest.importorskip("sklearn")
    pos = ["give me your phone now", "you can't see your sister again", "delete his number"]
    neg = ["see you at six", "your sister called, call her back", "love you, drive safe"]
    texts = pos * 3 + neg * 3
    y = np.array([2] * 9 + [0] * 9)
    w = np.ones(len(texts))
    x = sf.features(texts, "en", family)
    m = sf.Model(family, "en").fit(x, y, w)
    p = m.score(x)
    assert p.shape == (len(texts),) and p[:9].mean() > p[9:].mean()
    again = sf.Model(family, "en").fit(x, y, w, start=m)
    assert np.allclose(again.score(x), p, atol=0.05)


def test_the_shipped_recipe_family_leaves_out_the_rounds_the_shipped_weights_never_saw() -> None:
    """h-safety33: ``shipped26`` is the shipped Chinese recipe (rounds one to
    ``LAST_ROUND["zh"]``), so the rounds after it up to :data:`LAST` are never in its fits;
    the C families fit at their own regularisation, the others at the language's."""
    pytest.importorskip("sklearn")
    from unmask_dev import train_safety as ts

    after = tuple(f"ROUND{n}" for n in range(ts.LAST_ROUND["zh"] + 1, max(ts.LATER_ROUNDS) + 1))
    assert after == sf.AFTER_SHIPPED and "ROUND41" not in after and "ROUND42" not in after
    texts = ["你把手机给我", "以后不准见她", "几点到家", "晚上吃什么"] * 2
    y = np.array([2, 3, 0, 0] * 2)
    x = sf.features(texts, "zh", "c32")
    assert sf.Model("c32", "zh").fit(x, y, np.ones(8)).lr.C == 32.0
    shipped = sf.Model("shipped26", "zh").fit(x, y, np.ones(8))
    assert ts.C["zh"] == shipped.lr.C


def test_the_reader_inputs_name_the_parse_of_a_controlling_clause() -> None:
    """A command aimed at the reader with a watch act on a domain of their life gives the
    reader's classes, their pairs and its reading; a message the reader's prefilter passes
    over gives no input."""
    names = sf.reader_tokens("Give me your phone password tonight")
    assert {"s:aimed", "s:mood", "s:act", "s:domain", "p:act|domain"} <= names
    assert "read:safety.monitoring" in names
    guarded = sf.reader_tokens("could you send me your phone password, the bank app wants it")
    assert any(n.startswith("s:g") for n in guarded) and not any(
        n.startswith("read:") for n in guarded
    )
    x = sf.reader_inputs(["Give me your phone password tonight", "see you at six, love"])
    assert x.shape == (2, sf.READER_COLUMNS) and x[0].nnz >= 10 and x[1].nnz == 0


def test_misskind_weighs_only_the_most_missed_kinds() -> None:
    """h-safety40's ``misskind``: the positives of the kinds the lexicons miss most on rounds
    30-33 (English threat and monitoring) weigh three times; other kinds, twins and
    negatives keep their weight, and ``current`` changes nothing."""
    from unmask_dev import train_safety as ts

    kinds = ["threat", "monitoring", "isolation", "degradation", "none", "none"]
    y = np.array([ts.ms.CLASSES.index(k) for k in kinds])
    w = np.array([150.0, 150.0, 150.0, 150.0, 10.0, 1.0])
    twins = np.array([False, False, False, False, True, False])
    got = sf.family_weights("misskind", "en", y, w, twins)
    assert got.tolist() == [450.0, 450.0, 150.0, 150.0, 10.0, 1.0]
    assert sf.family_weights("current", "en", y, w, twins).tolist() == w.tolist()
    zh = sf.family_weights("misskind", "zh", y, w, twins)
    assert zh.tolist() == [450.0, 150.0, 150.0, 450.0, 10.0, 1.0]
    assert sf.features(["where were you"], "en", "misskind").shape[0] == 1


def test_shipped32_never_fits_on_the_rounds_the_english_weights_never_saw() -> None:
    """h-safety45: ``shipped32`` is ``safety-lr-7``'s English recipe (rounds one to
    ``LAST_ROUND["en"]`` = thirty-two), so rounds thirty-three to thirty-five are never in its
    fits, ``shipped26``'s rounds are unchanged, and the English refit's groups hold each of
    rounds 20-35 once, round thirty-eight in none. h-safety49: rounds thirty-six and
    thirty-seven are never in ``shipped32``'s fits either, and ``shipped35`` (``safety-lr-9``'s
    recipe, rounds one to thirty-five) never fits on them."""
    from unmask_dev import train_safety as ts

    assert ts.LAST_ROUND["en"] == 32
    assert sf.NEVER_FIT["shipped32"] == tuple(f"ROUND{n}" for n in range(33, 41))
    assert sf.NEVER_FIT["shipped35"] == ("ROUND36", "ROUND37", "ROUND38", "ROUND39", "ROUND40")
    assert "shipped35" in sf.RECIPE_FAMILIES
    assert sf.NEVER_FIT["shipped26"] == sf.AFTER_SHIPPED
    assert "shipped32" in sf.RECIPE_FAMILIES
    mine = ("R20-22", "R23-26", "R27", "R28-29", "R30", "R31", "R32-33", "R34-35")
    rounds = [r for g in mine for r in sf.GROUPS[g]]
    assert rounds == [f"ROUND{n}" for n in range(20, 36)]
