"""The safety model layer (``safety-lr-10``): one multinomial logistic regression per
language, read beside the safety lexicons (numpy only; docs/model.md, "safety-lr-10": the
English weights refitted on safety rounds one to forty by ``safety-lr-9``'s recipe, CL-Aff
train's sentences weighed three times and in the threshold choice, weak control's kind
weighed ten times, h-safety55 on h-safety53's option (c); English weak control read by
``safety-lr-9``'s English weights kept as a frozen reader, :data:`WEAK_MODEL_VERSION`; the
Chinese ones ``safety-lr-8``'s, refitted on rounds one to thirty-five with weak control's
Chinese kind weighed ten times, h-safety43 / h-safety44). One version names the pair: both
files carry it.

Classes: ``none`` and the seven safety kinds (``threat``, ``monitoring``, ``isolation``,
``degradation``, ``jealousy``, ``fear``, ``remorse``). Features are those of the shipped
model layers: English word and char n-grams and the cue block of
:mod:`unmask.signals.features` (the English model layer's own hashing, read once: the
safety model's bucket is the low bits of the model layer's bucket), Chinese character
1-3-grams of :mod:`unmask.signals.model_zh` and the message length.

A message counts as the model's kind only where the probability of any kind
(``1 - p(none)``) reaches the language's threshold (in the weights file) and the lexicons
do not read it as a vulnerable disclosure or affection (:data:`DEPTH_GATE`), unless the five
control kinds alone sum to the control gate's level
(:data:`unmask.signals.control_gate.LEVELS`, .95: "I love you so much, that's why I need the
password to your email" is monitoring, its love no cover; h-gate). Such a hit
raises the most probable kind's score to :data:`MODEL_SCORE` (counted, never *severe*)
and, where the lexicons did not read that kind, adds one evidence item over the whole
message with source ``model:safety-lr-10``: the report can show it as read by the model,
not a matched phrase. A reading of fear is dropped where the message states the writer's
own anger and no fear or harm (:func:`not_fear`, h-safety26), and no hit counts on an offer to
take a task over so the other is free (:func:`unmask.signals.safety_care.is_care_offer`,
h-calm: "leave the kids to me tonight, you stay home and rest"), nor a reading of monitoring
on a message with no element of watching, checking or account
(:func:`unmask.signals.safety_care.watches`, h-falsealarm: "you're still my whole world,
driving over to you now").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import numpy as np

from unmask.errors import ModelError
from unmask.signals import control_gate, features, model_zh, safety_care
from unmask.signals.compiled_cache import cached
from unmask.signals.model import (
    LazyWeights,
    all_declared,
    checked_buckets,
    checked_linear,
    fixed_order_dot,
    load_npz,
    read_meta,
)
from unmask.signals.types import CONTROL_SIGNALS, MESSAGE_SIGNALS, SAFETY_SIGNALS, Evidence

MODEL_VERSION = "safety-lr-10"
#: h-safety53 (option (c), shipped by h-safety55): English weak control
#: (:func:`unmask.dyad.safety.weak_control_of`) is read by a frozen weak reader of its own,
#: ``safety-lr-9``'s English weights bit for bit, so that a refit of the counted model does not
#: move the weak level or the calm chats it keeps out (h-safety49, h-safety51). Its own
#: version, checked on its own; Chinese weak control is read by the counted Chinese weights, as
#: before.
WEAK_MODEL_VERSION = "safety-weak-1"
#: the languages with a weak reader of their own, and its file
WEAK_FILES: dict[str, str] = {"en": "safety_en_weak_v1.npz"}
#: the classes, in the order of the weights' columns: "none", then the kinds
CLASSES: tuple[str, ...] = ("none", *(name.removeprefix("safety.") for name in SAFETY_SIGNALS))
MODEL_SIGNALS: tuple[str, ...] = SAFETY_SIGNALS
#: the classes of the five control signals (:data:`unmask.signals.types.CONTROL_SIGNALS`)
CONTROL_KINDS: tuple[str, ...] = tuple(name.removeprefix("safety.") for name in CONTROL_SIGNALS)
_CONTROL_COLS = [CLASSES.index(kind) for kind in CONTROL_KINDS]
LANGS: tuple[str, ...] = ("en", "zh")
WEIGHTS_FILES: dict[str, str] = {lang: f"safety_{lang}_v1.npz" for lang in LANGS}
FEATURES: dict[str, str] = {"en": features.FEATURES_VERSION, "zh": model_zh.FEATURES_VERSION}
#: the score of a model-only hit: at or above 0.5 (counted), below the severe level (0.9)
MODEL_SCORE = 0.75
#: lexicon readings of depth that a model guess never overrides: "I'm afraid of losing
#: you" is the writer's vulnerability, not fear of the partner (lexicon-only signals, so
#: the other model layers do not move them)
DEPTH_GATE: tuple[str, ...] = ("disclosure.vulnerable", "affection")
#: h-safety14: a lower threshold at which a hit counts only where the message carries the
#: construct cue of the language's parts file (``model_cue`` in ``safety_parts.yaml``: a
#: control frame and a controlled domain of the partner's life, both anywhere in it);
#: chosen on the tuning sets by the threshold rule (the lowest threshold, 0.005 steps, with
#: no hit among their messages with the cue; docs/model.md); tied to this model's weights
#: (zh .785 since ``safety-lr-8``'s Chinese refit, h-safety44; en .50, the floor of the
#: rule, since ``safety-lr-9``'s English refit, h-safety47; the same for ``safety-lr-10``'s,
#: h-safety55)
CUE_THRESHOLD: dict[str, float] = {"en": 0.5, "zh": 0.785}
#: texts per batch: the Chinese model layer's, whose hashes the scorer shares with this layer
BATCH = model_zh.BATCH


@dataclass(frozen=True)
class _Weights:
    weights: np.ndarray  # (n_buckets, len(CLASSES)) float32
    dense: np.ndarray  # (n_dense, len(CLASSES)) float64
    bias: np.ndarray  # (len(CLASSES),) float64
    threshold: float
    n_buckets: int


def n_dense(lang: str) -> int:
    """Dense inputs per language: the English cue block, or the Chinese length."""
    return len(features.CUE_NAMES) if lang == "en" else 1


def _weights_ref(lang: str) -> Traversable:
    """Where the weights are (a function so tests can point it elsewhere)."""
    return resources.files("unmask.signals").joinpath("models", WEIGHTS_FILES[lang])


def _weak_ref(lang: str) -> Traversable:
    """Where the weak reader's weights are (a function so tests can point it elsewhere)."""
    return resources.files("unmask.signals").joinpath("models", WEAK_FILES[lang])


