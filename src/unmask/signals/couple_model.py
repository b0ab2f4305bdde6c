"""The couple model assist (``couple-lr-9``): one small logistic regression per language
and kind, read only where the lexicons are silent on that kind and nothing on the
message reads as control (numpy only; docs/model.md, "couple-lr-9"; docs/validity.md, "The
couple model shipped (h-couplemodel2)", "The couple model on rounds one to six, and a
Chinese precision head (h-couplemodel4)").

Kinds (:data:`KINDS`): ``disclosure.vulnerable``, ``inner_question``, ``future``,
``affection`` and ``gratitude``, the depth kinds whose lexicon constructs, built from one
couple round, carried least to the next; since ``couple-lr-6`` (h-couplemodel9;
docs/validity.md, "couple-lr-6: rounds one to nine, with support, surface and bids
(h-couplemodel9)") also ``support.emotional`` and ``bid`` (depth-side: every gate of the
five) and ``logistics``, a surface head (:data:`SURFACE_KINDS`: task talk, no depth credit;
its negatives the rounds' lines labelled none of logistics, duty or money); a kind whose
threshold in the weights file is :data:`OFF` is never read. Trained on couple rounds one to
fifteen since ``couple-lr-9`` (h-couplemodel15; docs/validity.md, "couple-lr-9: rounds one to
fifteen (h-couplemodel15)"; partners' texts we wrote) with booking chats, the safety rounds'
controlling lines and the lexicon files' ``must_not_fire`` lines as negatives
(``tools/unmask_dev/train_couple.py``). Features are those of the shipped model layers, read
from the hashes the scorer already has: the English model layer's word and char n-grams with
the cue block (:mod:`unmask.signals.features`, this model's bucket the low bits of that
layer's), the Chinese character 1-3-grams of :mod:`unmask.signals.model_zh` with the message
length.

The model can only *add* a kind, on a message past the gate (:func:`candidates`): the
lexicons did not read that kind, no safety signal reads on the message (after the safety
model, the structural reader and the care guard), and the message is long enough (two
words, four Chinese characters). The safety rounds' controlling lines are negatives of
every kind in training (weight 0.1), so control is not read as depth where no safety signal
caught it; since ``couple-lr-3`` the gate also asks the safety model's ``1 - p(none)``, the
scorer's, to be below :data:`P_LINE` (:data:`GATE` ``p``, chosen by the recipe rule; the
other parts, no clause aimed at the reader with an act of control and no safety score
above zero, were measured and not chosen: docs/validity.md). A hit from the kind's
threshold up raises its score to :data:`MODEL_SCORE` (counted) with one evidence item over
the whole message, source ``model:couple-lr-9``. Since ``couple-lr-5`` (h-couplemodel8:
couple rounds one to eight, the even safety rounds 18-30's controlling lines as negatives
at weight 0.3) the model adds neither ``affection`` nor ``inner_question`` to a clerk's
greeting or offer of help (:func:`clerk_greeting`; docs/validity.md, "couple-lr-5 past the
service-chat blocker (h-couplemodel8)").

The precision head (:data:`VETOES`, :func:`veto`): per language, a regression per signal
that the other layers read and the couple fit may call not the writer's own (a partner's
teasing, thanks formula, logistics, fight); from its threshold up it drops that signal's
score and evidence. The Chinese ``support.emotional`` head ships **on** (threshold 0.80,
h-couplemodel5: couple precision up, recall and every outside row held); every other head is
off (threshold :data:`OFF`): the Chinese disclosure head moved the Weibo, NLPCC and SMP2020
rows, the English disclosure head CL-Aff, the English support head ESConv Affirmation
(docs/validity.md). With no head, English ``disclosure.emotional`` is dropped on a line of a
reproach or sarcasm at the other (:data:`SHAPE_RULE`, :func:`shape_rule`, h-couplemodel13), and
since h-zhfights3 the Chinese depth readings on an accusation, sarcasm, brush-off or tease.

:data:`ENABLED` is the one switch: False leaves every score and evidence item as they were
without the layer, bit for bit. It is on as shipped (see :data:`ENABLED`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import numpy as np

from unmask.errors import ModelError
from unmask.signals import couple_guards, features, model_zh, reply_structure, safety_struct
from unmask.signals.compiled_cache import regex
from unmask.signals.model import (
    LazyWeights,
    all_declared,
    checked_buckets,
    checked_linear,
    damaged,
    fixed_order_dot,
    load_npz,
    read_meta,
)
from unmask.signals.safety_model import n_dense
from unmask.signals.types import MESSAGE_SIGNALS, PRESENT, SAFETY_SIGNALS, Evidence

#: the one switch: False turns the whole layer off (scores and evidence as without it).
#: On as shipped since h-couplemodel3 (``couple-lr-2``: the lexicon files' near misses
#: among its negatives; docs/validity.md, "The couple model switched on (h-couplemodel3)";
#: ``couple-lr-3``, h-couplemodel4: trained on rounds one to six)
ENABLED = True
#: the precision head's own switch (:func:`veto`; False: the kinds added, nothing dropped)
VETO = True
MODEL_VERSION = "couple-lr-9"
#: the kinds, in the order of the weights' columns (``couple-lr-6``, h-couplemodel9: the
#: depth-side ``support.emotional`` and ``bid`` and the surface ``logistics`` beside the
#: five; a kind whose threshold is :data:`OFF` in a language is never read there)
KINDS: tuple[str, ...] = (
    "disclosure.vulnerable",
    "inner_question",
    "future",
    "affection",
    "gratitude",
    "support.emotional",
    "bid",
    "logistics",
)
#: the surface kinds among :data:`KINDS` (h-couplemodel9): task talk, not depth; read through
#: the same gate as the others (no controlling line gains any new reading)
SURFACE_KINDS: frozenset[str] = frozenset({"logistics"})
#: the signals the precision head may drop (h-couplemodel4), in the order of its columns:
#: where the layers read one on a partner's line that the couple fit says is not the
#: writer's own (teasing, thanks formulas, logistics, fights), its score and evidence go
VETOES: tuple[str, ...] = ("disclosure.emotional", "support.emotional")
#: the signals whose reading this layer changes (their versions name the model): the
#: kinds and each vetoed signal whose head ships on in some language (``couple-lr-3``,
#: h-couplemodel5: the Chinese ``support.emotional`` head; h-zhcouple: the Chinese
#: ``disclosure.emotional`` head, read where the lexicons read no feeling; the English
#: heads off)
MODEL_SIGNALS: tuple[str, ...] = (*KINDS, *(v for v in VETOES if v not in KINDS))
LANGS: tuple[str, ...] = ("en", "zh")
#: ``couple-lr-9`` (h-couplemodel15): ``_v7`` (``couple-lr-6``: ``_v6``)
WEIGHTS_FILES: dict[str, str] = {lang: f"couple_{lang}_v7.npz" for lang in LANGS}
FEATURES: dict[str, str] = {"en": features.FEATURES_VERSION, "zh": model_zh.FEATURES_VERSION}
#: a kind's threshold in the weights file that never reads (the recipe left it out)
OFF = 1.0
#: the score of a model hit: counted (>= 0.5), well below a strong lexicon reading
MODEL_SCORE = 0.6
#: the gate's parts beyond "no safety signal reads" (:func:`candidates`), as the recipe
#: rule chose them (``unmask_dev.couple_recipe``: ``couple-lr-1`` and ``-2`` none, the
#: controlling lines negatives in training instead; ``couple-lr-3`` ``p``): ``p`` the
#: safety model's ``1 - p(none)`` below :data:`P_LINE`,
#: ``s`` no clause aimed at the reader with an act of control (:func:`struct_aimed_act`),
#: ``l`` no safety score above zero
GATE = "p"
#: a kind never added to a message whose lexicons read this surface signal (h-couplemodel2:
#: a partner's question about a time or a place, "what time are you home?", is task talk,
#: not a question about the other's inner state)
SURFACE_GUARD: dict[str, str] = {"inner_question": "logistics"}
#: the ``p`` gate's line per language (couple-lr-3's gate rule; h-safety37 re-chose English on
#: ``safety-lr-7``'s probabilities, whose mid-range is lower: levels .20-.50, the most hits of
#: couple rounds one to nine's labelled kinds with no controlling line of safety rounds 1-32
#: gaining a depth kind, must-not lines and the booking rate no higher: .50, 311 hits against
#: 302 at .20; Chinese unchanged, its safety weights unchanged). h-safety44 re-chose Chinese
#: on ``safety-lr-8``'s Chinese refit by the same rule (couple rounds one to twelve, safety
#: rounds 1-35): .50, 638 hits against 620 at .20, must-not and booking flat. h-safety47 re-read
#: English on ``safety-lr-9``'s English refit (couple rounds one to thirteen): .50 stays, 668
#: hits against 654 at .20, must-not, booking and the control check flat. h-safety55 re-read
#: English on ``safety-lr-10``'s English refit (couple rounds one to seventeen, safety rounds
#: 1-40): .50 stays, 887 hits against 866 at .20, must-not 89 (main's at .50), booking .0013,
#: no controlling line given depth at any level
P_LINE: dict[str, float] = {"en": 0.5, "zh": 0.5}
#: the lexicons' feeling cue (h-zhcouple): a message whose lexicons read one of these above
#: zero, before the model layers replace their scores (:func:`lexicon_cue`, the scorer's)
CUE_SIGNALS: tuple[str, ...] = ("disclosure.emotional", "disclosure.vulnerable")
#: heads that read only a message with no lexicon feeling cue (h-zhcouple): where the
#: lexicons found a feeling word, the head never drops the reading; what it drops is a
#: model layer's reading alone (a partner's chore note, sarcasm, teasing or control line
#: that the Chinese model layer reads as feeling); Weibo posts' feelings, mostly named by
#: a feeling word, are left as they were
CUE_GATED: frozenset[str] = frozenset({"disclosure.emotional"})
#: a restatement check (h-couplemodel5): the writer restates the other's feeling or view and
#: asks whether the reading is right ("It sounds like you are feeling lonely. Is that
#: right?", "So, you feel that your family is judging you?", 听起来你挺委屈的，是吗): it asks
#: about the writer's understanding, not the other's inner life, so the model never adds
#: ``inner_question`` to it (:func:`restatement_check`). Two forms in each language: a
#: restating opener ("it sounds / seems like", "you feel", "you're feeling / saying", "so
#: you", "what I'm hearing"; 听起来 / 所以 / 也就是说 / 你是觉得 / 你的意思是) closed by a
#: confirmation tag ("is that right / it", "am I right", "did I get that right", ", right?";
#: 对吗 / 是吗 / 是不是 / 对不对 / 是这样吗), or an English restatement question opened by "so
#: you ..." or "it sounds like you ..." with no question of its own after it ("how do you
#: feel about your family judging you?", "So how are you feeling?", "It sounds like you're
#: stressed, what happened?" stay questions about the other). The words are language data,
#: ``lang/<lang>/guards/restatement_check.yaml``; how they combine is
#: :data:`unmask.signals.couple_guards.TEMPLATES` (h-guardyaml)
#: the prefilter: at least this many words (English) or Chinese characters (Chinese)
MIN_WORDS = 2
MIN_HAN = 4
#: two runs of word characters (at least :data:`MIN_WORDS`), four Han characters (at least
#: :data:`MIN_HAN`): searched, so the search stops at the one that makes the count
_WORDS = regex(r"[A-Za-z0-9']+[^A-Za-z0-9']+[A-Za-z0-9']")
_HANS = regex("[\u4e00-\u9fff](?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){3}")
_HAN = regex("[\u4e00-\u9fff]")
BATCH = model_zh.BATCH


@dataclass(frozen=True)
class _Weights:
    # (len(KINDS), n_buckets) float64: the file's float32 widened, one contiguous row per
    # kind (h-couplemodel9: each kind's gather reads a small array; the products and their
    # sums are those of the file's layout, bit for bit)
    weights: np.ndarray
    # (n_dense, len(KINDS)) float64: the safety model layer's dense inputs (the English cue
    # block, or the Chinese length), which this layer reads beside it
    dense: np.ndarray
    bias: np.ndarray  # (len(KINDS),) float64
    thresholds: np.ndarray  # (len(KINDS),) float64, OFF for a kind never read
    n_buckets: int
    # the precision head (:data:`VETOES`), laid out as ``weights``, ``dense`` and ``bias``
    veto: np.ndarray
    veto_dense: np.ndarray
    veto_bias: np.ndarray
    veto_thresholds: np.ndarray  # (len(VETOES),) float64, OFF for a head never read


def _weights_ref(lang: str) -> Traversable:
    """Where the weights are (a function so tests can point it elsewhere)."""
    return resources.files("unmask.signals").joinpath("models", WEIGHTS_FILES[lang])


def _checked_meta(lang: str, meta: dict[str, Any]) -> tuple[int, np.ndarray, np.ndarray]:
    expected = {
        "model_version": MODEL_VERSION,
        "features_version": FEATURES[lang],
        "kinds": KINDS,
        "vetoes": VETOES,
    }
    fail = partial(damaged, WEIGHTS_FILES[lang])
    n_buckets = checked_buckets(meta, expected, fail, f"{MODEL_VERSION}, {FEATURES[lang]}")
    out = []
    for key, n in (("thresholds", len(KINDS)), ("veto_thresholds", len(VETOES))):
        th = meta.get(key)
        if (
            not isinstance(th, list)
            or len(th) != n
            or not all(isinstance(t, float) and 0.5 <= t <= OFF for t in th)
        ):
            raise fail("has invalid thresholds")
        out.append(np.asarray(th, dtype=np.float64))
    return n_buckets, out[0], out[1]


def _read(lang: str) -> _Weights:
    name = WEIGHTS_FILES[lang]
    types: dict[str, type] = {"weights": np.float32, "dense": np.float64, "bias": np.float64}
    types |= {"veto": np.float32, "veto_dense": np.float64, "veto_bias": np.float64}
    arrays, meta = load_npz(_weights_ref(lang), name, types)
    n_buckets, thresholds, veto_thresholds = _checked_meta(lang, meta)
    weights, dense, bias = arrays["weights"], arrays["dense"], arrays["bias"]
    fail = partial(damaged, name)
    checked_linear(weights, dense, bias, (n_buckets, n_dense(lang), len(KINDS)), fail)
    veto, veto_dense, veto_bias = arrays["veto"], arrays["veto_dense"], arrays["veto_bias"]
    checked_linear(veto, veto_dense, veto_bias, (n_buckets, n_dense(lang), len(VETOES)), fail)
    # widened once, one contiguous row per kind: each kind's gather reads its own weights
    # (the products are the float32 weights' exactly, as widened before)
    wide = np.ascontiguousarray(weights.T, dtype=np.float64)
    return _Weights(
        wide,
        dense,
        bias,
        thresholds,
        n_buckets,
        np.ascontiguousarray(veto.T, dtype=np.float64),
        veto_dense,
        veto_bias,
        veto_thresholds,
    )


_cache: dict[str, LazyWeights[_Weights]] = {
    lang: LazyWeights(lambda lang=lang: _read(lang))  # type: ignore[misc]
    for lang in LANGS
}


def available() -> bool:
    """True when both couple model files load (a damaged file gives False)."""
    return all(c.available() for c in _cache.values())


def declared() -> bool:
    """True when both files' headers name this model, their weights left unread."""
    return all_declared(
        LANGS, lambda lang: _checked_meta(lang, read_meta(_weights_ref(lang), WEIGHTS_FILES[lang]))
    )


