"""Public scoring API: one text, a list of texts, or the canonical message table.

Layers, in order: language per message (:mod:`langdetect`), the lexicon engine
(:mod:`engine`, always), the optional model layer for the four CLAFF signals
on English messages (:mod:`unmask.signals.model`, when its weights are present
and ``model=True``), and the reply-level signals (:mod:`unmask.signals.reply`)
for tables. Every stage is a pure function of its input; the same input gives
the same numbers.
"""

from __future__ import annotations

import contextlib
import itertools
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from unmask.arrownp import array_of, numpy_of, scalar
from unmask.errors import InputError, ModelError
from unmask.gcpause import cycles_paused
from unmask.sessions import DEFAULT_SESSION_GAP_MINUTES
from unmask.signals import context as task_context
from unmask.signals import (
    control_gate,
    couple_model,
    early,
    false_comfort,
    model_zh,
    safety_care,
    safety_model,
    safety_struct,
    we_task,
)
from unmask.signals import model as model_layer
from unmask.signals.compiled_cache import regex
from unmask.signals.distinct import distinct as distinct_texts
from unmask.signals.langdetect import (
    LANG_EN,
    LANG_OTHER,
    LANG_ZH,
    chinese,
    detect_many,
    script_counts,
)
from unmask.signals.lexicon import COMMON
from unmask.signals.parallel import MIN_PARALLEL, Claims, Forked, Standby, workers
from unmask.signals.registry import versions
from unmask.signals.types import (
    MESSAGE_SIGNALS,
    PRESENT,
    REPLY_SIGNALS,
    Evidence,
    ScoreResult,
    TextScore,
)

if TYPE_CHECKING:
    from unmask.signals.features import HashedFeatures

#: rows of the score matrix (``unmask.signals.engine.N_SIGNALS``): the engine and its matcher
#: are imported where a batch is scored (:func:`_score_one_batch`), not with this module: a
#: parent whose forked child scores every piece never loads them (~10 ms of imports)
N_SIGNALS = len(MESSAGE_SIGNALS)

BATCH_SIZE = 20_000
#: with a forked child, the distinct texts are shared out in pieces of at least CLAIM_MIN
#: texts (each piece costs a few milliseconds of set-up), at most CLAIMS_MAX pieces, none
#: larger than a batch: small enough that neither process waits long for the other's last
CLAIM_MIN = 4_000
CLAIMS_MAX = 16
#: what is claimed is a unit of a piece (a quarter): a process takes a whole piece while
#: much is left, and fewer units as the end nears (a quarter of what is left, at least one),
#: so that the two processes finish within about a unit of each other, not a piece
#: (h-speed60: at 100k messages a piece is ~0.2 s of CPU, and the one that finished first
#: waited up to that long for the other's last piece)
CLAIM_UNITS = 4
#: the parent loads the lexicons before its first piece (~0.1 s, about two units' time at
#: 100k messages): it only starts taking units while at least this many are left (so that
#: the two finish sooner than the child alone would), else the child scores them
PARENT_MIN_LEFT = 4
#: with ``evidence_later``, the child stays to answer the first lexicon lookup only up to
#: this many distinct texts: there the parent's lexicon load is a tenth of the run; beyond,
#: it is a few percent, and the waiting child's memory (its lexicons) would add to the
#: parent's peak (about 0.3 GB more at 1M messages)
SERVE_MAX_TEXTS = 100_000
#: the lexicons' reading of the depth signals, before the models (a row of bits per text,
#: :data:`unmask.signals.context.LEXICON_READ`): which depth a message has from a lexicon
#: entry, and so which is the models' alone; the context pass reads it (a short answer to
#: task talk whose only depth is the model's). Worked out where the text is scored (the
#: forked child hands it back in its matrix's last row): the parent never loads a lexicon
_READ_COLS = np.array([MESSAGE_SIGNALS.index(s) for s in task_context.LEXICON_READ])
_READ_BITS = np.array([float(1 << k) for k in range(len(task_context.LEXICON_READ))])
#: the shared matrix's rows: the signals, then the languages, then the lexicons' reading,
#: then the safety model's summed probability of the control kinds (NaN: not read), then
#: the weak readers' (h-safety53: English by its frozen weak reader, Chinese the same sum)
_LANG_ROW = N_SIGNALS
_READ_ROW = N_SIGNALS + 1
_CONTROL_ROW = N_SIGNALS + 2
_WEAK_ROW = N_SIGNALS + 3
Progress = Callable[[int], None]
_LANG_OVERRIDES = frozenset({"en", "zh", "other"})


def _model_module() -> ModuleType | None:
    """The model layer when its weights are present (else the lexicon scores stand)."""
    return model_layer if model_layer.available() else None


def _routes(
    langs: Sequence[str], han: np.ndarray, latin: np.ndarray
) -> list[tuple[str, np.ndarray]]:
    """Which lexicon runs over which rows: English lexicon on English messages and on
    Chinese ones with English words in them, Chinese lexicon on any message with
    Han characters, language-independent entries (emoji) on everything."""
    lang_arr = np.asarray(langs, dtype=object)
    en_rows = np.flatnonzero((lang_arr == LANG_EN) | ((lang_arr == LANG_ZH) & (latin >= 3)))
    zh_rows = np.flatnonzero((lang_arr == LANG_ZH) | ((lang_arr == LANG_EN) & (han >= 1)))
    return [("en", en_rows), ("zh", zh_rows), (COMMON, np.arange(len(langs)))]


def _apply_model(
    module: ModuleType,
    texts: Sequence[str],
    langs: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    safety: bool = False,
    en_feats: list[tuple[int, HashedFeatures, np.ndarray]] | None = None,
) -> np.ndarray | None:
    """Replace the four model signals' scores by the model's probabilities (English),
    except where the module's ``LEXICON_FLOOR`` lets a strong lexicon hit stand beside
    the model (the higher of the two), and where its ``SURFACE_GUARD`` names a surface
    signal: a message that signal reads (logistics: a booking, a time, a place) and in
    which the lexicon finds none of the model's signal keeps the model's score below 0.5,
    unless the module's ``spares_surface`` leaves it to the model (the writer's own feeling
    in a text that asks for nothing: ``model.spares_surface``).

    With ``safety``, the safety model layer reads the same hashed features
    (:func:`unmask.signals.safety_model.predict_en_hashed`): its class probabilities of
    the English rows are returned (None without ``safety`` or English rows); ``en_feats``
    (a list) is given each batch's ``(start, features, values)`` for the couple model layer.
    The English weak reader is not read here (:func:`_batch_weak`).

    ``evidence`` is empty when the caller asked for scores only."""
    rows = [i for i, lang in enumerate(langs) if lang == LANG_EN]
    if not rows:
        return None
    en_texts = [texts[i] for i in rows]
    if safety:
        safety_probs = np.empty((len(rows), len(safety_model.CLASSES)), dtype=np.float64)

        def keep(start: int, feats: HashedFeatures, values: np.ndarray) -> None:
            part = safety_model.predict_en_hashed(feats, values)
            safety_probs[start : start + feats.n_rows] = part
            if en_feats is not None:
                en_feats.append((start, feats, values))

        probs = module.predict(en_texts, on_features=keep)
    else:
        probs = module.predict(en_texts)
    source = f"model:{module.MODEL_VERSION}"
    floors: Mapping[str, float] = getattr(module, "LEXICON_FLOOR", {})
    guards: Mapping[str, str] = getattr(module, "SURFACE_GUARD", {})
    for name in module.MODEL_SIGNALS:
        if name not in MESSAGE_SIGNALS or name not in probs:
            continue
        col = MESSAGE_SIGNALS.index(name)
        p = np.clip(np.asarray(probs[name], dtype=np.float64), 0.0, 1.0)
        if name in guards:  # surface talk in which the lexicon finds no such signal
            surface = scores[rows, MESSAGE_SIGNALS.index(guards[name])] >= PRESENT
            spares = getattr(module, "spares_surface", None)
            if spares is not None and surface.any():
                surface &= ~spares(en_texts, surface & (p >= PRESENT))
            p = np.where(
                surface & (scores[rows, col] < PRESENT), np.minimum(p, module.ADDRESSED_CAP), p
            )
        if name in floors:
            lexicon = scores[rows, col]
            scores[rows, col] = np.where(lexicon >= floors[name], np.maximum(lexicon, p), p)
        else:
            scores[rows, col] = p
        if not evidence:
            continue
        for i, value in zip(rows, p.tolist(), strict=True):
            if value >= PRESENT:
                ev = Evidence(name, texts[i], 0, len(texts[i]), source, round(value, 4))
                evidence[i].setdefault(name, []).append(ev)
    return safety_probs if safety else None


