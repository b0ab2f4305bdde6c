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
   threshold, store the bucket weights as float16;
5. with ``--couple-weight``, the Chinese lines of couple rounds one to four (partners'
   texting, ours; :mod:`unmask_dev.zh_couple`) join the training part as a fifth source:
   a line that should fire ``de`` or ``dv`` positive, a line where
   ``disclosure.emotional`` must not fire negative (``--couple-negatives-only``: the
   negatives alone). They are not in the dev objective; ``--loro`` reads, for each couple
   weight, round k's Chinese disclosure precision and recall through the whole scorer
   with weights trained without round k (leave one round out), beside the shipped model's.

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
    N_DENSE,
    WEIGHTS_FILE,
    _Weights,
    dense_inputs,
    hash_texts,
)
from unmask.signals.types import MESSAGE_SIGNALS
from unmask_dev import devsets, zh_couple, zh_posts
from unmask_dev.validity.chinese import balanced_macro_f1, macro_f1
from unmask_dev.zh_split import Part, select

N_BUCKETS = 2**18
GRID_C = (0.5, 1.0, 2.0, 4.0)
GRID_CPED_WEIGHT = (1.0, 2.0)
POSTS = 3  # source id of our training posts
COUPLE = 4  # source id of the couple rounds' Chinese lines
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