def _damaged(lang: str, why: str, weak: bool = False) -> ModelError:
    name = WEAK_FILES[lang] if weak else WEIGHTS_FILES[lang]
    return ModelError(f"the safety model file {name} {why}")


def _checked_meta(lang: str, meta: dict[str, Any], weak: bool = False) -> tuple[int, float]:
    version = WEAK_MODEL_VERSION if weak else MODEL_VERSION
    if meta.get("parts_features", []):
        raise _damaged(lang, f"does not match this unmask ({version}, {FEATURES[lang]})", weak)
    expected = {
        "model_version": version,
        "features_version": FEATURES[lang],
        "classes": CLASSES,
    }
    fail = partial(_damaged, lang, weak=weak)
    n_buckets = checked_buckets(meta, expected, fail, f"{version}, {FEATURES[lang]}")
    threshold = meta.get("threshold")
    if not isinstance(threshold, float) or not 0.5 <= threshold < 1.0:
        raise _damaged(lang, "has an invalid threshold", weak)
    return n_buckets, threshold


def _read(lang: str, weak: bool = False) -> _Weights:
    arrays, meta = load_npz(
        _weak_ref(lang) if weak else _weights_ref(lang),
        WEAK_FILES[lang] if weak else WEIGHTS_FILES[lang],
        {"weights": np.float32, "dense": np.float64, "bias": np.float64},
    )
    n_buckets, threshold = _checked_meta(lang, meta, weak)
    weights, dense, bias = arrays["weights"], arrays["dense"], arrays["bias"]
    checked_linear(
        weights,
        dense,
        bias,
        (n_buckets, n_dense(lang), len(CLASSES)),
        partial(_damaged, lang, weak=weak),
    )
    return _Weights(weights, dense, bias, threshold, n_buckets)


