"""Speed of the reply-level responsiveness signals (``score_replies`` alone).

Builds a realistic canonical table from ``unmask_dev.synth.generate_large``
(half English, half Chinese days), detects languages with
``unmask.signals.langdetect``, then times :func:`unmask.signals.reply.score_replies`
only (best of ``--repeat`` runs, one core; wall and process CPU seconds, since
the CPU figure is steadier on a shared machine). Target: >= 100,000 messages/s.

``--check`` also compares every score and every evidence item with a plain
reference: ``score_replies`` with each reply and context message matched on its own by
the full alternation of each lexicon (no prefilter, no batching), so a speed-up of the
matcher can be shown to change no result.

    .venv/bin/python benchmarks/reply_speed.py                  # 200,000 messages
    .venv/bin/python benchmarks/reply_speed.py --sizes 20000 200000 --check
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from unmask.model import ARROW_SCHEMA
from unmask.signals import reply, reply_lexicon
from unmask.signals.langdetect import detect_many
from unmask_dev.synth import generate_large

SEED = 1


def build(n: int) -> tuple[pa.Table, list[str]]:
    """A canonical table of ``n`` generated messages and their languages."""
    rows = [m.to_dict() for m in generate_large(n, seed=SEED)]
    table = pa.Table.from_pylist(rows, schema=ARROW_SCHEMA)
    langs = detect_many(table.column("text").to_pylist())
    return table, langs


def _reference_find_many(
    lexicons: Sequence[reply_lexicon.ReplyLexicon],
    texts: Sequence[str],
    rows: Sequence[int],
    allowed: Sequence[Sequence[bool] | None] | None = None,
) -> list[list[reply_lexicon.Hit]]:
    """Each text on its own, with the one full alternation of each lexicon (NUL reads as
    a space, as it always has): no prefilter, no batching."""
    out: list[list[reply_lexicon.Hit]] = []
    for j, lexicon in enumerate(lexicons):
        hits = []
        gate = allowed[j] if allowed is not None else None
        for r in rows:
            if gate is not None and not gate[r]:
                continue
            text = texts[r].replace("\x00", " ")
            for m in lexicon.pattern.finditer(text):
                if m.start() == m.end() or m.lastgroup is None:
                    continue
                entry = lexicon.entries[int(m.lastgroup[1:])]
                if entry.max_chars is not None and len(text) > entry.max_chars:
                    continue
                if entry.negatable and reply_lexicon.negated(text, m.start(), lexicon.lang):
                    continue
                hits.append(reply_lexicon.Hit(r, entry, m.start(), m.end(), m.group()))
        out.append(hits)
    return out


def reference(table: pa.Table, langs: list[str]) -> tuple[reply.Scores, reply.EvidenceRows]:
    """``score_replies`` itself, with the plain per-text matcher in place of the fast one:
    every other step (context, structure, the personal reading) is the same code, so a
    difference can only come from the matcher's prefilter and batching."""
    original = reply.find_many
    reply.find_many = _reference_find_many
    try:
        return reply.score_replies(table, langs, {})
    finally:
        reply.find_many = original


def check(table: pa.Table, langs: list[str]) -> int:
    """Compare fast and reference results; return the number of differing rows."""
    fast_scores, fast_evidence = reply.score_replies(table, langs, {})
    ref_scores, ref_evidence = reference(table, langs)
    bad = np.zeros(table.num_rows, dtype=bool)
    for name, values in ref_scores.items():
        same = (values == fast_scores[name]) | (np.isnan(values) & np.isnan(fast_scores[name]))
        bad |= ~same
    bad |= np.array([a != b for a, b in zip(fast_evidence, ref_evidence, strict=True)])
    return int(bad.sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--check", action="store_true", help="compare with the reference")
    args = parser.parse_args()
    print(
        "| messages | replies | wall s | cpu s | messages/s (wall) | messages/s (cpu) "
        "| differing rows |"
    )
    print("|---|---|---|---|---|---|---|")
    for n in args.sizes:
        table, langs = build(n)
        reply.score_replies(table, langs, {})  # warm the lexicon caches
        best, best_cpu = math.inf, math.inf
        for _ in range(args.repeat):
            started, cpu = time.perf_counter(), time.process_time()
            scores, _ = reply.score_replies(table, langs, {})
            best = min(best, time.perf_counter() - started)
            best_cpu = min(best_cpu, time.process_time() - cpu)
        replies = int((~np.isnan(scores["responsiveness"])).sum())
        diff = str(check(table, langs)) if args.check else "-"
        print(
            f"| {n:,} | {replies:,} | {best:.3f} | {best_cpu:.3f} | {n / best:,.0f} "
            f"| {n / best_cpu:,.0f} | {diff} |"
        )


if __name__ == "__main__":
    main()
