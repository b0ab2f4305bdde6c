"""The per-language linear model for the couple depth kinds that the lexicons' round
constructs do not carry to a fresh round: the trial (h-couplemodel) and the shipped
``couple-lr-1`` (h-couplemodel2; :mod:`unmask.signals.couple_model`, whose reader this
module's weights are written for; docs/validity.md, "A small model for the couple kinds
(h-couplemodel)" and "The couple model shipped (h-couplemodel2)").

Kinds: :data:`unmask.signals.couple_model.KINDS` (``disclosure.vulnerable``,
``inner_question``, ``future``, ``affection``, and since h-couplemodel2 ``gratitude``, which
passed the recipe rule); one binary logistic regression per kind and language over the
shipped model layers' hashed features (:func:`unmask_dev.safety_model.hashed`: English word
and char n-grams with the cue block, Chinese character 1-3-grams with the length).

- **Shipped** (``--write``, h-couplemodel2): trained on couple rounds one to four
  (:data:`SHIP_ROUNDS`) with the safety rounds' controlling lines at
  :data:`SHIP_CONTROL` and the thresholds :data:`SHIP_THRESHOLDS`, both chosen by the rule
  of :mod:`unmask_dev.couple_recipe`; written to ``src/unmask/signals/models/``.
- **Positives**: the couple rounds' messages labelled to fire the kind (``fire``).
- **Negatives**: the rounds' messages that must not fire it (``ok`` labels count for
  neither), and hard negatives from the booking sets' fit quarter (MultiWOZ, MIT;
  CrossWOZ, Apache 2.0; CRC32 % 8 in {0, 4}, as :mod:`unmask_dev.train_safety`) at
  weight :data:`NEG_WEIGHT`. ESConv (CC BY-NC) is never trained on. ``--control W``: the
  safety rounds' controlling lines (:func:`control_lines`, rounds eighteen to twenty-seven
  left out) as negatives of every kind at weight ``W`` (read after the judge, on the safety
  rounds and rounds one to three only; not judged on round four).
- **Assist**: the model can only add a kind the lexicons did not read, on a message where
  no safety signal fired, from the kind's threshold up.
- **Recipe choice**: leave one of rounds one to three out (train on the other two, read
  the left-out one), over C and the threshold; the booking sets' tuning quarter bounds
  the threshold (no more than :data:`TUNE_RATE` hits per turn). Chosen (``--alone``, the
  model alone on each left-out round, summed): C 16, positives weighted to the negatives'
  total (:data:`BALANCE` 1.0), threshold 0.8 for every kind: en vulnerable 26/45 (false 2),
  inner_question 5/14, future 2/13, affection 8/34; zh 11/46 (false 1), 7/14, 4/13, 6/34
  (false 0); C 1, 4 and :data:`BALANCE` 0 / 0.5, thresholds 0.2-0.9 read too.
- **Judge** (``--judge``, once, after the recipe is chosen): train on rounds one to three
  and print round four's validity rows (aggregate figures only, never a line) with and
  without the assist. ``--judge-round five`` (h-round5) reads round five instead, trained
  on rounds one to four; both print the hits on the held-out controlling lines.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from unmask.signals import couple_model as cm
from unmask.signals.types import SAFETY_SIGNALS
from unmask_dev import couple_round
from unmask_dev import safety_model as ms
from unmask_dev.validity import couple as vcouple

#: the shipped layer's kinds (gratitude a candidate since h-couplemodel2: the recipe rule
#: decides, :mod:`unmask_dev.couple_recipe`)
KINDS: tuple[str, ...] = cm.KINDS
N_BUCKETS = 2**16
NEG_WEIGHT = 0.3
NEG_PER_SET = 3000
TUNE_RATE = 0.001
#: positives' total weight as a share of the negatives' (0: unweighted)
BALANCE = 1.0
#: weight of each safety round's controlling line as a negative of every kind (0: none)
CONTROL_WEIGHT = 0.0
_HAN = re.compile("[\u4e00-\u9fff]")
LANGS = ("en", "zh")
TRAIN_ROUNDS = couple_round.PATHS[:3]
#: the shipped weights' rounds (h-couplemodel2: round four read, so it joins training)
SHIP_ROUNDS = couple_round.PATHS[:4]
#: the shipped recipe (chosen by :mod:`unmask_dev.couple_recipe`'s rule): the safety
#: rounds' controlling lines' weight, and each language's threshold per kind (``cm.OFF``: left out)
SHIP_CONTROL = 0.1
SHIP_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.65,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.9,
        "gratitude": 0.5,
    },
    "zh": {
        "disclosure.vulnerable": 0.7,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.5,
        "gratitude": 0.5,
    },
}
BOOKING = {"en": "MultiWOZ", "zh": "CrossWOZ"}
#: a round's messages and what fired on each
Pair = tuple[tuple[couple_round.Message, ...], list[frozenset[str]]]
#: kind -> texts -> p(kind)
Models = dict[str, Callable[[list[str]], np.ndarray]]


def _matrix(texts: list[str], lang: str) -> Any:
    import scipy.sparse as sp

    row, bucket, value, dense = ms.hashed(texts, lang, N_BUCKETS)
    x = sp.csr_matrix((value, (row, bucket)), shape=(len(texts), N_BUCKETS))
    return sp.hstack([x, sp.csr_matrix(dense)], format="csr")


def _booking(lang: str, part: str) -> list[str]:
    from unmask_dev import train_safety

    texts = train_safety.dialogue_texts(BOOKING[lang], part)
    rng = np.random.default_rng(7)
    if len(texts) > NEG_PER_SET:
        texts = [texts[i] for i in sorted(rng.choice(len(texts), NEG_PER_SET, replace=False))]
    return texts


def control_lines(lang: str) -> list[str]:
    """The safety rounds' controlling lines that the safety model trains on
    (:data:`unmask_dev.train_safety.ROUNDS`: rounds one to seventeen, the broader set, the
    composed and the acts messages) in ``lang``: negatives for every kind (control is never
    depth). Rounds eighteen to twenty-seven stay out, for the check."""
    from unmask_dev import train_safety

    out = {t for texts in train_safety.ROUNDS.values() for t in texts}
    return sorted(t for t in out if (lang == "zh") == bool(_HAN.search(t)))


#: weight of each yaml ``must_not_fire`` line as a negative (h-couplemodel3; 0: none)
YAML_WEIGHT = 1.0


def yaml_must_not(lang: str, kind: str, own: bool = True) -> list[str]:
    """The ``lang`` lexicon files' ``must_not_fire`` lines: of ``kind``'s own file(s)
    (``own``), or of the other depth kinds' files less any line given as an example of
    ``kind`` (h-couplemodel3: near misses written for the lexicons, negatives of the kind)."""
    from unmask.signals.lexicon import load_language
    from unmask.signals.types import DEPTH_SIGNALS

    files = load_language(lang)
    if own:
        return sorted({m for f in files if f.signal == kind for m in f.must_not_fire})
    examples = {e.example for f in files if f.signal == kind for e in f.entries}
    return sorted(
        {
            m
            for f in files
            if f.signal != kind and f.signal in DEPTH_SIGNALS
            for m in f.must_not_fire
            if m not in examples
        }
    )


def train(
    paths: tuple[Path, ...], lang: str, c: float, booking: bool = True
) -> dict[str, Callable[[list[str]], np.ndarray]]:
    """One model per kind trained on the rounds ``paths``: kind -> texts -> p(kind)."""
    from sklearn.linear_model import LogisticRegression

    msgs = [m for p in paths for m in couple_round.load(p) if m.lang == lang]
    neg = _booking(lang, "fit") if booking else []
    control = control_lines(lang) if CONTROL_WEIGHT else []
    out: dict[str, Callable[[list[str]], np.ndarray]] = {}
    for kind in KINDS:
        texts, y, w = [], [], []
        for m in msgs:
            if kind in m.fire or kind in m.must_not:
                texts.append(m.text)
                y.append(int(kind in m.fire))
                w.append(1.0)
        lines = (
            yaml_must_not(lang, kind) + yaml_must_not(lang, kind, own=False) if YAML_WEIGHT else []
        )
        texts += neg + control + lines
        y += [0] * (len(neg) + len(control) + len(lines))
        w += [NEG_WEIGHT] * len(neg) + [CONTROL_WEIGHT] * len(control)
        w += [YAML_WEIGHT] * len(lines)
        wa = np.array(w)
        ya = np.array(y)
        if BALANCE and ya.sum():
            wa[ya == 1] *= wa[ya == 0].sum() / wa[ya == 1].sum() * BALANCE
        lr = LogisticRegression(C=c, max_iter=3000, tol=1e-5)
        lr.fit(_matrix(texts, lang), ya, sample_weight=wa)

        def prob(t: list[str], lr: LogisticRegression = lr) -> np.ndarray:
            return lr.predict_proba(_matrix(t, lang))[:, 1]

        out[kind] = prob
        FITTED[(lang, kind)] = lr
    return out


#: the last fitted regression of each (language, kind), for :func:`write`
FITTED: dict = {}
_LEX: dict[Path, tuple] = {}


def lexicon_fired(path: Path) -> Pair:
    if path not in _LEX:
        _LEX[path] = vcouple.fired(path)
    return _LEX[path]


def assisted(
    path: Path, models: dict[str, Models], thresholds: dict[str, dict[str, float]]
) -> Pair:
    """(messages, fired) of round ``path`` with the model's kinds added where allowed."""
    messages, got = lexicon_fired(path)
    got = list(got)
    safety = frozenset(SAFETY_SIGNALS)
    for lang in LANGS:
        idx = [i for i, m in enumerate(messages) if m.lang == lang]
        texts = [messages[i].text for i in idx]
        for kind in KINDS:
            t = thresholds[lang].get(kind)
            if t is None:
                continue
            p = models[lang][kind](texts)
            for k, i in enumerate(idx):
                if p[k] >= t and kind not in got[i] and not (got[i] & safety):
                    got[i] = got[i] | {kind}
    return messages, got


