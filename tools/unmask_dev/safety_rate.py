"""The safety model's threshold read as a rate (h-safety17; dev only, nothing shipped).

The shipped rule (:func:`unmask_dev.train_safety.choose_threshold`) takes the lowest
threshold with no hit among a language's tuning messages, so the single highest-scoring
tuning line decides it. :func:`rate_threshold` is the alternative tried here: the lowest
threshold (0.005 steps, never under a floor) at which at most ``rate`` of the language's
tuning messages (all its tuning sets pooled) reach it.

``python -m unmask_dev.safety_rate`` reads the shipped weights (``safety-lr-5``) once over
the tuning sets, the held-out halves, CL-Aff's test side and rounds eighteen and nineteen
with their twins (tuning data since h-safety16; round twenty is never read here), then
applies each candidate pair of thresholds with the shipped code
(:func:`unmask.signals.safety_model.apply`, the construct cue at its shipped thresholds)
and prints, per candidate: the messages the model adds on each held-out set (the
false-alarm rows, line 0.001 per message), the dialogues in safety mode with the model
(line 0), the rounds' recall (en + zh, en, zh) and their twins counted (line 0.05).
``--trial DIR --cue EN ZH`` reads a trial's weights (``scripts/train_safety.py --out DIR``)
with its cue thresholds; ``--big-tune`` the tuning share of ``train_safety --big-tune``.
Needs the development sets under ``/work/shared/data``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

#: the rates tried (at most this share of a language's tuning messages at the threshold)
RATES: tuple[float, ...] = (0.0, 0.0001, 0.0002, 0.0003, 0.0004, 0.0005, 0.001)
#: the rounds read (rounds eighteen and nineteen: tuning data since h-safety16)
ROUNDS: tuple[str, ...] = ("ROUND18", "ROUND19")
#: the construct cue's thresholds the candidates keep (``--cue``: a trial's own)
CUE: dict[str, float] = {}


def rate_threshold(tune: Iterable[np.ndarray], rate: float, floor: float = 0.5) -> float:
    """The lowest threshold (0.005 steps, from ``floor``) at which at most ``rate`` of the
    pooled tuning messages ``tune`` (``1 - p(none)`` per message) reach it."""
    p = np.concatenate([np.asarray(a, dtype=np.float64) for a in tune])
    for step in range(int(round(floor * 200)), 200):
        t = step / 200
        if not len(p) or float((p >= t).mean()) <= rate:
            return t
    return 0.995


@dataclass
class Read:
    """One text set read once: clean texts, languages, lexicon scores (messages x
    signals), the shipped model's class probabilities and the dialogues' sizes and
    speakers (held-out dialogue sets only)."""

    texts: list[str]
    langs: np.ndarray
    scores: np.ndarray
    probs: np.ndarray
    dialogues: list[tuple[int, list[str]]]


def read(texts: list[str], dialogues: list[tuple[int, list[str]]] | None = None) -> Read:
    from unmask.signals import safety_model as sm
    from unmask.signals import score_texts
    from unmask.signals.scorer import _clean_all
    from unmask.signals.types import MESSAGE_SIGNALS

    res = score_texts(texts, model=False)
    clean = _clean_all(texts)
    langs = np.asarray(res.lang, dtype=object)
    scores = np.column_stack(
        [np.nan_to_num(np.asarray(res.scores[n], dtype=np.float64)) for n in MESSAGE_SIGNALS]
    )
    probs = np.zeros((len(texts), len(sm.CLASSES)))
    probs[:, 0] = 1.0
    for lang in sm.LANGS:
        rows = np.flatnonzero(langs == lang)
        if len(rows):
            probs[rows] = sm.predict([clean[i] for i in rows], lang)
    return Read(clean, langs, scores, probs, dialogues or [])


def flags(r: Read, threshold: dict[str, float]) -> tuple[dict[str, np.ndarray], ...]:
    """(raw flags, counted flags, scores) of the safety signals with the model applied at
    ``threshold`` per language (the construct cue at its shipped thresholds)."""
    from unmask.dyad.safety import laughs
    from unmask.signals import safety_model as sm
    from unmask.signals.types import MESSAGE_SIGNALS, SAFETY_SIGNALS

    scores = r.scores.copy()
    for lang in sm.LANGS:
        rows = np.flatnonzero(r.langs == lang)
        if len(rows) and lang in threshold:
            cue = CUE.get(lang, sm.CUE_THRESHOLD[lang])
            sm.apply(r.texts, rows.tolist(), r.probs[rows], lang, scores, [], threshold[lang], cue)
    laugh = np.fromiter((laughs(t) for t in r.texts), dtype=bool, count=len(r.texts))
    sc = {n: scores[:, MESSAGE_SIGNALS.index(n)] for n in SAFETY_SIGNALS}
    raw = {n: v >= 0.5 for n, v in sc.items()}
    return raw, {n: f & ~laugh for n, f in raw.items()}, sc


def _any(f: dict[str, np.ndarray], names: tuple[str, ...]) -> np.ndarray:
    out = np.zeros(len(next(iter(f.values()))), dtype=bool)
    for n in names:
        out |= f[n]
    return out


def in_mode(r: Read, counted: dict[str, np.ndarray], sc: dict[str, np.ndarray]) -> int:
    """Dialogues in safety mode, each turn a day of its own (as the validity rows)."""
    from unmask.dyad.safety import read_safety

    at = entered = 0
    for n, speakers in r.dialogues:
        order = sorted(set(speakers))
        who = np.array([order.index(s) % 2 for s in speakers], dtype=np.int8)
        time = np.arange(n, dtype=np.int64) * 86400
        f = {k: v[at : at + n] for k, v in counted.items()}
        s = {k: v[at : at + n] for k, v in sc.items()}
        entered += read_safety(who, time, f, s).mode == "safety"
        at += n
    return entered


def read_all() -> tuple[dict[str, dict[str, np.ndarray]], dict[str, Read]]:
    """(tuning ``1 - p(none)`` per language and set, the other sets read)."""
    from unmask_dev import claff_split, devsets
    from unmask_dev import safety_probes as probes
    from unmask_dev import train_safety as ts
    from unmask_dev.validity import safety as vs

    tune: dict[str, dict[str, np.ndarray]] = {}
    for lang in ("en", "zh"):
        tune[lang] = {}
        for name, texts in ts.tuning_sets(lang).items():
            r = read(texts)
            tune[lang][name] = (1.0 - r.probs[:, 0])[r.langs == lang]
    sets: dict[str, Read] = {}
    for name, load in vs.SETS.items():
        ds: list[devsets.Dialogue] = [d for d in load() if vs.held_out(d.id)]
        texts = [t.text for d in ds for t in d.turns]
        sets[name] = read(texts, [(len(d.turns), [t.speaker for t in d.turns]) for d in ds])
    sets["CL-Aff test"] = read([x.text for x in claff_split.split(claff_split.load())["test"]])
    for attr in ROUNDS:
        sets[attr] = read([t for _, t in getattr(probes, f"{attr}_KINDS")])
        sets[f"{attr} twins"] = read(list(getattr(probes, f"{attr}_SAFE")))
    return tune, sets


def figures(sets: dict[str, Read], threshold: dict[str, float]) -> dict[str, object]:
    from unmask.dyad.safety import CONTROL_SIGNALS, FEAR_SIGNAL
    from unmask.signals.types import SAFETY_SIGNALS

    every = (*CONTROL_SIGNALS, FEAR_SIGNAL)
    out: dict[str, object] = {}
    for name, r in sets.items():
        raw, counted, sc = flags(r, threshold)
        if name in ROUNDS:
            fired = _any(raw, SAFETY_SIGNALS)
            zh = r.langs == "zh"
            out[name] = tuple(round(float(fired[m].mean()), 3) for m in (zh | ~zh, ~zh, zh))
        elif name.endswith(" twins"):
            out[name] = round(float(_any(counted, every).mean()), 3)
        else:
            _, before, _ = flags(r, {})
            added = _any(counted, every) & ~_any(before, every)
            out[name] = f"{int(added.sum())}/{len(added)}={added.mean():.4f}"
            if r.dialogues:
                out[f"{name} mode"] = in_mode(r, counted, sc)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--floor", type=float, default=0.5, help="never below (default 0.5)")
    parser.add_argument(
        "--at", nargs=2, type=float, action="append", metavar=("EN", "ZH"), help="also these"
    )
    parser.add_argument("--trial", help="read this folder's weights (a trial's) instead")
    parser.add_argument("--cue", nargs=2, type=float, metavar=("EN", "ZH"), help="its cue")
    parser.add_argument(
        "--big-tune", action="store_true", help="the tuning share of train_safety --big-tune"
    )
    args = parser.parse_args()
    from pathlib import Path

    from unmask.signals import safety_model as sm
    from unmask_dev import train_safety as ts

    if args.trial:
        folder = Path(args.trial)
        sm._weights_ref = lambda lang: folder / sm.WEIGHTS_FILES[lang]
    if args.cue:
        CUE.update(zip(sm.LANGS, args.cue, strict=True))
    if args.big_tune:
        ts.SETTINGS["big_tune"] = 1.0
    tune, sets = read_all()
    shipped = {lang: sm._cache[lang].get().threshold for lang in sm.LANGS}
    candidates = [("shipped (no tuning hit)", shipped)]
    for rate in RATES:
        pair = {lang: rate_threshold(tune[lang].values(), rate, args.floor) for lang in sm.LANGS}
        candidates.append((f"rate {rate}", pair))
    for en, zh in args.at or []:
        candidates.append(("given", {"en": en, "zh": zh}))
    for label, pair in candidates:
        hits = {
            lang: sum(int((p >= pair[lang]).sum()) for p in tune[lang].values()) for lang in pair
        }
        print(label, pair, "tuning hits", hits)
        print("   ", figures(sets, pair))


if __name__ == "__main__":
    main()
