"""Train the bundled disclosure/support model on CL-Aff OffMyChest.

Recipe (deterministic; see docs/model.md):

1. load the CSV and split it by thread with unmask.signals.claff_split
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
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

from unmask.signals import claff_split
from unmask.signals.features import FEATURES_VERSION, hash_texts, occurrence_values
from unmask.signals.model import MODEL_SIGNALS, MODEL_VERSION

N_BUCKETS = 2**18
GRID_C = (0.5, 1.0, 2.0, 4.0)
GRID_WEIGHT: tuple[str | None, ...] = (None, "balanced")
THRESHOLDS = np.round(np.arange(0.05, 0.951, 0.01), 2)
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/unmask/signals/models/claff_v1.npz"


def matrix(texts: list[str]) -> sp.csr_matrix:
    """The training view of the shared features: a sparse matrix that sums duplicates."""
    feats = hash_texts(texts, N_BUCKETS)
    values = occurrence_values(feats)
    x = sp.csr_matrix((values, (feats.row, feats.bucket)), shape=(len(texts), N_BUCKETS))
    x.sum_duplicates()
    return x


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--csv", type=Path, default=None)
    args = ap.parse_args()

    parts = claff_split.split(claff_split.load(args.csv))
    x = {name: matrix([s.text for s in part]) for name, part in parts.items()}
    y = {
        name: {sig: np.array([s.labels[sig] for s in part]) for sig in MODEL_SIGNALS}
        for name, part in parts.items()
    }
    print({name: len(part) for name, part in parts.items()})

    weights = np.zeros((N_BUCKETS, len(MODEL_SIGNALS)), dtype=np.float16)
    bias = np.zeros(len(MODEL_SIGNALS), dtype=np.float32)
    report: dict[str, dict[str, object]] = {}
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
        weights[:, j] = lr.coef_[0].astype(np.float16)
        bias[j] = lr.intercept_[0] - np.log(t / (1 - t))
        # Figures from the stored (float16) weights, exactly what inference uses.
        res: dict[str, object] = {"C": c, "class_weight": cw, "threshold": t}
        for name in ("dev", "test"):
            logit = x[name] @ weights[:, j].astype(np.float64) + bias[j]
            res[name] = figures(y[name][sig], 1 / (1 + np.exp(-logit)))
        report[sig] = res
        print(sig, json.dumps(res), flush=True)

    meta = {
        "model_version": MODEL_VERSION,
        "features_version": FEATURES_VERSION,
        "n_buckets": N_BUCKETS,
        "signals": list(MODEL_SIGNALS),
        "split_salt": claff_split.SPLIT_SALT,
        "report": report,
    }
    save_npz(args.out, {"weights": weights, "bias": bias, "meta": np.array(json.dumps(meta))})
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
