"""The hashing's in-place mixes and its separator marks give the bits of the plain forms
(h-speed53): the English char n-grams' windows read order by order, the Chinese n-grams'
texts read from one array, every mix done on the caller's own array."""

from __future__ import annotations

import numpy as np

from unmask.signals import features, model_zh

_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)

EN = [
    "I\u2019m so tired of this, can you just call me back?",
    "",
    "ok",
    "love you 😘 see you at 7 :)",
    "a",
    "We had a huge fight last night and I don't know what to do anymore " * 40,
    "x\x00y",  # a NUL inside a text: cleaned text by text
    "  spaces   everywhere  ",
]
ZH = [
    "我今天真的好累，你能不能早点回来？",
    "",
    "哈哈哈哈哈😂",
    "好",
    "订单号 20231207 已发货，明天 10:30 到",
    "我爱你" * 900,  # cut at MAX_CHARS
    "嗯\x00嗯",
]


def _plain_mix(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint64(30))
    h = h * _MIX1
    h = h ^ (h >> np.uint64(27))
    h = h * _MIX2
    return h ^ (h >> np.uint64(31))


def _plain_char_ngrams(
    cp: np.ndarray, doc: np.ndarray, is_sep: np.ndarray
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The char n-grams as hash-3 first wrote them: separators counted in each window."""
    sep_cum = np.concatenate(([0], np.cumsum(is_sep, dtype=np.int64)))
    rows, hashes = [], []
    h = cp.copy()
    for n in range(2, max(features.CHAR_NGRAMS) + 1):
        h = h[:-1] * np.uint64(0x100000001B3) + cp[n - 1 :]
        if n not in features.CHAR_NGRAMS:
            continue
        m = len(cp) - n + 1
        ok = (sep_cum[n : n + m] - sep_cum[:m]) == 0
        hashes.append(_plain_mix(h[ok] + np.uint64(n)))
        rows.append(doc[:m][ok])
    return hashes, rows


def test_mix_in_place_gives_the_plain_mix_and_changes_only_its_argument() -> None:
    rng = np.random.default_rng(53)
    h = rng.integers(0, 2**63, size=10_000, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    kept = h.copy()
    out = features._mix(h)
    assert out is h  # mixed in place
    assert np.array_equal(out, _plain_mix(kept))
    assert not np.array_equal(out, kept)


def test_char_ngrams_keep_the_windows_without_a_separator() -> None:
    for texts in (EN, EN[:1], [""], ["ab"]):
        cp = features.codepoints(texts)
        is_sep = cp == features.SENTINEL
        doc = np.cumsum(is_sep, dtype=np.int64) - 1
        got_h, got_r = features._char_ngrams(cp, doc, is_sep)
        want_h, want_r = _plain_char_ngrams(cp, doc, is_sep)
        assert len(got_h) == len(want_h) == len(features.CHAR_NGRAMS)
        for a, b in zip(got_h + got_r, want_h + want_r, strict=True):
            assert a.dtype == b.dtype
            assert np.array_equal(a, b)
        assert np.array_equal(cp, features.codepoints(texts))  # the code points untouched


def test_chinese_rows_are_the_texts_a_search_of_the_starts_gives() -> None:
    hashed = model_zh.hash_texts(ZH, 1 << 16)
    cps, starts = model_zh._codepoints(ZH)
    valid = cps != 0
    rows = []
    for n in model_zh.ORDERS:
        m = len(cps) - n + 1
        ok = valid[:m].copy()
        for k in range(1, n):
            ok &= valid[k : k + m]
        rows.append(np.searchsorted(starts, np.flatnonzero(ok), side="right") - 1)
    assert np.array_equal(hashed.row, np.concatenate(rows))
    assert hashed.bucket.dtype == np.int64
    assert hashed.bucket.min() >= 0 and hashed.bucket.max() < 1 << 16
    # every text's n-grams are its own: the empty text has none, "好" one of each order
    counts = np.bincount(hashed.row, minlength=len(ZH))
    assert counts[1] == 0 and counts[3] == 1


def test_chinese_buckets_are_the_plain_mix_masked() -> None:
    texts = ZH[:5]
    hashed = model_zh.hash_texts(texts, 1 << 12)
    cps, _ = model_zh._codepoints(texts)
    valid = cps != 0
    want = []
    with np.errstate(over="ignore"):
        for n in model_zh.ORDERS:
            m = len(cps) - n + 1
            ok = valid[:m].copy()
            h = model_zh._SEEDS[n] ^ cps[:m]
            for k in range(1, n):
                ok &= valid[k : k + m]
                h = h * model_zh._K + cps[k : k + m]
            x = h[np.flatnonzero(ok)]
            x = x ^ (x >> np.uint64(33))
            x = x * np.uint64(0xFF51AFD7ED558CCD)
            x = x ^ (x >> np.uint64(29))
            want.append((x & np.uint64((1 << 12) - 1)).astype(np.int64))
    assert np.array_equal(hashed.bucket, np.concatenate(want))