def _apply_safety(
    texts: Sequence[str],
    langs: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    en_probs: np.ndarray | None,
    zh_hashed: Sequence[model_zh.Hashed] | None = None,
) -> dict[str, np.ndarray]:
    """The safety model layer (:mod:`unmask.signals.safety_model`) on the English and the
    Chinese rows; ``en_probs``: the English rows' probabilities when the English model
    layer has read them from its own hashed features (else they are hashed here);
    ``zh_hashed``: the Chinese rows' hashes where the Chinese model layer had them
    (:func:`_zh_hashes`). Returns each language's class probabilities of its rows."""
    out: dict[str, np.ndarray] = {}
    for lang, code in (("en", LANG_EN), ("zh", LANG_ZH)):
        rows = [i for i, x in enumerate(langs) if x == code]
        if not rows:
            continue
        probs = en_probs if lang == "en" and en_probs is not None else None
        if probs is None:
            hashed = zh_hashed if lang == "zh" else None
            probs = safety_model.predict([texts[i] for i in rows], lang, hashed)
        safety_model.apply(texts, rows, probs, lang, scores, evidence)
        out[lang] = probs
    return out


def _apply_couple(
    texts: Sequence[str],
    langs: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    safety_probs: dict[str, np.ndarray],
    en_feats: list[tuple[int, HashedFeatures, np.ndarray]] | None,
    zh_hashed: Sequence[model_zh.Hashed] | None,
    cue: np.ndarray | None = None,
) -> None:
    """The couple model layer (:mod:`unmask.signals.couple_model`) on the English and the
    Chinese rows, gated by the safety model's probabilities of them and reading the hashes
    the model layers had (else it hashes the messages past its gate). ``cue``: per row of
    the batch, whether the lexicons read a feeling (:data:`couple_model.CUE_SIGNALS`)
    before the model layers (:func:`couple_model.lexicon_cue`)."""
    for lang, code in (("en", LANG_EN), ("zh", LANG_ZH)):
        rows = [i for i, x in enumerate(langs) if x == code]
        if not rows or lang not in safety_probs:
            continue
        hashed: Sequence[Any] | None = en_feats if lang == "en" else zh_hashed
        p_any = 1.0 - safety_probs[lang][:, 0]
        row_cue = None if cue is None else cue[rows]
        couple_model.apply(texts, rows, lang, scores, evidence, p_any, hashed or None, row_cue)


def control_probability(probs: np.ndarray) -> np.ndarray:
    """The safety model's control sum (:func:`unmask.signals.safety_model.control_sum`) of
    each row of its class probabilities, kept where the text is scored so that the
    weak-control rule (:func:`unmask.dyad.safety.weak_control_of`) need not read the model
    again."""
    return safety_model.control_sum(probs)


def _batch_weak(langs: Sequence[str], batch_control: np.ndarray) -> np.ndarray:
    """The weak readers' control sum of a batch (:data:`_WEAK_ROW`): ``batch_control`` where
    a language has no weak reader of its own (Chinese); NaN on the rows of a language that has
    one (English, :data:`unmask.signals.safety_model.WEAK_FILES`) and where the safety model
    did not read a row.

    The English weak reader is read by the weak-control rule itself, on the few messages it
    reads (:func:`unmask.dyad.safety.weak_control_of`: NaN there means "read it"), not here
    for every English text (h-speed64: that second product over the English features, ~50 ms
    of the scoring child's CPU at 100k, was read by nothing in a chat with no counted control
    day; the rule's own reading gives the same bits)."""
    p = batch_control.copy()
    own = [i for i, x in enumerate(langs) if x in safety_model.WEAK_FILES]  # "en" is LANG_EN
    p[own] = np.nan
    return p


def _batch_control(langs: Sequence[str], safety_probs: dict[str, np.ndarray]) -> np.ndarray:
    """:func:`control_probability` of a batch's English and Chinese rows (NaN where the safety
    model did not read a row), computed once for the weak-control rule's column and the
    control gate's level (:func:`unmask.signals.control_gate.likely_control`)."""
    p = np.full(len(langs), np.nan)
    for lang, code in (("en", LANG_EN), ("zh", LANG_ZH)):
        if lang in safety_probs:
            rows = [i for i, x in enumerate(langs) if x == code]
            p[rows] = control_probability(safety_probs[lang])
    return p


def _zh_hashes(texts: list[str]) -> list[model_zh.Hashed] | None:
    """The Chinese rows' texts hashed once for both the Chinese model layer and the safety
    model layer (:func:`unmask.signals.model_zh.hash_batches`, into the larger bucket count:
    each layer reads the low bits); None where their batches differ."""
    if not texts or safety_model.BATCH != model_zh.BATCH:
        return None
    n_buckets = max(model_zh.bucket_count(), safety_model.bucket_count("zh"))
    return model_zh.hash_batches(texts, n_buckets)


