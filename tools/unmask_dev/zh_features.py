"""Feature variants of the Chinese model, read on posts (h-zh14; :mod:`unmask_dev.zh_variants`).

Each variant is fitted on the recipe's train part (``scripts/train_zh.py``: CPED, SmileChat,
CrossWOZ; CPED weight 2, class-balanced L2 logistic regression, threshold on the dev part by
the recipe's objective) with the recipe's lexicon inputs, and read by the AUC of its
probability on the NLPCC 2018 tune half's two folds, the SMP2020-EWECT tune sample and the
CPED test part (aggregate only), the posts read on their own words as the layer reads them.
Nothing is written: the shipped weights stay.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import scipy.sparse as sp

from unmask.signals import model_zh, posts_zh, score_texts
from unmask.signals.types import MESSAGE_SIGNALS
from unmask_dev import devsets, nlpcc2018, nlpcc_errors, smp2020
from unmask_dev.zh_split import select
from unmask_dev.zh_variants import fold

#: post-level marks of the "marks" variant: one 0/1 column each
MARKS: tuple[re.Pattern[str], ...] = (
    re.compile(r"[！!]{2,}"),
    re.compile(r"[～~]"),
    re.compile(r"。{2,}|…|\.{3,}"),
    re.compile(r"[？?]{2,}"),
    re.compile(r"[（(][^()（）\u4e00-\u9fff\w]{1,8}[)）]|[╯︿﹁∩≧≦●◕ω]|\[[\u4e00-\u9fff]{1,4}\]"),
    re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"),
    re.compile(r"[a-z]{2,}"),
    re.compile(r"哈{2,}|呵{2,}|嘿{2,}"),
)
#: a seed for 4-grams (model_zh has seeds for 1-3)
SEED_4 = np.uint64(0x27D4EB2F165667C5)


@dataclass(frozen=True)
class Variant:
    name: str
    n_buckets: int
    orders: tuple[int, ...]
    marks: bool
    c: float


VARIANTS: tuple[Variant, ...] = (
    Variant("retrained as shipped: character 1-3-grams, 2^18, C = 4", 2**18, (1, 2, 3), False, 4.0),
    Variant("2^20 buckets", 2**20, (1, 2, 3), False, 4.0),
    Variant("character 1-4-grams, 2^20", 2**20, (1, 2, 3, 4), False, 4.0),
    Variant("+ punctuation runs, faces, emoji, Latin, laughter", 2**18, (1, 2, 3), True, 4.0),
    Variant("C = 0.25", 2**18, (1, 2, 3), False, 0.25),
    Variant("C = 1", 2**18, (1, 2, 3), False, 1.0),
    Variant("C = 16", 2**18, (1, 2, 3), False, 16.0),
)


def hashed(texts: list[str], v: Variant) -> sp.csr_matrix:
    """The variant's sparse features of ``texts`` (n-grams hashed as model_zh does)."""
    saved_orders, saved_seeds = model_zh.ORDERS, dict(model_zh._SEEDS)
    model_zh.ORDERS = v.orders  # type: ignore[assignment]
    model_zh._SEEDS[4] = SEED_4
    try:
        h = model_zh.hash_texts(texts, v.n_buckets)
    finally:
        model_zh.ORDERS = saved_orders
        model_zh._SEEDS.clear()
        model_zh._SEEDS.update(saved_seeds)
    x = sp.csr_matrix((h.value, (h.row, h.bucket)), shape=(len(texts), v.n_buckets))
    x.sum_duplicates()
    if v.marks:
        m = np.asarray([[float(bool(p.search(t.lower()))) for p in MARKS] for t in texts])
        x = sp.hstack([x, sp.csr_matrix(m.reshape(len(texts), len(MARKS)))], format="csr")
    return x


def _lexicon_dense(texts: list[str]) -> sp.csr_matrix:
    lex = score_texts(texts, model=False)
    mat = np.column_stack([np.asarray(lex.scores[n]) for n in MESSAGE_SIGNALS])
    return sp.csr_matrix(model_zh.dense_inputs(texts, mat))


def read_sets() -> dict[str, tuple[list[str], np.ndarray, sp.csr_matrix]]:
    """name -> (own words, labels, dense lexicon inputs) of the reading sets."""
    tune = nlpcc2018.load("tune")
    smp = smp2020.load()
    cped = [t for d in select("cped", devsets.cped(), "test") for t in d.turns if t.text]
    sets = {
        "NLPCC fold 0": [(p.text, p.emotional) for p in tune if fold(p.text) == 0],
        "NLPCC fold 1": [(p.text, p.emotional) for p in tune if fold(p.text) == 1],
        "SMP2020": [(p.text, p.emotional) for p in smp],
        "CPED test": [(t.text, t.labels["emotion"] != "neutral") for t in cped],
    }
    out = {}
    for name, items in sets.items():
        own, _ = posts_zh.own_words_many([t for t, _ in items])
        y = np.asarray([label for _, label in items], dtype=bool)
        out[name] = (own, y, _lexicon_dense(own))
    return out


def shipped_line(sets: dict[str, tuple[list[str], np.ndarray, sp.csr_matrix]]) -> str:
    parts = [f"shipped {model_zh.MODEL_VERSION} | -"]
    for own, y, _ in sets.values():
        parts.append(f"{nlpcc_errors.auc(y, _shipped_probs(own)):.3f}")
    return " | ".join(parts)


def _shipped_probs(texts: list[str]) -> np.ndarray:
    lex = score_texts(texts, model=False)
    mat = np.column_stack([np.asarray(lex.scores[n]) for n in MESSAGE_SIGNALS])
    return np.asarray(model_zh.predict(texts, mat), dtype=float)


def run(recipe: ModuleType, cache: Path | None) -> list[str]:
    """One line per variant: its dev objective and threshold, and the AUCs."""
    tr_t, tr_y, tr_s = recipe.examples("train")
    dv_t, dv_y, dv_s = recipe.examples("dev")
    x_tr, x_dv, _ = recipe.cached_matrices(cache, tr_t, dv_t, [])
    d_tr, d_dv = x_tr[:, -model_zh.N_DENSE :], x_dv[:, -model_zh.N_DENSE :]
    sets = read_sets()
    lines = ["variant | dev objective (threshold) | " + " | ".join(f"AUC {k}" for k in sets)]
    lines.append(shipped_line(sets))
    weight = np.where(tr_s == 0, 2.0, 1.0)
    for v in VARIANTS:
        t0 = time.time()
        x = sp.hstack([hashed(tr_t, v), d_tr], format="csr")
        xd = sp.hstack([hashed(dv_t, v), d_dv], format="csr")
        obj, thr, lr = recipe.fit(x, tr_y, weight, v.c, xd, dv_y, dv_s, False)
        aucs = [_auc(lr, hashed(own, v), dense, y) for own, y, dense in sets.values()]
        lines.append(
            f"{v.name} | {obj:.3f} ({thr:.2f}) | "
            + " | ".join(f"{a:.3f}" for a in aucs)
            + f" | {time.time() - t0:.0f} s"
        )
        print(lines[-1], flush=True)
    return lines


def _auc(lr: Any, x: sp.csr_matrix, dense: sp.csr_matrix, y: np.ndarray) -> float:
    p = lr.predict_proba(sp.hstack([x, dense], format="csr"))[:, 1]
    return nlpcc_errors.auc(y, np.asarray(p, dtype=float))
