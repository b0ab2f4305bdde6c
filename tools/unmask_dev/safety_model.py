"""A trial safety model per language (dev copy; numpy-only inference).

Since h-safety11 the base recipe's output ships (``safety-lr-3``, rounds one to fifteen;
since h-safety12 ``safety-lr-4``, rounds one to sixteen and the broader training set; since
h-safety13 ``safety-lr-5``, rounds one to seventeen, that set and composed frame x domain
messages) as
:mod:`unmask.signals.safety_model` (same files, copied from ``out/safety_trial/`` to
``src/unmask/signals/models/``); this copy reads variants from ``out/safety_trial/`` for
the validity figures ("trial safety model" rows).

Tried in issue 10 (h-safety3, then h-safety10 with rounds one to fourteen) and **not
shipped** (docs/validity.md, Safety): a
multinomial logistic regression per language over the same hashed features as the shipped
model layers (English: word and char n-grams plus the cue block of
:mod:`unmask.signals.features`; Chinese: character 1-3-grams of
:mod:`unmask.signals.model_zh`, plus the message length), with one class per safety kind
(``threat``, ``monitoring``, ``isolation``, ``degradation``, ``jealousy``, ``fear``,
``remorse``) and ``none``; a file may add one input per part of the language's safety parts
file (``parts_features`` in its metadata: :func:`part_features`). Trained by
``scripts/train_safety.py`` (:mod:`unmask_dev.train_safety`), which writes the weights to
``out/safety_trial/`` (not in git: the recipe is deterministic).

Read beside the lexicons, conservatively: a message counts as the model's kind only where
the model's probability of any kind (``1 - p(none)``) reaches the language's threshold
(chosen on tuning data), never where the lexicons read it as a vulnerable disclosure or
affection (:data:`DEPTH_GATE`); such a hit scores :data:`MODEL_SCORE` (counted, never
*severe*) and would carry one evidence item over the whole message (source
``model:<version>``), so a report could show the message as read by the model, not a
matched phrase. :func:`trial_scores` gives the lexicon scores with the trial applied, for
the validity figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from unmask.errors import ModelError
from unmask.signals import features, model_zh
from unmask.signals import safety_model as shipped
from unmask.signals.model import LazyWeights, load_npz

# the names, classes, files and levels of the shipped layer: a trial writes files it can read
from unmask.signals.safety_model import (
    BATCH,
    CLASSES,
    FEATURES,
    LANGS,
    MODEL_VERSION,
    WEIGHTS_FILES,
)
from unmask.signals.types import MESSAGE_SIGNALS, SAFETY_SIGNALS, Evidence

#: the shipped layer's depth gate and hit score (the recipe and the trial's tests read them here)
DEPTH_GATE = shipped.DEPTH_GATE
MODEL_SCORE = shipped.MODEL_SCORE


@dataclass(frozen=True)
class _Weights:
    weights: np.ndarray  # (n_buckets, len(CLASSES)) float32
    dense: np.ndarray  # (n_dense, len(CLASSES)) float64
    bias: np.ndarray  # (len(CLASSES),) float64
    threshold: float
    n_buckets: int
    parts: bool = False


#: value of a parts-layer feature that matches (the hashed n-gram values are about this size)
PART_SCALE = 1.0


def part_names(lang: str) -> tuple[str, ...]:
    """The parts of the language's safety parts file (``safety_parts.yaml``), in file order:
    the kind-family features of the ``parts`` variant."""
    return tuple(_part_patterns(lang))


_PARTS: dict[str, dict[str, re.Pattern[str]]] = {}


def _part_patterns(lang: str) -> dict[str, re.Pattern[str]]:
    if lang not in _PARTS:
        from unmask.signals import safety_parts
        from unmask.signals.lexicon import read_yaml

        pf = safety_parts.parse(lang, read_yaml(lang, safety_parts.FILE))
        _PARTS[lang] = {
            name: re.compile(safety_parts.part_regex(forms), re.IGNORECASE)
            for name, forms in pf.parts.items()
        }
    return _PARTS[lang]


def part_features(texts: Sequence[str], lang: str) -> np.ndarray:
    """(len(texts), parts) of :data:`PART_SCALE` where a part of the language's parts file
    occurs in the text (any length, alone: a part never fires a rule by itself, here it
    is one input among the n-grams), else 0."""
    patterns = list(_part_patterns(lang).values())
    out = np.zeros((len(texts), len(patterns)), dtype=np.float64)
    for i, text in enumerate(texts):
        for j, pattern in enumerate(patterns):
            if pattern.search(text):
                out[i, j] = PART_SCALE
    return out


def n_dense(lang: str, parts: bool = False) -> int:
    """Dense inputs per language: the English cue block, or the Chinese length; with
    ``parts``, one more per part of the parts file."""
    base = len(features.CUE_NAMES) if lang == "en" else 1
    return base + (len(part_names(lang)) if parts else 0)


def hashed(
    texts: Sequence[str], lang: str, n_buckets: int, parts: bool = False
) -> tuple[np.ndarray, ...]:
    """(row, bucket, value, dense) of ``texts`` for the ``lang`` model (training and
    inference share this); with ``parts`` the dense block ends with the part features."""
    if lang == "en":
        f = features.hash_texts(texts, n_buckets)
        row, bucket, value, dense = f.row, f.bucket, features.occurrence_values(f), f.cues
    else:
        h = model_zh.hash_texts(texts, n_buckets)
        lengths = np.fromiter(
            (min(len(t), model_zh.MAX_CHARS) for t in texts), dtype=np.float64, count=len(texts)
        )
        row, bucket, value = h.row, h.bucket, h.value
        dense = (np.log1p(lengths) / 5.0)[:, None]
    if parts:
        dense = np.hstack([dense, part_features(texts, lang)])
    return row, bucket, value, dense


#: where ``scripts/train_safety.py`` writes the trial weights (``/out/`` is not in git)
WEIGHTS_DIR = Path(__file__).resolve().parents[2] / "out" / "safety_trial"


def damaged(file_name: str, why: str) -> ModelError:
    return ModelError(
        f"the trial safety model {WEIGHTS_DIR / file_name} {why}; "
        "run .venv/bin/python scripts/train_safety.py"
    )


def _weights_ref(lang: str) -> Path:
    """Where the weights are (a function so tests can point it elsewhere)."""
    return WEIGHTS_DIR / WEIGHTS_FILES[lang]


def _read(lang: str) -> _Weights:
    name = WEIGHTS_FILES[lang]
    arrays, meta = load_npz(
        _weights_ref(lang),
        name,
        {"weights": np.float32, "dense": np.float64, "bias": np.float64},
    )
    weights, dense, bias = arrays["weights"], arrays["dense"], arrays["bias"]
    if (
        meta.get("model_version") != MODEL_VERSION
        or meta.get("features_version") != FEATURES[lang]
        or tuple(meta.get("classes", ())) != CLASSES
    ):
        raise damaged(name, f"does not match this unmask ({MODEL_VERSION}, {FEATURES[lang]})")
    n_buckets = meta.get("n_buckets")
    threshold = meta.get("threshold")
    if not isinstance(n_buckets, int) or n_buckets <= 0 or n_buckets & (n_buckets - 1):
        raise damaged(name, "has an invalid bucket count")
    if not isinstance(threshold, float) or not 0.5 <= threshold < 1.0:
        raise damaged(name, "has an invalid threshold")
    k = len(CLASSES)
    if weights.shape != (n_buckets, k) or bias.shape != (k,):
        raise damaged(name, "has weights of the wrong shape")
    parts = meta.get("parts_features", [])
    if parts and tuple(parts) != part_names(lang):
        raise damaged(name, "was trained on other parts than this unmask's parts file")
    if dense.shape != (n_dense(lang, bool(parts)), k):
        raise damaged(name, "has weights of the wrong shape")
    if not all(np.isfinite(a).all() for a in (weights, dense, bias)):
        raise damaged(name, "holds non-finite weights")
    return _Weights(weights, dense, bias, threshold, n_buckets, bool(parts))


_cache: dict[str, LazyWeights[_Weights]] = {
    lang: LazyWeights(lambda lang=lang: _read(lang))  # type: ignore[misc]
    for lang in LANGS
}


def available() -> bool:
    """True when both bundled safety models load (a damaged file gives False)."""
    return all(c.available() for c in _cache.values())


def threshold(lang: str) -> float:
    """The language's decision threshold on ``1 - p(none)``."""
    return _cache[lang].get().threshold