def _score_one_batch(
    batch: list[str],
    lo: int,
    langs: Sequence[str] | None,
    module: ModuleType | None,
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    all_langs: list[str],
    with_evidence: bool,
    zh_model: bool = False,
    safety: bool = False,
    read: np.ndarray | None = None,
    crisis: bool = True,
    couple: bool = False,
    control: np.ndarray | None = None,
    weak: np.ndarray | None = None,
) -> None:
    """Score one batch into ``scores[:, lo:]``, ``evidence`` and ``all_langs`` (and the
    lexicons' reading of the depth signals into ``read[lo:]``, :data:`_READ_COLS`; with
    the safety model layer, :func:`control_probability` into ``control[lo:]`` and the weak
    readers' sum into ``weak[lo:]``, :func:`_batch_weak`).
    ``crisis=False``: the crisis statements are left to the caller (:func:`_crisis_on`)."""
    from unmask.signals.engine import score_batch

    counts = script_counts(batch)
    batch_langs = (
        list(langs[lo : lo + len(batch)]) if langs is not None else detect_many(batch, counts)
    )
    b_scores, b_evidence = score_batch(
        batch, _routes(batch_langs, counts.han, counts.latin), with_evidence=with_evidence
    )
    if read is not None:  # before the model layers replace the lexicons' scores
        read[lo : lo + len(batch)] = (b_scores[:, _READ_COLS] >= PRESENT) @ _READ_BITS
    # the lexicons' feeling cue, before the model layers replace their scores (couple layer)
    cue = couple_model.lexicon_cue(b_scores) if couple else None
    en_safety = None
    en_feats: list[tuple[int, HashedFeatures, np.ndarray]] | None = [] if couple else None
    if module is not None:
        en_safety = _apply_model(module, batch, batch_langs, b_scores, b_evidence, safety, en_feats)
    zh_hashed = None
    if zh_model:  # Chinese model layer (unmask.signals.model_zh): disclosure.emotional
        zh_rows = [i for i, lang in enumerate(batch_langs) if lang == LANG_ZH]
        # with the safety layer on, its Chinese rows are these: hashed once for both
        zh_hashed = _zh_hashes([batch[i] for i in zh_rows]) if safety else None
        model_zh.apply(batch, zh_rows, b_scores, b_evidence, zh_hashed)
    safety_probs: dict[str, np.ndarray] = {}
    if safety:  # safety model layer (unmask.signals.safety_model), both languages
        safety_probs = _apply_safety(batch, batch_langs, b_scores, b_evidence, en_safety, zh_hashed)
    batch_control = _batch_control(batch_langs, safety_probs)  # all NaN without the layer
    if safety and control is not None:
        control[lo : lo + len(batch)] = batch_control
    if safety and weak is not None:
        weak[lo : lo + len(batch)] = _batch_weak(batch_langs, batch_control)
    # control read by its grammatical parts (unmask.signals.safety_struct), lexicon data
    safety_struct.apply(batch, batch_langs, b_scores, b_evidence)
    # a one-time safety check-in asked in care is not monitoring (lexicons and model alike),
    # nor a care offer a threat (h-care3)
    safety_care.apply(batch, batch_langs, b_scores, b_evidence)
    if couple:  # couple model layer (unmask.signals.couple_model): depth kinds added
        _apply_couple(
            batch, batch_langs, b_scores, b_evidence, safety_probs, en_feats, zh_hashed, cue
        )
    # a plural only as the subject of a chore, a bill or a schedule is not we_talk (h-wetalk)
    we_task.apply(batch, batch_langs, b_scores, b_evidence)
    # comfort words beside control, mockery or a brush-off are no comfort (h-falsecomfort)
    false_comfort.apply(batch, batch_langs, b_scores, b_evidence)
    # a controlling line keeps its safety reading, never depth credit (h-ctrldepth); nor
    # one the safety model reads as control past its level (h-ctrldepth2)
    likely = control_gate.likely_control(batch_control, batch_langs)
    control_gate.apply(b_scores, b_evidence, likely)
    if crisis:
        _apply_crisis(batch, b_scores, b_evidence, likely=likely)
    scores[:, lo : lo + len(batch)] = b_scores.T
    evidence.extend(b_evidence)
    all_langs.extend(batch_langs)


#: ``disclosure.vulnerable`` of a statement of not wanting to live (:func:`_apply_crisis`)
CRISIS_VULNERABLE = 0.9
#: ... and its ceiling where the statement is conditional on the other leaving
CRISIS_THREAT_CAP = 0.0
#: a crisis statement made conditional on the other leaving ("if you leave me I don't want
#: to be alive anymore", "leave and I'll end it all", 你要是离开我，我就不想活了): a threat
#: tied to leaving, never the writer's disclosure (:func:`_apply_crisis`)
_IF_LEAVING = regex(
    r"\b(?:if|when|once) (?:you|u) (?:ever |really |actually )?(?:leave|go|break up|dump|walk"
    r" out|walk away|move out|end (?:this|us|it))\b|\b(?:leave|dump|go|walk out)(?: on)?"
    r" (?:me )?and (?:i|i'll|i will|i swear)\b"
    r"|(?:你要是|你如果|如果你|要是你|你敢|你再|只要你|你真)[^，,。！!？?]{0,4}?"
    r"(?:离开|分手|走|不要我|甩了我|抛弃我|离婚)"
)


def _apply_crisis(
    texts: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    counted: np.ndarray | None = None,
    likely: np.ndarray | None = None,
) -> None:
    """A statement of not wanting to live, as the crisis notice counts it
    (:func:`unmask.dyad.crisis.statements`: the writer's own, not negated, quoted, about a
    film or the news, romantic or laughing), is the writer's vulnerable disclosure ("I
    don't want to be alive anymore", 不如死了算了): ``disclosure.vulnerable`` at least
    :data:`CRISIS_VULNERABLE`, unless the message reads as control (a suicide threat tied
    to leaving is ``safety.threat``, never depth) or the control gate withholds its depth
    by the safety model's probability (``likely``, per message:
    :func:`unmask.signals.control_gate.likely_control`; the writer's fear keeps it, as the
    gate's; h-gate); where the statement is conditional on
    the other leaving (:data:`_IF_LEAVING`) it is a threat, and no lexicon's
    ``disclosure.vulnerable`` stands either. ``scores``: messages x signals; ``counted``:
    :func:`unmask.dyad.crisis.statements` of ``texts`` where the caller has it."""
    from unmask.dyad import crisis

    if counted is None:
        counted = crisis.statements(texts)
    if not counted.any():
        return
    # a crisis statement said as control ("I'll kill myself if you leave", 你走了我就去死) is
    # a threat, not the writer's disclosure
    control = control_gate.read_as_control(scores)
    if likely is not None:  # the gate's second way in, its writer's fear exempt
        control |= control_gate.gated(scores, likely)
    col = MESSAGE_SIGNALS.index("disclosure.vulnerable")
    for i in np.flatnonzero(counted).tolist():
        if _IF_LEAVING.search(texts[i].lower()):  # a threat: whatever a lexicon read
            control[i] = True
            scores[i, col] = min(scores[i, col], CRISIS_THREAT_CAP)
            if evidence:
                evidence[i].pop("disclosure.vulnerable", None)
    source = "crisis:" + "/".join(f"{lang}-{v}" for lang, v in crisis.versions().items())
    for i in np.flatnonzero(counted & ~control).tolist():
        if scores[i, col] >= CRISIS_VULNERABLE:
            continue
        scores[i, col] = CRISIS_VULNERABLE
        if evidence:
            ev = Evidence(
                "disclosure.vulnerable", texts[i], 0, len(texts[i]), source, CRISIS_VULNERABLE
            )
            evidence[i].setdefault("disclosure.vulnerable", []).append(ev)


def _crisis_on(out: np.ndarray, distinct: Sequence[str], counted: np.ndarray) -> None:
    """:func:`_apply_crisis` of the distinct texts on the shared matrix ``out`` (signals x
    texts), scored without it (``crisis=False``): the texts ``counted`` are read as the
    batches would have read them, from the same scores (the crisis rule is the last a batch
    applies), so the same numbers. The parent works the statements out beside the child,
    which then has less to do (it is the longer of the two)."""
    at = np.flatnonzero(counted)
    if len(at) == 0:
        return
    scores = out[:N_SIGNALS, at].T.copy()  # messages x signals, as a batch holds them
    langs = np.asarray(_LANGS, dtype=object)[out[_LANG_ROW, at].astype(np.int64)].tolist()
    likely = control_gate.likely_control(out[_CONTROL_ROW, at], langs)
    _apply_crisis([distinct[i] for i in at.tolist()], scores, [], counted[at], likely)
    out[:N_SIGNALS, at] = scores.T