def round_rows(path: Path, fired_pair: Pair) -> dict[str, tuple[float | None, int]]:
    saved = vcouple.fired
    vcouple.fired = lambda path=path: fired_pair
    try:
        rows = vcouple._round_rows("", "", path)
    finally:
        vcouple.fired = saved
    return {r.figure: (r.value, r.n) for r in rows}


def counts(path: Path, fired_pair: Pair) -> dict[str, tuple[int, int, int]]:
    """kind+lang -> (hits, false, positives) of the pair's reading."""
    messages, got = fired_pair
    out = {}
    for lang in LANGS:
        for kind in KINDS:
            pos = [i for i, m in enumerate(messages) if m.lang == lang and kind in m.fire]
            neg = [i for i, m in enumerate(messages) if m.lang == lang and kind in m.must_not]
            out[f"{lang} {kind}"] = (
                sum(kind in got[i] for i in pos),
                sum(kind in got[i] for i in neg),
                len(pos),
            )
    return out


def false_depth(fired_pair: Pair) -> int:
    messages, got = fired_pair
    return sum(bool(g & m.must_not) for m, g in zip(messages, got, strict=True))


def tune_threshold(models: Models, lang: str, floor: float) -> dict[str, float]:
    tune = _booking(lang, "tune")
    out = {}
    for kind in KINDS:
        p = models[kind](tune)
        t = floor
        while t < 0.995 and float((p >= t).mean()) > TUNE_RATE:
            t += 0.005
        out[kind] = round(t, 3)
    return out