def predict(texts: Sequence[str], lang: str) -> np.ndarray:
    """(len(texts), len(CLASSES)) class probabilities of ``texts`` under the ``lang``
    model. Raises :class:`unmask.errors.ModelError` when its weights are missing or
    damaged."""
    w = _cache[lang].get()
    out = np.empty((len(texts), len(CLASSES)), dtype=np.float64)
    for start in range(0, len(texts), BATCH):
        part = texts[start : start + BATCH]
        row, bucket, value, dense = hashed(part, lang, w.n_buckets, w.parts)
        n = len(part)
        contrib = w.weights[bucket] * value[:, None]
        logits = np.empty((n, len(CLASSES)), dtype=np.float64)
        for j in range(len(CLASSES)):
            logits[:, j] = np.bincount(row, weights=contrib[:, j], minlength=n)
        logits += dense @ w.dense + w.bias
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        out[start : start + n] = e / e.sum(axis=1, keepdims=True)
    return out


def apply(
    texts: Sequence[str],
    langs: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
) -> None:
    """Apply the trial's hits to ``scores`` and ``evidence`` (in place) by the shipped layer's
    rule (:func:`unmask.signals.safety_model.apply`: the most probable kind raised to
    :data:`MODEL_SCORE`, the depth gate, one whole-message evidence item where the lexicons
    had not read that kind), at the trial file's threshold."""
    lang_arr = np.asarray(langs, dtype=object)
    for lang in LANGS:
        rows = np.flatnonzero(lang_arr == lang)
        if len(rows):
            probs = predict([texts[i] for i in rows.tolist()], lang)
            shipped.apply(texts, rows.tolist(), probs, lang, scores, evidence, threshold(lang))


def trial_scores(texts: Sequence[str]) -> dict[str, np.ndarray]:
    """The lexicon scores of ``texts`` (no model layer) with the trial applied: each
    signal's scores, as ``unmask.signals.score_texts(texts, model=False).scores``."""
    from unmask.signals import score_texts

    scored = score_texts(list(texts), model=False)
    matrix = np.column_stack(
        [np.nan_to_num(np.asarray(scored.scores[n], dtype=np.float64)) for n in MESSAGE_SIGNALS]
    )
    langs = ["zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en" for t in texts]
    apply(list(texts), langs, matrix, [])
    out = dict(scored.scores)
    for n in SAFETY_SIGNALS:
        out[n] = matrix[:, MESSAGE_SIGNALS.index(n)]
    return out
