"""Train the bundled disclosure/support model on CL-Aff OffMyChest.

Recipe (deterministic; see docs/model.md):

1. load the CSV and split it by thread with unmask_dev.claff_split
   (70/15/15 of the sentences, fixed salted-hash order);
2. hash every sentence with unmask.signals.features (word 1-2-grams and
   char 2-5-grams into N_BUCKETS buckets, L2-normalised per group);
3. per signal, fit L2 logistic regressions (lbfgs) on train over a small
   grid of C and class weighting; keep the one with the best dev macro-F1
   after moving its decision threshold to the dev-best value;
4. shift the bias so that probability 0.5 is that threshold, store the
   weights as float16, and report dev and test figures once.

Run: ``.venv/bin/python scripts/train_claff.py [--out PATH] [--csv PATH]``
(needs the ``train`` extra: scikit-learn).
"""

from __future__ import annotations

import argparse
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
from unmask_dev import claff_split

N_BUCKETS = 2**18
GRID_C = (0.5, 1.0, 2.0, 4.0, 8.0)
GRID_WEIGHT: tuple[str | None, ...] = (None, "balanced")
THRESHOLDS = np.round(np.arange(0.05, 0.951, 0.01), 2)
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/unmask/signals/models" / WEIGHTS_FILE


def matrix(texts: list[str]) -> sp.csr_matrix:
    """The training view of the shared features: the hashed buckets as a sparse
    matrix that sums duplicates, then the cue block as the last columns."""
    feats = hash_texts(texts, N_BUCKETS)
    values = occurrence_values(feats)
    x = sp.csr_matrix((values, (feats.row, feats.bucket)), shape=(len(texts), N_BUCKETS))
    x.sum_duplicates()
    return sp.hstack([x, sp.csr_matrix(feats.cues)], format="csr")


def best_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """(threshold, macro-F1) maximising macro-F1 on dev."""
    scores = [(f1_score(y, p >= t, average="macro"), float(t)) for t in THRESHOLDS]
    f1, t = max(scores)
    return t, float(f1)


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


def train(x: dict[str, sp.csr_matrix], y: dict[str, dict[str, np.ndarray]]) -> Trained:
    """Grid per signal on train, chosen and thresholded on dev (test is never read)."""
    n_cues = x["train"].shape[1] - N_BUCKETS
    weights = np.zeros((N_BUCKETS, len(MODEL_SIGNALS)), dtype=np.float16)
    cue_weights = np.zeros((n_cues, len(MODEL_SIGNALS)), dtype=np.float32)
    bias = np.zeros(len(MODEL_SIGNALS), dtype=np.float32)
    choices: dict[str, dict[str, object]] = {}
    for j, sig in enumerate(MODEL_SIGNALS):
        best: tuple[float, float, float, str | None, LogisticRegression] | None = None
        for c in GRID_C:
            for cw in GRID_WEIGHT:
                lr = LogisticRegression(C=c, class_weight=cw, max_iter=5000)
                lr.fit(x["train"], y["train"][sig])
                t, f1 = best_threshold(y["dev"][sig], lr.predict_proba(x["dev"])[:, 1])
                if best is None or f1 > best[0]:
                    best = (f1, t, c, cw, lr)
        assert best is not None
        _, t, c, cw, lr = best
        weights[:, j] = lr.coef_[0][:N_BUCKETS].astype(np.float16)
        cue_weights[:, j] = lr.coef_[0][N_BUCKETS:].astype(np.float32)
        bias[j] = lr.intercept_[0] - np.log(t / (1 - t))
        choices[sig] = {"C": c, "class_weight": cw, "threshold": t}
    return Trained(weights, cue_weights, bias, choices)


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
    args = ap.parse_args()
    out = args.out or (DEFAULT_OUT if args.split_mode == "thread" else None)

    parts = claff_split.split_by(args.split_mode, claff_split.load(args.csv))
    x = {name: matrix([s.text for s in part]) for name, part in parts.items()}
    y = {name: labels(part) for name, part in parts.items()}
    print(args.split_mode, {name: len(part) for name, part in parts.items()})

    model = train(x, y)
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
        "report": report,
    }
    arrays = {"weights": model.weights, "cue_weights": model.cue_weights, "bias": model.bias}
    save_npz(out, {**arrays, "meta": np.array(json.dumps(meta))})
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
