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

Run: ``.venv/bin/python scripts/train_claff.py [--out PATH] [--csv PATH]``
(needs the ``train`` extra: scikit-learn).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

from unmask.signals.features import (
    CUE_NAMES,
    FEATURES_VERSION,
    hash_texts,
    occurrence_values,
)
from unmask.signals.model import MODEL_SIGNALS, MODEL_VERSION, WEIGHTS_FILE
from unmask_dev import chat_split, claff_split, devsets

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
CHAT_DEV_SALT = "unmask-multiwoz-dev-v1:"
CHAT_DEV_SHARE = 0.2
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/unmask/signals/models" / WEIGHTS_FILE


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

    def predict(self, x: sp.csr_matrix, j: int) -> np.ndarray:
        """Probabilities from the stored weights, exactly what inference computes."""
        w = np.concatenate((self.weights[:, j], self.cue_weights[:, j])).astype(np.float64)
        return 1 / (1 + np.exp(-(x @ w + float(self.bias[j]))))


def labels(part: list[claff_split.Sentence]) -> dict[str, np.ndarray]:
    return {sig: np.array([s.labels[sig] for s in part]) for sig in MODEL_SIGNALS}


def train(
    x: dict[str, sp.csr_matrix],
    y: dict[str, dict[str, np.ndarray]],
    tuning: Tuning,
    grid_c: tuple[float, ...] = GRID_C,
) -> Trained:
    """Grid per signal on train, chosen and thresholded on dev (test is never read)."""
    n_cues = x["train"].shape[1] - N_BUCKETS
    weights = np.zeros((N_BUCKETS, len(MODEL_SIGNALS)), dtype=np.float16)
    cue_weights = np.zeros((n_cues, len(MODEL_SIGNALS)), dtype=np.float32)
    bias = np.zeros(len(MODEL_SIGNALS), dtype=np.float32)
    choices: dict[str, dict[str, object]] = {}
    for j, sig in enumerate(MODEL_SIGNALS):
        best: tuple[float, float, float, str | None, LogisticRegression] | None = None
        for c in grid_c:
            for cw in GRID_WEIGHT:
                lr = LogisticRegression(C=c, class_weight=cw, max_iter=5000)
                lr.fit(x["train"], y["train"][sig])
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help=f"default {DEFAULT_OUT} (thread mode)")
    ap.add_argument("--csv", type=Path, default=None)
    ap.add_argument(
        "--split-mode",
        choices=claff_split.SPLIT_MODES,
        default="thread",
        help="thread (the shipped model) or random: the leaky sentence-level comparison, "
        "which reports figures and writes a file only with --out",
    )
    ap.add_argument(
        "--no-chat",
        dest="chat",
        action="store_false",
        help="CL-Aff only (the claff-lr-2 recipe): no MultiWOZ negatives",
    )
    ap.add_argument("--grid-c", type=float, nargs="+", help=f"C values (default {GRID_C})")
    args = ap.parse_args()
    out = args.out or (DEFAULT_OUT if args.split_mode == "thread" else None)

    parts = claff_split.split_by(args.split_mode, claff_split.load(args.csv))
    x = {name: matrix([s.text for s in part]) for name, part in parts.items()}
    y = {name: labels(part) for name, part in parts.items()}
    print(args.split_mode, {name: len(part) for name, part in parts.items()})
    tuning = Tuning()
    n_chat = 0
    if args.chat:
        chat = chat_texts()
        n_chat = len(chat["train"])
        x["train"] = sp.vstack([x["train"], matrix(chat["train"])], format="csr")
        for sig in MODEL_SIGNALS:
            y["train"][sig] = np.concatenate((y["train"][sig], np.zeros(n_chat, dtype=int)))
        tuning = Tuning(matrix(chat["dev"]))
        print("chat negatives", {k: len(v) for k, v in chat.items()})

    model = train(x, y, tuning, tuple(args.grid_c) if args.grid_c else GRID_C)
    report: dict[str, dict[str, object]] = {}
    for j, sig in enumerate(MODEL_SIGNALS):
        res = dict(model.choices[sig])
        for name in ("dev", "test"):
            res[name] = figures(y[name][sig], model.predict(x[name], j))
        report[sig] = res
        print(sig, json.dumps(res), flush=True)
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
        "report": report,
    }
    arrays = {"weights": model.weights, "cue_weights": model.cue_weights, "bias": model.bias}
    save_npz(out, {**arrays, "meta": np.array(json.dumps(meta))})
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
