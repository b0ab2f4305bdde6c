"""Train the bundled Chinese model for ``disclosure.emotional`` (``models/zh_emotion_v1.npz``).

Recipe (deterministic; see docs/model.md, "Chinese"):

1. split CPED, SmileChat and CrossWOZ by dialogue with :mod:`unmask_dev.zh_split`
   (55% train, 15% dev, 30% test; test is only read by the validity figures);
2. labels: a CPED utterance is positive when its emotion is not ``neutral``; a SmileChat
   client turn is positive and a counsellor turn negative; every CrossWOZ turn is
   negative (booking talk); with ``--posts-weight``, the Weibo-style posts we wrote for
   training (:func:`unmask_dev.zh_posts.load_training`, read on their own words as the
   layer reads a post) join with their label (emotion of the writer's own or not);
3. inputs: hashed character 1-3-grams plus the lexicon layer's own scores
   (:func:`unmask.signals.model_zh.dense_inputs`);
4. L2 logistic regression (lbfgs) over a small grid of C and source weighting; keep the
   one with the best dev objective (mean of the CPED class-balanced macro-F1 and the
   SmileChat macro-F1, and with ``--posts-objective`` the posts' dev macro-F1 as a third
   term) at its best threshold, shift the bias so that 0.5 is that
   threshold, store the bucket weights as float16.

Run: ``.venv/bin/python scripts/train_zh.py [--out PATH]`` (needs the ``train`` extra).
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from unmask.signals import posts_zh, score_texts
from unmask.signals.model_zh import (
    FEATURES_VERSION,
    LEXICON_INPUTS,
    MODEL_SIGNALS,
    MODEL_VERSION,
    WEIGHTS_FILE,
    dense_inputs,
    hash_texts,
)
from unmask.signals.types import MESSAGE_SIGNALS
from unmask_dev import devsets, zh_posts
from unmask_dev.validity.chinese import balanced_macro_f1, macro_f1
from unmask_dev.zh_split import Part, select

N_BUCKETS = 2**18
GRID_C = (0.5, 1.0, 2.0, 4.0)
GRID_CPED_WEIGHT = (1.0, 2.0)
POSTS = 3  # source id of our training posts
THRESHOLDS = np.round(np.arange(0.10, 0.91, 0.01), 2)
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/unmask/signals/models" / WEIGHTS_FILE


def examples(which: Part, posts: bool = False) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(texts, labels, source id: 0 CPED, 1 SmileChat, 2 CrossWOZ, 3 our posts) of one
    part (posts only when ``posts``: their ``train`` part for "train", ``dev`` for "dev")."""
    texts: list[str] = []
    labels: list[int] = []
    source: list[int] = []
    for d in select("cped", devsets.cped(), which):
        for t in d.turns:
            if t.text:
                texts.append(t.text)
                labels.append(int(t.labels["emotion"] != "neutral"))
                source.append(0)
    for d in select("smilechat", devsets.smilechat(), which):
        for t in d.turns:
            if t.text:
                texts.append(t.text)
                labels.append(int(t.speaker == "client"))
                source.append(1)
    for d in select("crosswoz", devsets.crosswoz(), which):
        for t in d.turns:
            if t.text:
                texts.append(t.text)
                labels.append(0)
                source.append(2)
    if posts and which != "test":
        for p in zh_posts.load_training("train" if which == "train" else "dev"):
            own = posts_zh.own_words(p.text)
            if own:
                texts.append(own)
                labels.append(int(p.emotional))
                source.append(POSTS)
    return texts, np.asarray(labels), np.asarray(source)


def lexicon_matrix(texts: list[str]) -> np.ndarray:
    res = score_texts(texts, model=False)
    return np.column_stack([np.asarray(res.scores[name]) for name in MESSAGE_SIGNALS])


def matrix(texts: list[str]) -> sp.csr_matrix:
    feats = hash_texts(texts, N_BUCKETS)
    x = sp.csr_matrix((feats.value, (feats.row, feats.bucket)), shape=(len(texts), N_BUCKETS))
    x.sum_duplicates()
    dense = dense_inputs(texts, lexicon_matrix(texts))
    return sp.hstack([x, sp.csr_matrix(dense)], format="csr")