def couple_examples(
    rounds: tuple[int, ...], negatives_only: bool
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """(texts, labels, source id, round) of the couple rounds' labelled Chinese lines."""
    texts: list[str] = []
    labels: list[np.ndarray] = []
    which: list[np.ndarray] = []
    for r in rounds:
        t, y = zh_couple.examples([r], negatives_only)
        texts += t
        labels.append(y)
        which.append(np.full(len(t), r))
    y_all = np.concatenate(labels) if labels else np.zeros(0, dtype=np.int64)
    r_all = np.concatenate(which) if which else np.zeros(0, dtype=np.int64)
    return texts, y_all, np.full(len(texts), COUPLE), r_all


def shipped_weights(lr: LogisticRegression, thr: float) -> _Weights:
    """The weights as the file stores them (bias shifted so that 0.5 is ``thr``, bucket
    weights rounded to float16), for reading a candidate through the scorer."""
    coef = lr.coef_[0]
    bias = float(lr.intercept_[0]) - float(np.log(thr / (1 - thr)))
    buckets = coef[:N_BUCKETS].astype(np.float16).astype(np.float32)
    return _Weights(buckets, coef[N_BUCKETS:].astype(np.float64), bias, N_BUCKETS)


def fit(
    x: sp.csr_matrix,
    y: np.ndarray,
    weight: np.ndarray,
    c: float,
    x_dv: sp.csr_matrix,
    dv_y: np.ndarray,
    dv_s: np.ndarray,
    posts_objective: bool,
) -> tuple[float, float, LogisticRegression]:
    """(dev objective, its threshold, the model) of one grid point."""
    lr = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    lr.fit(x, y, sample_weight=weight)
    p = lr.predict_proba(x_dv)[:, 1]
    scored = [(objective(dv_y, p >= t, dv_s, posts_objective)[0], float(t)) for t in THRESHOLDS]
    obj, thr = max(scored)
    return obj, thr, lr


def loro(
    x_tr: sp.csr_matrix,
    tr_y: np.ndarray,
    base_w: np.ndarray,
    x_cp: sp.csr_matrix,
    cp_y: np.ndarray,
    cp_r: np.ndarray,
    couple_weights: list[float],
    c: float,
    x_dv: sp.csr_matrix,
    dv_y: np.ndarray,
    dv_s: np.ndarray,
    posts_objective: bool,
) -> None:
    """Print, per couple weight and held-out round k, round k's zh disclosure read."""
    now = {k: zh_couple.read_round(k) for k in zh_couple.TRAIN_ROUNDS}
    for k, r in now.items():
        print(
            f"shipped round {k}: P {r.precision:.3f} R {r.recall:.3f} "
            f"(hits {r.hits}, false {r.false}, of {r.positives})"
        )
    for cw in couple_weights:
        for k in zh_couple.TRAIN_ROUNDS:
            keep = cp_r != k
            x = sp.vstack([x_tr, x_cp[keep]], format="csr")
            y = np.concatenate([tr_y, cp_y[keep]])
            w = np.concatenate([base_w, np.full(int(keep.sum()), cw)])
            obj, thr, lr = fit(x, y, w, c, x_dv, dv_y, dv_s, posts_objective)
            with zh_couple.swapped(shipped_weights(lr, thr)):
                r = zh_couple.read_round(k)
            print(
                f"couple_w={cw} without round {k}: dev objective {obj:.3f} at {thr:.2f}; "
                f"round {k} P {r.precision:.3f} R {r.recall:.3f} "
                f"(hits {r.hits}, false {r.false}, of {r.positives}; shipped "
                f"{now[k].hits}/{now[k].false})",
                flush=True,
            )


def lexicon_matrix(texts: list[str]) -> np.ndarray:
    res = score_texts(texts, model=False)
    return np.column_stack([np.asarray(res.scores[name]) for name in MESSAGE_SIGNALS])


def matrix(texts: list[str]) -> sp.csr_matrix:
    feats = hash_texts(texts, N_BUCKETS)
    x = sp.csr_matrix((feats.value, (feats.row, feats.bucket)), shape=(len(texts), N_BUCKETS))
    x.sum_duplicates()
    dense = dense_inputs(texts, lexicon_matrix(texts))
    return sp.hstack([x, sp.csr_matrix(dense)], format="csr")


def cached_matrices(
    cache: Path | None, tr_t: list[str], dv_t: list[str], cp_t: list[str]
) -> tuple[sp.csr_matrix, sp.csr_matrix, sp.csr_matrix]:
    """The train, dev and couple matrices, read from ``cache`` where it holds them for the
    same number of texts (a dev convenience: delete it when a lexicon changes)."""
    sizes = np.asarray([len(tr_t), len(dv_t), len(cp_t)])
    if cache is not None and cache.exists():
        held = np.load(cache, allow_pickle=False)
        if np.array_equal(held["sizes"], sizes):
            return tuple(  # type: ignore[return-value]
                sp.csr_matrix(
                    (held[f"{k}_data"], held[f"{k}_indices"], held[f"{k}_indptr"]),
                    shape=tuple(held[f"{k}_shape"]),
                )
                for k in ("tr", "dv", "cp")
            )
    mats = (
        matrix(tr_t),
        matrix(dv_t),
        matrix(cp_t) if cp_t else sp.csr_matrix((0, N_BUCKETS + N_DENSE)),
    )
    if cache is not None:
        parts: dict[str, np.ndarray] = {"sizes": sizes}
        for k, m in zip(("tr", "dv", "cp"), mats, strict=True):
            parts.update(
                {
                    f"{k}_data": m.data,
                    f"{k}_indices": m.indices,
                    f"{k}_indptr": m.indptr,
                    f"{k}_shape": np.asarray(m.shape),
                }
            )
        np.savez(cache, **parts)
    return mats


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
    ap.add_argument(
        "--couple-weight",
        type=float,
        action="append",
        help="source weights of the couple rounds' Chinese lines to try (left out when not given)",
    )
    ap.add_argument(
        "--couple-negatives-only",
        action="store_true",
        help="only the couple lines where disclosure.emotional must not fire",
    )
    ap.add_argument(
        "--loro",
        action="store_true",
        help="read each couple weight leave-one-round-out (first C and CPED weight) and stop",
    )
    ap.add_argument("--cache", type=Path, help="keep the feature matrices here (dev runs)")
    args = ap.parse_args()
    use_posts = bool(args.posts_weight)
    use_couple = bool(args.couple_weight)
    tr_t, tr_y, tr_s = examples("train", use_posts)
    dv_t, dv_y, dv_s = examples("dev", use_posts)
    cp_t, cp_y, cp_s, cp_r = couple_examples(zh_couple.TRAIN_ROUNDS if use_couple else (), False)
    print(
        f"train {len(tr_t)} ({tr_y.mean():.2f} positive), dev {len(dv_t)}, "
        f"couple {len(cp_t)} ({cp_y.mean() if len(cp_y) else 0:.2f} positive)"
    )
    x_tr, x_dv, x_cp = cached_matrices(args.cache, tr_t, dv_t, cp_t)
    if args.couple_negatives_only:
        neg = cp_y == 0
        cp_t = [t for t, n in zip(cp_t, neg, strict=True) if n]
        cp_y, cp_s, cp_r, x_cp = cp_y[neg], cp_s[neg], cp_r[neg], x_cp[neg]
    if args.loro:
        cw0 = (args.cped_weight or [2.0])[0]
        base_w = np.where(
            tr_s == 0, cw0, np.where(tr_s == POSTS, (args.posts_weight or [0])[0], 1.0)
        )
        loro(
            x_tr,
            tr_y,
            base_w,
            x_cp,
            cp_y,
            cp_r,
            args.couple_weight or [0.0],
            (args.c or [4.0])[0],
            x_dv,
            dv_y,
            dv_s,
            args.posts_objective,
        )
        return 0
    x_all = sp.vstack([x_tr, x_cp], format="csr")
    y_all = np.concatenate([tr_y, cp_y])
    s_all = np.concatenate([tr_s, cp_s])
    best: tuple[float, float, LogisticRegression, float, float, float] | None = None
    for kw in args.couple_weight or [0.0]:
        for pw in args.posts_weight or [0.0]:
            for cw in args.cped_weight or GRID_CPED_WEIGHT:
                weight = np.where(
                    s_all == 0,
                    cw,
                    np.where(s_all == POSTS, pw, np.where(s_all == COUPLE, kw, 1.0)),
                )
                for c in args.c or GRID_C:
                    obj, thr, lr = fit(
                        x_all, y_all, weight, c, x_dv, dv_y, dv_s, args.posts_objective
                    )
                    print(
                        f"couple_w={kw} posts_w={pw} cped_w={cw} C={c}: "
                        f"dev objective {obj:.3f} at {thr:.2f}"
                    )
                    if best is None or obj > best[0]:
                        best = (obj, thr, lr, cw, pw, kw)
    assert best is not None
    obj, thr, lr, cw, pw, kw = best
    coef = lr.coef_[0]
    bias = float(lr.intercept_[0]) - float(np.log(thr / (1 - thr)))
    p = lr.predict_proba(x_dv)[:, 1]
    _, f_cped_bal, f_smile, f_posts = objective(dv_y, p >= thr, dv_s)
    f_cped = macro_f1(dv_y[dv_s == 0], p[dv_s == 0] >= thr)
    fp_cw = float(np.mean(p[dv_s == 2] >= thr))
    print(
        f"chosen couple_w={kw} posts_w={pw} cped_w={cw} C={lr.C} thr={thr}: dev CPED {f_cped:.3f} "
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
        "couple_weight": kw,
        "couple_rounds": list(zh_couple.TRAIN_ROUNDS) if use_couple else [],
        "couple_negatives_only": bool(args.couple_negatives_only),
        "threshold": thr,
        "dev": {
            "cped_macro_f1": f_cped,
            "cped_balanced_macro_f1": f_cped_bal,
            "smilechat_macro_f1": f_smile,
            "crosswoz_fire": fp_cw,
            "posts_macro_f1": f_posts,
        },
        "train": {"n": len(tr_t) + len(cp_t), "couple_n": len(cp_t)},
        "sources": ["CPED (Apache-2.0)", "SmileChat (CC0)", "CrossWOZ (Apache-2.0)"]
        + (["Weibo-style posts written by the unmask developers (ours)"] if use_posts else [])
        + (
            ["couple rounds 1-4, partners' texts written by the unmask developers (ours)"]
            if use_couple
            else []
        ),
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