_cache: dict[str, LazyWeights[_Weights]] = {
    lang: LazyWeights(lambda lang=lang: _read(lang))  # type: ignore[misc]
    for lang in LANGS
}
#: the weak readers' weights (:data:`WEAK_FILES`), read on first use
_weak_cache: dict[str, LazyWeights[_Weights]] = {
    lang: LazyWeights(lambda lang=lang: _read(lang, weak=True))  # type: ignore[misc]
    for lang in WEAK_FILES
}


def available() -> bool:
    """True when both safety model files and the weak readers' load (a damaged file gives
    False)."""
    return all(c.available() for c in (*_cache.values(), *_weak_cache.values()))


def declared() -> bool:
    """True when both files' headers (and the weak readers') name this model, their weights
    left unread."""
    return all_declared(
        LANGS, lambda lang: _checked_meta(lang, read_meta(_weights_ref(lang), WEIGHTS_FILES[lang]))
    ) and all_declared(
        tuple(WEAK_FILES),
        lambda lang: _checked_meta(lang, read_meta(_weak_ref(lang), WEAK_FILES[lang]), True),
    )


def _weights_of(lang: str, weak: bool) -> _Weights:
    """The counted model's weights of ``lang``, or with ``weak`` its weak reader's where it
    has one of its own (:data:`WEAK_FILES`; else the counted model's)."""
    if weak and lang in _weak_cache:
        return _weak_cache[lang].get()
    return _cache[lang].get()


def _probs(
    row: np.ndarray, bucket: np.ndarray, value: np.ndarray, dense: np.ndarray, w: _Weights
) -> np.ndarray:
    n = dense.shape[0]
    logits = np.empty((n, len(CLASSES)), dtype=np.float64)
    # each feature's weights of every class gathered at once (one row of ``weights``, 32
    # bytes: one memory access per feature, not one per class), then each class's products
    # summed by bincount in the features' order (the same bits as a gather per class)
    gathered = np.take(w.weights, bucket, axis=0)
    for j in range(len(CLASSES)):
        logits[:, j] = np.bincount(row, weights=gathered[:, j] * value, minlength=n)
    # the dense inputs' sum in a fixed order: a row's bits never depend on its batch
    logits += fixed_order_dot(dense, w.dense) + w.bias
    logits -= logits.max(axis=1, keepdims=True)
    e = np.exp(logits)
    out: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return out


def predict_en_hashed(
    feats: features.HashedFeatures, values: np.ndarray | None = None, weak: bool = False
) -> np.ndarray:
    """(rows, len(CLASSES)) class probabilities of English texts from their hashed
    features (:func:`unmask.signals.features.hash_texts`, as the English model layer
    hashes them, with at least as many buckets as this model): the bucket is read as its
    low bits, which is the hash into this model's bucket count. ``values``: the
    features' :func:`unmask.signals.features.occurrence_values` where the caller has
    them (the English model layer's), else computed here. ``weak``: by the English weak
    reader (:data:`WEAK_FILES`)."""
    w = _weights_of("en", weak)
    if feats.n_buckets < w.n_buckets:
        raise ModelError("the English features have fewer buckets than the safety model")
    bucket = feats.bucket & (w.n_buckets - 1)
    if values is None:
        values = features.occurrence_values(feats)
    return _probs(feats.row, bucket, values, feats.cues, w)


