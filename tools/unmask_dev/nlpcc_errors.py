"""Where the Chinese "emotion expressed" error sits on NLPCC 2018 posts (a diagnostic).

Reads a file of NLPCC 2018 task 1 records (:mod:`unmask_dev.nlpcc2018`: the organisers'
dev file, or a transcribed sample of the train file in the same shape; or SMP2020-EWECT
records, :mod:`unmask_dev.smp2020`) and prints counts only, never a post: so it may be run
on a report half without reading its misses.

- the confusion (TP, FP, FN, TN) of ``disclosure.emotional >= 0.5`` by who decides:
  a strong lexicon cue (0.5 or more) in the writer's own words (:func:`model_zh.to_self`:
  the lexicon decides), a strong cue in a message to "you" (the model decides, unless the
  writer's voice or an audience keeps the cue), a weak cue (under 0.5: the model decides
  at 0.5), no cue (the model decides at the threshold of the post's length); and by
  length band;
- calibration ceilings: the best macro-F1 any single threshold on the final score, on the
  model's probability alone or on the lexicon score alone reaches, with each one's AUC;
- headroom: the macro-F1 if one group's calls were all right and the rest unchanged (an
  oracle per group: where a better reader of that group could take the figure);
- which side loses (h-zhemo3): the precision and recall of "emotional" as fired, and how
  many misses would have to be found (no false alarm added), or how many false alarms
  dropped (no miss found), for the macro-F1 to reach :data:`TARGET`: on a report half or a
  fresh page this says, by counts alone, which way a tune-half choice has to go.

Run: ``.venv/bin/python -m unmask_dev.nlpcc_errors FILE [--half tune|report]``.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from unmask.signals import model_zh, posts_zh, score_texts
from unmask.signals.types import MESSAGE_SIGNALS, PRESENT
from unmask_dev import nlpcc2018, smp2020
from unmask_dev.validity.chinese import macro_f1

#: (name, lowest length, length under which): the length bands of the breakdown
LENGTH_BANDS: tuple[tuple[str, int, int], ...] = (
    ("under 20 characters", 0, 20),
    ("20-39", 20, 40),
    ("40-79", 40, 80),
    ("80 and up", 80, model_zh.MAX_CHARS + 1),
)
THRESHOLDS = np.round(np.arange(0.02, 0.99, 0.01), 2)
#: the issue's target for the Chinese "emotion expressed" figures
TARGET = 0.70


@dataclass(frozen=True)
class Readings:
    """Per post: the label, and what the Chinese reading made of the post's own words."""

    emotional: np.ndarray  # bool, the organisers' label
    final: np.ndarray  # disclosure.emotional as scored (model included)
    lexicon: np.ndarray  # the lexicon's disclosure.emotional of the post's own words
    model: np.ndarray  # the model's probability before any threshold shift
    own: np.ndarray  # bool, model_zh.to_self: a cue is the writer's own
    length: np.ndarray  # characters of the post's own words


@dataclass(frozen=True)
class Confusion:
    name: str
    n: int
    emotional: float  # share of the group labelled emotional
    fired: float  # share of the group scored 0.5 or more
    tp: int
    fp: int
    fn: int
    tn: int


def read(texts: Sequence[str], emotional: Sequence[bool]) -> Readings:
    """Score ``texts`` and take apart the Chinese reading of each (as model_zh.apply)."""
    final = np.asarray(score_texts(list(texts)).scores["disclosure.emotional"], dtype=float)
    bare = score_texts(list(texts), model=False)
    lex_all = np.column_stack([np.asarray(bare.scores[s], dtype=float) for s in MESSAGE_SIGNALS])
    own_texts, changed = posts_zh.own_words_many(list(texts))
    lex_all = model_zh._own_lexicon(own_texts, changed, lex_all)
    model = np.clip(model_zh.predict(own_texts, lex_all), 0.0, 1.0)
    col = MESSAGE_SIGNALS.index("disclosure.emotional")
    return Readings(
        emotional=np.asarray(emotional, dtype=bool),
        final=final,
        lexicon=lex_all[:, col],
        model=model,
        own=np.fromiter(map(model_zh.to_self, own_texts), dtype=bool, count=len(own_texts)),
        length=np.fromiter(map(len, own_texts), dtype=np.int64, count=len(own_texts)),
    )


def groups(r: Readings) -> list[tuple[str, np.ndarray]]:
    """The decider groups (module docstring), each a boolean mask over the posts."""
    strong = r.lexicon >= PRESENT
    weak = (r.lexicon > 0.0) & ~strong
    return [
        ("strong cue, writer's own (lexicon decides)", strong & r.own),
        ('strong cue, message to "you" (model decides)', strong & ~r.own),
        ("weak cue (model decides at 0.5)", weak),
        ("no cue (model decides by length)", r.lexicon <= 0.0),
    ]