def loro(c: float, floor: float, booking: bool) -> None:
    total: dict[str, list[int]] = {}
    for k, held in enumerate(TRAIN_ROUNDS):
        rest = tuple(p for j, p in enumerate(TRAIN_ROUNDS) if j != k)
        models = {lang: train(rest, lang, c, booking) for lang in LANGS}
        th = {lang: tune_threshold(models[lang], lang, floor) for lang in LANGS}
        base = counts(held, lexicon_fired(held))
        plus_pair = assisted(held, models, th)
        plus = counts(held, plus_pair)
        fd0, fd1 = false_depth(lexicon_fired(held)), false_depth(plus_pair)
        print(f"  held round {k + 1}: thresholds {th}; false-depth msgs {fd0} -> {fd1}")
        for key in base:
            acc = total.setdefault(key, [0, 0, 0, 0, 0])
            acc[0] += base[key][0]
            acc[1] += plus[key][0]
            acc[2] += base[key][1]
            acc[3] += plus[key][1]
            acc[4] += base[key][2]
    for key, (h0, h1, f0, f1, n) in total.items():
        print(f"  {key:28s} hits {h0}->{h1} of {n}  false {f0}->{f1}")


#: the rounds ``--judge-round`` can read: name -> file; the model trains on every round
#: before it (h-round5: round five, trained on rounds one to four)
JUDGE_ROUNDS: dict[str, Path] = {
    "four": couple_round.PATH4,
    "five": couple_round.PATH5,
    "six": couple_round.PATH6,
    "seven": couple_round.PATH7,
}


