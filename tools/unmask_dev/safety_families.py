"""Model families for the safety model judged leave-one-round-out over every written round
(h-safety23; dev only, nothing here is shipped).

``python -m unmask_dev.safety_families [--lang en] [--families current,char,...]``:

- **Data**: the shipped recipe's training data (:func:`unmask_dev.train_safety.training_data`:
  rounds one to seventeen, the broader set, the composed set, their twins, the filler, the
  synthetic couple chats and the dialogue sets' fit quarters) plus rounds eighteen to
  :data:`LAST` with their twins (written by us; h-safety23 judged with rounds to twenty-two,
  h-safety26 to twenty-five, h-safety29 to twenty-six, h-safety31 to twenty-eight,
  h-safety32 to twenty-nine). Round thirty is never read here: it stays the one clean read
  of whatever this judging picks.
- **Folds**: each written round (``TUNED``, ``HELD_OUT``, ``ROUND4``, ``FRESH``, ``ROUND5``
  to ``ROUND29``) left out in turn with its twins; the model is trained on the rest (the
  teaching sets always in), its threshold chosen on the tuning sets by the rule named, and
  the left-out round read as the validity rows read it: any safety signal = the lexicons and
  parts fire, or the model hits and the lexicons do not read the message as depth. The
  fold figures are the mean, the spread (standard deviation, min, max) over folds, and
  the mean over rounds eighteen to twenty-nine (the rounds the lexicons were not tuned on,
  but for rounds twenty-six and twenty-seven's English misses built on in h-safety30).
- ``--grouped`` (what h-safety23 ran): rounds nine to twenty-nine leave in the groups of
  :data:`GROUPS` instead (``R27-28`` added by h-safety31; ``R27`` and ``R28-29`` since
  h-safety32), each family refitted from scratch per group; every round is still read by a
  model that never saw it.
- **False-alarm lines**: a model trained on every fold, its threshold by the same rule,
  read on each held-out half (MultiWOZ, CrossWOZ, ESConv, CPED, SmileChat; CL-Aff's test
  side) and the bundled couple samples: the messages it adds (a hit the lexicons did not
  count and do not read as depth) per message, line 0.001 (the samples: none).
- **Families**: ``current`` (the shipped features and multinomial logistic regression);
  ``char`` (hashed character n-grams, binary logistic regression); ``wordchar`` (word uni-
  and bigrams and character n-grams); ``nbsvm`` (the same features scaled by their naive
  Bayes log-count ratio, then logistic regression); ``struct`` (h-safety26: the shipped
  features plus the addressee x mood x act x domain inputs of :mod:`unmask_dev.safety_struct`,
  the shipped model's recipe); ``parts`` (``wordchar`` with the
  lexicon parts of ``safety_parts.yaml`` as inputs; not in the default run: too slow on two
  shared cores); h-safety31's :data:`READER_FAMILIES` (``rstruct``, ``rstructonly``,
  ``rstructsmall``, ``rstructall``: the shipped structural reader's own parse as inputs,
  ``--scale`` their value); h-safety32's :data:`VARIETY_FAMILIES` (``wbchar``: within-word
  character 3-5-grams added; ``varied``: the varied English pairs added to every fit;
  ``wbvaried``: both; ``posx2``: the controlling lines at twice their weight); h-safety33's
  :data:`RECIPE_FAMILIES` (``shipped26``: the shipped recipe on the rounds the shipped
  Chinese weights saw, rounds twenty-seven to twenty-nine never in a fit; h-safety45's
  ``shipped32``: the English weights' recipe, rounds thirty-three to thirty-five never in a fit;
  h-safety49's ``shipped35``: the shipped recipe, rounds thirty-six on (to thirty-eight since
  h-safety51) never in a fit;
  ``c16`` to
  ``c256``: the shipped recipe at another regularisation; h-safety35's ``couplecalm``: the
  shipped recipe with couple rounds one to eight's calm lines as negatives, the only family
  that fits on them); ``ensemble``
  (the mean of the other families' probabilities, each a logistic regression's, so on one
  scale).
- **Threshold rules**: ``nohit`` (the shipped rule: no tuning line at or above it),
  ``rate2`` / ``rate5`` / ``rate20`` (at most 0.0002 / 0.0005 / 0.002 of the pooled tuning
  lines at or above it, :func:`unmask_dev.safety_rate.rate_threshold`), each with the
  construct cue's lower threshold chosen by the same rule on the lines with the cue.

Prints counts and figures only, never a message. Needs scikit-learn and the development
sets under ``/work/shared/data``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from unmask_dev import safety_probes as probes
from unmask_dev import train_safety as ts

#: the last written round among the folds (h-safety35: thirty-one; round thirty-two, the clean
#: read, never; h-safety40: thirty-two, read by h-safety35 and trained on since h-safety37;
#: h-safety43: thirty-five, rounds thirty-three to thirty-five read and judged; thirty-six never;
#: h-safety49: thirty-seven, rounds thirty-six and thirty-seven judged and read; h-safety51:
#: thirty-eight, judged and read; h-safety53: thirty-nine, judged and read; h-safety55: forty,
#: judged and read; forty-one never)
LAST_FOLD = 40
#: the written rounds left out one at a time (rounds one to eight under their probe names)
FOLDS: tuple[str, ...] = (
    "TUNED",
    "HELD_OUT",
    "ROUND4",
    "FRESH",
    *(f"ROUND{n}" for n in range(5, LAST_FOLD + 1)),
)
#: rounds the lexicons were never tuned on
FRESH_FOLDS: tuple[str, ...] = tuple(f"ROUND{n}" for n in range(18, LAST_FOLD + 1))
FAMILIES: tuple[str, ...] = ("current", "char", "wordchar", "nbsvm", "ensemble")
#: h-safety32's English variants on the shipped recipe: ``wbchar`` adds character 3-5-grams
#: within words (:func:`wb_inputs`); ``varied`` adds the varied training pairs
#: (:func:`unmask_dev.train_safety.varied_pairs`) to the fit, ``wbvaried`` both; ``posx2``
#: the controlling lines at twice their weight (class weighting for recall)
VARIETY_FAMILIES: tuple[str, ...] = ("wbchar", "varied", "wbvaried", "posx2")
#: h-safety33's Chinese refit: ``shipped26`` the shipped recipe on the rounds the shipped
#: Chinese weights were trained on (one to twenty-six: rounds twenty-seven to twenty-nine and
#: their twins never in a fit), the baseline that ``current`` (rounds one to twenty-nine) is
#: judged against; ``c16`` to ``c256``: ``current`` with the regularisation re-chosen (shipped 64)
#: h-safety35's ``couplecalm``: ``current`` with the calm lines of couple rounds one to eight
#: (:func:`unmask_dev.train_safety.couple_calm`) as negatives at a twin's weight
#: h-safety45's ``shipped32``: the English weights' recipe on the rounds ``safety-lr-7`` saw (one
#: to thirty-two; rounds thirty-three to thirty-five never in a fit), the baseline of the English
#: refit on rounds one to thirty-five
#: h-safety49's ``shipped35``: ``safety-lr-9``'s recipe on the rounds it saw (one to thirty-five;
#: rounds thirty-six and thirty-seven never in a fit), the baseline of ``safety-lr-10``
RECIPE_FAMILIES: tuple[str, ...] = (
    "shipped26",
    "shipped32",
    "shipped35",
    "c16",
    "c32",
    "c128",
    "c256",
    "couplecalm",
)
#: h-safety34's class weight for the twins: ``twin2`` / ``twin4`` the shipped recipe with every
#: calm twin (the rounds', the training sets' and the composed ones) at twice / four times its
#: weight
TWIN_FAMILIES: dict[str, float] = {"twin2": 2.0, "twin4": 4.0}
#: h-safety40 (step 2 of its brief): ``misskind``, the shipped recipe with the controlling lines
#: of the kinds the lexicons miss most on the fresh rounds thirty to thirty-three (aggregate,
#: lexicons alone: English threat 22 of 24 missed, monitoring 17 of 20; Chinese degradation 11
#: of 12, threat 19 of 24) weighed this much more, as ``WEAK_KIND`` weighs weak control's
MISS_KIND_FAMILIES: dict[str, float] = {"misskind": 3.0}
MISS_KINDS: dict[str, frozenset[str]] = {
    "en": frozenset({"threat", "monitoring"}),
    "zh": frozenset({"degradation", "threat"}),
}
#: h-safety34's second model: ``either`` hits when any of these families hits, each at its own
#: threshold by the rule (so under ``nohit`` the union still has no tuning hit); the families
#: must be in the run
EITHER_OF: tuple[str, ...] = ("current", "rstructonly")
#: each recipe family's regularisation (none: the shipped ``C`` of its language)
FAMILY_C: dict[str, float] = {"c16": 16.0, "c32": 32.0, "c128": 128.0, "c256": 256.0}
#: the rounds ``shipped26`` never trains on
AFTER_SHIPPED: tuple[str, ...] = tuple(f"ROUND{n}" for n in range(27, LAST_FOLD + 1))
#: the rounds each "shipped" family never trains on (h-safety45 adds ``shipped32``)
NEVER_FIT: dict[str, tuple[str, ...]] = {
    "shipped26": AFTER_SHIPPED,
    "shipped32": tuple(f"ROUND{n}" for n in range(33, LAST_FOLD + 1)),
    "shipped35": tuple(f"ROUND{n}" for n in range(36, LAST_FOLD + 1)),
}
#: the families whose fits read the varied training pairs
VARIED_FAMILIES: frozenset[str] = frozenset({"varied", "wbvaried"})
#: the within-word character n-grams' hashed columns
WB_COLUMNS = 2**16
#: ``rate20`` (h-safety32): at most 0.002 of the pooled tuning lines, a calibration of the
#: threshold for recall under the project's false-alarm limit (.005)
RULES: dict[str, float] = {"nohit": 0.0, "rate2": 0.0002, "rate5": 0.0005, "rate20": 0.002}
#: h-safety36 (``--cap`` adds it): the rule ``cap``, the threshold at its ceiling (0.995,
#: where the out-of-fold CL-Aff train constraint of ``train_safety --claff-oof`` put it) and
#: the cue threshold by ``nohit``
#: regularisation of the binary n-gram families (one value, not tuned on the rounds)
C_BINARY = 4.0
#: the value of a structural input of :mod:`unmask_dev.safety_struct` (``struct``, h-safety26)
STRUCT_SCALE = 1.0
N_FEATURES = 2**18
#: ``--tol``: a looser tolerance for every fit from scratch (h-safety26: two shared cores;
#: the families compared under the same tolerance)
TOL = 0.0
#: the solver's tolerance when a fold is refitted from the full fit's solution
FOLD_TOL = 1e-4
#: ``--grouped``: rounds leave in these groups (two shared cores could not refit every
#: family once per round from scratch in the time h-safety23 had)
GROUPS: dict[str, tuple[str, ...]] = {
    "R9-12": ("ROUND9", "ROUND10", "ROUND11", "ROUND12"),
    "R13-16": ("ROUND13", "ROUND14", "ROUND15", "ROUND16"),
    "R17-19": ("ROUND17", "ROUND18", "ROUND19"),
    "R20-22": ("ROUND20", "ROUND21", "ROUND22"),
    "R23-26": ("ROUND23", "ROUND24", "ROUND25", "ROUND26"),
    "R27": ("ROUND27",),
    "R28-29": ("ROUND28", "ROUND29"),
    "R30": ("ROUND30",),
    "R31": ("ROUND31",),
    "R32": ("ROUND32",),
    # h-safety43: the rounds never in ``safety-lr-6``'s fit, in five groups
    "R27-28": ("ROUND27", "ROUND28"),
    "R29-30": ("ROUND29", "ROUND30"),
    "R31-32": ("ROUND31", "ROUND32"),
    "R33": ("ROUND33",),
    "R34-35": ("ROUND34", "ROUND35"),
    # h-safety45: the English refit's folds end R32-33, R34-35
    "R32-33": ("ROUND32", "ROUND33"),
    # h-safety49: rounds thirty-six and thirty-seven, judged and read, as one group
    "R36-37": ("ROUND36", "ROUND37"),
    # h-safety51: rounds thirty-six to thirty-eight, judged and read, as one group
    "R36-38": ("ROUND36", "ROUND37", "ROUND38"),
    # h-safety53: rounds thirty-six to thirty-nine, judged and read, as one group
    "R36-39": ("ROUND36", "ROUND37", "ROUND38", "ROUND39"),
    # h-safety55: rounds thirty-six to forty, judged and read, as one group
    "R36-40": ("ROUND36", "ROUND37", "ROUND38", "ROUND39", "ROUND40"),
}
GROUPED = False
#: ``--no-all``: skip the fit on every fold (and the false-alarm lines it reads)
NO_ALL = False
#: ``--shipped`` (h-safety27): one fit per family on the shipped recipe's rounds (one to
#: seventeen; rounds eighteen to twenty-six and their twins left out), read on rounds
#: eighteen to twenty-six, their twins and the false-alarm lines
SHIPPED = False
#: the last round in the corpus and the folds (h-safety35: thirty-one; round thirty-two is
#: never read here)
LAST = LAST_FOLD
#: h-safety37 (``--extra-last N``): rounds after :data:`LAST` up to N trained on in every
#: fold, never left out or read (round thirty-two, read by h-safety35, in the recipe's fit)
EXTRA_LAST = 0
#: the folds read (``--folds``; empty: every written round)
ONLY: set[str] = set()


@dataclass
class Corpus:
    """One language's training data with rounds eighteen to twenty-two added."""

    data: ts.Data
    tune: dict[str, list[str]]
    held: dict[str, list[str]]
    lex_fired: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    lex_gated: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    laugh: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))


