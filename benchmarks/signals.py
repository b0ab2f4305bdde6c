"""Speed and memory of message scoring, beside VADER and empath on the same messages.

The corpus: ``unmask_dev.synth.generate_large(n, seed=1)`` (realistic couple
chats, half the days in English, half in Chinese), with 20% of the English
messages replaced by CL-Aff OffMyChest sentences (longer, real Reddit prose),
cached as ``benchmarks/data/signals_<n>.jsonl``. Every configuration runs in its
own fresh subprocess over the same messages; it reports the setup time
(imports, lexicon compilation, loading weights), the scoring time, messages
per second of wall time and per CPU second (the scorer is single-threaded, so
that is "per core"), and the process's peak resident memory (``ru_maxrss``,
which includes the messages themselves).

Configurations:
- ``lexicon``: ``score_texts(texts, model=False)``, all 16 message signals with evidence;
- ``default``: ``score_texts(texts)``, the model layer on (when it is installed);
- ``vader``: ``SentimentIntensityAnalyzer().polarity_scores`` on every message;
- ``empath``: empath's own ``Empath().analyze`` on the first 2,000 messages,
  extrapolated to n;
- ``empath-index``: empath's 194 word lists in a plain dict index (word -> categories)
  over every message's lower-cased word tokens.

Targets (issue 3): lexicon layer >= 100k messages/s on one core, model layer >=
1,500 messages/s, peak memory < 1 GB for 1M messages.

    .venv/bin/python benchmarks/signals.py            # 1M messages
    .venv/bin/python benchmarks/signals.py --quick    # 100k
    .venv/bin/python benchmarks/signals.py --n 20000 --configs lexicon vader
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
CLAFF = ROOT.parent / "shared" / "data" / "claff-offmychest" / "labeled_training_set.csv"
SEED = 1
CLAFF_SHARE = 0.2
EMPATH_SAMPLE = 2_000
CONFIGS = ("lexicon", "default", "vader", "empath", "empath-index")


def _claff_sentences() -> list[str]:
    if not CLAFF.exists():
        return []
    with CLAFF.open(encoding="utf-8", errors="replace", newline="") as handle:
        return [row["full_text"] for row in csv.DictReader(handle) if row.get("full_text")]


def corpus_path(n: int) -> Path:
    """The cached corpus of ``n`` messages (generated on first use)."""
    path = DATA / f"signals_{n}.jsonl"
    if path.exists():
        return path
    from unmask_dev.synth import generate_large

    claff = _claff_sentences()
    rng = random.Random(SEED)
    DATA.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for message in generate_large(n, seed=SEED):
            text = message.text or ""
            english = not any("\u4e00" <= ch <= "\u9fff" for ch in text)
            if claff and english and rng.random() < CLAFF_SHARE:
                text = claff[rng.randrange(len(claff))]
            out.write(json.dumps(text, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def _load(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _empath_index() -> tuple[dict[str, tuple[int, ...]], int]:
    from empath import Empath

    cats = Empath().cats
    index: dict[str, list[int]] = {}
    for c, words in enumerate(cats.values()):
        for word in words:
            index.setdefault(word, []).append(c)
    return {w: tuple(cs) for w, cs in index.items()}, len(cats)


def child(config: str, path: Path) -> dict[str, float]:
    """Run one configuration in this process; seconds, rates and peak MB."""
    texts = _load(path)
    n = len(texts)
    wall0 = time.perf_counter()
    scored = n
    model_used = 0.0
    if config in ("lexicon", "default"):
        from unmask.signals import model, score_texts

        if config == "default":
            model_used = float(model.available())

        # compile every language's lexicon and load the weights before the clock starts
        score_texts(["warm up, ok? ❤️", "热身一下，好吗？"], model=config == "default")
        wall1, cpu1 = time.perf_counter(), time.process_time()
        score_texts(texts, model=config == "default")
    elif config == "vader":
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer = SentimentIntensityAnalyzer()
        wall1, cpu1 = time.perf_counter(), time.process_time()
        for text in texts:
            analyzer.polarity_scores(text)
    elif config == "empath":
        from empath import Empath

        lexicon = Empath()
        wall1, cpu1 = time.perf_counter(), time.process_time()
        scored = min(n, EMPATH_SAMPLE)
        for text in texts[:scored]:
            lexicon.analyze(text, normalize=False)
    elif config == "empath-index":
        import re

        index, n_cats = _empath_index()
        token = re.compile(r"[a-z']+")
        wall1, cpu1 = time.perf_counter(), time.process_time()
        get = index.get
        for text in texts:
            counts = [0] * n_cats
            for word in token.findall(text.lower()):
                for c in get(word, ()):
                    counts[c] += 1
    else:
        raise SystemExit(f"unknown configuration {config!r}; choose from {', '.join(CONFIGS)}")
    wall2, cpu2 = time.perf_counter(), time.process_time()
    scale = n / scored
    wall, cpu = (wall2 - wall1) * scale, (cpu2 - cpu1) * scale
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return {
        "n": n,
        "setup_s": wall1 - wall0,
        "wall_s": wall,
        "cpu_s": cpu,
        "msg_per_s": n / wall if wall > 0 else float("inf"),
        "msg_per_cpu_s": n / cpu if cpu > 0 else float("inf"),
        "peak_mb": peak_mb,
        "extrapolated": float(scored != n),
        "model": model_used,
    }


def _run(config: str, path: Path) -> dict[str, float] | None:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", config, "--path", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        print(f"{config}: failed ({proc.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        return None
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _table(rows: dict[str, dict[str, float]]) -> str:
    ref = rows.get("vader")
    lines = [
        "| config | messages | setup s | score s | msg/s (wall) | msg/s per core (CPU) "
        "| x VADER | peak MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for config, r in rows.items():
        ratio = r["msg_per_cpu_s"] / ref["msg_per_cpu_s"] if ref else float("nan")
        note = " (extrapolated from 2,000)" if r["extrapolated"] else ""
        if config == "default" and not r.get("model"):
            note = " (model layer not installed: lexicon only)"
        lines.append(
            f"| {config}{note} | {int(r['n']):,} | {r['setup_s']:.2f} | {r['wall_s']:.2f} "
            f"| {r['msg_per_s']:,.0f} | {r['msg_per_cpu_s']:,.0f} | {ratio:.2f} "
            f"| {r['peak_mb']:,.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="messages (default 1M)")
    parser.add_argument("--quick", action="store_true", help="100k messages")
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=CONFIGS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, Path(args.path))))
        return
    n = 100_000 if args.quick else args.n
    path = corpus_path(n)
    rows: dict[str, dict[str, float]] = {}
    for config in args.configs:
        result = _run(config, path)
        if result is not None:
            rows[config] = result
            print(f"{config}: {result['msg_per_cpu_s']:,.0f} msg/s per core", file=sys.stderr)
    print(_table(rows))


if __name__ == "__main__":
    main()