def judged(name: str) -> tuple[Path, tuple[Path, ...]]:
    """The round ``--judge-round name`` reads and the rounds its model trains on."""
    path = JUDGE_ROUNDS[name]
    return path, couple_round.PATHS[: couple_round.PATHS.index(path)]


def judge(c: float, floor: float, booking: bool, name: str = "four") -> None:
    path, rounds = judged(name)
    print(f"judge round {name}: trained on {len(rounds)} rounds, control weight {CONTROL_WEIGHT}")
    models = {lang: train(rounds, lang, c, booking) for lang in LANGS}
    th = {lang: tune_threshold(models[lang], lang, floor) for lang in LANGS}
    print("thresholds", th)
    before = round_rows(path, lexicon_fired(path))
    after = round_rows(path, assisted(path, models, th))
    for row in before:
        (b, nb), (a, na) = before[row], after[row]
        mark = "" if b == a else "  MOVED"
        fb = "-" if b is None else f"{b:.3f}"
        fa = "-" if a is None else f"{a:.3f}"
        print(f"round {name} {row}: {fb} (n={nb}) -> {fa} (n={na}){mark}")
    held_out_control(models, th)


def held_out_control(models: dict[str, Models], thresholds: dict[str, dict[str, float]]) -> None:
    """Depth kinds the models give the safety rounds' controlling lines that no training
    set holds (rounds eighteen to twenty-seven): the model alone from the threshold up, and
    through the assist's gate (no safety signal fired, the kind unread by the lexicons)."""
    from unmask.signals import score_texts
    from unmask.signals.types import PRESENT
    from unmask_dev import safety_probes as probes

    held = sorted({t for n in range(18, 28) for t in getattr(probes, f"ROUND{n}")})
    safety = frozenset(SAFETY_SIGNALS)
    for lang in LANGS:
        texts = [t for t in held if (lang == "zh") == bool(_HAN.search(t))]
        scores = score_texts(texts).scores
        got = [
            {n for n, v in scores.items() if not np.isnan(v[i]) and v[i] >= PRESENT}
            for i in range(len(texts))
        ]
        alone_hits, gated = {}, {}
        for kind in KINDS:
            hit = models[lang][kind](texts) >= thresholds[lang][kind]
            alone_hits[kind] = int(hit.sum())
            gated[kind] = sum(
                1 for i, h in enumerate(hit) if h and kind not in got[i] and not got[i] & safety
            )
        print(
            f"held-out control lines {lang} ({len(texts)}): model alone {alone_hits}; "
            f"through the gate {gated}"
        )


def alone(
    c: float, booking: bool, grid: tuple[float, ...] = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
) -> None:
    """The model alone on each left-out round (lexicon in-sample there hides the assist):
    per kind and threshold, hits among positives and false hits among must-nots,
    summed over the three folds; and the booking tuning quarter's hit rate."""
    acc: dict[tuple[str, str, float], list[int]] = {}
    rate: dict[tuple[str, str, float], list[float]] = {}
    for k, held in enumerate(TRAIN_ROUNDS):
        rest = tuple(p for j, p in enumerate(TRAIN_ROUNDS) if j != k)
        for lang in LANGS:
            models = train(rest, lang, c, booking)
            msgs = [m for m in couple_round.load(held) if m.lang == lang]
            texts = [m.text for m in msgs]
            tune = _booking(lang, "tune")
            for kind in KINDS:
                p = models[kind](texts)
                pt = models[kind](tune)
                for t in grid:
                    a = acc.setdefault((lang, kind, t), [0, 0, 0])
                    a[0] += sum(
                        1 for m, q in zip(msgs, p, strict=True) if kind in m.fire and q >= t
                    )
                    a[1] += sum(
                        1 for m, q in zip(msgs, p, strict=True) if kind in m.must_not and q >= t
                    )
                    a[2] += sum(1 for m in msgs if kind in m.fire)
                    rate.setdefault((lang, kind, t), []).append(float((pt >= t).mean()))
    for (lang, kind, t), (h, f, n) in acc.items():
        top = max(rate[(lang, kind, t)])
        print(f"  {lang} {kind:22s} t={t:.2f} hits {h}/{n} false {f} booking {top:.4f}")