def corpus(lang: str) -> Corpus:
    from unmask_dev import claff_split
    from unmask_dev.validity import safety as vs

    before = {k: ts.SETTINGS.get(k) for k in ("last", "varied")}
    ts.SETTINGS["last"] = 17.0  # rounds one to seventeen: rounds 18-29 are added below
    ts.SETTINGS["varied"] = 0.0  # the varied pairs are added below, marked
    try:
        data = ts.training_data(lang)
    finally:
        for k, v in before.items():
            if v is None:
                del ts.SETTINGS[k]
            else:
                ts.SETTINGS[k] = v
    texts, ys, ws, groups = list(data.texts), list(data.y), list(data.weight), list(data.group)
    seen = set(texts)
    pos_w = ts.POSITIVE_WEIGHT[lang]
    # h-safety37: weak control's kind weighed as train_safety weighs it
    weak_w = ts.SETTINGS.get("weak_kind", ts.WEAK_KIND_WEIGHT[lang]) if lang == "en" else 0.0
    weak_re = ts.WEAK_KIND
    if lang == "zh":  # h-safety43: ``--weak-kind-zh``, weak control's Chinese kind
        weak_w, weak_re = ts.SETTINGS.get("weak_kind_zh", 0.0), ts.WEAK_KIND_ZH
    for n in range(18, max(LAST, EXTRA_LAST) + 1):
        name = f"ROUND{n}"
        for kind, t in getattr(probes, f"{name}_KINDS"):
            if ts.lang_of(t) != lang or t in seen:
                continue
            seen.add(t)
            texts.append(t)
            ys.append(ts.ms.CLASSES.index(kind))
            ws.append(pos_w * (weak_w if weak_w and weak_re.search(t) else 1.0))
            groups.append(name)
        for t in getattr(probes, f"{name}_SAFE"):
            if ts.lang_of(t) != lang:
                continue
            texts.append(t)
            ys.append(0)
            ws.append(ts.TWIN_WEIGHT)
            groups.append(f"twin:{name}")
    for kind, control, twin in ts.varied_pairs() if lang == "en" else ():
        texts += [control, twin]
        ys += [ts.ms.CLASSES.index(kind), 0]
        ws += [pos_w, ts.TWIN_WEIGHT]
        groups += ["VARIED", "twin:VARIED"]
    for t in ts.couple_calm(lang):  # h-safety35: only ``couplecalm`` fits on them
        texts.append(t)
        ys.append(0)
        ws.append(ts.TWIN_WEIGHT)
        groups.append("twin:COUPLE")
    full = ts.Data(lang, texts, np.asarray(ys), np.asarray(ws, dtype=np.float64), groups)
    held: dict[str, list[str]] = {}
    for name, load in vs.SETS.items():
        if ts.DIALOGUE_SETS[name][0] != lang:
            continue
        held[name] = [t.text for d in load() if vs.held_out(d.id) for t in d.turns if t.text]
    if lang == "en":
        held["CL-Aff test"] = [s.text for s in claff_split.split(claff_split.load())["test"]]
    held["couple samples"] = sample_texts(lang)
    return Corpus(full, ts.tuning_sets(lang), held)


