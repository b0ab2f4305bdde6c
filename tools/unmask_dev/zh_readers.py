"""Do different text readers agree with CPED's emotion labels? (a check of the ceiling).

Three readers of the *test* part of :mod:`unmask_dev.zh_split`, none tuned on it: the zh
lexicon alone, the shipped model alone (no length thresholds), and a multinomial naive
Bayes over the same hashed character 1-3-grams trained on CPED's train part only (firing on
as many lines as CPED labels emotional). Where independent readers agree that a line reads
neutral and the label still says emotional, the label came from what the text does not
carry (voice, face, scene). Development only (needs the ``train`` extra and
``../shared``); docs/validity.md quotes its output.

Run: ``.venv/bin/python -m unmask_dev.zh_readers``
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def agreement(
    labels: Sequence[bool] | np.ndarray, readers: Sequence[np.ndarray]
) -> dict[str, tuple[int, float]]:
    """(n, share labelled positive) where every reader says positive ("all_yes"), every
    reader says negative ("all_no"), and over all lines ("all")."""
    y = np.asarray(labels, dtype=bool)
    stack = np.vstack([np.asarray(r, dtype=bool) for r in readers])
    yes = np.asarray(stack.all(axis=0), dtype=bool)
    no = np.asarray(~stack.any(axis=0), dtype=bool)

    def share(mask: np.ndarray) -> tuple[int, float]:
        return int(mask.sum()), float(y[mask].mean()) if mask.any() else float("nan")

    return {"all_yes": share(yes), "all_no": share(no), "all": share(np.ones(len(y), dtype=bool))}


def main() -> int:  # pragma: no cover - needs ../shared and scikit-learn
    import scipy.sparse as sp
    from sklearn.naive_bayes import MultinomialNB

    from unmask.signals import model_zh, score_texts
    from unmask_dev import devsets
    from unmask_dev.validity.chinese import macro_f1, model_alone
    from unmask_dev.zh_split import Part, select

    def part(which: Part) -> tuple[list[str], np.ndarray]:
        turns = [t for d in select("cped", devsets.cped(), which) for t in d.turns if t.text]
        return [t.text for t in turns], np.array([t.labels["emotion"] != "neutral" for t in turns])

    def grams(texts: list[str]) -> sp.csr_matrix:
        h = model_zh.hash_texts(texts, 2**18)
        ones = np.ones_like(h.value)
        m = sp.csr_matrix((ones, (h.row, h.bucket)), shape=(len(texts), 2**18))
        m.sum_duplicates()
        return m

    train_x, train_y = part("train")
    test_x, test_y = part("test")
    nb = MultinomialNB(alpha=0.5).fit(grams(train_x), train_y)
    cut = np.quantile(nb.predict_proba(grams(train_x))[:, 1], 1.0 - float(train_y.mean()))
    readers = {
        "lexicon alone": np.asarray(score_texts(test_x, model=False).scores["disclosure.emotional"])
        >= 0.5,
        "model alone": model_alone(test_x),
        "naive Bayes, CPED train only": nb.predict_proba(grams(test_x))[:, 1] >= cut,
    }
    for name, fired in readers.items():
        print(f"{name}: fires {fired.mean():.2f}, macro-F1 {macro_f1(test_y, fired):.3f}")
    pairs = {"all three": list(readers.values()), "model and NB": list(readers.values())[1:]}
    for name, group in pairs.items():
        found = agreement(test_y, group)
        for key in ("all_yes", "all_no"):
            n, share = found[key]
            print(f"{name} {key}: n={n}, labelled emotional {share:.2f}")
    print(f"base rate: {test_y.mean():.2f} labelled emotional (n={len(test_y)})")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