def _crisis_marks(
    distinct: Sequence[str], held: pa.Array | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``crisis.marks`` of the ``distinct`` texts; ``held``: the same texts as Arrow holds
    them (:func:`_distinct_text_array`), read as they are (not encoded again)."""
    from unmask.dyad import crisis

    return crisis.marks(distinct) if held is None else crisis.marks_of_array(held)


def _marks_by_row(marks: Sequence[np.ndarray], index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct texts' crisis ``marks`` (said, laughing) of every row
    (:func:`_rows_of_distinct` ``index``; False past the texts)."""

    def by_row(values: np.ndarray) -> np.ndarray:
        padded = np.zeros(len(values) + 1, dtype=bool)
        padded[: len(values)] = values
        return padded.take(index)

    said, laughing = marks
    return by_row(said), by_row(laughing)


def _expand(values: np.ndarray, inverse: np.ndarray | None) -> np.ndarray:
    """Values of distinct texts (last axis) spread back to all messages (:func:`distinct_texts`)."""
    return values if inverse is None else np.take(values, inverse, axis=-1)


def _score_message_level(
    texts: Sequence[str],
    langs: Sequence[str] | None,
    model: bool,
    progress: Progress | None,
    with_evidence: bool = True,
    out: np.ndarray | None = None,
    known: tuple[list[str], np.ndarray | None] | None = None,
    read: np.ndarray | None = None,
    control: np.ndarray | None = None,
    weak: np.ndarray | None = None,
) -> tuple[list[str], np.ndarray, list[dict[str, list[Evidence]]], dict[str, str]]:
    """Languages, scores (signals x messages), evidence and versions of ``texts``.

    ``out``, when given, is the (signals x messages) array the scores are written to;
    ``read``, when given, gets the lexicons' reading of each message's depth
    (:data:`_READ_COLS`); ``control`` the safety model's :func:`control_probability`
    (NaN where it did not read the message), ``weak`` the weak readers' (:func:`_batch_weak`).
    A text that occurs more than once is scored once (:func:`distinct_texts`; ``known``: its
    result for ``texts``, when the caller has it already); with ``langs`` given (one text's
    language set by the caller) every text is scored as it comes.
    """
    if langs is not None:
        distinct, inverse = list(texts), None
    else:
        distinct, inverse = known if known is not None else distinct_texts(texts)
    if inverse is None:
        return _score_distinct(
            texts,
            langs,
            model,
            progress,
            with_evidence,
            out,
            read=read,
            control=control,
            weak=weak,
        )
    weights = np.bincount(inverse, minlength=len(distinct))
    d_read = None if read is None else np.zeros(len(distinct), dtype=np.float64)
    d_control = None if control is None else np.full(len(distinct), np.nan)
    d_weak = None if weak is None else np.full(len(distinct), np.nan)
    d_langs, d_scores, d_evidence, vers = _score_distinct(
        distinct,
        None,
        model,
        progress,
        with_evidence,
        None,
        weights,
        d_read,
        control=d_control,
        weak=d_weak,
    )
    if read is not None and d_read is not None:
        np.take(d_read, inverse, out=read)
    if control is not None and d_control is not None:
        np.take(d_control, inverse, out=control)
    if weak is not None and d_weak is not None:
        np.take(d_weak, inverse, out=weak)
    if out is None:
        scores = _expand(d_scores, inverse)
    else:
        scores = out
        np.take(d_scores, inverse, axis=1, out=out)
    all_langs: list[str] = np.asarray(d_langs, dtype=object)[inverse].tolist()
    # containers of its own per message (the reply layer adds its evidence to the dict);
    # the Evidence items themselves are immutable and shared
    evidence = (
        [{name: list(items) for name, items in d_evidence[i].items()} for i in inverse.tolist()]
        if d_evidence
        else []
    )
    return all_langs, scores, evidence, vers


def _score_distinct(
    texts: Sequence[str],
    langs: Sequence[str] | None,
    model: bool,
    progress: Progress | None,
    with_evidence: bool = True,
    out: np.ndarray | None = None,
    weights: np.ndarray | None = None,
    read: np.ndarray | None = None,
    crisis: bool = True,
    control: np.ndarray | None = None,
    weak: np.ndarray | None = None,
) -> tuple[list[str], np.ndarray, list[dict[str, list[Evidence]]], dict[str, str]]:
    """:func:`_score_message_level` of texts scored as they come, batch by batch;
    ``weights``: how many messages each text stands for (what ``progress`` is told);
    ``crisis=False``: without the crisis statements (:func:`_score_one_batch`);
    ``control``, ``weak``: as :func:`_score_message_level`'s (left as they are without the
    safety model layer)."""
    n = len(texts)
    module = _model_module() if model else None
    zh_model = model and model_zh.available()
    safety = model and safety_model.available()
    couple = safety and couple_model.ENABLED and couple_model.available()
    all_langs: list[str] = []
    # one row per signal: each signal's column is then a contiguous view, no copy
    scores = np.zeros((N_SIGNALS, n), dtype=np.float64) if out is None else out
    evidence: list[dict[str, list[Evidence]]] = []
    # millions of small dicts, lists and Evidence items, no cycles: each full collection
    # walked them all again (about a quarter of the scoring time at 1M)
    with cycles_paused():
        for lo in range(0, n, BATCH_SIZE):
            _score_one_batch(
                list(texts[lo : lo + BATCH_SIZE]),
                lo,
                langs,
                module,
                scores,
                evidence,
                all_langs,
                with_evidence,
                zh_model,
                safety,
                read,
                crisis,
                couple,
                control,
                weak,
            )
            if progress is not None:
                done = min(BATCH_SIZE, n - lo)
                progress(done if weights is None else int(weights[lo : lo + done].sum()))
    return all_langs, scores, evidence, _versions(module, zh_model, safety, couple)


def _versions(
    module: ModuleType | None, zh_model: bool = False, safety: bool = False, couple: bool = False
) -> dict[str, str]:
    vers = versions()
    if module is not None:
        for name in module.MODEL_SIGNALS:
            if name in vers:
                vers[name] = f"{vers[name]}+model:{module.MODEL_VERSION}"
    if zh_model:
        for name in model_zh.MODEL_SIGNALS:
            vers[name] = f"{vers[name]}+model:{model_zh.MODEL_VERSION}"
    if safety:
        for name in safety_model.MODEL_SIGNALS:
            vers[name] = f"{vers[name]}+model:{safety_model.MODEL_VERSION}"
    if couple:
        for name in couple_model.MODEL_SIGNALS:
            vers[name] = f"{vers[name]}+model:{couple_model.MODEL_VERSION}"
    return vers


def _declared_versions(model: bool) -> dict[str, str]:
    """:func:`_versions` as the model files' headers declare the model layers
    (``model.declared``), their weights left unread: for a parent whose forked child did all
    the scoring (the child loads the weights, and fails where they do not load although their
    header reads well: :func:`_check_declared`, so that the parent then scores and names the
    layers itself)."""
    module = model_layer if model and model_layer.declared() else None
    safety = model and safety_model.declared()
    couple = safety and couple_model.ENABLED and couple_model.declared()
    return _versions(module, model and model_zh.declared(), safety, couple)


def _check_declared(model: bool) -> None:
    """In a scoring child, before it scores: the model layers it loads are the ones
    :func:`_declared_versions` names in the parent (a layer whose weights do not load while
    its header reads well is a :class:`ModelError`: the child fails and the parent scores)."""
    if not model:
        return
    for layer in (model_layer, model_zh, safety_model, couple_model):
        if not layer.available() and layer.declared():
            raise ModelError(f"the weights of {layer.MODEL_VERSION} do not load")


class _Pending(Mapping[str, np.ndarray]):
    """Message-level columns still being computed elsewhere; the first read waits."""

    def __init__(
        self, resolve: Callable[[], dict[str, np.ndarray]], names: Sequence[str] = MESSAGE_SIGNALS
    ) -> None:
        self._resolve = resolve
        self._names = frozenset(names)
        self._columns: dict[str, np.ndarray] | None = None

    def __contains__(self, key: object) -> bool:  # known without waiting for the values
        return key in self._names

    def columns(self) -> dict[str, np.ndarray]:
        if self._columns is None:
            self._columns = self._resolve()
        return self._columns

    def __getitem__(self, key: str) -> np.ndarray:
        return self.columns()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.columns())

    def __len__(self) -> int:
        return len(self.columns())