def sample_texts(lang: str) -> list[str]:
    """The bundled couple samples' text messages of ``lang``."""
    from unmask.analyze import AnalyzeOptions, analyze
    from unmask.samples import SAMPLES, sample_path

    out: list[str] = []
    for name in SAMPLES:
        a = analyze(sample_path(name), options=AnalyzeOptions(model=False, bootstrap_resamples=5))
        col = a.table.column("text").take(a.cols.row).to_pylist()
        out += [str(t) for t in col if t and ts.lang_of(str(t)) == lang]
    return out


# --- features ---------------------------------------------------------------------------


def _hashing(lang: str, kind: str) -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": N_FEATURES, "alternate_sign": False, "lowercase": True}
    if kind == "char":
        ngrams = (2, 5) if lang == "en" else (1, 3)
        return HashingVectorizer(analyzer="char_wb", ngram_range=ngrams, **common)
    if lang == "en":
        return HashingVectorizer(
            analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b|[^\w\s]", **common
        )
    return HashingVectorizer(analyzer="char", ngram_range=(2, 4), **common)


def features(texts: list[str], lang: str, family: str) -> Any:
    import scipy.sparse as sp

    if family in (
        "current",
        "varied",
        "posx2",
        *RECIPE_FAMILIES,
        *TWIN_FAMILIES,
        *MISS_KIND_FAMILIES,
    ):
        return ts.matrix(texts, lang)
    if family in ("wbchar", "wbvaried"):
        return sp.hstack([ts.matrix(texts, lang), wb_inputs(texts)], format="csr")
    if family in READER_FAMILIES:
        return reader_matrix(texts, lang, family)
    if family == "struct":
        from unmask_dev import safety_struct

        dense = safety_struct.features(texts, lang) * STRUCT_SCALE
        return sp.hstack([ts.matrix(texts, lang), sp.csr_matrix(dense)], format="csr")
    x = _hashing(lang, "char").transform(texts)
    if family != "char":
        x = sp.hstack([x, _hashing(lang, "word").transform(texts)], format="csr")
    if family == "parts":
        x = sp.hstack([x, sp.csr_matrix(ts.ms.part_features(texts, lang))], format="csr")
    if family == "nbsvm":
        x = (x > 0).astype(np.float64)
    return x