def bands(r: Readings) -> list[tuple[str, np.ndarray]]:
    return [(name, (r.length >= lo) & (r.length < hi)) for name, lo, hi in LENGTH_BANDS]


def confusion(name: str, y: np.ndarray, fired: np.ndarray, mask: np.ndarray) -> Confusion:
    n = int(mask.sum())
    return Confusion(
        name,
        n,
        float(y[mask].mean()) if n else 0.0,
        float(fired[mask].mean()) if n else 0.0,
        int((fired & y & mask).sum()),
        int((fired & ~y & mask).sum()),
        int((~fired & y & mask).sum()),
        int((~fired & ~y & mask).sum()),
    )


def auc(y: np.ndarray, score: np.ndarray) -> float:
    """Area under the ROC curve (ties count half); 0.5 where a class is missing."""
    pos, neg = score[y], score[~y]
    if len(pos) == 0 or len(neg) == 0:
        return 0.5
    above = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(above / (len(pos) * len(neg)))


def best_threshold(y: np.ndarray, score: np.ndarray) -> tuple[float, float]:
    """(threshold, macro-F1) of the best single threshold on ``score`` (ties: the lowest)."""
    best = (0.5, -1.0)
    for t in THRESHOLDS.tolist():
        f = macro_f1(y, score >= t)
        if f > best[1]:
            best = (float(t), f)
    return best


def oracle(y: np.ndarray, fired: np.ndarray, mask: np.ndarray) -> float:
    """Macro-F1 if every call inside ``mask`` were right and the rest unchanged."""
    return macro_f1(y, np.where(mask, y, fired))


def precision_recall(y: np.ndarray, fired: np.ndarray) -> tuple[float, float]:
    """Precision and recall of the emotional class as fired (0.0 where undefined)."""
    tp = int((fired & y).sum())
    return (tp / int(fired.sum()) if fired.any() else 0.0, tp / int(y.sum()) if y.any() else 0.0)


def to_reach(y: np.ndarray, fired: np.ndarray, target: float = TARGET) -> tuple[int, int]:
    """(misses that would have to be found with no false alarm added, false alarms that
    would have to be dropped with no miss found) for the macro-F1 to reach ``target``; -1
    where even all of them would not do. Which posts are mended does not matter to the
    figure, only how many."""
    out = []
    for wrong in (y & ~fired, ~y & fired):
        mended, k = fired.copy(), -1
        at = np.flatnonzero(wrong)
        for n in range(len(at) + 1):
            if n:
                mended[at[n - 1]] = ~mended[at[n - 1]]
            if macro_f1(y, mended) >= target:
                k = n
                break
        out.append(k)
    return out[0], out[1]


def report(r: Readings) -> list[str]:
    y, fired = r.emotional, r.final >= PRESENT
    lines = [
        f"{len(y)} posts, {y.mean():.2f} emotional; macro-F1 {macro_f1(y, fired):.4f}, "
        f"fired {fired.mean():.2f}",
        "group | n | emotional | fired | TP | FP | FN | TN",
    ]
    for name, mask in [*groups(r), *bands(r)]:
        c = confusion(name, y, fired, mask)
        lines.append(
            f"{c.name} | {c.n} | {c.emotional:.2f} | {c.fired:.2f} | "
            f"{c.tp} | {c.fp} | {c.fn} | {c.tn}"
        )
    lines.append("score | best threshold | macro-F1 there | at 0.5 | AUC")
    for name, score in (("final", r.final), ("model alone", r.model), ("lexicon", r.lexicon)):
        t, f = best_threshold(y, score)
        lines.append(
            f"{name} | {t:.2f} | {f:.4f} | {macro_f1(y, score >= PRESENT):.4f} | "
            f"{auc(y, score):.3f}"
        )
    lines.append("oracle on one group | macro-F1")
    for name, mask in groups(r):
        lines.append(f"{name} | {oracle(y, fired, mask):.4f}")
    precision, recall = precision_recall(y, fired)
    found, dropped = to_reach(y, fired)
    lines.append(f"emotional as fired | precision {precision:.3f} | recall {recall:.3f}")
    lines.append(
        f"to reach {TARGET:.2f} | misses found (no false alarm added) {found} | "
        f"false alarms dropped (no miss found) {dropped}"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "file", help="NLPCC 2018 task 1 records (published shape or TSV), or SMP2020-EWECT's"
    )
    ap.add_argument("--half", choices=("tune", "report"), default=None)
    args = ap.parse_args(argv)
    os.environ[nlpcc2018.ENV] = args.file
    posts = nlpcc2018.load(args.half)
    if not posts:  # not NLPCC's shape: SMP2020-EWECT records (all tune, no halves)
        os.environ[smp2020.ENV] = args.file
        posts = smp2020.load()
    readings = read([p.text for p in posts], [p.emotional for p in posts])
    print("\n".join(report(readings)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
