"""Trial, not shipped: the couple model assist (``couple-lr-1``), one small logistic
regression per language and kind, read only where the lexicons are silent (numpy only;
docs/validity.md, "A small model for the couple kinds (h-couplemodel)"). Written as the
runtime module would be (it was wired into ``unmask.signals.scorer`` after the safety
layer for the figures, then taken out: the safety rounds' controlling lines gained depth);
its weights are written by ``tools/unmask_dev/train_couple.py --write`` under
``out/couple_trial/`` (not in git).

Kinds: ``disclosure.vulnerable``, ``inner_question``, ``future`` and ``affection``, the
depth kinds whose lexicon constructs, built from one couple round, carried least to the
next. Trained on couple rounds one to three (partners' texts we wrote) with booking chats
as hard negatives (``tools/unmask_dev/train_couple.py``). Features are those of the shipped
model layers: English word and char n-grams with the cue block of
:mod:`unmask.signals.features`, Chinese character 1-3-grams of
:mod:`unmask.signals.model_zh` with the message length.

The model can only *add* a kind: a message counts as the kind where the model's
probability reaches the file's threshold (0.8), the lexicons did not read that kind, no
safety signal reads on the message (control, a threat, contempt is never depth), and a
cheap prefilter passes (two words, or four Chinese characters). Such a hit raises the
kind's score to :data:`MODEL_SCORE` (counted) with one evidence item over the whole
message, source ``model:couple-lr-1``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from unmask.errors import ModelError
from unmask.signals import features, model_zh
from unmask.signals.model import LazyWeights, checked_buckets, damaged, load_npz, read_meta
from unmask.signals.types import MESSAGE_SIGNALS, PRESENT, SAFETY_SIGNALS, Evidence

MODEL_VERSION = "couple-lr-1"
#: the kinds, in the order of the weights' columns
KINDS: tuple[str, ...] = ("disclosure.vulnerable", "inner_question", "future", "affection")
MODEL_SIGNALS: tuple[str, ...] = KINDS
LANGS: tuple[str, ...] = ("en", "zh")
WEIGHTS_FILES: dict[str, str] = {lang: f"couple_{lang}_v1.npz" for lang in LANGS}
FEATURES: dict[str, str] = {"en": features.FEATURES_VERSION, "zh": model_zh.FEATURES_VERSION}
#: the score of a model hit: counted (>= 0.5), well below a strong lexicon reading
MODEL_SCORE = 0.6
#: the prefilter: at least this many words (English) or Chinese characters (Chinese)
MIN_WORDS = 2
MIN_HAN = 4
_WORD = re.compile(r"[A-Za-z0-9']+")
_HAN = re.compile("[\u4e00-\u9fff]")
BATCH = model_zh.BATCH


@dataclass(frozen=True)
class _Weights:
    weights: np.ndarray  # (n_buckets, len(KINDS)) float32
    dense: np.ndarray  # (n_dense, len(KINDS)) float64
    bias: np.ndarray  # (len(KINDS),) float64
    thresholds: np.ndarray  # (len(KINDS),) float64
    n_buckets: int


def n_dense(lang: str) -> int:
    """Dense inputs per language: the English cue block, or the Chinese length."""
    return len(features.CUE_NAMES) if lang == "en" else 1


#: where ``train_couple.py --write`` puts the trial weights (``/out/`` is not in git)
WEIGHTS_DIR = Path(__file__).resolve().parents[2] / "out" / "couple_trial"


def _weights_ref(lang: str) -> Path:
    """Where the weights are (a function so tests can point it elsewhere)."""
    return WEIGHTS_DIR / WEIGHTS_FILES[lang]


def _checked_meta(lang: str, meta: dict[str, Any]) -> tuple[int, np.ndarray]:
    expected = {"model_version": MODEL_VERSION, "features_version": FEATURES[lang], "kinds": KINDS}
    fail = partial(damaged, WEIGHTS_FILES[lang])
    n_buckets = checked_buckets(meta, expected, fail, f"{MODEL_VERSION}, {FEATURES[lang]}")
    th = meta.get("thresholds")
    if (
        not isinstance(th, list)
        or len(th) != len(KINDS)
        or not all(isinstance(t, float) and 0.5 <= t < 1.0 for t in th)
    ):
        raise fail("has invalid thresholds")
    return n_buckets, np.asarray(th, dtype=np.float64)


def _read(lang: str) -> _Weights:
    name = WEIGHTS_FILES[lang]
    arrays, meta = load_npz(
        _weights_ref(lang), name, {"weights": np.float32, "dense": np.float64, "bias": np.float64}
    )
    n_buckets, thresholds = _checked_meta(lang, meta)
    weights, dense, bias = arrays["weights"], arrays["dense"], arrays["bias"]
    k = len(KINDS)
    if weights.shape != (n_buckets, k) or bias.shape != (k,) or dense.shape != (n_dense(lang), k):
        raise damaged(name, "has weights of the wrong shape")
    if not all(np.isfinite(a).all() for a in (weights, dense, bias)):
        raise damaged(name, "holds non-finite weights")
    return _Weights(weights, dense, bias, thresholds, n_buckets)


_cache: dict[str, LazyWeights[_Weights]] = {
    lang: LazyWeights(lambda lang=lang: _read(lang))  # type: ignore[misc]
    for lang in LANGS
}


def available() -> bool:
    """True when both couple model files load (a damaged file gives False)."""
    return all(c.available() for c in _cache.values())


def declared() -> bool:
    """True when both files' headers name this model, their weights left unread."""
    try:
        for lang in LANGS:
            _checked_meta(lang, read_meta(_weights_ref(lang), WEIGHTS_FILES[lang]))
    except ModelError:
        return False
    return True


