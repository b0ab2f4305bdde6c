"""Train the bundled disclosure/support model on CL-Aff OffMyChest plus task-talk chat.

Recipe (deterministic; see docs/model.md):

1. load the CSV and split it by thread with unmask_dev.claff_split
   (70/15/15 of the sentences, fixed salted-hash order);
2. chat negatives (``--chat``, the default): every turn of the *fit* half of MultiWOZ
   (unmask_dev.chat_split; MIT licence) is a negative for all four signals; its
   dialogues are split again by hash into train (80%) and dev (20%);
3. hash every text with unmask.signals.features (word 1-2-grams and
   char 2-5-grams into N_BUCKETS buckets, L2-normalised per group);
4. per signal, fit L2 logistic regressions (lbfgs) on train (CL-Aff train + MultiWOZ
   train) over a small grid of C and class weighting; keep the one with the best
   tuning score after moving its decision threshold to the best value, where the
   tuning score is the CL-Aff dev macro-F1 among thresholds at which at most
   CHAT_CAP of the MultiWOZ dev turns fire (ESConv, CC BY-NC, is not read here: it
   only evaluates, in unmask_dev.validity.task_talk);
5. shift the bias so that probability 0.5 is that threshold, store the
   weights as float16, and report dev and test figures once.

``--cv`` (tried, not shipped): C, class weight and threshold from a thread-grouped 4-fold
cross-validation over train + dev (``disclosure.emotional``'s threshold also for half of
the sentences positive, the official test's share), then a refit on train + dev.

``--couple-weight W`` (default COUPLE_WEIGHT, 2: the shipped ``claff-lr-5``): the English
lines of couple rounds one to four (ours) join the training of the two emotional heads with
sample weight W (0: none, the ``claff-lr-3`` recipe); ``--refit-couple [FILE]`` refits only
those two heads at FILE's C and class weight and keeps FILE's other two heads. The shipped
file: ``scripts/train_claff.py --refit-couple`` (FILE the bundled file, whose other two heads
and choices are ``claff-lr-3``'s; built first from ``claff_v3.npz``).

Run: ``.venv/bin/python scripts/train_claff.py [--out PATH] [--csv PATH] [--cv]``
(needs the ``train`` extra: scikit-learn).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import zipfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

from unmask.signals import model as model_layer
from unmask.signals.features import (
    CUE_NAMES,
    FEATURES_VERSION,
    hash_texts,
    occurrence_values,
)
from unmask.signals.model import MODEL_SIGNALS, MODEL_VERSION, WEIGHTS_FILE
from unmask_dev import chat_split, claff_couple, claff_split, devsets

N_BUCKETS = 2**18
GRID_C = (0.5, 1.0, 2.0, 4.0, 8.0)
GRID_WEIGHT: tuple[str | None, ...] = (None, "balanced")
THRESHOLDS = np.round(np.arange(0.05, 0.951, 0.01), 2)
#: at most this share of MultiWOZ dev turns may fire at the chosen threshold
CHAT_CAP: dict[str, float] = {
    "disclosure.emotional": 0.01,
    "disclosure.informational": 0.05,
    "support.emotional": 0.01,
    "support.informational": 0.02,
}
#: thread-grouped cross-validation over train + dev (``--cv``: tried for claff-lr-4, not
#: shipped, docs/model.md): folds, grid
CV_FOLDS = 4
CV_GRID_C = (0.5, 1.0, 2.0, 4.0)
#: signals whose threshold must also hold at another base rate than the training file's:
#: the official CL-Aff test has about half of its sentences labelled emotional disclosure
#: (a third in the training file), so the threshold maximises the mean of the plain
#: macro-F1 and the macro-F1 with positives re-weighted to this share
BASE_RATE_TARGET: dict[str, float] = {"disclosure.emotional": 0.5}
#: source weight of a couple line in the recipe (CL-Aff and chat lines weigh 1): 2, the
#: shipped claff-lr-5 (0: none, claff-lr-3). Weight 8 and a cap model were tried
#: (h-encouple, the leave-one-round-out read of unmask_dev.claff_couple) and not shipped:
#: docs/model.md
COUPLE_WEIGHT = 2.0
CHAT_DEV_SALT = "unmask-multiwoz-dev-v1:"
CHAT_DEV_SHARE = 0.2
DEFAULT_OUT = Path(__file__).resolve().parents[2] / "src/unmask/signals/models" / WEIGHTS_FILE


def matrix(texts: list[str]) -> sp.csr_matrix:
    """The training view of the shared features: the hashed buckets as a sparse
    matrix that sums duplicates, then the cue block as the last columns."""
    feats = hash_texts(texts, N_BUCKETS)
    values = occurrence_values(feats)
    x = sp.csr_matrix((values, (feats.row, feats.bucket)), shape=(len(texts), N_BUCKETS))
    x.sum_duplicates()
    return sp.hstack([x, sp.csr_matrix(feats.cues)], format="csr")


@dataclass(frozen=True)
class Tuning:
    """What a threshold is chosen on besides the CL-Aff dev labels: the MultiWOZ dev
    turns (all negative; absent without ``--chat``)."""

    chat_dev: sp.csr_matrix | None = None


def best_threshold(
    sig: str, y: np.ndarray, p: np.ndarray, chat_p: np.ndarray | None = None
) -> tuple[float, float]:
    """(threshold, CL-Aff dev macro-F1) over thresholds at which at most CHAT_CAP of the
    chat dev turns fire."""
    best = (-1.0, 0.95)
    for t in THRESHOLDS:
        if chat_p is not None and float(np.mean(chat_p >= t)) > CHAT_CAP[sig]:
            continue
        best = max(best, (float(f1_score(y, p >= t, average="macro")), float(t)))
    return best[1], best[0]


def reweighted_macro_f1(y: np.ndarray, pred: np.ndarray, base_rate: float) -> float:
    """Macro-F1 with the positives weighted so that they are ``base_rate`` of the total
    (what the figure would be on data with that share of positives, if the positives and
    the negatives looked like these)."""
    yb = np.asarray(y).astype(bool)
    share = float(yb.mean())
    if share in (0.0, 1.0):
        return float(f1_score(yb, pred, average="macro"))
    w = np.where(yb, base_rate / share, (1 - base_rate) / (1 - share))
    return float(f1_score(yb, pred, average="macro", sample_weight=w))


def tuning_score(sig: str, y: np.ndarray, pred: np.ndarray) -> float:
    """What a threshold (and the grid) is chosen on: macro-F1, averaged with the re-weighted
    macro-F1 where :data:`BASE_RATE_TARGET` names the signal."""
    plain = float(f1_score(y, pred, average="macro"))
    if sig not in BASE_RATE_TARGET:
        return plain
    return (plain + reweighted_macro_f1(y, pred, BASE_RATE_TARGET[sig])) / 2


def cv_threshold(
    sig: str, y: np.ndarray, p: np.ndarray, chat_rates: list[np.ndarray] | None = None
) -> tuple[float, float]:
    """(threshold, tuning score) over out-of-fold probabilities ``p``; a threshold is
    allowed where the *mean* share of chat dev turns the fold models fire on is at most
    CHAT_CAP."""
    best = (-1.0, 0.95)
    for t in THRESHOLDS:
        if (
            chat_rates is not None
            and float(np.mean([np.mean(c >= t) for c in chat_rates])) > (CHAT_CAP[sig])
        ):
            continue
        best = max(best, (tuning_score(sig, y, p >= t), float(t)))
    return best[1], best[0]


def figures(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    pred = p >= 0.5
    return {
        "macro_f1": round(float(f1_score(y, pred, average="macro")), 4),
        "accuracy": round(float(accuracy_score(y, pred)), 4),
    }


def save_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Like ``np.savez_compressed`` but byte-identical across runs (fixed zip timestamps)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, array in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asanyarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue(), compresslevel=9)


@dataclass(frozen=True)
class Trained:
    """The stored model: float16 bucket weights, cue weights, shifted biases."""

    weights: np.ndarray  # (N_BUCKETS, n_signals) float16
    cue_weights: np.ndarray  # (n_cues, n_signals) float32
    bias: np.ndarray  # (n_signals,) float32
    choices: dict[str, dict[str, object]]  # per signal: C, class weight, threshold

    def as_weights(self) -> model_layer._Weights:
        """What the model layer holds once this model's file is read (for reading it
        through the whole scorer without writing a file)."""
        return model_layer._Weights(
            self.weights.astype(np.float32),
            self.cue_weights.astype(np.float64),
            self.bias.astype(np.float64),
            N_BUCKETS,
        )

    @classmethod
    def shipped(cls, path: Path = DEFAULT_OUT) -> Trained:
        """The weights file ``path`` as a :class:`Trained` (its choices from its meta)."""
        with np.load(path) as f:
            meta = json.loads(str(f["meta"]))
            choices = {
                sig: {k: meta["report"][sig][k] for k in ("C", "class_weight", "threshold")}
                for sig in MODEL_SIGNALS
            }
            return cls(f["weights"], f["cue_weights"], f["bias"], choices)

    def predict(self, x: sp.csr_matrix, j: int) -> np.ndarray:
        """Probabilities from the stored weights, exactly what inference computes."""
        w = np.concatenate((self.weights[:, j], self.cue_weights[:, j])).astype(np.float64)
        return 1 / (1 + np.exp(-(x @ w + float(self.bias[j]))))


def labels(part: list[claff_split.Sentence]) -> dict[str, np.ndarray]:
    return {sig: np.array([s.labels[sig] for s in part]) for sig in MODEL_SIGNALS}


@dataclass(frozen=True)
class Extra:
    """Training lines one signal adds to the train side (the couple lines), each with
    its sample weight (the CL-Aff and chat lines weigh 1)."""

    x: sp.csr_matrix
    y: np.ndarray
    weight: float


def _train_side(
    x: sp.csr_matrix, y: np.ndarray, extra: Extra | None
) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray | None]:
    if extra is None or extra.x.shape[0] == 0:
        return x, y, None
    w = np.concatenate((np.ones(x.shape[0]), np.full(extra.x.shape[0], extra.weight)))
    return sp.vstack([x, extra.x], format="csr"), np.concatenate((y, extra.y)), w


def train(
    x: dict[str, sp.csr_matrix],
    y: dict[str, dict[str, np.ndarray]],
    tuning: Tuning,
    grid_c: tuple[float, ...] = GRID_C,
    extra: dict[str, Extra] | None = None,
    grids: dict[str, tuple[tuple[float, str | None], ...]] | None = None,
    keep: Trained | None = None,
) -> Trained:
    """Grid per signal on train, chosen and thresholded on dev (test is never read).

    ``extra``: lines a signal adds to its train side (the couple lines); ``grids``: the
    (C, class weight) pairs of a signal, instead of ``grid_c`` x :data:`GRID_WEIGHT`;
    ``keep``: a trained model whose columns the signals ``extra`` does not name keep
    (not refitted)."""
    n_cues = x["train"].shape[1] - N_BUCKETS
    weights = np.zeros((N_BUCKETS, len(MODEL_SIGNALS)), dtype=np.float16)
    cue_weights = np.zeros((n_cues, len(MODEL_SIGNALS)), dtype=np.float32)
    bias = np.zeros(len(MODEL_SIGNALS), dtype=np.float32)
    choices: dict[str, dict[str, object]] = {}
    for j, sig in enumerate(MODEL_SIGNALS):
        if keep is not None and (extra is None or sig not in extra):
            weights[:, j] = keep.weights[:, j]
            cue_weights[:, j] = keep.cue_weights[:, j]
            bias[j] = keep.bias[j]
            choices[sig] = dict(keep.choices[sig])
            continue
        xs, ys, sw = _train_side(x["train"], y["train"][sig], (extra or {}).get(sig))
        pairs = (grids or {}).get(sig) or tuple((c, cw) for c in grid_c for cw in GRID_WEIGHT)
        best: tuple[float, float, float, str | None, LogisticRegression] | None = None
        for c, cw in pairs:
            lr = LogisticRegression(C=c, class_weight=cw, max_iter=5000)
            lr.fit(xs, ys, sample_weight=sw)
            chat_p = None
            if tuning.chat_dev is not None:
                chat_p = lr.predict_proba(tuning.chat_dev)[:, 1]
            t, f1 = best_threshold(sig, y["dev"][sig], lr.predict_proba(x["dev"])[:, 1], chat_p)
            if best is None or f1 > best[0]:
                best = (f1, t, c, cw, lr)
        assert best is not None
        _, t, c, cw, lr = best
        weights[:, j] = lr.coef_[0][:N_BUCKETS].astype(np.float16)
        cue_weights[:, j] = lr.coef_[0][N_BUCKETS:].astype(np.float32)
        bias[j] = lr.intercept_[0] - np.log(t / (1 - t))
        choices[sig] = {"C": c, "class_weight": cw, "threshold": t}
        if sig in (extra or {}):
            choices[sig]["couple_weight"] = (extra or {})[sig].weight
    return Trained(weights, cue_weights, bias, choices)


def thread_folds(threads: list[str], k: int = CV_FOLDS) -> np.ndarray:
    """Fold (0..k-1) of each sentence: threads in their fixed hash order dealt round-robin,
    so one thread's sentences are always in one fold."""
    order = {t: i % k for i, t in enumerate(claff_split.thread_order(set(threads)))}
    return np.array([order[t] for t in threads])