def bucket_count(lang: str) -> int:
    """The ``lang`` weights' bucket count."""
    return _cache[lang].get().n_buckets


def predict(
    texts: Sequence[str],
    lang: str,
    hashed: Sequence[model_zh.Hashed] | None = None,
    weak: bool = False,
) -> np.ndarray:
    """(len(texts), len(CLASSES)) class probabilities of ``texts`` under the ``lang``
    model. ``hashed`` (Chinese): the texts' :func:`unmask.signals.model_zh.hash_batches`
    (into at least :func:`bucket_count` buckets) where the caller has them (the Chinese model
    layer's). ``weak``: by the language's weak reader where it has one of its own
    (:data:`WEAK_FILES`), else by the counted model. Raises
    :class:`unmask.errors.ModelError` when its weights are missing or damaged."""
    w = _weights_of(lang, weak)
    if hashed is not None and (lang != "zh" or len(hashed) != -(-len(texts) // BATCH)):
        raise ValueError("hashed: Chinese texts, one hashed batch per BATCH texts")
    out = np.empty((len(texts), len(CLASSES)), dtype=np.float64)
    for k, start in enumerate(range(0, len(texts), BATCH)):
        part = list(texts[start : start + BATCH])
        if lang == "en":
            out[start : start + len(part)] = predict_en_hashed(
                features.hash_texts(part, w.n_buckets), weak=weak
            )
            continue
        if hashed is None:
            h = model_zh.hash_texts(part, w.n_buckets)
        else:
            h = model_zh.narrowed(hashed[k], w.n_buckets)
        lengths = np.fromiter(
            (min(len(t), model_zh.MAX_CHARS) for t in part), dtype=np.float64, count=len(part)
        )
        dense = (np.log1p(lengths) / 5.0)[:, None]
        out[start : start + len(part)] = _probs(h.row, h.bucket, h.value, dense, w)
    return out


@cache
def _cue_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The ``lang`` model cue's two patterns (any frame part, any domain part), ``()`` where
    its parts file has none: read once per process, and kept compiled between runs
    (:mod:`unmask.signals.compiled_cache`: reading the parts file and compiling them is
    ~15-25 ms of a scoring process that meets a message between the two thresholds)."""
    return cached(f"safety-cue-{lang}", tuple, partial(_build_cue, lang))


def _build_cue(lang: str) -> tuple[re.Pattern[str], ...]:
    """:func:`_cue_patterns` read from the parts file and compiled (what the cache keeps)."""
    from unmask.signals import safety_parts
    from unmask.signals.lexicon import read_yaml
    from unmask.signals.variants import zh_regex

    found = safety_parts.cue_regexes(safety_parts.parse(lang, read_yaml(lang, safety_parts.FILE)))
    if found is None:
        return ()
    wide = zh_regex if lang == "zh" else str  # traditional characters too, as the lexicons
    return tuple(re.compile(wide(regex), re.IGNORECASE) for regex in found)


@cache
def _not_fear_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The ``lang`` parts file's ``model_not_fear`` (anger, fear) compiled, ``()`` where it
    has none (read only when the model reads fear)."""
    from unmask.signals import safety_parts
    from unmask.signals.lexicon import read_yaml
    from unmask.signals.variants import zh_regex

    pf = safety_parts.parse(lang, read_yaml(lang, safety_parts.FILE))
    found = safety_parts.not_fear_regexes(pf)
    if found is None:
        return ()
    wide = zh_regex if lang == "zh" else str
    return tuple(re.compile(wide(regex), re.IGNORECASE) for regex in found)


def not_fear(text: str, lang: str) -> bool:
    """Whether a model reading of fear is dropped for ``text`` (h-safety26): the writer's
    own anger stated and no fear or harm form of the parts file's ``model_not_fear``."""
    patterns = _not_fear_patterns(lang)
    if not patterns:
        return False
    anger, fear = patterns
    return bool(anger.search(text)) and not fear.search(text)


def has_cue(text: str, lang: str) -> bool:
    """Whether ``text`` carries the language's model cue: a frame part and a domain part
    of its parts file (``model_cue``), anywhere, in any order."""
    patterns = _cue_patterns(lang)
    return bool(patterns) and all(p.search(text) for p in patterns)


def apply(
    texts: Sequence[str],
    rows: Sequence[int],
    probs: np.ndarray,
    lang: str,
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    threshold: float | None = None,
    cue_threshold: float | None = None,
) -> None:
    """Apply the ``lang`` model's class probabilities ``probs`` of the messages ``rows``
    to ``scores`` (the engine's (messages, signals) matrix, in place) and ``evidence``
    (empty when the caller asked for scores only): a hit (``1 - p(none)`` at the
    threshold, no depth reading) raises its most probable kind to :data:`MODEL_SCORE`,
    and where the lexicons had not read that kind adds one evidence item over the whole
    message marked as read by the model. A message that carries the model cue
    (:func:`has_cue`) is a hit from ``cue_threshold`` up. ``threshold``: the shipped file's,
    and ``cue_threshold`` :data:`CUE_THRESHOLD`, unless ``threshold`` is given (a trial
    model's, :mod:`unmask_dev.safety_model`: then the cue only where ``cue_threshold``
    is given too)."""
    if not len(rows):
        return
    if threshold is None:
        threshold = _cache[lang].get().threshold
        cue_threshold = CUE_THRESHOLD[lang]
    p_any = 1.0 - probs[:, 0]
    kind = np.argmax(probs[:, 1:], axis=1)
    gate = [MESSAGE_SIGNALS.index(n) for n in DEPTH_GATE]
    # h-gate: the depth gate gives way where the control kinds alone sum to the control
    # gate's level (control_gate.LEVELS): such a line's depth is withheld in any case
    waived = control_sum(probs) >= control_gate.LEVELS.get(lang, np.inf)
    source = f"model:{MODEL_VERSION}"
    hit = p_any >= threshold
    if cue_threshold is not None and cue_threshold < threshold:
        for k in np.flatnonzero((p_any >= cue_threshold) & ~hit).tolist():
            hit[k] = has_cue(texts[int(rows[k])], lang)
    for k in np.flatnonzero(hit).tolist():
        i = int(rows[k])
        if (scores[i, gate] >= 0.5).any() and not waived[k]:
            continue
        name = MODEL_SIGNALS[int(kind[k])]
        if name == "safety.fear" and not_fear(texts[i], lang):
            continue
        if safety_care.is_care_offer(texts[i], lang):  # h-calm: an offer, not control
            continue
        # h-falsealarm: monitoring needs the writer watching, checking or asking account
        if name == "safety.monitoring" and not safety_care.watches(texts[i], lang):
            continue
        col = MESSAGE_SIGNALS.index(name)
        before = float(scores[i, col])
        if before >= MODEL_SCORE:
            continue
        scores[i, col] = MODEL_SCORE
        if evidence and before < 0.5:
            text = texts[i]
            ev = Evidence(name, text, 0, len(text), source, round(float(p_any[k]), 4))
            evidence[i].setdefault(name, []).append(ev)


def control_sum(probs: np.ndarray) -> np.ndarray:
    """The summed probability of :data:`CONTROL_KINDS` of each row of :func:`predict`'s
    class probabilities: what the weak-control rule reads (kept by the scorer,
    :func:`unmask.signals.scorer.control_probability`, or read here by
    :func:`unmask.dyad.safety.weak_control_of`)."""
    out: np.ndarray = probs[:, _CONTROL_COLS].sum(axis=1)
    return out