def _probs(
    row: np.ndarray, bucket: np.ndarray, value: np.ndarray, dense: np.ndarray, w: _Weights
) -> np.ndarray:
    n = dense.shape[0]
    logits = np.empty((n, len(KINDS)), dtype=np.float64)
    gathered = np.take(w.weights, bucket, axis=0)
    for j in range(len(KINDS)):
        logits[:, j] = np.bincount(row, weights=gathered[:, j] * value, minlength=n)
    logits += dense @ w.dense + w.bias
    out: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
    return out


def predict(texts: Sequence[str], lang: str) -> np.ndarray:
    """(len(texts), len(KINDS)) probabilities of each kind under the ``lang`` model.
    Raises :class:`unmask.errors.ModelError` when its weights are missing or damaged."""
    w = _cache[lang].get()
    out = np.empty((len(texts), len(KINDS)), dtype=np.float64)
    for start in range(0, len(texts), BATCH):
        part = list(texts[start : start + BATCH])
        if lang == "en":
            f = features.hash_texts(part, w.n_buckets)
            values = features.occurrence_values(f)
            out[start : start + len(part)] = _probs(f.row, f.bucket, values, f.cues, w)
            continue
        h = model_zh.hash_texts(part, w.n_buckets)
        lengths = np.fromiter(
            (min(len(t), model_zh.MAX_CHARS) for t in part), dtype=np.float64, count=len(part)
        )
        dense = (np.log1p(lengths) / 5.0)[:, None]
        out[start : start + len(part)] = _probs(h.row, h.bucket, h.value, dense, w)
    return out


def passes_prefilter(text: str, lang: str) -> bool:
    """Whether ``text`` is long enough for the model to read it (the cheap gate)."""
    if lang == "zh":
        return len(_HAN.findall(text)) >= MIN_HAN
    return len(_WORD.findall(text)) >= MIN_WORDS


_KIND_COLS = np.array([MESSAGE_SIGNALS.index(n) for n in KINDS], dtype=np.int64)
_SAFETY_COLS = np.array([MESSAGE_SIGNALS.index(n) for n in SAFETY_SIGNALS], dtype=np.int64)


def candidates(
    texts: Sequence[str], rows: Sequence[int], lang: str, scores: np.ndarray
) -> list[int]:
    """The ``rows`` the model reads: no safety signal, some kind the lexicons did not
    read, and the prefilter passed."""
    if not len(rows):
        return []
    r = np.asarray(rows, dtype=np.int64)
    open_ = ~(scores[np.ix_(r, _SAFETY_COLS)] >= PRESENT).any(axis=1)
    open_ &= (scores[np.ix_(r, _KIND_COLS)] < PRESENT).any(axis=1)
    return [int(i) for i in r[open_].tolist() if passes_prefilter(texts[int(i)], lang)]


def apply(
    texts: Sequence[str],
    rows: Sequence[int],
    lang: str,
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
) -> None:
    """Read the ``lang`` messages ``rows`` (:func:`candidates` of them) with the model and
    add each kind it reads at the threshold that the lexicons did not read to ``scores``
    (the engine's (messages, signals) matrix, in place) and ``evidence`` (empty when the
    caller asked for scores only)."""
    picked = candidates(texts, rows, lang, scores)
    if not picked:
        return
    w = _cache[lang].get()
    probs = predict([texts[i] for i in picked], lang)
    source = f"model:{MODEL_VERSION}"
    for k, i in enumerate(picked):
        for j, col in enumerate(_KIND_COLS.tolist()):
            p = float(probs[k, j])
            if p < w.thresholds[j] or scores[i, col] >= PRESENT:
                continue
            scores[i, col] = MODEL_SCORE
            if evidence:
                text = texts[i]
                ev = Evidence(KINDS[j], text, 0, len(text), source, round(p, 4))
                evidence[i].setdefault(KINDS[j], []).append(ev)
