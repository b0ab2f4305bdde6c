"""Couple rounds one to four as training lines of the English model layer
(unmask_dev.claff_couple, unmask_dev.train_claff)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from unmask.signals import model, score_texts
from unmask_dev import claff_couple, couple_round, train_claff


def test_positives_negatives_and_ok_lines_of_round_one() -> None:
    lines = claff_couple.couple_lines("disclosure.emotional", (1,))
    by_text = dict(zip(lines.texts, lines.labels.tolist(), strict=True))
    # labelled to fire: a positive
    money = "i'm kind of stressed about money this month tbh, the car repair wiped me out"
    assert by_text[money] == 1
    # must not fire: a negative
    assert by_text["thx"] == 0
    assert by_text["running 10 min late, traffic is insane"] == 0
    # may fire or not (``ok``): counts for neither
    assert "thanks for always making me feel safe" not in by_text
    # English lines only
    assert all(couple_round.Message("k", t, frozenset(), frozenset()).lang == "en" for t in by_text)


def test_counts_follow_the_labels_over_four_rounds() -> None:
    for sig in claff_couple.COUPLE_SIGNALS:
        lines = claff_couple.couple_lines(sig)
        want_pos = want_neg = 0
        for path in couple_round.PATHS[:4]:
            for m in couple_round.load(path):
                if m.lang == "en":
                    want_pos += sig in m.fire
                    want_neg += sig in m.must_not
        assert int(lines.labels.sum()) == want_pos > 20
        assert int((lines.labels == 0).sum()) == want_neg > 200


def test_negatives_only_keeps_every_negative_and_no_positive() -> None:
    both = claff_couple.couple_lines("support.emotional", (2, 3))
    neg = claff_couple.couple_lines("support.emotional", (2, 3), negatives_only=True)
    assert not neg.labels.any()
    assert neg.texts == tuple(t for t, y in zip(both.texts, both.labels, strict=True) if not y)


@pytest.mark.parametrize("rounds", [(5,), (1, 6)])
def test_held_out_rounds_never_train(rounds: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match="one to four"):
        claff_couple.couple_lines("disclosure.emotional", rounds)


def test_extra_lines_carry_their_source_weight() -> None:
    x = sp.csr_matrix(np.eye(3))
    extra = train_claff.Extra(sp.csr_matrix(np.ones((2, 3))), np.array([1, 0]), 8.0)
    xs, ys, w = train_claff._train_side(x, np.zeros(3, dtype=int), extra)
    assert xs.shape == (5, 3)
    assert ys.tolist() == [0, 0, 0, 1, 0]
    assert w is not None and w.tolist() == [1, 1, 1, 8, 8]
    # without extra lines the recipe is unchanged: no sample weights
    assert train_claff._train_side(x, np.zeros(3, dtype=int), None)[2] is None


def test_installed_weights_are_read_and_then_the_file_again() -> None:
    text = ["I'm so scared and lonely, I cry every night"]
    before = score_texts(text).scores["disclosure.emotional"][0]
    shipped = model._load()
    silent = model._Weights(
        np.zeros_like(shipped.weights),
        np.zeros_like(shipped.cue_weights),
        np.full_like(shipped.bias, -20.0),
        shipped.n_buckets,
    )
    with claff_couple.installed(silent):
        assert model.predict(text)["disclosure.emotional"][0] < 0.01
    assert model.predict(text)["disclosure.emotional"][0] == shipped_score(text)
    assert score_texts(text).scores["disclosure.emotional"][0] == before


def shipped_score(text: list[str]) -> float:
    model._cache.clear()
    return float(model.predict(text)["disclosure.emotional"][0])


def test_refit_changes_only_the_couple_heads() -> None:
    feel = ["i feel so alone tonight", "honestly i'm scared and sad", "i miss you and i'm hurting"]
    plain = ["leaving work now", "did you buy milk", "dentist at 3pm thursday"]
    texts = (feel + plain) * 4
    x = {name: train_claff.matrix(texts) for name in ("train", "dev")}
    y1 = np.array([1, 1, 1, 0, 0, 0] * 4)
    y = {name: {sig: y1 for sig in model.MODEL_SIGNALS} for name in ("train", "dev")}
    n_cues = x["train"].shape[1] - train_claff.N_BUCKETS
    rng = np.random.default_rng(0)
    keep = train_claff.Trained(
        rng.normal(size=(train_claff.N_BUCKETS, 4)).astype(np.float16),
        rng.normal(size=(n_cues, 4)).astype(np.float32),
        np.arange(4, dtype=np.float32),
        {sig: {"C": 1.0, "class_weight": None, "threshold": 0.5} for sig in model.MODEL_SIGNALS},
    )
    lines = claff_couple.couple_lines("support.emotional", (3,))
    extra = {
        "support.emotional": train_claff.Extra(
            train_claff.matrix(list(lines.texts)), lines.labels, 8.0
        )
    }
    got = train_claff.train(
        x,
        y,
        train_claff.Tuning(),
        extra=extra,
        grids={"support.emotional": ((1.0, None),)},
        keep=keep,
    )
    j = model.MODEL_SIGNALS.index("support.emotional")
    for k in range(4):
        same = np.array_equal(got.weights[:, k], keep.weights[:, k]) and got.bias[k] == keep.bias[k]
        assert same == (k != j)
    assert got.choices["support.emotional"]["couple_weight"] == 8.0
    assert "couple_weight" not in got.choices["disclosure.emotional"]


def test_the_bundled_file_is_the_recipes_couple_build() -> None:
    """claff-lr-5: the two emotional heads refitted with the couple lines of rounds one to
    four at the recipe's source weight; the other two heads carry none."""
    meta = model.read_meta(model._weights_ref(), model.WEIGHTS_FILE)
    assert meta["model_version"] == model.MODEL_VERSION == "claff-lr-5"
    assert meta["couple_weight"] == train_claff.COUPLE_WEIGHT == 2.0
    assert tuple(meta["couple_rounds"]) == claff_couple.TRAIN_ROUNDS == (1, 2, 3, 4)
    for sig in model.MODEL_SIGNALS:
        weight = meta["report"][sig].get("couple_weight")
        assert weight == (2.0 if sig in claff_couple.COUPLE_SIGNALS else None), sig
    # refitted at claff-lr-3's C and class weight (--refit-couple), not a new grid
    chosen = {
        sig: (meta["report"][sig]["C"], meta["report"][sig]["class_weight"])
        for sig in meta["report"]
    }
    assert chosen["disclosure.emotional"] == (1.0, None)
    assert chosen["support.emotional"] == (4.0, "balanced")