def objective(
    y: np.ndarray, pred: np.ndarray, source: np.ndarray, posts: bool = False
) -> tuple[float, float, float, float]:
    """(mean of the terms, CPED class-balanced macro-F1, SmileChat macro-F1, posts
    macro-F1); the posts' term counts in the mean only when ``posts``."""
    f_cped = balanced_macro_f1(y[source == 0], pred[source == 0])
    f_smile = macro_f1(y[source == 1], pred[source == 1])
    in_posts = source == POSTS
    f_posts = macro_f1(y[in_posts], pred[in_posts]) if in_posts.any() else 0.0
    terms = [f_cped, f_smile, f_posts] if posts else [f_cped, f_smile]
    return float(np.mean(terms)), f_cped, f_smile, f_posts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument(
        "--cped-weight", type=float, action="append", help="source weights of CPED to try"
    )
    ap.add_argument("--c", type=float, action="append", help="values of C to try")
    ap.add_argument(
        "--posts-weight",
        type=float,
        action="append",
        help="source weights of our training posts to try (posts left out when not given)",
    )
    ap.add_argument(
        "--posts-objective",
        action="store_true",
        help="count the posts' dev macro-F1 in the dev objective",
    )
    args = ap.parse_args()
    use_posts = bool(args.posts_weight)
    tr_t, tr_y, tr_s = examples("train", use_posts)
    dv_t, dv_y, dv_s = examples("dev", use_posts)
    print(f"train {len(tr_t)} ({tr_y.mean():.2f} positive), dev {len(dv_t)}")
    x_tr, x_dv = matrix(tr_t), matrix(dv_t)
    best: tuple[float, float, LogisticRegression, float, float] | None = None
    for pw in args.posts_weight or [0.0]:
        for cw in args.cped_weight or GRID_CPED_WEIGHT:
            weight = np.where(tr_s == 0, cw, np.where(tr_s == POSTS, pw, 1.0))
            for c in args.c or GRID_C:
                lr = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
                lr.fit(x_tr, tr_y, sample_weight=weight)
                p = lr.predict_proba(x_dv)[:, 1]
                scored = [
                    (objective(dv_y, p >= t, dv_s, args.posts_objective)[0], float(t))
                    for t in THRESHOLDS
                ]
                obj, thr = max(scored)
                print(f"posts_w={pw} cped_w={cw} C={c}: dev objective {obj:.3f} at {thr:.2f}")
                if best is None or obj > best[0]:
                    best = (obj, thr, lr, cw, pw)
    assert best is not None
    obj, thr, lr, cw, pw = best
    coef = lr.coef_[0]
    bias = float(lr.intercept_[0]) - float(np.log(thr / (1 - thr)))
    p = lr.predict_proba(x_dv)[:, 1]
    _, f_cped_bal, f_smile, f_posts = objective(dv_y, p >= thr, dv_s)
    f_cped = macro_f1(dv_y[dv_s == 0], p[dv_s == 0] >= thr)
    fp_cw = float(np.mean(p[dv_s == 2] >= thr))
    print(
        f"chosen posts_w={pw} cped_w={cw} C={lr.C} thr={thr}: dev CPED {f_cped:.3f} "
        f"(balanced {f_cped_bal:.3f}) "
        f"SmileChat {f_smile:.3f} posts {f_posts:.3f} CrossWOZ fire {fp_cw:.3f}"
    )
    meta = {
        "model_version": MODEL_VERSION,
        "features_version": FEATURES_VERSION,
        "signals": list(MODEL_SIGNALS),
        "lexicon_inputs": list(LEXICON_INPUTS),
        "n_buckets": N_BUCKETS,
        "C": lr.C,
        "cped_weight": cw,
        "posts_weight": pw,
        "posts_objective": bool(args.posts_objective),
        "threshold": thr,
        "dev": {
            "cped_macro_f1": f_cped,
            "cped_balanced_macro_f1": f_cped_bal,
            "smilechat_macro_f1": f_smile,
            "crosswoz_fire": fp_cw,
            "posts_macro_f1": f_posts,
        },
        "train": {"n": len(tr_t)},
        "sources": ["CPED (Apache-2.0)", "SmileChat (CC0)", "CrossWOZ (Apache-2.0)"]
        + (["Weibo-style posts written by the unmask developers (ours)"] if use_posts else []),
    }
    buf = io.BytesIO()
    np.savez_compressed(
        buf,
        weights=coef[:N_BUCKETS].astype(np.float16),
        dense=coef[N_BUCKETS:].astype(np.float64),
        bias=np.asarray([bias]),
        meta=np.asarray(json.dumps(meta)),
    )
    args.out.write_bytes(buf.getvalue())
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