def _spread(n: int, text_rows: np.ndarray, sub_scores: np.ndarray) -> dict[str, np.ndarray]:
    """Message-level columns over all ``n`` rows: the text rows' scores, NaN elsewhere."""
    columns: dict[str, np.ndarray] = {}
    for c, name in enumerate(MESSAGE_SIGNALS):
        col = np.full(n, np.nan)
        col[text_rows] = sub_scores[c]
        columns[name] = col
    return columns


def _chinese_of(texts: Sequence[str]) -> np.ndarray:
    """:func:`chinese` of each of ``texts``, from the script counts of the texts beyond ASCII
    alone: a Han character is not ASCII, so an ASCII text is never Chinese (``str.isascii``
    reads a flag each string keeps). About half the export's distinct texts are ASCII; the
    parent counts the rest only (the child counts them all for :func:`detect_many`)."""
    wide = np.flatnonzero(np.fromiter((not t.isascii() for t in texts), bool, len(texts)))
    out = np.zeros(len(texts), dtype=bool)
    if len(wide):
        out[wide] = chinese(script_counts([texts[i] for i in wide.tolist()]))
    return out


def _rows_of_distinct(
    n: int, text_rows: np.ndarray, inverse: np.ndarray | None, d: int
) -> np.ndarray:
    """Which of the ``d`` distinct texts (:func:`distinct_texts`) each of the ``n`` rows
    shows; ``d`` itself (one past the last) for the rows that are not text messages."""
    index = np.full(n, d, dtype=np.int64)
    index[text_rows] = np.arange(len(text_rows)) if inverse is None else inverse
    return index


def _spread_distinct(values: np.ndarray, index: np.ndarray) -> dict[str, np.ndarray]:
    """:func:`_spread` of the distinct texts' scores ``values`` (signals x texts), one
    gather per signal: ``index`` is :func:`_rows_of_distinct`, its one-past-the-end reads
    NaN. Each column is an array of its own, not a row of one signals x rows matrix: numpy
    asks the kernel for huge pages for any array of 4 MB or more, and where the kernel
    compacts memory to find them (``defrag=madvise``, the usual setting) the first touch
    of an 18 MB matrix stalled this process for 0.1-0.3 s, right after the child's result
    (100k messages: 23 columns of 0.8 MB instead)."""
    d = values.shape[1]
    padded = np.empty(d + 1, dtype=np.float64)  # one signal's scores, then NaN
    padded[d] = np.nan
    out: dict[str, np.ndarray] = {}
    for c, name in enumerate(MESSAGE_SIGNALS):
        padded[:d] = values[c]
        out[name] = padded.take(index)
    return out