def wb_inputs(texts: list[str]) -> Any:
    """(len(texts), :data:`WB_COLUMNS`) character 3-5-grams within words (each word padded
    by a space, as scikit-learn's ``char_wb``), present or not, each row's block of unit
    length: what carries across inflections and compounds ("checking", "checked",
    "check-in")."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 5),
        n_features=WB_COLUMNS,
        alternate_sign=False,
        binary=True,
    ).transform(texts)


#: h-safety31's families on the shipped structural reader's parse
#: (:mod:`unmask.signals.safety_struct`, read only on the messages its prefilter passes):
#: ``rstruct`` the shipped features plus the reader's classes per clause (aimed, mood, act,
#: domain, each guard form by its index, the message guards, the writer's own thing) and their
#: pairs within a clause, and the reader's reading; ``rstructonly`` those inputs alone with
#: the cue block, the model cue and the length; ``rstructsmall`` ``rstruct`` with the
#: n-grams folded into :data:`SMALL_BUCKETS` buckets; ``rstructall`` ``rstruct`` with every
#: message of at most the reader's length parsed (no prefilter: dev only, the cost the
#: scorer would pay is a parse of every short message)
READER_FAMILIES: tuple[str, ...] = ("rstruct", "rstructonly", "rstructsmall", "rstructall")
#: the reader inputs' hashed columns
READER_COLUMNS = 2**11
SMALL_BUCKETS = 2**12


def reader_tokens(text: str) -> set[str]:
    """The reader's inputs of one message: each class, guard form and reading as a name,
    and each pair of names within a clause."""
    from itertools import combinations

    from unmask.signals import safety_struct as ss

    r = ss.reader(ss.language_of(text))
    guards = _guard_forms(r.file.lang)
    norm = text.lower().replace("\u2019", "'")
    message = {f"mg{i}" for i, rx in enumerate(guards[1]) if rx.search(norm)}
    out: set[str] = set()
    for cl in (c.strip() for c in ss._SPLIT.split(norm)):
        if not cl:
            continue
        tags = set(r.tags(cl)) | message
        tags |= {f"g{i}" for i, rx in enumerate(guards[0]) if rx.search(cl)}
        if r.own.search(cl):
            tags.add("own")
        names = sorted(tags)
        out.update(f"s:{a}" for a in names)
        out.update(f"p:{a}|{b}" for a, b in combinations(names, 2))
    found = r.signal(text)
    if found is not None:
        out.add(f"read:{found}")
    return out


_GUARDS: dict[str, Any] = {}


def _guard_forms(lang: str) -> Any:
    import re

    from unmask.signals import safety_struct as ss

    if lang not in _GUARDS:
        f = ss.reader(lang).file
        _GUARDS[lang] = tuple(
            tuple(re.compile(g.regex, re.I) for g in forms) for forms in (f.guard, f.message_guard)
        )
    return _GUARDS[lang]


def reader_inputs(texts: list[str], gated: bool = True) -> Any:
    """(len(texts), :data:`READER_COLUMNS`) binary inputs of the reader's parse, each name
    hashed (crc32) to a column; zero for a message the reader's prefilter passes over
    (``gated``; else for a message over the reader's length)."""
    import zlib

    import scipy.sparse as sp

    from unmask.signals import safety_struct as ss

    rows: list[int] = []
    cols: list[int] = []
    if gated:
        parsed = ss.candidates(texts)
    else:
        parsed = [
            i for i, t in enumerate(texts) if len(t) <= ss.reader(ss.language_of(t)).file.max_chars
        ]
    for i in parsed:
        found = {zlib.crc32(t.encode()) % READER_COLUMNS for t in reader_tokens(texts[i])}
        rows += [i] * len(found)
        cols += sorted(found)
    data = np.ones(len(rows), dtype=np.float64)
    return sp.csr_matrix((data, (rows, cols)), shape=(len(texts), READER_COLUMNS))


def reader_matrix(texts: list[str], lang: str, family: str) -> Any:
    import scipy.sparse as sp

    inputs = reader_inputs(texts, gated=family != "rstructall") * STRUCT_SCALE
    if family in ("rstruct", "rstructall"):
        return sp.hstack([ts.matrix(texts, lang), inputs], format="csr")
    row, bucket, value, dense = ts.ms.hashed(texts, lang, ts.N_BUCKETS)
    if family == "rstructsmall":
        small = sp.csr_matrix(
            (value, (row, bucket & (SMALL_BUCKETS - 1))), shape=(len(texts), SMALL_BUCKETS)
        )
        return sp.hstack([small, sp.csr_matrix(dense), inputs], format="csr")
    lengths = np.fromiter((min(len(t), 400) for t in texts), dtype=np.float64, count=len(texts))
    extra = np.column_stack([np.log1p(lengths) / 5.0, cue_of(texts, lang).astype(np.float64)])
    return sp.hstack([sp.csr_matrix(dense), sp.csr_matrix(extra), inputs], format="csr")


def _normalise(x: Any) -> Any:
    from sklearn.preprocessing import normalize

    return normalize(x)


class Model:
    """One family fitted on a fold: ``score(x)`` is the probability of any kind."""

    def __init__(self, family: str, lang: str) -> None:
        self.family, self.lang = family, lang
        self.r: np.ndarray | None = None
        self.lr: Any = None

    def fit(self, x: Any, y: np.ndarray, w: np.ndarray, start: Model | None = None) -> Model:
        """Fit on ``x``; ``start``: a model of the same family whose solution starts the
        solver (the fit on every fold: a fold differs from it by one round)."""
        import copy

        from sklearn.linear_model import LogisticRegression

        def solver(c: float, tol: float) -> Any:
            if start is not None:
                lr = copy.deepcopy(start.lr)
                # a fold's refit stops earlier than the full fit (timing: 2 shared cores)
                lr.set_params(warm_start=True, tol=FOLD_TOL, max_iter=500)
                return lr
            return LogisticRegression(C=c, max_iter=3000, tol=max(tol, TOL))

        if self.family in (
            "current",
            "struct",
            *READER_FAMILIES,
            *VARIETY_FAMILIES,
            *RECIPE_FAMILIES,
            *TWIN_FAMILIES,
            *MISS_KIND_FAMILIES,
        ):
            if self.family == "posx2":
                w = np.where(y > 0, w * 2.0, w)
            self.lr = solver(FAMILY_C.get(self.family, ts.C[self.lang]), 1e-5)
            self.lr.fit(x, y, sample_weight=w)
            return self
        b = (y > 0).astype(int)
        if self.family == "nbsvm":
            p = np.asarray(x[b == 1].T @ w[b == 1]).ravel() + 1.0
            q = np.asarray(x[b == 0].T @ w[b == 0]).ravel() + 1.0
            self.r = np.log((p / p.sum()) / (q / q.sum()))
            x = x.multiply(self.r).tocsr()
        else:
            x = _normalise(x)
        self.lr = solver(C_BINARY, 1e-5)
        self.lr.fit(x, b, sample_weight=w)
        return self

    def score(self, x: Any) -> np.ndarray:
        if self.family in (
            "current",
            "struct",
            *READER_FAMILIES,
            *VARIETY_FAMILIES,
            *RECIPE_FAMILIES,
            *TWIN_FAMILIES,
            *MISS_KIND_FAMILIES,
        ):
            return ts.p_any(self.lr, x)
        if self.family == "nbsvm":
            assert self.r is not None
            x = x.multiply(self.r).tocsr()
        else:
            x = _normalise(x)
        out: np.ndarray = self.lr.predict_proba(x)[:, 1]
        return out


# --- thresholds ----------------------------------------------------------------------------


def one_nohit(sets: dict[str, np.ndarray]) -> float:
    return ts.choose_threshold(sets)


def thresholds(
    tune: dict[str, np.ndarray], cue: dict[str, np.ndarray], rule: str
) -> tuple[float, float]:
    """(threshold, cue threshold) by ``rule`` on the tuning sets' scores."""
    from unmask_dev.safety_rate import rate_threshold

    if rule == "cap":
        return 0.995, one_nohit({n: np.where(cue[n], p, 0.0) for n, p in tune.items()})

    def one(sets: dict[str, np.ndarray]) -> float:
        if rule == "nohit":
            return ts.choose_threshold(sets)
        return rate_threshold(sets.values(), RULES[rule])

    return one(tune), one({n: np.where(cue[n], p, 0.0) for n, p in tune.items()})


def hits(p: np.ndarray, cue: np.ndarray, thr: tuple[float, float]) -> np.ndarray:
    out: np.ndarray = (p >= thr[0]) | ((p >= thr[1]) & cue)
    return out


# --- the judging ---------------------------------------------------------------------------


def cue_of(texts: list[str], lang: str) -> np.ndarray:
    from unmask.signals.safety_model import has_cue

    return np.fromiter((has_cue(t, lang) for t in texts), dtype=bool, count=len(texts))


def family_weights(
    family: str, lang: str, y: np.ndarray, weight: np.ndarray, twin_rows: np.ndarray
) -> np.ndarray:
    """The fit's sample weights for ``family``: the twins' scaled by :data:`TWIN_FAMILIES`,
    the positives of :data:`MISS_KINDS` by :data:`MISS_KIND_FAMILIES` (h-safety40)."""
    w = weight.copy()
    if family in TWIN_FAMILIES:
        w[twin_rows] *= TWIN_FAMILIES[family]
    if family in MISS_KIND_FAMILIES:
        kinds = [ts.ms.CLASSES.index(k) for k in MISS_KINDS[lang]]
        w[np.isin(y, kinds)] *= MISS_KIND_FAMILIES[family]
    return w


def run(lang: str, families: tuple[str, ...], log: Callable[[str], None]) -> dict[str, Any]:
    t0 = time.time()
    c = corpus(lang)
    data = c.data
    groups = np.asarray(data.group, dtype=object)
    rounds_mask = np.isin(groups, [*FOLDS, *(f"twin:{f}" for f in FOLDS)])
    varied = np.isin(groups, ["VARIED", "twin:VARIED"])
    couple = groups == "twin:COUPLE"
    never = {f: np.isin(groups, [*rs, *(f"twin:{r}" for r in rs)]) for f, rs in NEVER_FIT.items()}
    idx = np.flatnonzero(rounds_mask)
    fired, gated, laugh = ts.lexicon_reads([data.texts[i] for i in idx])
    lex_fired = np.zeros(len(groups), dtype=bool)
    lex_gated = np.zeros(len(groups), dtype=bool)
    lex_laugh = np.zeros(len(groups), dtype=bool)
    lex_fired[idx], lex_gated[idx], lex_laugh[idx] = fired, gated, laugh
    cue = cue_of(data.texts, lang)
    tune_cue = {n: cue_of(t, lang) for n, t in c.tune.items()}
    held_cue = {n: cue_of(t, lang) for n, t in c.held.items()}
    log(f"{lang}: corpus {len(groups)} texts, {time.time() - t0:.0f}s")
    base = [f for f in families if f not in ("ensemble", "either")]
    twin_rows = np.array([g.startswith("twin:") for g in groups], dtype=bool)
    feats = {f: features(data.texts, lang, f) for f in base}
    tune_x = {f: {n: features(t, lang, f) for n, t in c.tune.items()} for f in base}
    grouped = {r for rs in GROUPS.values() for r in rs}
    folds = [
        f
        for f in FOLDS
        if (groups == f).any() and (not ONLY or f in ONLY) and (not GROUPED or f in grouped)
    ]
    # which rounds leave together: each its own fold, or the groups of :data:`GROUPS`
    plan: list[tuple[str, tuple[str, ...]]] = [] if NO_ALL else [("ALL", ())]
    if SHIPPED:
        folds = [f for f in FRESH_FOLDS if (groups == f).any()]
        plan = [("ALL", tuple(folds))]
    elif GROUPED:
        plan += [(g, tuple(r for r in rs if r in folds)) for g, rs in GROUPS.items()]
    else:
        plan += [(f, (f,)) for f in folds]
    # per round (and "ALL"), per family: scores of the left-out round, its twins and the
    # tuning sets under the model its fold trained without it
    fold_scores: dict[str, dict[str, dict[str, Any]]] = {}
    fitted: dict[tuple[str, bytes], tuple[Model, dict[str, np.ndarray]]] = {}
    for key, left in plan:
        if key != "ALL" and not left and not SHIPPED:
            continue
        out_mask = np.isin(groups, [*left, *(f"twin:{r}" for r in left)])
        keys = [key] if key == "ALL" else list(left)
        if SHIPPED:
            keys = ["ALL", *left]
        for k in keys:
            fold_scores[k] = {}
        for f in base:
            t1 = time.time()
            x = feats[f]
            use = ~out_mask if f in VARIED_FAMILIES else ~out_mask & ~varied
            if f in never:
                use &= ~never[f]
            if f != "couplecalm":
                use &= ~couple
            w = family_weights(f, lang, data.y, data.weight, twin_rows)
            # h-safety43: a fit on the same rows is the same fit (``shipped26`` never sees a
            # fold of rounds 27 on, so its folds over them share one)
            key_fit = (f, use.tobytes())
            if key_fit not in fitted:
                m = Model(f, lang).fit(x[use], data.y[use], w[use])
                fitted[key_fit] = (m, {n: m.score(tx) for n, tx in tune_x[f].items()})
            m, tune_p = fitted[key_fit]
            if key != "ALL":  # h-safety45: each fold's reading as it comes (nohit; counts only)
                thr = thresholds(tune_p, tune_cue, "nohit")
                for k in keys:
                    pos = np.flatnonzero(groups == k)
                    read = lex_fired[pos] | (hits(m.score(x[pos]), cue[pos], thr) & ~lex_gated[pos])
                    log(f"{lang} {k} {f} nohit: {int(read.sum())} of {len(pos)}")
            for k in keys:
                pos = np.flatnonzero(groups == k)
                twin = np.flatnonzero(groups == f"twin:{k}")
                entry: dict[str, Any] = {
                    "tune": tune_p,
                    "pos": m.score(x[pos]) if len(pos) else np.zeros(0),
                    "twin": m.score(x[twin]) if len(twin) else np.zeros(0),
                }
                if k == "ALL":
                    entry["held"] = {n: m.score(features(t, lang, f)) for n, t in c.held.items()}
                fold_scores[k][f] = entry
            log(f"{lang} {key} {f}: {time.time() - t1:.1f}s")
        for fold in keys:
            if "ensemble" not in families:
                continue
            ens: dict[str, Any] = {
                "tune": {
                    n: np.mean([fold_scores[fold][f]["tune"][n] for f in base], axis=0)
                    for n in c.tune
                },
                "pos": np.mean([fold_scores[fold][f]["pos"] for f in base], axis=0),
                "twin": np.mean([fold_scores[fold][f]["twin"] for f in base], axis=0),
            }
            if fold == "ALL":
                ens["held"] = {
                    n: np.mean([fold_scores[fold][f]["held"][n] for f in base], axis=0)
                    for n in c.held
                }
            fold_scores[fold]["ensemble"] = ens
    out: dict[str, Any] = {"lang": lang, "folds": len(folds)}
    for f in families:
        for rule in RULES:
            per: dict[str, float] = {}
            twins_counted: list[float] = []
            twins_hit: dict[str, list[int]] = {}
            members = EITHER_OF if f == "either" else (f,)
            for fold in folds:
                pos = np.flatnonzero(groups == fold)
                twin = np.flatnonzero(groups == f"twin:{fold}")
                model = np.zeros(len(pos), dtype=bool)
                tm = np.zeros(len(twin), dtype=bool)
                for mf in members:
                    e = fold_scores[fold][mf]
                    thr = thresholds(e["tune"], tune_cue, rule)
                    model |= hits(e["pos"], cue[pos], thr)
                    if len(twin):
                        tm |= hits(e["twin"], cue[twin], thr)
                model &= ~lex_gated[pos]
                per[fold] = float((lex_fired[pos] | model).mean())
                if len(twin):
                    counted = (lex_fired[twin] | (tm & ~lex_gated[twin])) & ~lex_laugh[twin]
                    twins_counted.append(float(counted.mean()))
                    # which twins (their index in the round's twins of this language), never
                    # their text: what a twin's count moving is made of
                    twins_hit[fold] = [int(i) for i in np.flatnonzero(counted)]
            values = np.asarray(list(per.values()))
            fresh = [per[k] for k in FRESH_FOLDS if k in per]
            added: dict[str, Any] = {}
            alls = [fold_scores.get("ALL", {}).get(mf) for mf in members]
            for n, texts in c.held.items() if all(alls) else ():
                hit = np.zeros(len(texts), dtype=bool)
                for ea in alls:
                    assert ea is not None
                    thr = thresholds(ea["tune"], tune_cue, rule)
                    hit |= hits(ea["held"][n], held_cue[n], thr)
                h = np.flatnonzero(hit)
                if len(h):
                    fl, gt, lg = ts.lexicon_reads([texts[i] for i in h])
                    n_added = int((~fl & ~gt & ~lg).sum())
                else:
                    n_added = 0
                added[n] = {
                    "added": n_added,
                    "rate": round(n_added / max(len(texts), 1), 5),
                    "n": len(texts),
                }
            out[f"{f}/{rule}"] = {
                "mean": round(float(values.mean()), 4),
                "sd": round(float(values.std()), 4),
                "min": round(float(values.min()), 3),
                "max": round(float(values.max()), 3),
                "fresh_mean": round(float(np.mean(fresh)), 4) if fresh else None,
                "per_round": {k: round(v, 3) for k, v in per.items()},
                "twins_counted_mean": round(float(np.mean(twins_counted)), 4),
                "twins_counted_max": round(float(np.max(twins_counted)), 3),
                "twins_hit": twins_hit,
                "held_added": added,
            }
    out["lexicons_only"] = {
        fold: round(float(lex_fired[groups == fold].mean()), 3) for fold in folds
    }
    out["seconds"] = round(time.time() - t0)
    return out


def main() -> None:
    import sys

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=("en", "zh"), action="append")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--folds", help="read only these folds (comma-separated; timing)")
    parser.add_argument("--grouped", action="store_true", help="rounds leave in GROUPS")
    parser.add_argument("--no-all", action="store_true", help="no fit on every fold")
    parser.add_argument("--tol", type=float, default=0.0, help="solver tolerance (at least)")
    parser.add_argument("--groups", help="only these groups of GROUPS (comma-separated)")
    parser.add_argument("--shipped", action="store_true", help="train on rounds 1-17 only")
    parser.add_argument("--scale", type=float, help="the value of a structural input")
    parser.add_argument("--calm", type=float, help="train_safety's --calm (h-safety34)")
    parser.add_argument(
        "--claff-tune", action="store_true", help="train_safety's --claff-tune (h-safety36)"
    )
    parser.add_argument("--cap", action="store_true", help="also the rule cap (h-safety36)")
    parser.add_argument(
        "--claff-weight", type=float, help="train_safety's --claff-weight (h-safety36)"
    )
    parser.add_argument("--weak-kind", type=float, help="train_safety's --weak-kind (h-safety37)")
    parser.add_argument("--weak-kind-zh", type=float, help="train_safety's --weak-kind-zh")
    parser.add_argument("--weak-pos", type=float, help="train_safety's --weak-pos (h-safety51)")
    parser.add_argument("--weak-calm", type=float, help="train_safety's --weak-calm (h-safety51)")
    parser.add_argument("--extra-last", type=int, help="rounds after 32 to N in every fit")
    parser.add_argument("--couple-rounds", type=int, help="couplecalm's couple rounds (8)")
    args = parser.parse_args()
    global GROUPED, NO_ALL, TOL, SHIPPED, EXTRA_LAST
    if args.weak_kind is not None:
        ts.SETTINGS["weak_kind"] = args.weak_kind
    if args.weak_kind_zh is not None:
        ts.SETTINGS["weak_kind_zh"] = args.weak_kind_zh
    for name in ("weak_pos", "weak_calm"):  # h-safety51: the weak pairs in every fit
        if getattr(args, name) is not None:
            ts.SETTINGS[name] = getattr(args, name)
    if args.extra_last is not None:
        EXTRA_LAST = args.extra_last
    if args.couple_rounds is not None:
        ts.COUPLE_ROUNDS = args.couple_rounds
    GROUPED, NO_ALL, TOL, SHIPPED = args.grouped, args.no_all, args.tol, args.shipped
    if args.calm is not None:
        ts.SETTINGS["calm"] = args.calm
    if args.claff_tune:
        ts.SETTINGS["claff_tune"] = 1.0
    if args.cap:
        RULES["cap"] = 0.0
    if args.claff_weight is not None:
        ts.SETTINGS["claff_weight"] = args.claff_weight
    if args.scale is not None:
        global STRUCT_SCALE
        STRUCT_SCALE = args.scale
    if args.groups:
        for g in set(GROUPS) - set(args.groups.split(",")):
            del GROUPS[g]
    if args.folds:
        ONLY.update(args.folds.split(","))
    families = tuple(args.families.split(","))
    result = {}
    for lang in args.lang or ("en", "zh"):
        result[lang] = run(lang, families, lambda s: print(s, file=sys.stderr, flush=True))
        if args.json:
            with open(args.json, "w", encoding="utf-8") as fh:
                json.dump(result, fh, indent=1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
