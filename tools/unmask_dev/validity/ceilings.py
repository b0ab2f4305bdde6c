"""How far each unmet quality figure of issue 10 can go: its uncertainty and two ceilings.

For every figure that stays under its target on our development halves (ESConv strategies,
the EPITOME-style proxy, NLPCC 2018 Weibo posts, CPED emotion expressed), three numbers, each
on the half the figure is reported on:

- **ours**, with a 95% percentile bootstrap interval (:func:`bootstrap`): whole dialogues
  (ESConv, CPED) or posts (NLPCC) resampled with replacement, :data:`RESAMPLES` times, fixed
  :data:`SEED`. The items, labels and predictions are those of the figure's own module
  (:mod:`~unmask_dev.validity.responsiveness`, :mod:`~unmask_dev.validity.task_talk`,
  :mod:`~unmask_dev.validity.chinese`), not re-derived here.
- **an in-domain diagnostic** (:func:`diagnostic`): a text classifier trained on the *tune*
  half's own labels (tf-idf word 1-2 grams + character 2-5 grams, 1-5 for Chinese, where a
  character is often a word; logistic regression; C and the threshold chosen by 5-fold
  cross-validation inside the tune half, folds grouped by dialogue), scored once on the
  report half, with its interval and the paired interval of its lead over ours (same
  resamples). What a reader that sees only the text reaches when it learns these very labels
  in domain: it is no upper bound (a better learner could do more), but a diagnostic that beats
  us says there is room. In memory only: nothing is saved, nothing shipped (ESConv is CC
  BY-NC; NLPCC's licence is not stated). Needs scikit-learn (the ``train`` extra), else the
  rows say so.
- **a text-only ceiling on repeated texts** (:func:`repeated_ceiling`): where one text
  (normalised as :func:`unmask_dev.claff_agreement.text_key` does) occurs more than once,
  each copy carries its own label; how often two copies agree bounds what *any* reader that
  sees only the text can score against these labels (:func:`text_only_ceiling`, the method
  of :func:`unmask_dev.claff_agreement.ceiling`, here for positive-class F1 as well as
  macro-F1), with a bootstrap interval over texts. It rests on the repeated texts only
  (greetings, thanks, short TV lines), not a random sample of the figure's items.

Run: ``.venv/bin/python benchmarks/validity.py --area ceilings`` (add
``UNMASK_NLPCC2018_DEV=<file>`` for the Weibo rows); docs/validity.md, "How far the unmet
figures can go", reads the table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from unmask_dev import claff_agreement, devsets, nlpcc2018
from unmask_dev.validity import Row, chinese, responsiveness, task_talk
from unmask_dev.validity.responsiveness import f1, macro_f1
from unmask_dev.zh_split import Part, select

AREA = "ceilings"
RESAMPLES = 2000
SEED = 20261204  # fixed so every interval is reproducible
LEVEL = 0.95
C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5
THRESHOLDS = np.round(np.arange(0.05, 0.951, 0.01), 2)
#: a repeated-text ceiling needs at least this many positive copies and texts to be shown
MIN_POSITIVE = 20
MIN_TEXTS = 10

Metric = Callable[[np.ndarray, np.ndarray], float]
METRICS: dict[str, Metric] = {"f1": f1, "macro_f1": macro_f1}


# --- uncertainty -------------------------------------------------------------------------


def _codes(groups: Sequence[str]) -> tuple[np.ndarray, int]:
    """Each item's group as 0..n_groups - 1 (first-seen order) and the number of groups."""
    index: dict[str, int] = {}
    codes = np.array([index.setdefault(g, len(index)) for g in groups], dtype=np.int64)
    return codes, len(index)


def resamples(groups: Sequence[str], n: int = RESAMPLES, seed: int = SEED) -> Iterable[np.ndarray]:
    """``n`` bootstrap resamples of the items, each as an index array: the groups drawn with
    replacement (as many as there are), every item of a drawn group taken once per draw.
    The same groups and seed always give the same resamples, so two figures on the same
    items are compared resample by resample."""
    codes, n_groups = _codes(groups)
    if n_groups == 0:
        return
    rng = np.random.default_rng(seed)
    counts = rng.multinomial(n_groups, np.full(n_groups, 1.0 / n_groups), size=n)
    items = np.arange(len(codes))
    for drawn in counts:
        yield np.repeat(items, drawn[codes])


def interval(values: Sequence[float] | np.ndarray, level: float = LEVEL) -> tuple[float, float]:
    """Percentile interval of bootstrap values (NaN left out)."""
    return claff_agreement.percentile_interval(values, level)


