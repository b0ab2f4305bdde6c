"""The hashed features reordered so that the per-text sums interleave
(``features.interleave_order``, h-speed48): each text's occurrences keep their order, so
every ``bincount`` over them is the same to the bit as over the hashing's own order; the
English model layer hands them so to the safety and couple model layers, the scorer the
Chinese hashes to the Chinese model, safety and couple layers."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from unmask.ingest import read_table
from unmask.samples import sample_path
from unmask.signals import couple_model, features, model_zh
from unmask.signals import model as model_layer
from unmask.signals import safety_model as sm


@cache
def _sample_texts(name: str) -> list[str]:
    """The distinct texts of a bundled sample chat, in the order they first appear."""
    table = read_table(sample_path(name))
    texts = [t for t in table.column("text").to_pylist() if t]
    return list(dict.fromkeys(texts))


def _check_order(row: np.ndarray, order: np.ndarray) -> None:
    """``order`` is a permutation of the occurrences that keeps each text's in order."""
    assert np.array_equal(np.sort(order), np.arange(len(row)))
    moved = row[order]
    for r in np.unique(row).tolist():
        assert np.array_equal(order[moved == r], np.flatnonzero(row == r))


@pytest.mark.parametrize("name", ["close_en", "drifting_en"])
def test_english_order_keeps_each_text_and_puts_texts_side_by_side(name: str) -> None:
    texts = _sample_texts(name)[: model_layer.BATCH]
    feats = features.hash_texts(texts, model_layer._load().n_buckets)
    order = features.interleave_order(feats.row)
    _check_order(feats.row, order)
    before = np.mean(feats.row[1:] == feats.row[:-1])
    after = np.mean(feats.row[order][1:] == feats.row[order][:-1])
    assert before > 0.9  # the hashing's runs: neighbours are mostly one text's
    assert after < 0.01  # interleaved: neighbours are mostly different texts


@pytest.mark.parametrize("name", ["close_zh", "drifting_zh"])
def test_chinese_order_keeps_each_text(name: str) -> None:
    texts = _sample_texts(name)[: model_zh.BATCH]
    h = model_zh.hash_texts(texts, model_zh.bucket_count())
    order = features.interleave_order(h.row)
    _check_order(h.row, order)
    assert np.mean(h.row[order][1:] == h.row[order][:-1]) < 0.01


def test_order_of_long_blocks_uses_the_wide_sort() -> None:
    """Blocks too long for a 16-bit key (two stretches of 40,000 occurrences of one text):
    the 64-bit sort, the same guarantees; tiny inputs are left as they are."""
    row = np.concatenate(
        (np.repeat([0, 1, 2], [40_000, 30_000, 5]), np.repeat([0, 2], [3, 40_000]))
    ).astype(np.int64)
    order = features.interleave_order(row)
    _check_order(row, order)
    assert order[:3].tolist() == [0, 40_000, 70_000]  # each text's first, then each second
    for n in range(3):
        assert features.interleave_order(np.zeros(n, dtype=np.int64)).tolist() == list(range(n))


def test_every_english_sum_has_the_same_bits() -> None:
    """The English model, safety and couple layers' sums over the interleaved features are
    those over the hashing's order, to the bit (the loaded weights and random ones)."""
    texts = _sample_texts("close_en")[: model_layer.BATCH] + _sample_texts("drifting_en")[:300]
    w = model_layer._load()
    feats = features.hash_texts(texts, w.n_buckets)
    mixed = features.interleaved(feats)
    assert not np.array_equal(mixed.row, feats.row)
    values = features.occurrence_values(feats)
    mixed_values = features.occurrence_values(mixed)
    rng = np.random.default_rng(48)
    for weights in (w.weights, rng.normal(size=w.weights.shape).astype(np.float32)):
        a = model_layer._bucket_logits(weights, feats, values, len(texts))
        b = model_layer._bucket_logits(weights, mixed, mixed_values, len(texts))
        assert a.tobytes() == b.tobytes()
    assert sm.predict_en_hashed(feats).tobytes() == sm.predict_en_hashed(mixed).tobytes()
    picked = np.arange(0, len(texts), 7)
    for rows in (np.arange(len(texts)), picked):
        for head in ("kinds", "veto"):
            a = couple_model.predict_en_hashed(feats, values, rows, head)
            b = couple_model.predict_en_hashed(mixed, mixed_values, rows, head)
            assert a.tobytes() == b.tobytes()


def test_the_english_model_layer_gives_the_bits_of_the_hashing_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _sample_texts("drifting_en")[:1500]
    handed: list[features.HashedFeatures] = []
    mixed = model_layer.predict(texts, on_features=lambda _s, f, _v: handed.append(f))
    assert len(handed) == 2 and not np.array_equal(
        handed[0].row, features.hash_texts(texts[: model_layer.BATCH], handed[0].n_buckets).row
    )
    monkeypatch.setattr(model_layer, "interleaved", lambda feats: feats)
    plain = model_layer.predict(texts)
    for name in model_layer.MODEL_SIGNALS:
        assert mixed[name].tobytes() == plain[name].tobytes(), name


def test_chinese_batches_give_the_bits_of_the_hashing_order() -> None:
    texts = _sample_texts("close_zh")[:700]
    n = max(model_zh.bucket_count(), sm.bucket_count("zh"))
    hashed = model_zh.hash_batches(texts, n)
    plain = [
        model_zh.hash_texts(texts[lo : lo + model_zh.BATCH], n)
        for lo in range(0, len(texts), model_zh.BATCH)
    ]
    assert not np.array_equal(hashed[0].row, plain[0].row)
    assert sm.predict(texts, "zh", hashed).tobytes() == sm.predict(texts, "zh", plain).tobytes()
    for k, (got, want) in enumerate(zip(hashed, plain, strict=True)):
        part = texts[k * model_zh.BATCH : (k + 1) * model_zh.BATCH]
        for rows in (np.arange(len(part)), np.arange(0, len(part), 5)):
            a = couple_model.predict_zh_hashed(got, part, rows)
            b = couple_model.predict_zh_hashed(want, part, rows)
            assert a.tobytes() == b.tobytes()
