"""The English model layer and partners' texting: couple rounds one to four as training
lines for ``disclosure.emotional`` and ``support.emotional`` (h-encouple, docs/model.md).

A couple line is a positive for a signal where its label says the signal should fire
(``couple_round.Message.fire``), a negative where it must not (``.must_not``); a line that
may fire it or not (``.ok``) counts for neither. Only English lines, only rounds one to
four (ours; rounds five and six are held out and never read here).

:func:`main` is the leave-one-round-out read: per variant (source weight, negatives only,
a small second model as a cap), train without round k, install the weights in the
process's model layer and read round k's English precision and recall of the two signals
through the whole scorer (lexicons, caps, the shift), as ``benchmarks/validity.py --area
couple`` does. Run: ``PYTHONPATH=src:tools .venv/bin/python -m unmask_dev.claff_couple``
(needs the ``train`` extra and ``shared/``; about 15 minutes on the shared 2 cores).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from unmask.signals import model as model_layer
from unmask.signals.model import MODEL_SIGNALS
from unmask_dev import couple_round

#: the signals couple lines train (the other two heads keep their weights)
COUPLE_SIGNALS: tuple[str, ...] = ("disclosure.emotional", "support.emotional")
#: the couple rounds that may train a shipped model (ours; five and six are held out)
TRAIN_ROUNDS: tuple[int, ...] = (1, 2, 3, 4)
#: the validity families read per round (``unmask_dev.validity.couple.FAMILIES`` names)
FAMILIES: dict[str, str] = {
    "disclosure.emotional": "disclosure (emotional or vulnerable)",
    "support.emotional": "support.emotional",
}


@dataclass(frozen=True)
class CoupleLines:
    """The English couple lines of some rounds that count for one signal."""

    texts: tuple[str, ...]
    labels: np.ndarray  # 1 positive, 0 negative


def couple_lines(
    sig: str, rounds: Sequence[int] = TRAIN_ROUNDS, negatives_only: bool = False
) -> CoupleLines:
    """English lines of ``rounds`` (1-based) labelled to fire ``sig`` (1) or not to (0);
    ``ok`` lines left out; with ``negatives_only`` the positives are left out too."""
    if any(k not in TRAIN_ROUNDS for k in rounds):
        raise ValueError("only couple rounds one to four may train the model")
    texts: list[str] = []
    labels: list[int] = []
    for k in rounds:
        for m in couple_round.load(couple_round.PATHS[k - 1]):
            if m.lang != "en":
                continue
            if sig in m.fire and not negatives_only:
                label = 1
            elif sig in m.must_not:
                label = 0
            else:
                continue
            texts.append(m.text)
            labels.append(label)
    return CoupleLines(tuple(texts), np.array(labels, dtype=int))


@contextmanager
def installed(weights: model_layer._Weights) -> Iterator[None]:
    """The process's model layer reads ``weights`` inside the block (then the bundled
    file again)."""
    cache = model_layer._cache
    cache.clear()
    cache._value.append(weights)
    try:
        yield
    finally:
        cache.clear()


@contextmanager
def capped(cap: Callable[[Sequence[str]], dict[str, np.ndarray]]) -> Iterator[None]:
    """Inside the block a second model caps the two signals: where ``cap(texts)[sig]`` is
    below 0.5 the layer's score stays below 0.5."""
    inner = model_layer._predict_batch

    def wrapped(texts, w, feats, values):  # type: ignore[no-untyped-def]
        probs = inner(texts, w, feats, values)
        limits = cap(texts)
        for sig, lim in limits.items():
            j = MODEL_SIGNALS.index(sig)
            probs[:, j] = np.where(lim < 0.5, np.minimum(probs[:, j], 0.49), probs[:, j])
        return probs

    model_layer._predict_batch = wrapped
    try:
        yield
    finally:
        model_layer._predict_batch = inner


def round_read(k: int) -> dict[str, dict[str, object]]:
    """Round ``k``'s English precision and recall of the two signals' validity families
    through the whole scorer, as the couple area computes them: {signal: figures}."""
    from unmask_dev.validity import couple

    messages, got = couple.fired(couple_round.PATHS[k - 1])
    idx = [i for i, m in enumerate(messages) if m.lang == "en"]
    out: dict[str, dict[str, object]] = {}
    fams = dict(couple.FAMILIES)
    for sig, family in FAMILIES.items():
        fam = frozenset(fams[family])
        pos = [i for i in idx if messages[i].fire & fam]
        neg = [i for i in idx if fam <= messages[i].must_not]
        hit = [i for i in pos if got[i] & fam]
        false = [i for i in neg if got[i] & fam]
        flagged = len(hit) + len(false)
        out[sig] = {
            "hit": len(hit),
            "false": len(false),
            "pos": len(pos),
            "precision": round(len(hit) / flagged, 3) if flagged else None,
            "recall": round(len(hit) / len(pos), 3) if pos else None,
        }
    return out


def main() -> None:  # pragma: no cover - needs shared/ and minutes of training
    from unmask_dev import train_claff as tc

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weights", type=float, nargs="+", default=[2.0, 8.0])
    ap.add_argument("--negatives-only", type=float, nargs="*", default=[], help="weights")
    ap.add_argument("--cap", action="store_true", help="also the second model as a cap")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    base = tc.base_data()
    results: dict[str, object] = {}

    def dump() -> None:
        if args.json:
            args.json.write_text(json.dumps(results, indent=1))

    results["now"] = {str(k): round_read(k) for k in TRAIN_ROUNDS}
    print("now", json.dumps(results["now"]), flush=True)
    dump()
    variants = [(f"w{w:g}", w, False) for w in args.weights]
    variants += [(f"neg{w:g}", w, True) for w in args.negatives_only]
    for name, w, neg in variants:
        per: dict[str, object] = {}
        for k in TRAIN_ROUNDS:
            rounds = tuple(r for r in TRAIN_ROUNDS if r != k)
            weights = tc.couple_model(base, rounds, w, neg).as_weights()
            with installed(weights):
                per[str(k)] = round_read(k)
            print(name, k, json.dumps(per[str(k)]), flush=True)
        results[name] = per
        dump()
    if args.cap:
        per = {}
        for k in TRAIN_ROUNDS:
            rounds = tuple(r for r in TRAIN_ROUNDS if r != k)
            cap = cap_model(rounds)
            with capped(cap):
                model_layer._cache.clear()
                per[str(k)] = round_read(k)
            print("cap", k, json.dumps(per[str(k)]), flush=True)
        results["cap"] = per
        dump()


def cap_model(
    rounds: Sequence[int], c: float = 1.0
) -> Callable[[Sequence[str]], dict[str, np.ndarray]]:  # pragma: no cover - training
    """A small second model per signal fitted on the couple lines of ``rounds`` alone
    (the shared hashed features, balanced classes): tried as a cap, not shipped."""
    from unmask_dev import train_claff as tc

    fits: dict[str, LogisticRegression] = {}
    for sig in COUPLE_SIGNALS:
        lines = couple_lines(sig, rounds)
        fits[sig] = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(
            tc.matrix(list(lines.texts)), lines.labels
        )

    def cap(texts: Sequence[str]) -> dict[str, np.ndarray]:
        x: sp.csr_matrix = tc.matrix(list(texts))
        return {sig: lr.predict_proba(x)[:, 1] for sig, lr in fits.items()}

    return cap


if __name__ == "__main__":  # pragma: no cover
    main()
