"""h-zh14's tune-side readings: the kinds of a post, the folds, the threshold sweep and the
feature variants' hashing, on posts written for this test (no outside file is read)."""

from __future__ import annotations

import numpy as np

from unmask.signals import model_zh
from unmask_dev import zh_features, zh_variants
from unmask_dev.validity.chinese import macro_f1


def test_kinds_of_a_post() -> None:
    assert zh_variants.kinds_of("终于放假了！！！好开心 so happy", 0.9) == [
        "punctuation run (！！, ~, 。。, …)",
        "a named feeling (lexicon 0.5 or more)",
    ]
    assert zh_variants.kinds_of("又加班到十点", 0.0) == [
        "short (under 20 characters)",
        "no cue (an event, or nothing)",
    ]
    kinds = zh_variants.kinds_of("强烈推荐这首《 be my baby 》，你听过吗？", 0.3)
    assert "song, film or share" in kinds
    assert "rhetorical or tag question" in kinds
    assert "a weak cue (lexicon under 0.5)" in kinds
    assert "Cantonese" in zh_variants.kinds_of("我都唔 care 啦，佢钟意点就点", 0.0)


def test_folds_are_fixed_by_the_text() -> None:
    texts = ["又加班到十点", "今天好开心", "sorry 。。", "我在龙之梦"]
    folds = [zh_variants.fold(t) for t in texts]
    assert set(folds) <= {0, 1}
    assert folds == [zh_variants.fold(t) for t in texts]
    assert len(set(zh_variants.fold(f"post {k}") for k in range(20))) == 2


def test_kind_table_counts_misses_and_false_fires_by_fold() -> None:
    texts = ["又加班到十点", "今天好开心！！", "转发这首歌《 x 》", "好累啊"]
    y = np.array([True, True, False, True])
    fired = np.array([False, True, True, True])
    lexicon = np.array([0.0, 0.9, 0.0, 0.6])
    rows = {r.kind: r for r in zh_variants.kind_table(texts, y, fired, lexicon)}
    everything = rows["all"]
    assert (everything.posts, everything.emotional) == (4, 3)
    assert sum(everything.misses) == 1 and sum(everything.false_fires) == 1
    assert everything.misses[zh_variants.fold("又加班到十点")] == 1
    assert sum(rows["song, film or share"].false_fires) == 1
    assert rows["no cue (an event, or nothing)"].posts == 2


def test_threshold_sweep_is_macro_f1_at_each_line() -> None:
    y = np.array([True, True, False, False, True])
    score = np.array([0.9, 0.42, 0.38, 0.1, 0.62])
    sweep = dict(zh_variants.threshold_sweep(y, score))
    assert sweep[0.5] == macro_f1(y, score >= 0.5)
    assert sweep[0.4] == 1.0
    assert sweep[0.5] < sweep[0.4]


def test_variant_hashing_leaves_the_model_as_it_was() -> None:
    texts = ["又加班到十点！！", "今天好开心~ haha"]
    plain = zh_features.hashed(texts, zh_features.VARIANTS[0])
    h = model_zh.hash_texts(texts, 2**18)
    assert plain.shape == (2, 2**18)
    assert np.isclose(plain.sum(), h.value.sum())
    four = zh_features.hashed(texts, zh_features.VARIANTS[2])
    assert four.nnz > plain.nnz
    marks = zh_features.hashed(texts, zh_features.VARIANTS[3])
    assert marks.shape == (2, 2**18 + len(zh_features.MARKS))
    assert marks[:, 2**18 :].toarray().tolist()[0][:2] == [1.0, 0.0]
    assert marks[:, 2**18 :].toarray().tolist()[1][1] == 1.0
    assert model_zh.ORDERS == (1, 2, 3) and 4 not in model_zh._SEEDS