def weights_of(lang: str, c: float = 16.0) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The shipped layer's arrays and meta of ``lang``: trained on :data:`SHIP_ROUNDS` with
    the booking fit quarter and :data:`SHIP_CONTROL`, thresholds :data:`SHIP_THRESHOLDS`."""
    global CONTROL_WEIGHT
    saved = CONTROL_WEIGHT
    CONTROL_WEIGHT = SHIP_CONTROL
    try:
        train(SHIP_ROUNDS, lang, c, True)
    finally:
        CONTROL_WEIGHT = saved
    coefs = [FITTED[(lang, kind)].coef_[0] for kind in cm.KINDS]
    arrays: dict[str, np.ndarray] = {
        "weights": np.stack([w[:N_BUCKETS] for w in coefs], axis=1).astype(np.float32),
        "dense": np.stack([w[N_BUCKETS:] for w in coefs], axis=1).astype(np.float64),
        "bias": np.array([FITTED[(lang, kind)].intercept_[0] for kind in cm.KINDS]),
    }
    return arrays, ship_meta(lang, c)


def ship_meta(lang: str, c: float = 16.0) -> dict[str, Any]:
    """The shipped ``lang`` file's meta (what :func:`weights_of` writes)."""
    return {
        "model_version": cm.MODEL_VERSION,
        "features_version": cm.FEATURES[lang],
        "kinds": list(cm.KINDS),
        "n_buckets": N_BUCKETS,
        "thresholds": [float(SHIP_THRESHOLDS[lang][kind]) for kind in cm.KINDS],
        "recipe": f"train_couple.py: couple rounds 1-4, C {c}, balance {BALANCE}, "
        f"{BOOKING[lang]} fit quarter x {NEG_WEIGHT} (up to {NEG_PER_SET} turns), "
        f"safety rounds' controlling lines x {SHIP_CONTROL}, "
        f"the depth kinds' yaml must_not_fire lines x {YAML_WEIGHT}",
    }


def write(c: float, out: Path | None = None) -> None:
    """Train the shipped recipe and write ``couple_{lang}_v2.npz`` into ``out`` (the
    package's ``unmask/signals/models``, where the layer reads them)."""
    import json

    folder = out or Path(str(cm._weights_ref("en"))).parent
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        arrays, meta = weights_of(lang, c)
        arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
        np.savez_compressed(folder / cm.WEIGHTS_FILES[lang], **arrays)  # type: ignore[arg-type]
        print(lang, meta["thresholds"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--c", type=float, default=16.0)
    ap.add_argument("--floor", type=float, default=0.8, help="lowest threshold")
    ap.add_argument("--no-booking", action="store_true")
    ap.add_argument(
        "--control", type=float, default=0.0, help="weight of the safety rounds' control lines"
    )
    ap.add_argument("--alone", action="store_true", help="the model alone, left-out rounds")
    ap.add_argument("--write", action="store_true", help="write the shipped weights (src)")
    ap.add_argument("--judge", action="store_true", help="read a fresh round once")
    ap.add_argument(
        "--judge-round",
        choices=sorted(JUDGE_ROUNDS),
        default="four",
        help="the round --judge reads (trained on every round before it)",
    )
    args = ap.parse_args(argv)
    global CONTROL_WEIGHT
    CONTROL_WEIGHT = args.control
    if args.write:
        write(args.c)
    elif args.alone:
        alone(args.c, not args.no_booking)
    elif args.judge:
        judge(args.c, args.floor, not args.no_booking, args.judge_round)
    else:
        loro(args.c, args.floor, not args.no_booking)
    return 0


if __name__ == "__main__":
    sys.exit(main())