def bucket_count(lang: str) -> int:
    """The ``lang`` weights' bucket count."""
    return _cache[lang].get().n_buckets


def thresholds(lang: str) -> np.ndarray:
    """The ``lang`` weights' threshold of each kind (:data:`OFF`: never read)."""
    return _cache[lang].get().thresholds


def _linear(w: _Weights, head: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The (weights, dense, bias) of ``head``: ``kinds`` (:data:`KINDS`) or ``veto``."""
    return (w.weights, w.dense, w.bias) if head == "kinds" else (w.veto, w.veto_dense, w.veto_bias)


def _probs(
    row: np.ndarray,
    bucket: np.ndarray,
    value: np.ndarray,
    dense: np.ndarray,
    w: _Weights,
    head: str = "kinds",
    every: bool = True,
) -> np.ndarray:
    """``every`` False: the kinds whose threshold is :data:`OFF` are not read (probability
    0: the scorer's path, which never adds them)."""
    n = dense.shape[0]
    weights, dense_w, bias = _linear(w, head)
    k = weights.shape[0]
    logits = np.zeros((n, k), dtype=np.float64)
    off = np.zeros(k, dtype=bool) if every or head != "kinds" else w.thresholds >= OFF
    # each kind's weights of the features gathered from its own row of ``weights``, its
    # products summed by bincount in the features' order (as the safety model's). The
    # gather is a ``take`` into one buffer reused by every kind, the products made in it
    # (h-speed56: no index checks nor a fresh array per kind, the same products and sums
    # as ``weights[j][bucket] * value``); "wrap" never wraps: every bucket is below the
    # row's length (the hashes are read as their low bits), and it lets ``take`` write
    # into ``out`` unbuffered
    products = np.empty(len(bucket), dtype=np.float64)
    for j in np.flatnonzero(~off):
        np.take(weights[j], bucket, mode="wrap", out=products)
        products *= value
        logits[:, j] = np.bincount(row, weights=products, minlength=n)
    # the dense inputs' sum in a fixed order: a row's bits never depend on its batch
    logits += fixed_order_dot(dense, dense_w) + bias
    out: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
    out[:, off] = 0.0
    return out


def _zh_dense(texts: Sequence[str]) -> np.ndarray:
    lengths = np.fromiter(
        (min(len(t), model_zh.MAX_CHARS) for t in texts), dtype=np.float64, count=len(texts)
    )
    return (np.log1p(lengths) / 5.0)[:, None]


def predict(texts: Sequence[str], lang: str, head: str = "kinds") -> np.ndarray:
    """(len(texts), len(KINDS)) probabilities of each kind under the ``lang`` model (the
    texts hashed here); ``head="veto"``: (len(texts), len(VETOES)), the precision head's
    probability that each vetoed signal is not the writer's. Raises
    :class:`unmask.errors.ModelError` when its weights are missing or damaged."""
    w = _cache[lang].get()
    out = np.empty((len(texts), _linear(w, head)[0].shape[0]), dtype=np.float64)
    for start in range(0, len(texts), BATCH):
        part = list(texts[start : start + BATCH])
        if lang == "en":
            f = features.hash_texts(part, w.n_buckets)
            values = features.occurrence_values(f)
            out[start : start + len(part)] = _probs(f.row, f.bucket, values, f.cues, w, head)
            continue
        h = model_zh.hash_texts(part, w.n_buckets)
        out[start : start + len(part)] = _probs(h.row, h.bucket, h.value, _zh_dense(part), w, head)
    return out


def _rows_of(row: np.ndarray, n_rows: int, picked: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The occurrences of the ``picked`` rows (ascending) and their rows renumbered
    0..len(picked)-1, in their order (each row's sum adds the same values in the same
    order as hashing the picked texts alone would)."""
    to = np.full(n_rows, -1, dtype=np.int64)
    to[picked] = np.arange(len(picked), dtype=np.int64)
    new = to[row]
    keep = new >= 0
    return keep, new[keep]


def predict_en_hashed(
    feats: features.HashedFeatures,
    values: np.ndarray,
    picked: np.ndarray,
    head: str = "kinds",
    every: bool = True,
) -> np.ndarray:
    """(len(picked), len(KINDS)) probabilities of the rows ``picked`` (ascending) of a batch
    the English model layer hashed (``feats``, its :func:`features.occurrence_values`),
    read as the low bits of its buckets: only the picked rows' features are read."""
    w = _cache["en"].get()
    if feats.n_buckets < w.n_buckets:
        raise ModelError("the English features have fewer buckets than the couple model")
    mask = w.n_buckets - 1
    if 2 * len(picked) >= feats.n_rows:  # most rows: every row read, the picked kept
        return _probs(feats.row, feats.bucket & mask, values, feats.cues, w, head, every)[picked]
    keep, row = _rows_of(feats.row, feats.n_rows, picked)
    return _probs(row, feats.bucket[keep] & mask, values[keep], feats.cues[picked], w, head, every)


def predict_zh_hashed(
    h: model_zh.Hashed,
    texts: Sequence[str],
    picked: np.ndarray,
    head: str = "kinds",
    every: bool = True,
) -> np.ndarray:
    """:func:`predict_en_hashed` of a batch of Chinese ``texts`` that the scorer hashed
    (:func:`unmask.signals.model_zh.hash_batches`, into at least this model's buckets)."""
    w = _cache["zh"].get()
    mask = w.n_buckets - 1
    if 2 * len(picked) >= len(texts):  # most rows: every row read, the picked kept
        return _probs(h.row, h.bucket & mask, h.value, _zh_dense(texts), w, head, every)[picked]
    dense = _zh_dense([texts[int(i)] for i in picked])
    keep, row = _rows_of(h.row, len(texts), picked)
    return _probs(row, h.bucket[keep] & mask, h.value[keep], dense, w, head, every)


def passes_prefilter(text: str, lang: str) -> bool:
    """Whether ``text`` is long enough for the model to read it."""
    return (_HANS if lang == "zh" else _WORDS).search(text) is not None


def struct_aimed_act(text: str, lang: str) -> bool:
    """Whether a clause of ``text`` is aimed at the reader and holds an act of control,
    as the structural reader's classes read it (:mod:`unmask.signals.safety_struct`),
    whether or not the reader fires."""
    r = safety_struct.reader(lang)
    for clause in safety_struct._SPLIT.split(text.lower().replace("\u2019", "'")):
        cl = clause.strip()
        if cl and not any(r.rx[a].search(cl) for a in safety_struct.ACTS):
            continue
        if cl and {"aimed", "act"} <= r.tags(cl):
            return True
    return False


_KIND_COLS = np.array([MESSAGE_SIGNALS.index(n) for n in KINDS], dtype=np.int64)
_CUE_COLS = np.array([MESSAGE_SIGNALS.index(n) for n in CUE_SIGNALS], dtype=np.int64)


def lexicon_cue(scores: np.ndarray) -> np.ndarray:
    """Per message of ``scores`` (the engine's (messages, signals) matrix as the lexicons
    left it, before the model layers), whether a :data:`CUE_SIGNALS` signal reads above
    zero: a feeling word or frame was found."""
    return np.asarray((scores[:, _CUE_COLS] > 0.0).any(axis=1), dtype=bool)


_SAFETY_COLS = np.array([MESSAGE_SIGNALS.index(n) for n in SAFETY_SIGNALS], dtype=np.int64)
#: each kind's :data:`SURFACE_GUARD` column, -1 where it has none
_GUARD_COLS = [MESSAGE_SIGNALS.index(SURFACE_GUARD[n]) if n in SURFACE_GUARD else -1 for n in KINDS]


def restatement_check(text: str, lang: str) -> bool:
    """Whether ``text`` holds a restatement check (``guards/restatement_check.yaml``): the
    writer's reading of the other's feeling, put to them to confirm."""
    check = couple_guards.patterns("restatement_check", lang)["check"]
    return check.search(text.replace("\u2019", "'")) is not None


#: a clerk's greeting or offer of help (h-couplemodel8): a service chat's opener or closer,
#: which the model read as ``affection`` ("HEY HO!") or ``inner_question`` ("good afternoon,
#: how can I help you?"), and one affection reading turns a service chat's own rule off
#: (h-svc4's rule 7). Two forms in each language: a bare greeting (greeting words and plain
#: punctuation alone: no name, no endearment, no emoji, no feeling word; "hi there!", "HEY
#: HO!", "good morning."; 您好, 下午好), or a clerk's offer of help or formula ("how can I
#: help you", "what can I do for you", "is there anything else I can help you with", "thank
#: you for contacting / calling / your patience", "welcome to"; 有什么可以帮您, 请问有什么,
#: 很高兴为您服务, 欢迎光临, 感谢您的耐心等待) with no endearment and no emoji ("hey babe!! 😘",
#: "how can I help you, babe? ❤️", 宝贝有什么我能帮你的吗 keep the model's reading). The
#: words (greetings, offers, endearments) are language data,
#: ``lang/<lang>/guards/clerk_greeting.yaml``; the rule that combines them is here
#: (h-guardyaml)
#: a symbol outside plain punctuation: an emoji, a heart, a kaomoji's parts
_SYMBOL = regex(r"[^\w\s!?.,;:'\"()\-~…。，！？、；：“”‘’（）《》]")


def clerk_greeting(text: str, lang: str) -> bool:
    """Whether ``text`` is a clerk's greeting or offer of help (``guards/clerk_greeting.yaml``):
    a bare greeting, or an offer / formula, with no endearment and no emoji."""
    found = couple_guards.patterns("clerk_greeting", lang)
    t = text.replace("\u2019", "'").strip()
    if _SYMBOL.search(t) or found["endearment"].search(t):
        return False
    return found["bare"].search(t) is not None or found["offer"].search(t) is not None


def agreement_tag(text: str, lang: str) -> bool:
    """Whether ``text`` closes with a tag asking the other to agree with the writer's view
    (``guards/agreement_tag.yaml``): "... Dont you think?", 你不觉得吗？"""
    tag = couple_guards.patterns("agreement_tag", lang)["tag"]
    return tag.search(text.replace("\u2019", "'")) is not None


def reproach(text: str, lang: str) -> bool:
    """Whether ``text`` has the shape of a reproach or a tease addressed to the other
    (``guards/reproach.yaml``): 你又 / 你总是 / 真服了 / 行了吧 / 😏 ...; in English (since
    h-couplemodel13, a curly apostrophe made straight) you always / as usual / thanks a lot /
    seriously? / "oh amazing, you ..." / why can't you ever ..."""
    if lang not in couple_guards.langs("reproach"):
        return False
    text = text.replace("\u2019", "'") if lang == "en" else text
    return couple_guards.gate("reproach", lang, "shape").search(text) is not None


def sharp_reproach(text: str, lang: str) -> bool:
    """Whether ``text`` has the English reproach or sarcasm shape less its broad ``habit``
    part ("you always / never", said fondly too; h-fights): "wow u remembered we have a
    kitchen", "i feel like u only ring when u need money". In Chinese (h-zhfights3) an
    accusation, sarcasm or a brush-off aimed at the other with no partner's warmth in the
    line (``guards/reproach.yaml``, part ``sharp``): 每回…你就躲进书房, 你才想起我, 你连句问候
    都没有, 可真大方啊, 你爱怎么样怎么样吧, 我一个人带两个娃就容易了？"""
    if lang not in couple_guards.langs("reproach"):
        return False
    text = text.replace("\u2019", "'") if lang == "en" else text
    return couple_guards.gate("reproach", lang, "sharp").search(text) is not None


def jab(text: str, lang: str) -> bool:
    """The shape a :data:`SHAPE_RULE` ``disclosure.emotional`` is dropped on: in English the
    whole reproach shape (:func:`reproach`); in Chinese (h-zhfights3) a :func:`sharp_reproach`
    or a tease (``guards/reproach.yaml``, part ``tease``: 连倒车入库都蹭了墙[捂脸], 谁让我喜欢你呢),
    not the broad 你又 / 你总是 of :func:`reproach`, said of one's own day too."""
    if lang != "zh":
        return reproach(text, lang)
    return couple_guards.gate("reproach", lang, "jab").search(text) is not None


def comfort_to_reader(text: str, lang: str) -> bool:
    """Whether ``text`` comforts the reader about the reader's own feeling (h-zhde3,
    :func:`unmask.signals.model_zh.comforts_reader`: "心里怕了就给我留言", "先别自己闷着"):
    the vulnerability the model would read there is the reader's. Chinese only."""
    return lang == "zh" and model_zh.comforts_reader(text)


def _vulnerable_guard(text: str, lang: str) -> bool:
    """:func:`sharp_reproach` (English, and Chinese since h-zhfights3) or
    :func:`comfort_to_reader` (Chinese, h-zhde3)."""
    return sharp_reproach(text, lang) or comfort_to_reader(text, lang)


#: per head in :data:`CUE_GATED`, the shape of a line on which the head reads even with a
#: lexicon feeling cue (h-couplemodel12): a reproach or a tease addressed to the other
#: (:func:`reproach`, ``lang/zh/guards/reproach.yaml``: 你又把袜子扔沙发上了，烦死了; 真服了;
#: 行了吧), whose feeling word is a jab at the other, not the writer's own; a post about
#: one's own feeling (我又加班到十点，好累) has no such shape and stays gated
CUE_OVERRULE: dict[str, Callable[[str, str], bool]] = {"disclosure.emotional": reproach}
#: per language, the :data:`VETOES` signals dropped with no head on every line of the signal's
#: :data:`CUE_OVERRULE` shape, cued or not (h-couplemodel13): English ``disclosure.emotional``
#: on a reproach or sarcasm at the other ("oh amazing, you slept through it again", "i feel
#: like you never listen, as usual"; ``lang/en/guards/reproach.yaml``), whose feeling word is
#: a jab, not the writer's own. The English head stays off: over every cue-free line it cut
#: CL-Aff's and ESConv seekers' disclosure (h-couplemodel5, h-zhcouple), and over the shape's
#: lines it kept "i feel" reproaches that the shape alone drops. Since h-fights also English
#: ``we_talk``, ``support.emotional`` and ``affection`` on the same lines ("wow u remembered we
#: have a kitchen", "dont you dare drag up ... every time we argue"): the other's "we" or praise
#: inside a jab is no shared frame, comfort or warmth (a partner's warmth holds the shape back)
#: Since h-zhfights3 Chinese too, on an accusation, sarcasm or a brush-off aimed at the other
#: (:func:`sharp_reproach`: 每回…你就, 你才想起我, 你连…都没有, 可真大方啊, 爱怎么样怎么样,
#: 我…就容易了？) and, for ``disclosure.emotional`` alone, a tease (:func:`jab`); there also a
#: lexicon's ``disclosure.vulnerable`` (我一个人…，你连家长会都没来过一次: the writer's load
#: named as a charge)
SHAPE_RULE: dict[str, tuple[str, ...]] = {
    "en": ("disclosure.emotional", "we_talk", "support.emotional", "affection"),
    "zh": (
        "disclosure.emotional",
        "disclosure.vulnerable",
        "we_talk",
        "support.emotional",
        "affection",
    ),
}
#: the shape each :data:`SHAPE_RULE` signal is dropped on (h-fights: :func:`sharp_reproach`,
#: the broad "you always / never" left out; ``disclosure.emotional``: :func:`jab`, in English
#: the :data:`CUE_OVERRULE` shape)
SHAPE_OF: dict[str, Callable[[str, str], bool]] = {
    "disclosure.emotional": jab,
    **{
        name: sharp_reproach
        for name in ("disclosure.vulnerable", "we_talk", "support.emotional", "affection")
    },
}


def _inner_question_guard(text: str, lang: str) -> bool:
    return (
        restatement_check(text, lang)
        or clerk_greeting(text, lang)
        or agreement_tag(text, lang)
        # h-quest16: every question of the text a proposal, a restatement or a retort
        or (lang == "en" and reply_structure.proposes_only(text))
    )


#: kinds the model never adds to a message for which the test holds (``(text, lang)``):
#: a restatement check is no inner question (h-couplemodel5); a clerk's greeting or offer
#: of help is neither affection nor an inner question (h-couplemodel8); a tag asking the
#: other to agree is no inner question (h-quest13's finding: ESConv supporters' "Dont you
#: think?" read inner_question under couple-lr-6); nor is an English text whose every
#: question the reply layer reads as a proposal, a restatement check or a retort (h-quest16:
#: "Would you consider relocating?"; :func:`unmask.signals.reply_structure.proposes_only`)
TEXT_GUARD: dict[str, Callable[[str, str], bool]] = {
    "inner_question": _inner_question_guard,
    "affection": clerk_greeting,
    "disclosure.vulnerable": _vulnerable_guard,
}
#: the kinds :func:`clerk_greeting` keeps off (``unmask_dev.couple_recipe``'s count)
CLERK_KINDS: frozenset[str] = frozenset({"affection", "inner_question"})


def candidates(
    texts: Sequence[str], rows: Sequence[int], lang: str, scores: np.ndarray, p_any: np.ndarray
) -> list[int]:
    """The positions in ``rows`` of the messages the model reads: no safety signal reads
    on it, the :data:`GATE`'s parts pass (``p_any``: the safety model's ``1 - p(none)`` of
    each row), some kind it reads is left unread by the lexicons, and it is long enough."""
    if not len(rows):
        return []
    r = np.asarray(rows, dtype=np.int64)
    on = thresholds(lang) < OFF
    safety = scores[np.ix_(r, _SAFETY_COLS)]
    open_ = ~((safety > 0) if "l" in GATE else (safety >= PRESENT)).any(axis=1)
    if "p" in GATE:
        open_ &= np.asarray(p_any) < P_LINE[lang]
    open_ &= (scores[np.ix_(r, _KIND_COLS[on])] < PRESENT).any(axis=1)
    picked = [int(k) for k in np.flatnonzero(open_).tolist()]
    picked = [k for k in picked if passes_prefilter(texts[int(r[k])], lang)]
    if not picked or "s" not in GATE:
        return picked
    acts = set(safety_struct.candidates([texts[int(r[k])] for k in picked]))
    return [
        k
        for n, k in enumerate(picked)
        if n not in acts or not struct_aimed_act(texts[int(r[k])], lang)
    ]


def add(
    texts: Sequence[str],
    rows: Sequence[int],
    picked: Sequence[int],
    probs: np.ndarray,
    lang: str,
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
) -> None:
    """Add each kind that ``probs`` (of the ``picked`` positions of ``rows``) reads at its
    threshold, that the lexicons did not read and whose :data:`SURFACE_GUARD` signal they
    did not read either, to ``scores`` (the engine's (messages,
    signals) matrix, in place) and ``evidence`` (empty when the caller asked for scores
    only)."""
    th = thresholds(lang)
    source = f"model:{MODEL_VERSION}"
    hits = np.argwhere(probs >= th[None, :])
    # the surface guard reads the lexicons' reading, before this layer adds a surface kind
    guard = {c: scores[:, c] >= PRESENT for c in set(_GUARD_COLS) if c >= 0}
    for k, j in hits.tolist():
        i = int(rows[picked[k]])
        col = int(_KIND_COLS[j])
        if (
            th[j] >= OFF
            or scores[i, col] >= PRESENT
            or _GUARD_COLS[j] >= 0
            and bool(guard[_GUARD_COLS[j]][i])
            or KINDS[j] in TEXT_GUARD
            and TEXT_GUARD[KINDS[j]](texts[i], lang)
        ):
            continue
        scores[i, col] = MODEL_SCORE
        if evidence:
            text = texts[i]
            ev = Evidence(KINDS[j], text, 0, len(text), source, round(float(probs[k, j]), 4))
            evidence[i].setdefault(KINDS[j], []).append(ev)


def apply(
    texts: Sequence[str],
    rows: Sequence[int],
    lang: str,
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    p_any: np.ndarray,
    hashed: Sequence[Any] | None = None,
    cue: np.ndarray | None = None,
) -> None:
    """Read the ``lang`` messages ``rows`` past the gate (:func:`candidates`; ``p_any``:
    the safety model's ``1 - p(none)`` of each row, as the scorer has it) and add the
    kinds the model reads (:func:`add`). ``hashed``: the rows' hashes in the pieces the
    scorer has them, English ``(start, features, values)`` of the English model layer,
    Chinese :func:`unmask.signals.model_zh.hash_batches` (one per :data:`BATCH` rows);
    None: the picked texts are hashed here. ``cue``: :func:`lexicon_cue` of each row (None:
    not known, so the heads in :data:`CUE_GATED` do not read)."""
    if not ENABLED:
        return
    picked = candidates(texts, rows, lang, scores, p_any)
    if picked:
        if hashed is None:
            probs = predict([texts[int(rows[k])] for k in picked], lang)
        else:
            probs = _from_hashed(texts, rows, lang, picked, hashed)
        add(texts, rows, picked, probs, lang, scores, evidence)
    veto(texts, rows, lang, scores, evidence, hashed, cue)


_VETO_COLS = np.array([MESSAGE_SIGNALS.index(n) for n in VETOES], dtype=np.int64)


def shape_rule(
    texts: Sequence[str],
    rows: Sequence[int],
    lang: str,
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
) -> None:
    """Of the ``lang`` messages ``rows``, drop each :data:`SHAPE_RULE` signal (score and
    evidence) where it reads and the text has the signal's :data:`CUE_OVERRULE` shape."""
    names = SHAPE_RULE.get(lang, ())
    if not names or not len(rows):
        return
    r = np.asarray(rows, dtype=np.int64)
    for name in names:
        col = MESSAGE_SIGNALS.index(name)
        shape = SHAPE_OF.get(name) or CUE_OVERRULE[name]
        # only the rows where the signal reads are tried (the shape is a regex read)
        for i in r[scores[r, col] >= PRESENT].tolist():
            if shape(texts[i], lang):
                scores[i, col] = 0.0
                if evidence:
                    evidence[i].pop(name, None)


def veto(
    texts: Sequence[str],
    rows: Sequence[int],
    lang: str,
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    hashed: Sequence[Any] | None = None,
    cue: np.ndarray | None = None,
) -> None:
    """The precision head: of the ``lang`` messages ``rows`` that read a :data:`VETOES`
    signal (its threshold in the weights file below :data:`OFF`), drop that signal (score
    and evidence) where the head reads it as not the writer's own from its threshold up.
    A head in :data:`CUE_GATED` reads only the rows whose ``cue`` (:func:`lexicon_cue`) is
    False or whose text has its :data:`CUE_OVERRULE` shape, and none where ``cue`` is None.
    First the :data:`SHAPE_RULE` signals are dropped on the rows of their shape (no head;
    none where ``cue`` is None, as the gated heads)."""
    if not VETO:
        return
    if cue is not None:
        shape_rule(texts, rows, lang, scores, evidence)
    th = _cache[lang].get().veto_thresholds
    on = th < OFF
    if not on.any() or not len(rows):
        return
    r = np.asarray(rows, dtype=np.int64)
    read = (scores[np.ix_(r, _VETO_COLS)] >= PRESENT) & on[None, :]
    for j, name in ((j, n) for j, n in enumerate(VETOES) if n in CUE_GATED and on[j]):
        if cue is None:
            read[:, j] = False
            continue
        cued = np.array(cue, dtype=bool)
        shape = CUE_OVERRULE.get(name)
        if shape is not None:
            for k in np.flatnonzero(read[:, j] & cued).tolist():
                cued[k] = not shape(texts[int(r[k])], lang)
        read[:, j] &= ~cued
    picked = [int(k) for k in np.flatnonzero(read.any(axis=1)).tolist()]
    if not picked:
        return
    if hashed is None:
        probs = predict([texts[int(r[k])] for k in picked], lang, "veto")
    else:
        probs = _from_hashed(texts, rows, lang, picked, hashed, "veto")
    for n, j in np.argwhere((probs >= th[None, :]) & read[picked]).tolist():
        i = int(r[picked[n]])
        scores[i, int(_VETO_COLS[j])] = 0.0
        if evidence:
            evidence[i].pop(VETOES[j], None)


def _from_hashed(
    texts: Sequence[str],
    rows: Sequence[int],
    lang: str,
    picked: list[int],
    hashed: Sequence[Any],
    head: str = "kinds",
) -> np.ndarray:
    out = np.empty((len(picked), len(KINDS if head == "kinds" else VETOES)), dtype=np.float64)
    at = np.asarray(picked, dtype=np.int64)
    for n, piece in enumerate(hashed):
        if lang == "en":
            start, feats, values = piece
            size = feats.n_rows
        else:
            # the pieces are model_zh's batches (read at call time, as the scorer made them)
            step = model_zh.BATCH
            start, size = n * step, min(step, len(rows) - n * step)
        lo, hi = np.searchsorted(at, [start, start + size])
        if lo == hi:
            continue
        local = at[lo:hi] - start
        if lang == "en":
            out[lo:hi] = predict_en_hashed(feats, values, local, head, every=False)
        else:
            part = [texts[int(i)] for i in rows[start : start + size]]
            out[lo:hi] = predict_zh_hashed(piece, part, local, head, every=False)
    return out