@dataclass(frozen=True)
class CvData:
    """Train + dev of CL-Aff (the rows) with their folds, the chat training negatives
    (added to every fold's training side) and the chat capping turns."""

    x: sp.csr_matrix
    y: dict[str, np.ndarray]
    folds: np.ndarray
    chat_train: sp.csr_matrix | None
    chat_dev: sp.csr_matrix | None


def _fit(x: sp.csr_matrix, y: np.ndarray, c: float, cw: str | None) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight=cw, max_iter=5000).fit(x, y)


def _with_chat(data: CvData, x: sp.csr_matrix, y: np.ndarray) -> tuple[sp.csr_matrix, np.ndarray]:
    if data.chat_train is None:
        return x, y
    n = data.chat_train.shape[0]
    return sp.vstack([x, data.chat_train], format="csr"), np.concatenate((y, np.zeros(n, int)))


def _cv_signal(
    args: tuple[CvData, str, tuple[float, ...]],
) -> tuple[str, dict[str, object], np.ndarray, np.ndarray]:
    """Grid of one signal by thread-grouped CV, then the refit on all of train + dev:
    (signal, choices, coefficients, intercept)."""
    data, sig, grid_c = args
    y = data.y[sig]
    best: tuple[float, float, float, str | None] | None = None
    for c in grid_c:
        for cw in GRID_WEIGHT:
            oof = np.zeros(len(y))
            chat_rates: list[np.ndarray] = []
            for k in range(CV_FOLDS):
                held = data.folds == k
                lr = _fit(*_with_chat(data, data.x[~held], y[~held]), c, cw)
                oof[held] = lr.predict_proba(data.x[held])[:, 1]
                if data.chat_dev is not None:
                    chat_rates.append(lr.predict_proba(data.chat_dev)[:, 1])
            t, score = cv_threshold(sig, y, oof, chat_rates or None)
            print(f"  {sig} C={c} cw={cw}: t={t:.2f} cv={score:.4f}", flush=True)
            if best is None or score > best[0]:
                best = (score, t, c, cw)
    assert best is not None
    score, t, c, cw = best
    lr = _fit(*_with_chat(data, data.x, y), c, cw)
    choices: dict[str, object] = {"C": c, "class_weight": cw, "threshold": t, "cv": round(score, 4)}
    return sig, choices, lr.coef_[0], lr.intercept_


