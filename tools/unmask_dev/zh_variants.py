"""The Chinese layer's round-9 readings on the tune side (h-zh14): counts and figures only.

- ``kinds``: the NLPCC 2018 tune half's calls (``disclosure.emotional >= 0.5``) by kind of
  post (short, a face or emoji, a rhetorical question, irony-prone words, Cantonese, a
  punctuation run, a song / film share, a named feeling, a weak cue, no cue), in h-zh11's two
  folds (sha256 of the post's text, first byte even / odd); never a post's text;
- ``calibration``: macro-F1 of the final score at thresholds 0.30-0.70 on the two folds and
  on the SMP2020-EWECT tune sample (is 0.5 the line the tune side wants?);
- ``features``: feature variants of the model (hash space, n-gram orders, a few post-level
  marks, C), each fitted on the recipe's train part (``scripts/train_zh.py``: CPED,
  SmileChat, CrossWOZ; CPED weight 2) and read by the AUC of its probability on the two
  folds, the SMP sample and the CPED test part (aggregate), beside the shipped weights.

Run: ``PYTHONPATH=src:tools .venv/bin/python -m unmask_dev.zh_variants kinds|calibration|
features [--cache F]`` with ``$UNMASK_NLPCC2018_DEV`` and ``$UNMASK_SMP2020_SAMPLE`` set.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np

from unmask_dev import nlpcc2018, nlpcc_errors, smp2020
from unmask_dev.validity.chinese import macro_f1

#: (kind, pattern) of the kinds table; a post can be of several kinds
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "face, kaomoji, emoji or [code]",
        re.compile(
            r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|\[[\u4e00-\u9fff]{1,4}\]"
            r"|[（(][^()（）\u4e00-\u9fff]{1,8}[)）]|[╯︿﹁∩≧≦●◕ω]"
        ),
    ),
    (
        "rhetorical or tag question",
        re.compile(r"难道|凭什么|何必|怎么可能|谁稀罕|有什么好|不就是|还不是|岂不|[吗么嘛呢][？?]"),
    ),
    (
        "irony-prone words (呵呵, 给力, 神马 ...)",
        re.compile(r"呵呵|真是太好了|佩服|服了|神马|给力|伤不起"),
    ),
    ("Cantonese", re.compile(r"[唔佢嘅噶咁冇乜既系喺嘢啲]")),
    ("punctuation run (！！, ~, 。。, …)", re.compile(r"[！!]{2,}|[～~]|。。|…|\.\.\.")),
    ("song, film or share", re.compile(r"《|》|『|〈|mv|歌|电影|推荐")),
)
SHORT_CHARS = 20
THRESHOLDS = (0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70)


def fold(text: str) -> int:
    """h-zh11's fold of a tune-half post: the first byte of sha256 of its text, mod 2."""
    return hashlib.sha256(text.encode()).digest()[0] % 2


def kinds_of(text: str, lexicon: float) -> list[str]:
    """The kinds of one post (its text and its lexicon score)."""
    out = [name for name, pattern in KINDS if pattern.search(text)]
    if len(text) < SHORT_CHARS:
        out.append(f"short (under {SHORT_CHARS} characters)")
    if lexicon >= 0.5:
        out.append("a named feeling (lexicon 0.5 or more)")
    elif lexicon > 0.0:
        out.append("a weak cue (lexicon under 0.5)")
    else:
        out.append("no cue (an event, or nothing)")
    return out


@dataclass(frozen=True)
class KindCount:
    kind: str
    posts: int
    emotional: int
    misses: tuple[int, int]  # fold 0, fold 1
    false_fires: tuple[int, int]


def kind_table(
    texts: Sequence[str], y: np.ndarray, fired: np.ndarray, lexicon: np.ndarray
) -> list[KindCount]:
    """Counts per kind, the most frequent first (``all`` included)."""
    per: dict[str, Counter[str]] = {}
    for text, label, call, lex in zip(texts, y, fired, lexicon, strict=True):
        f = fold(text)
        key = ("TP" if call else "FN") if label else ("FP" if call else "TN")
        for kind in [*kinds_of(text, float(lex)), "all"]:
            per.setdefault(kind, Counter())[f"{key}{f}"] += 1
    rows = [
        KindCount(
            kind,
            sum(c.values()),
            sum(v for k, v in c.items() if k[:2] in ("TP", "FN")),
            (c["FN0"], c["FN1"]),
            (c["FP0"], c["FP1"]),
        )
        for kind, c in per.items()
    ]
    return sorted(rows, key=lambda r: -r.posts)


def threshold_sweep(y: np.ndarray, score: np.ndarray) -> list[tuple[float, float]]:
    """(threshold, macro-F1 of ``score >= threshold``) for each of :data:`THRESHOLDS`."""
    return [(t, macro_f1(y, score >= t)) for t in THRESHOLDS]


def _tune() -> tuple[list[str], nlpcc_errors.Readings]:
    posts = nlpcc2018.load("tune")
    texts = [p.text for p in posts]
    return texts, nlpcc_errors.read(texts, [p.emotional for p in posts])


def _smp() -> nlpcc_errors.Readings:
    posts = smp2020.load()
    return nlpcc_errors.read([p.text for p in posts], [p.emotional for p in posts])


def kinds() -> list[str]:
    texts, r = _tune()
    lines = ["kind | posts | emotional | misses fold 0 / 1 | false fires fold 0 / 1"]
    for k in kind_table(texts, r.emotional, r.final >= 0.5, r.lexicon):
        lines.append(
            f"{k.kind} | {k.posts} | {k.emotional} | {k.misses[0]} / {k.misses[1]} | "
            f"{k.false_fires[0]} / {k.false_fires[1]}"
        )
    return lines


def calibration() -> list[str]:
    texts, r = _tune()
    folds = np.asarray([fold(t) for t in texts])
    s = _smp()
    cols = [
        threshold_sweep(r.emotional, r.final),
        threshold_sweep(r.emotional[folds == 0], r.final[folds == 0]),
        threshold_sweep(r.emotional[folds == 1], r.final[folds == 1]),
        threshold_sweep(s.emotional, s.final),
    ]
    lines = ["threshold | NLPCC tune | fold 0 | fold 1 | SMP2020"]
    for i, t in enumerate(THRESHOLDS):
        lines.append(f"{t:.2f} | " + " | ".join(f"{c[i][1]:.4f}" for c in cols))
    return lines


def _recipe() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "scripts" / "train_zh.py"
    spec = importlib.util.spec_from_file_location("train_zh", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def features(cache: Path | None) -> list[str]:
    from unmask_dev import zh_features

    return zh_features.run(_recipe(), cache)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("kinds", "calibration", "features"))
    ap.add_argument("--cache", type=Path, help="the recipe's feature matrices (train_zh --cache)")
    args = ap.parse_args(argv)
    if args.what == "kinds":
        lines = kinds()
    elif args.what == "calibration":
        lines = calibration()
    else:
        lines = features(args.cache)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