def bootstrap(
    truth: Sequence[bool] | np.ndarray,
    predicted: Sequence[bool] | np.ndarray,
    groups: Sequence[str],
    metric: Metric,
    n: int = RESAMPLES,
    seed: int = SEED,
) -> tuple[float, float]:
    """95% percentile interval of ``metric(truth, predicted)`` when ``groups`` (dialogues,
    posts) are resampled with replacement."""
    t = np.asarray(truth, dtype=bool)
    p = np.asarray(predicted, dtype=bool)
    return interval([metric(t[i], p[i]) for i in resamples(groups, n, seed)])


def bootstrap_gain(
    truth: Sequence[bool] | np.ndarray,
    ours: Sequence[bool] | np.ndarray,
    other: Sequence[bool] | np.ndarray,
    groups: Sequence[str],
    metric: Metric,
    n: int = RESAMPLES,
    seed: int = SEED,
) -> tuple[float, float, float]:
    """``metric`` of ``other`` minus that of ``ours`` on the same items, and its paired 95%
    interval (both read on the same resamples)."""
    t = np.asarray(truth, dtype=bool)
    a = np.asarray(ours, dtype=bool)
    b = np.asarray(other, dtype=bool)
    values = [metric(t[i], b[i]) - metric(t[i], a[i]) for i in resamples(groups, n, seed)]
    return (metric(t, b) - metric(t, a), *interval(values))


# --- the text-only ceiling on repeated texts ----------------------------------------------