def train_cv(data: CvData, grid_c: tuple[float, ...] = CV_GRID_C, jobs: int = 2) -> Trained:
    """The ``--cv`` recipe (tried for claff-lr-4, not shipped): per signal, C, class
    weight and threshold chosen on out-of-fold predictions of a thread-grouped CV over
    CL-Aff train + dev (test never read), then one refit on all of train + dev (+ chat
    negatives). Signals run in ``jobs`` processes; the result does not depend on ``jobs``."""
    n_cues = data.x.shape[1] - N_BUCKETS
    weights = np.zeros((N_BUCKETS, len(MODEL_SIGNALS)), dtype=np.float16)
    cue_weights = np.zeros((n_cues, len(MODEL_SIGNALS)), dtype=np.float32)
    bias = np.zeros(len(MODEL_SIGNALS), dtype=np.float32)
    choices: dict[str, dict[str, object]] = {}
    tasks = [(data, sig, grid_c) for sig in MODEL_SIGNALS]
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_cv_signal, tasks))
    else:
        results = [_cv_signal(t) for t in tasks]
    for sig, choice, coef, intercept in results:
        j = MODEL_SIGNALS.index(sig)
        t = float(choice["threshold"])  # type: ignore[arg-type]
        weights[:, j] = coef[:N_BUCKETS].astype(np.float16)
        cue_weights[:, j] = coef[N_BUCKETS:].astype(np.float32)
        bias[j] = intercept[0] - np.log(t / (1 - t))
        choices[sig] = choice
    return Trained(weights, cue_weights, bias, choices)


