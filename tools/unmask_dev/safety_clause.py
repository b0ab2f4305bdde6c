"""The safety model read clause by clause (h-safety18; dev only, nothing shipped).

A message's ``1 - p(none)`` is the highest over the whole message and each of its clauses
(split at sentence and clause punctuation), so that care or filler around a threat does
not dilute it. Thresholds are re-chosen by the shipped rule (the lowest with no hit among
the language's tuning messages, read the same way; the construct cue's likewise among
tuning messages with the cue).

``python -m unmask_dev.safety_clause [--trial DIR --cue EN ZH] [--lang zh]`` reads rounds
eighteen to twenty (:data:`ROUNDS`, tuning data since h-safety18; ``--round ROUND21`` reads
the fresh round, a counted read) and every held-out false-alarm set, whole and clause by
clause (``--lang``: only these languages by clause), with :mod:`unmask_dev.safety_rate`'s
figures. A trial trained clause by clause: ``scripts/train_safety.py --clauses W --out DIR``
(:func:`unmask_dev.train_safety.with_clauses`). Needs the development sets under
``/work/shared/data``.
"""

from __future__ import annotations

import argparse
import re

import numpy as np

#: the rounds read by default: tuning data since h-safety18 (round twenty-one is read only
#: when named, and each such read is counted in docs/validity.md)
ROUNDS: tuple[str, ...] = ("ROUND18", "ROUND19", "ROUND20")

#: where a message is cut into clauses (sentence and clause punctuation, en and zh)
SPLIT = re.compile(r"[,.;:!?\n，。；：！？、…~～]+")
#: the shortest clause read on its own (words in English, characters in Chinese)
MIN_LEN: dict[str, int] = {"en": 3, "zh": 4}


def clauses(text: str, lang: str) -> list[str]:
    """The clauses of ``text`` long enough to read on their own (:data:`MIN_LEN`); none
    where the message is one clause."""
    parts = [p.strip() for p in SPLIT.split(text) if p.strip()]
    if len(parts) < 2:
        return []
    if lang == "en":
        return [p for p in parts if len(p.split()) >= MIN_LEN[lang]]
    return [p for p in parts if len(p) >= MIN_LEN[lang]]


def clause_probs(texts: list[str], probs: np.ndarray, lang: str) -> np.ndarray:
    """``probs`` (the whole messages') with each row replaced by the row of its clause
    whose ``1 - p(none)`` is highest, where that is higher."""
    from unmask.signals import safety_model as sm

    owner: list[int] = []
    parts: list[str] = []
    for i, t in enumerate(texts):
        for c in clauses(t, lang):
            owner.append(i)
            parts.append(c)
    out = probs.copy()
    if not parts:
        return out
    cp = sm.predict(parts, lang)
    for k, i in enumerate(owner):
        if cp[k, 0] < out[i, 0]:
            out[i] = cp[k]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trial", help="read this folder's weights (a trial's) instead")
    parser.add_argument("--cue", nargs=2, type=float, metavar=("EN", "ZH"), help="its cue")
    parser.add_argument("--lang", choices=("en", "zh"), action="append", help="read by clause")
    parser.add_argument(
        "--round", action="append", help="read these rounds instead (ROUND21: a counted read)"
    )
    args = parser.parse_args()
    from pathlib import Path

    from unmask.signals import safety_model as sm
    from unmask_dev import safety_rate as rate
    from unmask_dev import train_safety as ts

    rate.ROUNDS = tuple(args.round or ROUNDS)
    if args.trial:
        folder = Path(args.trial)
        sm._weights_ref = lambda lang: folder / sm.WEIGHTS_FILES[lang]
    if args.cue:
        rate.CUE.update(zip(sm.LANGS, args.cue, strict=True))
    tune, sets = rate.read_all()
    shipped = {lang: sm._cache[lang].get().threshold for lang in sm.LANGS}
    print("whole messages", shipped, rate.figures(sets, shipped))
    # the clause reading: tuning sets and every set re-read
    clause_t: dict[str, float] = {}
    clause_cue: dict[str, float] = {}
    langs = tuple(args.lang or sm.LANGS)
    clause_t.update({lang: shipped[lang] for lang in sm.LANGS if lang not in langs})
    clause_cue.update({lang: rate.CUE.get(lang, sm.CUE_THRESHOLD[lang]) for lang in clause_t})
    for lang in langs:
        tp: dict[str, np.ndarray] = {}
        cues: dict[str, np.ndarray] = {}
        for name, texts in ts.tuning_sets(lang).items():
            r = rate.read(texts)
            keep = np.flatnonzero(r.langs == lang)
            sub = [r.texts[i] for i in keep]
            p = clause_probs(sub, r.probs[keep], lang)
            tp[name] = 1.0 - p[:, 0]
            cues[name] = np.fromiter((sm.has_cue(t, lang) for t in sub), bool, len(sub))
        clause_t[lang] = ts.choose_threshold(tp)
        clause_cue[lang] = ts.choose_cue_threshold(tp, cues)
        top = sorted((float(v), n) for n, a in tp.items() for v in a)[-3:]
        print(lang, "clause threshold", clause_t[lang], "cue", clause_cue[lang], "top", top)
    for r in sets.values():
        for lang in langs:
            rows = np.flatnonzero(r.langs == lang)
            if len(rows):
                r.probs[rows] = clause_probs([r.texts[i] for i in rows], r.probs[rows], lang)
    rate.CUE.update(clause_cue)
    print("clauses", clause_t, clause_cue, rate.figures(sets, clause_t))
    print("clauses at the shipped thresholds", rate.figures(sets, shipped))


if __name__ == "__main__":
    main()