def _f1_cells(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    # 0 when there is no true positive, as :func:`responsiveness.f1`
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(tp > 0, 2 * tp / (2 * tp + fp + fn), 0.0)


def cells_metric(cells: np.ndarray, kind: str) -> np.ndarray:
    """F1 of the positive class (``"f1"``) or macro-F1 of ``[..., 4]`` rows ``[tp, fp, fn,
    tn]``, with the conventions of :func:`responsiveness.f1` / :func:`responsiveness.macro_f1`."""
    tp, fp, fn, tn = np.moveaxis(np.asarray(cells, dtype=np.float64), -1, 0)
    if kind == "f1":
        return _f1_cells(tp, fp, fn)
    if kind == "macro_f1":
        return (_f1_cells(tp, fp, fn) + _f1_cells(tn, fn, fp)) / 2
    raise ValueError(f"kind must be 'f1' or 'macro_f1', not {kind!r}")


def text_only_ceiling(conf: np.ndarray, kind: str) -> np.ndarray:
    """The most any classifier that sees only the text can score (``kind``: "f1" or
    "macro_f1") against one copy's label, from symmetric copy-vs-copy confusion rows
    ``[..., 4]`` (``[tp, fp, fn, tn]``).

    The bound of :func:`unmask_dev.claff_agreement.ceiling`: the copies give the positive
    share s = E[p] and the agreement A = E[p^2 + (1 - p)^2], where p(x) is the chance that a
    copy of text x carries the label; so Var p = s(1 - s) - (1 - A)/2 and a classifier that
    predicts positive on a share D of texts has tp <= D s + sqrt(D (1 - D) Var p), capped by
    D and s. F1 and macro-F1 both grow with tp at fixed D; the maximum over D bounds every
    such classifier.
    """
    cells = claff_agreement.best_cells(conf)
    return np.asarray(cells_metric(cells, kind).max(axis=-1))


@dataclass(frozen=True)
class Repeated:
    """The text-only ceiling on the repeated texts of one figure's items."""

    value: float
    low: float
    high: float
    agreement: float
    texts: int  # distinct texts held by two items or more
    rows: int  # the items that hold them
    positive_rows: int


WEIGHTINGS = ("item", "text")


def repeated_ceiling(
    texts: Sequence[str],
    labels: Sequence[bool] | np.ndarray,
    kind: str,
    weighting: str = "item",
    n: int = RESAMPLES,
    seed: int = SEED,
) -> Repeated | None:
    """:func:`text_only_ceiling` on the items whose text occurs more than once (copies
    grouped at :func:`claff_agreement.text_key`'s ``normalised`` level, every ordered pair of
    two copies), with a 95% interval over texts; None when no text repeats or no copy is
    positive. ``weighting``: ``"item"`` (a text of k copies weighs k, so every item counts
    once, as in the figure) or ``"text"`` (each text weighs 1, the headline of
    :mod:`unmask_dev.claff_agreement`)."""
    if weighting not in WEIGHTINGS:
        raise ValueError(f"weighting must be one of {WEIGHTINGS}, not {weighting!r}")
    y = np.asarray(labels, dtype=bool).astype(np.int64)
    groups = claff_agreement.duplicate_groups(list(texts), "normalised")
    if not groups:
        return None
    pairs = claff_agreement.ordered_pairs(groups)
    per_text = claff_agreement.group_confusion(pairs, y, "group")
    if weighting == "item":
        per_text = per_text * np.array([len(g) for g in groups], dtype=np.float64)[:, None]
    total = per_text.sum(axis=0)
    rows = np.unique(pairs.b)
    if not y[rows].any():
        return None
    lo, hi = claff_agreement.bootstrap_interval(
        per_text, n, seed, LEVEL, metric=lambda conf: text_only_ceiling(conf, kind)
    )
    return Repeated(
        value=float(text_only_ceiling(total, kind)),
        low=lo,
        high=hi,
        agreement=claff_agreement.agreement(total),
        texts=pairs.n_groups,
        rows=len(rows),
        positive_rows=int(y[rows].sum()),
    )


# --- the in-domain diagnostic ----------------------------------------------------------------


@dataclass(frozen=True)
class Diagnostic:
    """A diagnostic classifier's predictions on the report half and how it was chosen."""

    predicted: np.ndarray
    c: float
    threshold: float
    cv: float  # the metric of the chosen setting, pooled over the tune half's folds


def best_setting(
    truth: np.ndarray, probabilities: dict[float, np.ndarray], metric: Metric
) -> tuple[float, float, float]:
    """(C, threshold, metric) of the best setting over out-of-fold probabilities per C; ties
    go to the smaller C, then the lower threshold."""
    best = (-1.0, 0.0, 0.0)
    for c in sorted(probabilities):
        for t in THRESHOLDS:
            value = metric(truth, probabilities[c] >= t)
            if value > best[0]:
                best = (value, c, float(t))
    return best[1], best[2], best[0]


def _features(chars: tuple[int, int]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    return make_union(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=chars, sublinear_tf=True, min_df=2),
    )


def _model(c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=5000)


def diagnostic(
    train_texts: Sequence[str],
    train_truth: Sequence[bool] | np.ndarray,
    train_groups: Sequence[str],
    test_texts: Sequence[str],
    metric: Metric,
    chinese_text: bool = False,
) -> Diagnostic:
    """Train on the tune half (C and threshold by grouped cross-validation), predict the
    report half. Raises ImportError without scikit-learn."""
    from sklearn.model_selection import GroupKFold
    from sklearn.pipeline import make_pipeline

    y = np.asarray(train_truth, dtype=bool)
    texts = np.asarray(list(train_texts), dtype=object)
    codes, _ = _codes(train_groups)
    chars = (1, 5) if chinese_text else (2, 5)
    oof = {c: np.zeros(len(y)) for c in C_GRID}
    for fit, held in GroupKFold(n_splits=FOLDS).split(texts, y, codes):
        features = _features(chars)
        x_fit = features.fit_transform(texts[fit])
        x_held = features.transform(texts[held])
        for c in C_GRID:
            oof[c][held] = _model(c).fit(x_fit, y[fit]).predict_proba(x_held)[:, 1]
    c, threshold, cv = best_setting(y, oof, metric)
    final = make_pipeline(_features(chars), _model(c)).fit(texts, y)
    prob = final.predict_proba(np.asarray(list(test_texts), dtype=object))[:, 1]
    return Diagnostic(prob >= threshold, c, threshold, cv)


# --- the figures -------------------------------------------------------------------------


@dataclass(frozen=True)
class Items:
    """One half of a figure: per item its text, label, our prediction and its group."""

    texts: list[str]
    truth: np.ndarray
    predicted: np.ndarray
    groups: list[str]


@dataclass(frozen=True)
class Case:
    """One unmet figure: its report half, its tune half, and what the rows say about them."""

    name: str
    target: str
    kind: str  # "f1" or "macro_f1"
    report: Items
    tune: Items
    data: str  # which data, which halves
    unit: str  # what a group is ("dialogues", "posts")
    chinese_text: bool = False


RESPONSIVENESS = (
    "ESConv Questions -> exploration or inner_question, F1",
    "ESConv Questions that explore (greetings, offers of help left out) -> "
    "exploration or inner_question, F1",
    "ESConv Reflection/Restatement -> interpretation, F1",
    "EPITOME proxy (ESConv turns): reaction, macro-F1",
    "EPITOME proxy (ESConv turns): interpretation, macro-F1",
)


def responsiveness_cases() -> list[Case]:
    halves = {
        part: {f.name: (f, groups) for f, groups in responsiveness.esconv_figures(part)}
        for part in responsiveness.PARTS
    }
    out = []
    for name in RESPONSIVENESS:
        (rep, rep_groups), (tune, tune_groups) = halves["report"][name], halves["tune"][name]
        out.append(
            Case(
                name,
                rep.target,
                rep.kind,
                Items(rep.texts, rep.truth, rep.predicted, rep_groups),
                Items(tune.texts, tune.truth, tune.predicted, tune_groups),
                "ESConv (CC BY-NC), responsiveness' halves (crc32 of the dialogue id): "
                + ("supporter messages" if rep.kind == "f1" else "supporter turns"),
                "dialogues",
            )
        )
    return out


def task_talk_cases() -> list[Case]:
    report = task_talk.esconv_support_items("held_out")
    tune = task_talk.esconv_support_items("fit")
    return [
        Case(
            name,
            target,
            "f1",
            Items(texts, truth, predicted, groups),
            Items(t_texts, t_truth, t_predicted, t_groups),
            "ESConv (CC BY-NC), task_talk's halves (unmask_dev.chat_split: held-out half "
            "reported, fit half for the diagnostic): supporter messages",
            "dialogues",
        )
        for (name, target, truth, predicted, texts, groups), (
            _,
            _,
            t_truth,
            t_predicted,
            t_texts,
            t_groups,
        ) in zip(report, tune, strict=True)
    ]


def nlpcc_case() -> Case:
    halves = {}
    for which in ("report", "tune"):
        posts = nlpcc2018.load(which)
        texts = [p.text for p in posts]
        halves[which] = Items(
            texts,
            np.array([p.emotional for p in posts], dtype=bool),
            chinese.expressed(texts),
            [p.id for p in posts],
        )
    return Case(
        "NLPCC 2018 Weibo posts, emotion expressed macro-F1",
        ">= 0.70",
        "macro_f1",
        halves["report"],
        halves["tune"],
        "NLPCC 2018 task 1 dev (licence unstated, outside data), halves of unmask_dev.nlpcc2018",
        "posts",
        chinese_text=True,
    )


def cped_case() -> Case:
    dialogues = devsets.cped()
    halves = {}
    parts: dict[str, tuple[Part, ...]] = {"report": ("test",), "tune": ("train", "dev")}
    for which in ("report", "tune"):
        chosen = [d for p in parts[which] for d in select("cped", dialogues, p)]
        texts, y, ids = chinese.cped_emotion_items(chosen)
        halves[which] = Items(texts, np.asarray(y, dtype=bool), chinese.expressed(texts), ids)
    return Case(
        "CPED emotion expressed vs neutral, disclosure.emotional macro-F1",
        ">= 0.70",
        "macro_f1",
        halves["report"],
        halves["tune"],
        "CPED (Apache 2.0), unmask_dev.zh_split: test part reported, train + dev parts "
        "for the diagnostic",
        "dialogues",
        chinese_text=True,
    )


def _n(items: Items, unit: str) -> str:
    positive = int(items.truth.sum())
    return f"{len(items.truth)} items ({positive} positive) in {len(set(items.groups))} {unit}"


def case_rows(case: Case) -> list[Row]:
    metric = METRICS[case.kind]
    rep = case.report
    ours = metric(rep.truth, rep.predicted)
    lo, hi = bootstrap(rep.truth, rep.predicted, rep.groups, metric)
    resampled = f"bootstrap over {case.unit}, {RESAMPLES} resamples, seed {SEED}"
    out = [
        Row(
            AREA,
            f"{case.name}: ours, report half",
            ours,
            case.target,
            len(rep.truth),
            f"95% CI {lo:.3f}-{hi:.3f} ({resampled}); {case.data}; {_n(rep, case.unit)}",
        )
    ]
    out.append(diagnostic_row(case))
    out.append(ceiling_row(case))
    return out


def _half_of(items: Items) -> Items:
    """Every other group of ``items`` (first-seen order): the learning curve's half."""
    codes, _ = _codes(items.groups)
    keep = codes % 2 == 0
    return Items(
        [t for t, k in zip(items.texts, keep, strict=True) if k],
        items.truth[keep],
        items.predicted[keep],
        [g for g, k in zip(items.groups, keep, strict=True) if k],
    )


def diagnostic_row(case: Case) -> Row:
    """The in-domain diagnostic on the report half, with its interval, its paired lead over
    ours and, as a learning curve's second point, the same recipe trained on half the tune
    half's groups (a diagnostic still climbing with data is not at its ceiling)."""
    metric = METRICS[case.kind]
    rep = case.report
    name = f"{case.name}: in-domain n-gram diagnostic (trained on the tune half)"
    try:
        found = diagnostic(
            case.tune.texts, case.tune.truth, case.tune.groups, rep.texts, metric, case.chinese_text
        )
        half = _half_of(case.tune)
        on_half = diagnostic(
            half.texts, half.truth, half.groups, rep.texts, metric, case.chinese_text
        )
    except ImportError:
        return Row(AREA, name, None, "", len(rep.truth), "needs scikit-learn (the train extra)")
    value = metric(rep.truth, found.predicted)
    lo, hi = bootstrap(rep.truth, found.predicted, rep.groups, metric)
    gain, g_lo, g_hi = bootstrap_gain(rep.truth, rep.predicted, found.predicted, rep.groups, metric)
    return Row(
        AREA,
        name,
        value,
        "",
        len(rep.truth),
        f"95% CI {lo:.3f}-{hi:.3f}; minus ours {gain:+.3f} (paired 95% CI {g_lo:+.3f} to "
        f"{g_hi:+.3f}); trained on the tune half's {_n(case.tune, case.unit)}, C {found.c:g} "
        f"and threshold {found.threshold:.2f} by {FOLDS}-fold CV grouped by "
        f"{case.unit[:-1]} (CV {found.cv:.3f}); trained on half of those {case.unit}: "
        f"{metric(rep.truth, on_half.predicted):.3f}; "
        "a diagnostic kept in memory, never saved or shipped",
    )


def ceiling_row(case: Case) -> Row:
    """The text-only ceiling on the texts that repeat across both halves (the labels'
    agreement with themselves does not depend on our split; both halves give more copies)."""
    name = f"{case.name}: text-only ceiling on repeated texts (diagnostic)"
    texts = case.report.texts + case.tune.texts
    truth = np.r_[case.report.truth, case.tune.truth]
    found = repeated_ceiling(texts, truth, case.kind)
    if found is None:
        return Row(AREA, name, None, "", 0, "no text repeats with a positive copy (both halves)")
    counts = (
        f"both halves: {found.texts} texts held by {found.rows} items "
        f"({found.positive_rows} positive), copies agree {found.agreement:.3f}"
    )
    if found.positive_rows < MIN_POSITIVE or found.texts < MIN_TEXTS:
        return Row(
            AREA,
            name,
            None,
            "",
            found.rows,
            f"too few to bound anything ({counts}; would read {found.value:.3f}, "
            f"95% CI {found.low:.3f}-{found.high:.3f})",
        )
    alone = repeated_ceiling(case.report.texts, case.report.truth, case.kind)
    per_text = repeated_ceiling(texts, truth, case.kind, weighting="text")
    report = (
        "report half alone: none"
        if alone is None
        else f"report half alone {alone.value:.3f} ({alone.low:.3f}-{alone.high:.3f}, "
        f"{alone.texts} texts, {alone.positive_rows} positive copies)"
    )
    assert per_text is not None  # the same texts and labels as ``found``
    return Row(
        AREA,
        name,
        found.value,
        "",
        found.rows,
        f"95% CI {found.low:.3f}-{found.high:.3f} (bootstrap over texts; every copy counts "
        f"once); {counts}; {report}; each text weighing 1: {per_text.value:.3f} "
        f"({per_text.low:.3f}-{per_text.high:.3f}); bounds any text-only reader on these "
        "repeated (mostly short, formulaic) items only, not on the whole figure",
    )


def _absent(name: str, why: str) -> list[Row]:
    return [Row(AREA, name, None, "", 0, why)]


def rows() -> list[Row]:
    out: list[Row] = []
    builders: tuple[tuple[str, Callable[[], list[Case]]], ...] = (
        ("ESConv strategy and EPITOME proxy figures", responsiveness_cases),
        ("ESConv support figures (task_talk)", task_talk_cases),
        ("NLPCC 2018 Weibo posts", lambda: [nlpcc_case()]),
        ("CPED emotion expressed", lambda: [cped_case()]),
    )
    for name, build in builders:
        try:
            cases = build()
        except (devsets.DevSetMissing, nlpcc2018.Missing) as exc:
            out += _absent(name, str(exc))
            continue
        for case in cases:
            out += case_rows(case)
    return out