def _chat_side(dialogue: devsets.Dialogue) -> str:
    key = hashlib.sha256((CHAT_DEV_SALT + dialogue.id).encode()).digest()
    return "dev" if key[0] < 256 * CHAT_DEV_SHARE else "train"


def chat_texts() -> dict[str, list[str]]:
    """MultiWOZ fit-half turns by side (train / dev), the task-talk negatives."""
    out: dict[str, list[str]] = {"train": [], "dev": []}
    for d in chat_split.halves(devsets.multiwoz())["fit"]:
        out[_chat_side(d)].extend(t.text for t in d.turns if t.text)
    return out


@dataclass(frozen=True)
class BaseData:
    """The recipe's matrices (thread split): CL-Aff train + MultiWOZ training turns, dev,
    test, and the chat capping turns."""

    x: dict[str, sp.csr_matrix]
    y: dict[str, dict[str, np.ndarray]]
    tuning: Tuning
    n_chat: int


def base_data(csv: Path | None = None, chat: bool = True) -> BaseData:
    parts = claff_split.split_by("thread", claff_split.load(csv))
    x = {name: matrix([s.text for s in part]) for name, part in parts.items()}
    y = {name: labels(part) for name, part in parts.items()}
    tuning = Tuning()
    n_chat = 0
    if chat:
        texts = chat_texts()
        n_chat = len(texts["train"])
        x["train"] = sp.vstack([x["train"], matrix(texts["train"])], format="csr")
        for sig in MODEL_SIGNALS:
            y["train"][sig] = np.concatenate((y["train"][sig], np.zeros(n_chat, dtype=int)))
        tuning = Tuning(matrix(texts["dev"]))
    return BaseData(x, y, tuning, n_chat)