def _piece_size(n: int) -> int:
    """How many distinct texts one piece holds (:data:`CLAIM_MIN`): the most a process
    scores at once."""
    return min(BATCH_SIZE, max(CLAIM_MIN, -(-n // CLAIMS_MAX)))


def _unit_size(n: int) -> int:
    """How many distinct texts one claimed unit holds (a piece's :data:`CLAIM_UNITS`-th)."""
    return -(-_piece_size(n) // CLAIM_UNITS)


def _units(n: int) -> int:
    """How many claimed units ``n`` distinct texts make (:class:`Claims`' count)."""
    return -(-n // _unit_size(n))


def _units_per_piece(n: int) -> int:
    return -(-_piece_size(n) // _unit_size(n))


def _take_run(claims: Claims, front: bool, per_piece: int) -> list[int]:
    """The units one process scores at once: a piece's worth (``per_piece`` units) while
    much is left, a quarter of what is left near the end (at least one unit): the two
    processes take from either end, so each one's units follow one another."""
    first = claims.take(front)
    if first is None:
        return []
    run = [first]
    want = min(per_piece, max(1, -(-(claims.left() + 1) // 4)))
    while len(run) < want and (unit := claims.take(front)) is not None:
        run.append(unit)
    return run


def _spans(units: list[int], unit: int, n: int) -> list[tuple[int, int]]:
    """The texts ``[lo, hi)`` of ``units`` (claimed units of ``unit`` texts), one span per
    run of consecutive units, in the order taken."""
    spans: list[tuple[int, int]] = []
    for u in units:
        lo, hi = u * unit, min((u + 1) * unit, n)
        if spans and spans[-1][1] == lo:
            spans[-1] = (spans[-1][0], hi)
        elif spans and spans[-1][0] == hi:
            spans[-1] = (lo, spans[-1][1])
        else:
            spans.append((lo, hi))
    return spans


def _score_pieces(
    out: np.ndarray, claims: Claims, front: bool, distinct: Sequence[str], model: bool
) -> int:
    """Score the units of ``distinct`` taken from ``claims`` (the child from the front,
    the parent from the back; :func:`_take_run`) into ``out``, their languages in row
    :data:`_LANG_ROW`, the lexicons' reading of their depth in row :data:`_READ_ROW` and the
    safety model's :func:`control_probability` in row :data:`_CONTROL_ROW` (the weak readers'
    in :data:`_WEAK_ROW`); how many units."""
    n = len(distinct)
    unit, per_piece = _unit_size(n), _units_per_piece(n)
    taken = 0
    while units := _take_run(claims, front, per_piece):
        taken += len(units)
        for lo, hi in _spans(units, unit, n):
            _score_span(out, distinct, model, lo, hi)
    return taken


def _score_span(out: np.ndarray, distinct: Sequence[str], model: bool, lo: int, hi: int) -> None:
    """Score ``distinct[lo:hi]`` into ``out``'s columns ``lo:hi`` (:func:`_score_pieces`)."""
    found, *_ = _score_distinct(
        list(distinct[lo:hi]),
        None,
        model,
        None,
        False,
        out[:N_SIGNALS, lo:hi],
        read=out[_READ_ROW, lo:hi],
        crisis=False,  # the parent applies them to the whole matrix (_crisis_on)
        control=out[_CONTROL_ROW, lo:hi],
        weak=out[_WEAK_ROW, lo:hi],
    )
    out[_LANG_ROW, lo:hi] = _lang_codes(found)


def _run_standby(out: np.ndarray, claims: Claims, job: tuple[list[str], bool]) -> None:
    """A :class:`Standby` child's job: the pieces from the front."""
    distinct, model = job
    _check_declared(model)
    _score_pieces(out, claims, True, distinct, model)


#: what a standby child scores to load what scoring uses (the lexicons of both languages
#: and the model layers): the numbers of a text do not depend on what was scored before
_WARM_TEXTS = ("thanks, I feel better now", "谢谢你，我现在感觉好多了")


def _prepare_standby(model: bool) -> None:
    _score_distinct(list(_WARM_TEXTS), None, model, None, False)


def standby(model: bool = True) -> Standby | None:
    """A scoring child forked now, before the table is read, that loads the lexicons (and
    the model, with ``model``) while this process reads it; for :func:`score_table`'s
    ``standby``. None where the scorer would not fork (:func:`workers`). Its owner closes
    it (:meth:`Standby.close`) once scored: a no-op where ``score_table`` adopted it."""
    return early.fork(model)


def _lexicon_scores(texts: list[str]) -> ScoreResult:
    """What a scoring child answers :class:`_Lookup` with."""
    return score_texts(texts, model=False)


class _Lookup:
    """:data:`ScoreResult.lexicon_lookup` with a forked child: the child, which has the
    lexicons loaded, answers the first call; later calls (or when it cannot answer) are
    worked out here. The child is let go after that call, or when this is dropped."""

    def __init__(self, forked: Forked) -> None:
        self._forked = forked
        #: the texts handed to the child ahead of the call (:meth:`prefetch`)
        self._sent: list[str] | None = None
        weakref.finalize(self, forked.close)

    def prefetch(self, texts: list[str]) -> None:
        """Hand ``texts`` to the child now, so that it looks them up while this process goes
        on; a first call with the same texts reads its answer (with other texts, or a second
        prefetch: the answer is dropped and the call works them out here)."""
        if self._sent is None and self._forked.send(list(texts)):
            self._sent = list(texts)

    def __call__(self, texts: list[str]) -> ScoreResult:
        if self._sent is not None:
            found = self._forked.answer()
            if self._sent != list(texts):
                found = None
        else:
            found = self._forked.ask(list(texts))
        return found if isinstance(found, ScoreResult) else _lexicon_scores(list(texts))


#: what the reply layer is told about a text message that is not Chinese while its language
#: ("en" or "other") is still being detected (:func:`score_table` with a forked child)
_NOT_ZH = LANG_EN
_LANGS: tuple[str, ...] = (LANG_EN, LANG_ZH, LANG_OTHER)
_CODE = {lang: float(i) for i, lang in enumerate(_LANGS)}


def _lang_codes(langs: Sequence[str]) -> np.ndarray:
    """Languages as floats (a row of the shared matrix)."""
    return np.fromiter(map(_CODE.__getitem__, langs), dtype=np.float64, count=len(langs))


def _read_by_row(read: np.ndarray, index: np.ndarray) -> np.ndarray:
    """The lexicons' reading (:data:`_READ_COLS`) of every row from the distinct texts'
    (``read``, a row of the shared matrix) in one gather by :func:`_rows_of_distinct`
    ``index``: 0 past the texts, as the text rows' spread into zeros gives it."""
    padded = np.zeros(len(read) + 1, dtype=np.int64)
    padded[: len(read)] = read
    return padded.take(index)


def _control_by_row(control: np.ndarray, index: np.ndarray) -> np.ndarray:
    """The safety model's :func:`control_probability` of every row from the distinct
    texts' (a row of the shared matrix), by :func:`_rows_of_distinct` ``index``: NaN past
    the texts."""
    padded = np.empty(len(control) + 1, dtype=np.float64)
    padded[: len(control)] = control
    padded[len(control)] = np.nan
    return padded.take(index)


def _likely_by_row(out: np.ndarray, index: np.ndarray) -> np.ndarray:
    """The control gate's probability level (:func:`control_gate.likely_control`) of every
    row, from the distinct texts' control probability and language rows of the shared
    matrix ``out``, by :func:`_rows_of_distinct` ``index`` (False past the texts): only
    the texts near a level have their language named."""
    p = out[_CONTROL_ROW]
    lowest = min(control_gate.LEVELS.values(), default=np.inf)
    with np.errstate(invalid="ignore"):  # NaN: not read by the safety model
        near = np.flatnonzero(p >= lowest)
    langs = [_LANGS[int(code)] for code in out[_LANG_ROW, near].tolist()]
    padded = np.zeros(len(p) + 1, dtype=bool)
    padded[near] = control_gate.likely_control(p[near], langs)
    return padded.take(index)


def _langs_by_row(
    codes: np.ndarray, index: np.ndarray, other_rows: list[int], other_langs: Sequence[str]
) -> list[str]:
    """The language of every row, as :func:`_merge_langs` of the distinct texts' languages
    (:func:`_lang_codes` ``codes``) spread by :func:`_rows_of_distinct` ``index`` gives it:
    the names taken per row from the distinct texts' at once (the rows past the texts, the
    other rows, get their own)."""
    names = np.empty(len(codes) + 1, dtype=object)
    names[: len(codes)] = np.asarray(_LANGS, dtype=object)[codes.astype(np.int64)]
    langs = names.take(index)
    if other_rows:
        if len(other_langs) != len(other_rows):
            raise ValueError("one language per row")
        langs[np.asarray(other_rows, dtype=np.int64)] = np.asarray(other_langs, dtype=object)
    out: list[str] = langs.tolist()
    return out


def _merge_langs(
    n: int,
    text_rows: np.ndarray,
    sub_langs: Sequence[str],
    other_rows: list[int],
    other_langs: Sequence[str],
) -> list[str]:
    """The language of every row: the text rows' and the other rows' (detected on their
    own)."""
    if not other_rows:
        return list(sub_langs)
    if len(sub_langs) != len(text_rows) or len(other_langs) != len(other_rows):
        raise ValueError("one language per row")
    # placed through an object array: no Python loop over the rows (a list of strings
    # becomes a string array first, its values the same strings)
    langs = np.empty(n, dtype=object)
    langs[text_rows] = np.asarray(sub_langs, dtype=object)
    langs[np.asarray(other_rows, dtype=np.int64)] = np.asarray(other_langs, dtype=object)
    out: list[str] = langs.tolist()
    return out


def _clean(text: Any) -> str:
    return text if isinstance(text, str) else ""


def _clean_all(texts: Sequence[Any]) -> list[str]:
    """The texts, with anything that is not a string (None, NaN) as ""."""
    return [t if type(t) is str else _clean(t) for t in texts]


def _is_string(column: pa.ChunkedArray) -> bool:
    return pa.types.is_string(column.type) or pa.types.is_large_string(column.type)


def _strings_of(column: pa.ChunkedArray) -> list[str]:
    """:func:`_clean_all` of a text column's values (a string column without nulls holds
    nothing to clean)."""
    values = column.to_pylist()
    return values if _is_string(column) and column.null_count == 0 else _clean_all(values)


def _distinct_text_rows(
    column: pa.ChunkedArray, is_text: np.ndarray
) -> tuple[list[str], np.ndarray | None] | None:
    """:func:`distinct_texts` of the texts of the rows ``is_text`` of a string column without
    nulls (what :func:`_strings_of` leaves as it is), found by Arrow's hashing: the same
    texts in the order they first occur and the same index of every row (a string's UTF-8
    bytes are equal where the strings are), in ~15 instead of ~45 ms at 100k messages (the
    Python strings of every row, then a dict). None for any other column."""
    found = _distinct_text_array(column, is_text)
    if found is None:
        return None
    values, inverse = found
    distinct: list[str] = values.to_pylist()
    return distinct, inverse


def _distinct_text_array(
    column: pa.ChunkedArray, is_text: np.ndarray
) -> tuple[pa.Array, np.ndarray | None] | None:
    """:func:`_distinct_text_rows` with the distinct texts as Arrow holds them (its
    dictionary: a string array without nulls), not yet Python strings."""
    if not _is_string(column) or column.null_count:
        return None
    import pyarrow.compute as pc  # the parent's only: not imported by a scoring child

    kept = column.filter(array_of(is_text))
    values = kept.combine_chunks() if kept.num_chunks != 1 else kept.chunk(0)
    encoded = pc.dictionary_encode(values)
    if len(encoded.dictionary) == len(values):
        return encoded.dictionary, None
    return encoded.dictionary, np.asarray(numpy_of(encoded.indices), dtype=np.int64)


def _texts_by_row(
    column: pa.ChunkedArray,
    is_text: np.ndarray,
    text_rows: np.ndarray,
    distinct: list[str],
    inverse: np.ndarray | None,
) -> list[str]:
    """:func:`_strings_of` of a string column without nulls (:func:`_distinct_text_array`'s),
    the text rows' strings taken from their ``distinct`` texts (``inverse``: each text row's
    index among them; None: each its own), not made again from the column: equal strings
    (the same UTF-8 bytes), ~1 instead of ~10 ms at 100k messages."""
    rows = np.empty(len(is_text), dtype=object)
    shared = np.empty(len(distinct), dtype=object)
    shared[:] = distinct
    rows[text_rows] = shared if inverse is None else shared.take(inverse)
    other = np.flatnonzero(~is_text)
    if len(other):
        values = np.empty(len(other), dtype=object)
        values[:] = column.take(array_of(other)).to_pylist()
        rows[other] = values
    texts: list[str] = rows.tolist()
    return texts


def _is_text(column: pa.ChunkedArray) -> np.ndarray:
    """Which rows of the ``kind`` column are text messages (a null is not)."""
    if not pa.types.is_string(column.type):
        return np.asarray(column.to_pylist(), dtype=object) == "text"
    import pyarrow.compute as pc  # the parent's only: not imported by a scoring child

    # arrownp.scalar: pa.scalar of a Python value imports pandas where it is installed
    equal = pc.fill_null(pc.equal(column, scalar("text", column.type)), scalar(False))
    return np.asarray(numpy_of(equal), dtype=bool)


def _ids_of(column: pa.ChunkedArray) -> list[str]:
    """The ``message_id`` column as strings."""
    values = column.to_pylist()
    return values if _is_string(column) and column.null_count == 0 else [str(x) for x in values]


def score_texts(
    texts: Sequence[str], *, model: bool = True, progress: Progress | None = None
) -> ScoreResult:
    """Message-level scores of plain texts; reply-level columns are NaN.

    ``message_id`` is the index as a string. ``progress`` is called with the
    number of messages finished after each batch (an increment).
    """
    clean = _clean_all(texts)
    langs, scores, evidence, vers = _score_message_level(clean, None, model, progress)
    columns = {name: scores[i] for i, name in enumerate(MESSAGE_SIGNALS)}
    for name in REPLY_SIGNALS:
        columns[name] = np.full(len(clean), np.nan)
    return ScoreResult(
        message_id=[str(i) for i in range(len(clean))],
        lang=langs,
        scores=columns,
        evidence=evidence,
        versions=vers,
    )


def score_text(text: str, lang: str | None = None, *, model: bool = True) -> TextScore:
    """Scores and evidence of one message; ``lang`` ("en", "zh", "other") skips detection."""
    if lang is not None and lang not in _LANG_OVERRIDES:
        raise InputError(f"lang must be one of {sorted(_LANG_OVERRIDES)}; got {lang!r}.")
    clean = _clean(text)
    langs, scores, evidence, _ = _score_message_level(
        [clean], [lang] if lang is not None else None, model, None
    )
    values: dict[str, float | None] = {
        name: float(scores[i, 0]) for i, name in enumerate(MESSAGE_SIGNALS)
    }
    values.update({name: None for name in REPLY_SIGNALS})
    return TextScore(lang=langs[0], scores=values, evidence=evidence[0])


def score_table(
    table: pa.Table,
    *,
    model: bool = True,
    session_gap_minutes: float = DEFAULT_SESSION_GAP_MINUTES,
    progress: Progress | None = None,
    evidence: bool = True,
    evidence_later: bool = False,
    beside: Sequence[Callable[[], object]] = (),
    while_waiting: Sequence[Callable[[], object]] = (),
    standby: Standby | None = None,
) -> ScoreResult:
    """Scores of a canonical message table (:data:`unmask.model.ARROW_SCHEMA`).

    Only ``kind == "text"`` messages are scored; media, system, deleted, call,
    sticker and other kinds get NaN everywhere and no evidence. Reply-level
    signals come from :func:`unmask.signals.reply.score_replies`. With
    ``evidence=False`` only the scores are computed (the same scores, faster and
    in less memory) and ``ScoreResult.evidence`` is empty; callers that need the
    evidence of a few messages can ask :func:`score_text` for them; such callers pass
    ``evidence_later=True`` and use ``ScoreResult.lexicon_lookup``: where a forked child
    scored (up to :data:`SERVE_MAX_TEXTS` distinct texts), the child stays to answer the
    first lookup with the lexicons it has loaded (this process then never loads them where
    it took none of the pieces, and the lookup runs on the child's idle core either way).
    ``beside`` and ``while_waiting`` are jobs of the caller's own that do not touch the
    scores (work that needs no score, warming up what comes next); they only run when a
    forked child scores. ``beside`` jobs run in this process once its reply scan is done,
    before it takes its own share of the message-level pieces (the child scores more of
    them meanwhile, so the two processes still finish together); ``while_waiting`` jobs
    run one by one while this process would wait for the child's last piece, and stop at
    once when it is done (never delaying the result). ``standby`` (:func:`standby`): a child
    forked earlier that has loaded the lexicons meanwhile; it becomes the scoring child when
    there is one (with the same numbers), else it is left to its owner to close.
    """
    with_evidence = evidence
    for column in ("message_id", "text", "kind"):
        if column not in table.column_names:
            raise InputError(
                f"the message table has no '{column}' column; expected the canonical "
                "schema (unmask.model.ARROW_SCHEMA) - import the export with 'unmask import'."
            )
    n = table.num_rows
    text_column = table.column("text")
    is_text = _is_text(table.column("kind"))
    text_rows = np.flatnonzero(is_text)
    forked: Forked | None = None
    claims: Claims | None = None
    # the versions the model files' headers declare, where a forked child scores them all
    declared: list[dict[str, str]] = []
    # each text is scored once (as in one process); Arrow finds them where it can, before
    # the texts become Python strings: a forked child waits for them
    found_distinct = _distinct_text_array(text_column, is_text)
    texts: list[str] = []
    held: pa.Array | None = None  # the distinct texts as Arrow holds them, where it does
    if found_distinct is None:
        texts = _strings_of(text_column)
        distinct, inverse = distinct_texts(list(itertools.compress(texts, is_text)))
    else:
        held, inverse = found_distinct
        distinct = held.to_pylist()
    units = _units(len(distinct))
    adopt = False
    if not with_evidence and len(distinct) >= MIN_PARALLEL and workers() > 1:
        if standby is not None and standby.ready:  # forked already, its lexicons loading
            claims, adopt = standby.claims, True
            claims.reset(units)
        else:
            with contextlib.suppress(OSError):  # no lock file to be had: one process
                claims = Claims(units)
    if claims is not None:
        # the message-level layer runs in a forked child while the reply layer runs here.
        # Whoever scores a batch detects its languages (English or other needs a word scan)
        # as one process would, and writes them to the shared matrix's last row
        # the versions are worked out once the child is done (below): where this process
        # scored nothing, from the model files' headers (the child loaded the weights)
        scored_here: list[bool] = []
        sub_evidence: list[dict[str, list[Evidence]]] = []
        # the child scores pieces from the front; this process, once its reply scan is
        # done, from the back (a text's scores depend on that text alone, not on the
        # batch it is scored in: the same numbers as in one process)
        shared = claims

        def score_batches(out: np.ndarray, front: bool) -> int:
            taken = _score_pieces(out, shared, front, distinct, model)
            if taken and not front:
                scored_here.append(True)
            return taken

        def fill_child(out: np.ndarray) -> None:
            _check_declared(model)
            score_batches(out, True)

        def fill_all(out: np.ndarray) -> None:
            scored_here.append(True)
            found, *_ = _score_distinct(
                distinct,
                None,
                model,
                None,
                False,
                out[:N_SIGNALS],
                read=out[_READ_ROW],
                crisis=False,  # as the pieces: applied by _crisis_on
                control=out[_CONTROL_ROW],
                weak=out[_WEAK_ROW],
            )
            out[_LANG_ROW] = _lang_codes(found)

        forked = Forked(
            (_WEAK_ROW + 1, len(distinct)),
            fill_child,
            fill_all,
            serve=_lexicon_scores if evidence_later and len(distinct) <= SERVE_MAX_TEXTS else None,
            standby=standby if adopt else None,
            job=(distinct, model),
        )
        try:
            # the reply layer only reads which messages are Chinese: the script counts tell
            is_zh = _chinese_of(distinct) if inverse is None else _chinese_of(distinct)[inverse]
            sub_langs = np.where(is_zh, LANG_ZH, _NOT_ZH).tolist()
            if not texts:  # the column's strings: the text rows' are the distinct texts
                texts = _texts_by_row(text_column, is_text, text_rows, distinct, inverse)
        except BaseException:
            forked.cancel()
            raise
    else:
        if not texts:  # as above: the text rows' strings are the distinct texts
            texts = _texts_by_row(text_column, is_text, text_rows, distinct, inverse)
        sub = list(itertools.compress(texts, is_text))  # no list of a million row numbers
        sub_read = np.zeros(len(sub), dtype=np.float64)
        sub_control = np.full(len(sub), np.nan)
        sub_weak = np.full(len(sub), np.nan)
        sub_langs, sub_scores, sub_evidence, vers = _score_message_level(
            sub,
            None,
            model,
            progress,
            with_evidence,
            known=(distinct, inverse),
            read=sub_read,
            control=sub_control,
            weak=sub_weak,
        )
    # from here on an error stops and reaps a forked child (below)
    try:
        ids = _ids_of(table.column("message_id"))  # beside the child, if any
        non_text = n - len(text_rows)
        if progress is not None and non_text:
            progress(non_text)
        other_rows = np.flatnonzero(~is_text).tolist()
        other_langs = detect_many([texts[i] for i in other_rows]) if non_text else []
        langs = _merge_langs(n, text_rows, sub_langs, other_rows, other_langs)
        # each row's distinct text: the spread of the child's scores, the context pass
        index = _rows_of_distinct(n, text_rows, inverse, len(distinct))
        message_columns: Mapping[str, np.ndarray]
        crisis_marks: list[np.ndarray] = []  # (said, laughing) of the distinct texts
        # per row: the control gate's probability level (h-gate), as the batches read it
        likely_rows: list[np.ndarray] = []
        if forked is None:
            message_columns = _spread(n, text_rows, sub_scores)
            row_control = np.full(n, np.nan)
            row_control[text_rows] = sub_control
            likely_rows.append(control_gate.likely_control(row_control, langs))
        else:
            child = forked

            def collect() -> dict[str, np.ndarray]:
                # the crisis statements of every distinct text, read here while the child
                # scores (it scores without them: it is the longer of the two)
                crisis_marks.extend(_crisis_marks(distinct, held))
                said, laughing = crisis_marks
                for job in beside:
                    job()
                took = score_batches(child.out, False) if shared.left() >= PARENT_MIN_LEFT else 0
                shared.close()
                if not took:  # the headers' versions, read while the child still scores
                    declared.append(_declared_versions(model))
                for job in while_waiting:
                    if child.finished():
                        break
                    job()
                _crisis_on(child.result(), distinct, said & ~laughing)
                spread = _spread_distinct(child.result()[:N_SIGNALS], index)
                likely_rows.append(_likely_by_row(child.result(), index))
                # a serving child stays even where this process took pieces (its lexicons
                # are loaded too): the child's core is idle from here on, and its lookup of
                # the report's examples runs beside the dyad stage, not on the report's
                # path after it (~50 ms of CPU at 100k messages, h-speed60)
                if progress is not None and len(text_rows):
                    progress(len(text_rows))
                return spread

            message_columns = _Pending(collect)

        def likely() -> np.ndarray:
            """The rows' gate level, once the message-level scores are in (h-gate)."""
            if not likely_rows and isinstance(message_columns, _Pending):
                message_columns.columns()
            return likely_rows[0]

        rows_evidence: list[dict[str, list[Evidence]]] = (
            [{} for _ in range(n)] if with_evidence else []
        )
        for j, i in enumerate(text_rows.tolist() if with_evidence else ()):
            rows_evidence[i] = sub_evidence[j]
        # imported here, not with this module: a scoring child forked before the scorer was
        # imported (unmask.signals.early) imports this module but never the reply layer (nor
        # reply_echo, below: imported here, beside the child, not after its result)
        from unmask.signals import reply as reply_layer
        from unmask.signals import reply_echo

        links = reply_layer.find_replies(table, session_gap_minutes=session_gap_minutes)
        with cycles_paused():  # millions of hits and evidence items, no cycles
            reply_scores, reply_evidence = reply_layer.score_replies(
                table,
                langs,
                message_columns,
                session_gap_minutes=session_gap_minutes,
                texts=texts,
                evidence=with_evidence,
                text_codes=reply_layer.TextCodes(distinct, inverse, text_rows),
                links=links,
                likely=likely,
            )
    except BaseException:
        if forked is not None:
            forked.cancel()
        raise
    columns = dict(message_columns)
    if forked is not None:  # the languages the batches' scorers detected
        langs = _langs_by_row(forked.result()[_LANG_ROW], index, other_rows, other_langs)
        lexicon_read = _read_by_row(forked.result()[_READ_ROW], index)
        control = _control_by_row(forked.result()[_CONTROL_ROW], index)
        weak = _control_by_row(forked.result()[_WEAK_ROW], index)
        vers = (
            _versions(
                _model_module() if model else None,
                model and model_zh.available(),
                model and safety_model.available(),
                model
                and safety_model.available()
                and couple_model.ENABLED
                and couple_model.available(),
            )
            if scored_here
            else declared[0]
            if declared
            else _declared_versions(model)
        )
    for name in REPLY_SIGNALS:
        values = np.asarray(reply_scores.get(name, np.full(n, np.nan)), dtype=np.float64)
        values[~is_text] = np.nan
        columns[name] = values
    for i, extra in enumerate(reply_evidence if with_evidence else ()):
        if extra:
            rows_evidence[i].update(extra)
    # a turn's place in its dialogue: short answers to task talk, closing questions after it
    if task_context.TARGET in vers:
        vers = {**vers, task_context.TARGET: f"{vers[task_context.TARGET]}+{task_context.VERSION}"}
    previous = links.previous if links.previous is not None else np.full(n, -1, np.int64)
    if forked is None:
        lexicon_read = np.zeros(n, dtype=np.int64)
        lexicon_read[text_rows] = sub_read
        control = row_control
        weak = np.full(n, np.nan)
        weak[text_rows] = sub_weak
    # the other's own words asked back: no inner question added by a model (h-quest14)
    reply_echo.apply(
        columns,
        texts,
        links.is_reply,
        links.context[:, 0],
        langs,
        lexicon_read,
        task_context.LEXICON_READ,
        rows_evidence if with_evidence else None,
    )
    task_context.apply(
        columns,
        texts,
        is_text,
        links.is_reply,
        links.context[:, : reply_layer.CONTEXT_RUN],
        previous,
        rows_evidence if with_evidence else None,
        groups=links.groups,
        conversations=links.conversations,
        langs=langs,
        lexicon_read=lexicon_read,
        codes=(distinct, index),
    )
    lookup = _Lookup(forked) if forked is not None and forked.serving else None
    return ScoreResult(
        message_id=ids,
        lang=langs,
        scores=columns,
        evidence=rows_evidence,
        versions=vers,
        lexicon_lookup=lookup or _lexicon_scores,
        crisis_marks=_marks_by_row(crisis_marks, index)
        if crisis_marks and _is_string(text_column)
        else None,
        control=control,
        weak_control=weak,
    )
