"""Variants of the English model layer's two emotional heads, read on the tune sides
through the whole scorer (h-claff8, docs/validity.md "CL-Aff disclosure and support by the
English layer, round 8").

Every read here is on a tune side: CL-Aff dev (plain macro-F1, re-weighted to half
positive, the simulated organiser cleaning of ``task_talk.claff_cleaned_rows``),
``support.emotional`` on CL-Aff dev, and the English rows of couple rounds five and six
(read by every helper since; hit / false firings / positives per family); the test side is
not read. Variants (``--variants``):

* ``refit``: the shipped recipe again (``claff-lr-5``: C and class weight kept, couple
  rounds one to four at weight 2, threshold chosen by the recipe), the check that the read
  reproduces the bundled file;
* ``b20``: the same with 2**20 hash buckets instead of 2**18 (the other two heads widened
  exactly: :func:`widen`);
* ``grid``: C x class weight chosen again on CL-Aff dev for the two heads;
* ``r5`` / ``r6``: couple round five (six) joins the training lines, read on the other one.

``--shift``: the ``disclosure.emotional`` decision point (``model.EMOTIONAL_SHIFT``) swept;
``--errors``: misses and false firings on CL-Aff dev by coarse kind (counts only).
``--prior``: the EM re-estimate of the positive share (Saerens et al. 2002) on CL-Aff dev.

Run: ``PYTHONPATH=src:tools .venv/bin/python -m unmask_dev.claff_variants --variants refit
b20 --shift 0.35 0.39 0.43 0.47 --errors --prior`` (needs the ``train`` extra and
``shared/``; a refit takes 1.5-10 minutes on the shared 2 cores, by their load).
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

#: the decision point of ``disclosure.emotional`` the shift puts at 0.5 (``log(0.57/0.43)``)
SHIPPED_POINT = 0.43

_FEELING = re.compile(
    r"\b(?:feel|felt|feeling|happy|sad|angry|upset|scared|afraid|anxious|lonely|depress\w*|"
    r"hurt|love|hate|miss|proud|ashamed|guilty|excited|worried|worry|stress\w*|cry|cried|"
    r"glad|grateful|thankful|sorry|frustrat\w*|annoy\w*|embarrass\w*|jealous|hope|hopeless|"
    r"terrified|heartbroken|relieved|overwhelm\w*|nervous|disappoint\w*|miserable|joy|"
    r"blessed|lucky|enjoy\w*|fun|amazing|wonderful|awful|terrible|horrible)\b"
)
_FIRST = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|myself|we|our|us)\b")
_YOU = re.compile(r"\b(?:you|your|you're|u)\b")


def error_kind(text: str) -> str:
    """A coarse kind of a sentence for counting misses: a feeling word or none, the
    writer (first person), the other (second person) or a third party, and its length
    (at most 8 words short, at most 20 mid, else long)."""
    low = text.lower()
    feeling = "feeling" if _FEELING.search(low) else "no feeling word"
    person = "first" if _FIRST.search(low) else "you" if _YOU.search(low) else "third"
    n = len(text.split())
    length = "short" if n <= 8 else "mid" if n <= 20 else "long"
    return f"{feeling} / {person} / {length}"


def em_prior(p: np.ndarray, train_prior: float, iters: int = 500) -> float:
    """The positive share of an unlabelled set re-estimated by EM from posteriors ``p``
    of a model whose training share was ``train_prior`` (Saerens, Latinne and Decaestecker
    2002): right only where ``p`` is calibrated and only the share moved (the texts of each
    class look the same)."""
    pi = train_prior
    for _ in range(iters):
        a = p * pi / train_prior
        b = (1 - p) * (1 - pi) / (1 - train_prior)
        pi = float(np.mean(a / (a + b)))
    return pi


def widen(weights: np.ndarray, n_buckets: int) -> np.ndarray:
    """Bucket weights of a model hashed into fewer buckets, laid out for ``n_buckets``
    (both powers of two): bucket ``b`` of the wider space takes the weight of bucket
    ``b mod n`` of the narrower, which is the bucket the narrower hashing gives the same
    feature, so the widened model scores every text exactly as before."""
    n = weights.shape[0]
    if n_buckets < n or n_buckets & (n_buckets - 1) or n & (n - 1):
        raise ValueError("widen needs a power of two at least the weights' bucket count")
    return weights[np.arange(n_buckets) & (n - 1)]


def main() -> None:  # pragma: no cover - needs shared/ and minutes of training
    import scipy.sparse as sp
    from scipy.stats import rankdata
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import MultinomialNB

    from unmask.signals import PRESENT, score_texts
    from unmask.signals import model as model_layer
    from unmask.signals.model import MODEL_SIGNALS
    from unmask_dev import claff_couple, claff_split, couple_round
    from unmask_dev import train_claff as tc
    from unmask_dev.validity import task_talk as tt

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", nargs="*", default=[], help="refit b20 grid r5 r6")
    ap.add_argument("--shift", type=float, nargs="*", default=[], help="decision points")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--prior", action="store_true")
    args = ap.parse_args()

    sig_d, sig_s = "disclosure.emotional", "support.emotional"
    parts = claff_split.split(claff_split.load())
    dev = [s.text for s in parts["dev"]]
    y_d = np.array([s.labels[sig_d] == 1 for s in parts["dev"]])
    y_s = np.array([s.labels[sig_s] == 1 for s in parts["dev"]])

    train = [s.text for s in parts["train"]]
    y_train = np.array([s.labels[sig_d] == 1 for s in parts["train"]])
    readers = [  # the stand-in readers of task_talk.claff_cleaned_rows
        (
            TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
            LogisticRegression(C=2.0, class_weight="balanced", max_iter=3000),
        ),
        (
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=3, sublinear_tf=True),
            LogisticRegression(C=1.0, max_iter=3000),
        ),
        (CountVectorizer(binary=True, min_df=2), MultinomialNB(alpha=0.5)),
    ]
    rank_sum = np.zeros(len(dev))
    for vec, clf in readers:
        clf.fit(vec.fit_transform(train), y_train)
        rank_sum += rankdata(clf.predict_proba(vec.transform(dev))[:, 1])
    cleaned = tt.simulated_cleaning(y_d, rank_sum, tt.OFFICIAL_BASE_RATE)

    def read(rounds: Sequence[int] = (5, 6)) -> dict[str, object]:
        s = score_texts(dev).scores
        pd_ = np.asarray(s[sig_d]) >= PRESENT
        ps = np.asarray(s[sig_s]) >= PRESENT
        out: dict[str, object] = {
            "dev disclosure plain": round(tt._macro_f1(y_d, pd_), 4),
            "dev disclosure re-weighted": round(tt.reweighted_macro_f1(y_d, pd_, 0.5), 4),
            "dev disclosure simulated cleaning": round(tt._macro_f1(cleaned, pd_), 4),
            "dev disclosure fires": round(float(pd_.mean()), 3),
            "dev support plain": round(tt._macro_f1(y_s, ps), 4),
        }
        for k in rounds:
            r = claff_couple.round_read(k)
            out[f"round {k} hit/false/positives"] = {
                sig: [v["hit"], v["false"], v["pos"]] for sig, v in r.items()
            }
        return out

    print("shipped", json.dumps(read()), flush=True)

    def refit(n_buckets: int, rounds: tuple[int, ...], grid: bool) -> tc.Trained:
        tc.N_BUCKETS = n_buckets
        try:
            base = tc.base_data()
            shipped = tc.Trained.shipped()
            keep = tc.Trained(
                widen(shipped.weights, n_buckets),
                shipped.cue_weights,
                shipped.bias,
                shipped.choices,
            )
            extra = {}
            for sig in claff_couple.COUPLE_SIGNALS:
                texts: list[str] = []
                labels: list[int] = []
                for k in rounds:
                    for m in couple_round.load(couple_round.PATHS[k - 1]):
                        if m.lang == "en" and (sig in m.fire or sig in m.must_not):
                            texts.append(m.text)
                            labels.append(int(sig in m.fire))
                extra[sig] = tc.Extra(tc.matrix(texts), np.array(labels), tc.COUPLE_WEIGHT)
            grids = None if grid else {s: tc._choice(keep, s) for s in extra}
            return tc.train(base.x, base.y, base.tuning, extra=extra, grids=grids, keep=keep)
        finally:
            tc.N_BUCKETS = 2**18

    plans = {
        "refit": (2**18, (1, 2, 3, 4), False, (5, 6)),
        "b20": (2**20, (1, 2, 3, 4), False, (5, 6)),
        "grid": (2**18, (1, 2, 3, 4), True, (5, 6)),
        "r5": (2**18, (1, 2, 3, 4, 5), False, (6,)),
        "r6": (2**18, (1, 2, 3, 4, 6), False, (5,)),
    }
    for name in args.variants:
        n_buckets, rounds, grid, judged = plans[name]
        model = refit(n_buckets, rounds, grid)
        weights = model_layer._Weights(  # the variant's own bucket count, not the recipe's
            model.weights.astype(np.float32),
            model.cue_weights.astype(np.float64),
            model.bias.astype(np.float64),
            model.weights.shape[0],
        )
        with claff_couple.installed(weights):
            res = read(judged)
        choices = {s: model.choices[s] for s in claff_couple.COUPLE_SIGNALS}
        print(name, json.dumps({"choices": choices, **res}), flush=True)

    for point in args.shift:
        before = model_layer.EMOTIONAL_SHIFT
        model_layer.EMOTIONAL_SHIFT = math.log((1 - point) / point)
        try:
            print(f"decision point {point}", json.dumps(read(())), flush=True)
        finally:
            model_layer.EMOTIONAL_SHIFT = before

    if args.errors:
        pred = np.asarray(score_texts(dev).scores[sig_d]) >= PRESENT
        table: dict[str, dict[str, int]] = {}
        for label, truth in (("crowd", y_d), ("simulated cleaning", cleaned)):
            table[f"misses ({label})"] = dict(
                Counter(error_kind(dev[i]) for i in np.flatnonzero(truth & ~pred)).most_common()
            )
            table[f"false firings ({label})"] = dict(
                Counter(error_kind(dev[i]) for i in np.flatnonzero(~truth & pred)).most_common()
            )
        print("errors", json.dumps(table), flush=True)

    if args.prior:
        shipped = tc.Trained.shipped()
        x_train: sp.csr_matrix = tc.matrix(train)
        x_dev: sp.csr_matrix = tc.matrix(dev)
        for sig, truth in ((sig_d, y_d), (sig_s, y_s)):
            j = MODEL_SIGNALS.index(sig)
            t = float(shipped.choices[sig]["threshold"])  # type: ignore[arg-type]

            def raw(x: sp.csr_matrix, j: int = j, t: float = t) -> np.ndarray:
                q = shipped.predict(x, j)  # the stored bias moves t to 0.5: undo it
                return np.asarray(1 / (1 + (1 - q) / q * (1 - t) / t))

            share = float(np.mean([s.labels[sig] == 1 for s in parts["train"]]))
            p_dev = raw(x_dev)
            res = {
                "train share": round(share, 3),
                "mean posterior train / dev": [
                    round(float(raw(x_train).mean()), 3),
                    round(float(p_dev.mean()), 3),
                ],
                "EM share on dev": round(em_prior(p_dev, share), 3),
                "dev share": round(float(truth.mean()), 3),
            }
            print("prior", sig, json.dumps(res), flush=True)


if __name__ == "__main__":
    main()