def couple_extra(
    rounds: tuple[int, ...], weight: float, negatives_only: bool = False
) -> dict[str, Extra]:
    """The English couple lines of ``rounds`` for the two signals they train."""
    out: dict[str, Extra] = {}
    for sig in claff_couple.COUPLE_SIGNALS:
        lines = claff_couple.couple_lines(sig, rounds, negatives_only)
        out[sig] = Extra(matrix(list(lines.texts)), lines.labels, weight)
    return out


def _choice(model: Trained, sig: str) -> tuple[tuple[float, str | None], ...]:
    """The (C, class weight) ``model`` chose for ``sig``, as a one-point grid."""
    c, cw = model.choices[sig]["C"], model.choices[sig]["class_weight"]
    return ((float(c), cw if isinstance(cw, str) else None),)  # type: ignore[arg-type]


def couple_model(
    base: BaseData, rounds: tuple[int, ...], weight: float, negatives_only: bool = False
) -> Trained:
    """The shipped model with its two couple signals refitted at their shipped C and
    class weight on the train side plus the couple lines of ``rounds`` (threshold chosen
    again on CL-Aff dev under the chat cap); the other two heads are the file's."""
    keep = Trained.shipped()
    grids = {sig: _choice(keep, sig) for sig in claff_couple.COUPLE_SIGNALS}
    extra = couple_extra(rounds, weight, negatives_only)
    return train(base.x, base.y, base.tuning, extra=extra, grids=grids, keep=keep)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help=f"default {DEFAULT_OUT} (thread mode)")
    ap.add_argument("--csv", type=Path, default=None)
    ap.add_argument(
        "--split-mode",
        choices=claff_split.SPLIT_MODES,
        default="thread",
        help="thread (the shipped model) or random: the leaky sentence-level comparison, "
        "which reports figures and writes a file only with --out (as does --cv)",
    )
    ap.add_argument(
        "--no-chat",
        dest="chat",
        action="store_false",
        help="CL-Aff only (the claff-lr-2 recipe): no MultiWOZ negatives",
    )
    ap.add_argument(
        "--cv",
        dest="dev_select",
        action="store_false",
        help="tried for claff-lr-4, not shipped (docs/model.md): thread-grouped CV over "
        "train + dev for C, class weight and threshold, then a refit on both (default: the "
        "shipped recipe, fit on train, grid and threshold chosen on dev)",
    )
    ap.add_argument("--grid-c", type=float, nargs="+", help="C values (default: the recipe's)")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the CV (one per signal)")
    ap.add_argument(
        "--couple-weight",
        type=float,
        default=COUPLE_WEIGHT,
        help="source weight of the English lines of couple rounds one to four in the "
        f"training of {', '.join(claff_couple.COUPLE_SIGNALS)} (0: none; default "
        f"{COUPLE_WEIGHT:g})",
    )
    ap.add_argument(
        "--refit-couple",
        type=Path,
        nargs="?",
        const=DEFAULT_OUT,
        default=None,
        metavar="FILE",
        help="how the shipped file was made: refit only the two couple signals, at the C "
        "and class weight of FILE (default: the bundled file), keeping FILE's other two "
        "heads (without it the whole grid runs for all four, about ten times longer)",
    )
    args = ap.parse_args()
    shipped = args.split_mode == "thread" and args.dev_select
    out = args.out or (DEFAULT_OUT if shipped else None)

    parts = claff_split.split_by(args.split_mode, claff_split.load(args.csv))
    x = {name: matrix([s.text for s in part]) for name, part in parts.items()}
    y = {name: labels(part) for name, part in parts.items()}
    print(args.split_mode, {name: len(part) for name, part in parts.items()})
    chat = chat_texts() if args.chat else None
    n_chat = len(chat["train"]) if chat else 0
    if chat:
        print("chat negatives", {k: len(v) for k, v in chat.items()})
    if args.dev_select:
        tuning = Tuning()
        if chat:
            x["train"] = sp.vstack([x["train"], matrix(chat["train"])], format="csr")
            for sig in MODEL_SIGNALS:
                y["train"][sig] = np.concatenate((y["train"][sig], np.zeros(n_chat, dtype=int)))
            tuning = Tuning(matrix(chat["dev"]))
        extra = couple_extra(claff_couple.TRAIN_ROUNDS, args.couple_weight)
        if args.couple_weight <= 0:
            extra = {}
        if args.refit_couple is not None:
            keep = Trained.shipped(args.refit_couple)
            grids = {sig: _choice(keep, sig) for sig in extra}
            model = train(x, y, tuning, extra=extra, grids=grids, keep=keep)
        else:
            model = train(x, y, tuning, tuple(args.grid_c) if args.grid_c else GRID_C, extra)
    else:
        threads = [s.thread_id for s in parts["train"] + parts["dev"]]
        data = CvData(
            x=sp.vstack([x["train"], x["dev"]], format="csr"),
            y={sig: np.concatenate((y["train"][sig], y["dev"][sig])) for sig in MODEL_SIGNALS},
            folds=thread_folds(threads),
            chat_train=matrix(chat["train"]) if chat else None,
            chat_dev=matrix(chat["dev"]) if chat else None,
        )
        grid = tuple(args.grid_c) if args.grid_c else CV_GRID_C
        model = train_cv(data, grid, args.jobs)
    report: dict[str, dict[str, object]] = {}
    for j, sig in enumerate(MODEL_SIGNALS):
        res = dict(model.choices[sig])
        for name in ("dev", "test") if args.dev_select else ("test",):
            res[name] = figures(y[name][sig], model.predict(x[name], j))
        report[sig] = res
        pred = model.predict(x["test"], j) >= 0.5
        half = round(reweighted_macro_f1(y["test"][sig], pred, 0.5), 4)
        print(sig, json.dumps({**res, "test_at_half_positive": half}), flush=True)
    if out is None:
        return
    meta = {
        "model_version": MODEL_VERSION,
        "features_version": FEATURES_VERSION,
        "n_buckets": N_BUCKETS,
        "signals": list(MODEL_SIGNALS),
        "cues": list(CUE_NAMES),
        "split_mode": args.split_mode,
        "split_salt": claff_split.SPLIT_SALT,
        "chat_negatives": n_chat,
        "chat_salt": chat_split.SALT if args.chat else None,
        "couple_rounds": list(claff_couple.TRAIN_ROUNDS) if args.couple_weight > 0 else [],
        "couple_weight": args.couple_weight,
        "report": report,
    }
    arrays = {"weights": model.weights, "cue_weights": model.cue_weights, "bias": model.bias}
    save_npz(out, {**arrays, "meta": np.array(json.dumps(meta))})
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
