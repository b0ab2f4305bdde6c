"""Read a candidate Chinese model (a weights file from ``scripts/train_zh.py --out``) on the
NLPCC samples and the guard rows, without replacing the shipped file (h-zh7).

:func:`trial_weights` points :mod:`unmask.signals.model_zh` at another weights file for the
length of a ``with`` block (the file must name this unmask's model, as the shipped one
does); :func:`main` prints, for that file, the macro-F1 of ``disclosure.emotional`` on each
NLPCC 2018 file given (and the AUC of the model's probability, of the final score, and of
the model's probability among posts with no lexicon cue: :mod:`unmask_dev.nlpcc_errors`),
then the Chinese validity rows a retrain must keep (CPED, SmileChat, CrossWOZ, RiSAWOZ
when ``$UNMASK_RISAWOZ_SAMPLE`` is set, our own posts). Counts and figures only, never a
post. The NLPCC dev file's report half is read only with ``--report``: once per variant
one would keep.

Run: ``.venv/bin/python -m unmask_dev.zh_trial WEIGHTS [--sample FILE ...] [--dev FILE]
[--report]`` (``shipped`` for the bundled weights).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from unmask.signals import model_zh
from unmask_dev import nlpcc2018, nlpcc_errors
from unmask_dev.validity import Row
from unmask_dev.validity.chinese import macro_f1


@contextmanager
def trial_weights(path: Path) -> Iterator[None]:
    """Within the block, the Chinese model reads ``path`` instead of the bundled weights."""
    saved = model_zh._weights_ref
    model_zh._weights_ref = lambda: path
    model_zh._cache.clear()
    try:
        yield
    finally:
        model_zh._weights_ref = saved
        model_zh._cache.clear()


def sample_line(name: str, posts: Sequence[nlpcc2018.Post], with_auc: bool = True) -> str:
    """One line of figures for ``posts``: n, macro-F1, and the three AUCs."""
    r = nlpcc_errors.read([p.text for p in posts], [p.emotional for p in posts])
    y = r.emotional
    no_cue = r.lexicon <= 0.0
    line = f"{name} | {len(y)} | macro-F1 {macro_f1(y, r.final >= 0.5):.4f}"
    if with_auc:
        line += (
            f" | AUC model {nlpcc_errors.auc(y, r.model):.3f}"
            f" | final {nlpcc_errors.auc(y, r.final):.3f}"
            f" | model, no cue {nlpcc_errors.auc(y[no_cue], r.model[no_cue]):.3f}"
        )
    return line


def guard_rows() -> list[Row]:
    """The Chinese validity rows a retrain must keep (all but the NLPCC ones)."""
    from unmask_dev.validity import chinese, outside

    return (
        chinese.cped_rows()
        + chinese.smilechat_rows()
        + chinese.crosswoz_rows()
        + outside.rows("risawoz", chinese.AREA)
        + chinese.posts_rows()
    )


def report(
    samples: Sequence[str], dev: str | None, with_report_half: bool, guards: bool = True
) -> list[str]:
    """The lines :func:`main` prints, for the weights in use."""
    lines = []
    for file in samples:
        posts = nlpcc2018.parse(Path(file).read_text(encoding="utf-8"))
        lines.append(sample_line(Path(file).name, posts))
    if dev:
        every = nlpcc2018.parse(Path(dev).read_text(encoding="utf-8"))
        for which in ("tune", "report") if with_report_half else ("tune",):
            half = [p for p in every if nlpcc2018.half(p.id) == which]
            lines.append(sample_line(f"dev {which} half", half))
    if guards:
        for row in guard_rows():
            value = "-" if row.value is None else f"{row.value:.4f}"
            lines.append(f"{value} | {row.figure}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("weights", help='a weights file, or "shipped"')
    ap.add_argument("--sample", action="append", default=[], help="NLPCC records, all tune")
    ap.add_argument("--dev", default=os.environ.get(nlpcc2018.ENV), help="NLPCC dev file")
    ap.add_argument("--report", action="store_true", help="also read the dev report half")
    args = ap.parse_args(argv)
    if args.weights == "shipped":
        lines = report(args.sample, args.dev, args.report)
    else:
        with trial_weights(Path(args.weights)):
            if not model_zh.available():
                raise SystemExit(f"{args.weights}: not weights of {model_zh.MODEL_VERSION}")
            lines = report(args.sample, args.dev, args.report)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
