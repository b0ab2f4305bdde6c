"""Corpus mode at scale: throughput, peak memory per worker, scaling from 1 to 2 workers.

Generates a synthetic corpus with ``unmask_dev.synth.generate_large`` (one
two-person conversation per couple, ``--per-couple`` messages each, English,
Chinese or half and half by couple; seeds 0..couples-1), written once as
canonical Parquet files of ``--couples-per-file`` couples (the form a
researcher's pipeline would hand over; cached under
benchmarks/data/corpus_<messages>/). Then, for each worker count, runs
``unmask corpus run`` end to end (planning, every partition, manifest) into a
fresh folder and reports messages per second and the peak resident memory
(RSS, sampled every 0.2 s) of each worker process. The first run's datasets
are compared with every later run's (identical results across worker counts).

Targets (issue 16): 10M messages within 10 minutes on 2 cores; < 2 GB per
worker; 2 workers >= 1.7x the throughput of 1.

    .venv/bin/python benchmarks/corpus.py                          # 10M, 2 workers only
    .venv/bin/python benchmarks/corpus.py --messages 1000000 --workers 1 2
    .venv/bin/python benchmarks/corpus.py --messages 200000 --workers 2 --engine dask
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def _write_file(args: tuple[Path, int, int, int]) -> int:
    import random

    import pyarrow as pa
    import pyarrow.parquet as pq

    from unmask.model import ARROW_SCHEMA
    from unmask_dev.synth import generate_large

    path, first, couples, per_couple = args
    rows: list[dict[str, Any]] = []
    for seed in range(first, first + couples):
        mix = random.Random(seed).choice((0.0, 0.5, 1.0))
        messages = generate_large(
            per_couple,
            seed=seed,
            lang_mix=mix,
            partners=(f"P{seed}a", f"P{seed}b"),
            conversation_id=f"couple{seed:06d}",
        )
        rows.extend(m.to_dict() for m in messages)
    tmp = path.with_suffix(".tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=ARROW_SCHEMA), tmp, compression="zstd")
    tmp.replace(path)
    return len(rows)


def corpus_folder(messages: int, per_couple: int, per_file: int, jobs: int) -> Path:
    """The cached corpus of ``messages`` messages (generated on first use, in parallel)."""
    couples = max(1, messages // per_couple)
    folder = DATA / f"corpus_{messages}_{per_couple}"
    files = [
        (folder / f"part-{i:05d}.parquet", first, min(per_file, couples - first), per_couple)
        for i, first in enumerate(range(0, couples, per_file))
    ]
    todo = [f for f in files if not f[0].exists()]
    if todo:
        folder.mkdir(parents=True, exist_ok=True)
        print(f"generating {len(todo)} files into {folder} ...", file=sys.stderr, flush=True)
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for _ in pool.map(_write_file, todo):
                pass
    return folder


class RssSampler:
    """Peak RSS of every descendant process, sampled every ``interval`` seconds."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            try:
                children = me.children(recursive=True)
            except psutil.Error:
                children = []
            for child in children:
                try:
                    rss = child.memory_info().rss / 2**20
                    name = " ".join(child.cmdline())
                except psutil.Error:
                    continue
                # the workers: pool processes and Dask workers, not the resource tracker
                if "resource_tracker" in name or "forkserver" in name:
                    continue
                self.peaks[child.pid] = max(self.peaks.get(child.pid, 0.0), rss)
            self._stop.wait(self.interval)


def run_once(folder: Path, workers: int, engine: str) -> dict[str, Any]:
    from unmask.corpus import run_corpus

    out = Path(tempfile.mkdtemp(prefix="unmask-corpus-bench-")) / "out"
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    self0 = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    with RssSampler() as sampler:
        summary = run_corpus(folder, out, engine=engine, workers=workers)
    wall = time.perf_counter() - started
    children1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    self1 = resource.getrusage(resource.RUSAGE_SELF)
    # CPU seconds of the (reaped) worker processes, and of this process (planning, manifest)
    worker_cpu = (children1.ru_utime + children1.ru_stime) - (
        children0.ru_utime + children0.ru_stime
    )
    parent_cpu = (self1.ru_utime + self1.ru_stime) - (self0.ru_utime + self0.ru_stime)
    peaks = sorted(sampler.peaks.values(), reverse=True)[: max(workers, 1)]
    return {
        "workers": workers,
        "engine": engine,
        "messages": summary.messages,
        "couples": summary.couples,
        "errors": summary.errors,
        "seconds": wall,
        "rate": summary.messages / wall,
        "peak_mb": max(peaks) if peaks else float("nan"),
        "worker_cpu": worker_cpu,
        "parent_cpu": parent_cpu,
        "cpu_rate": summary.messages / worker_cpu if worker_cpu > 0 else float("nan"),
        "out": out,
    }


def same_results(a: Path, b: Path) -> bool:
    import pandas.testing

    from unmask.corpus import open_run

    ra, rb = open_run(a), open_run(b)
    for name in ("couples", "months", "profiles", "errors", "messages"):
        try:
            pandas.testing.assert_frame_equal(ra.table(name), rb.table(name))
        except AssertionError:
            return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000_000)
    parser.add_argument("--per-couple", type=int, default=1000)
    parser.add_argument("--couples-per-file", type=int, default=50)
    parser.add_argument("--workers", type=int, nargs="+", default=[2])
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--keep", action="store_true", help="keep the output folders")
    args = parser.parse_args()
    jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 2
    folder = corpus_folder(args.messages, args.per_couple, args.couples_per_file, jobs)
    print(f"corpus: {folder} ({args.messages:,} messages, {args.per_couple} per couple)")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {jobs} cores")
    results = []
    for workers in args.workers:
        result = run_once(folder, workers, args.engine)
        results.append(result)
        print(
            f"{result['engine']:>5} {workers} worker(s): {result['messages']:,} messages, "
            f"{result['couples']:,} couples in {result['seconds']:.1f} s = "
            f"{result['rate']:,.0f} messages/s; peak RSS per worker {result['peak_mb']:.0f} MB; "
            f"worker CPU {result['worker_cpu']:.1f} s "
            f"({result['cpu_rate']:,.0f} messages per CPU second), parent CPU "
            f"{result['parent_cpu']:.1f} s; errors {result['errors']}; "
            f"load now {os.getloadavg()[0]:.1f}",
            flush=True,
        )
    print()
    print(
        "| engine | workers | messages | seconds | messages/s | vs 1 worker | "
        "worker CPU s | messages/CPU s | CPU-projected vs 1 | peak MB/worker |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    one = next((r for r in results if r["workers"] == 1), None)
    for r in results:
        scale = f"{r['rate'] / one['rate']:.2f}x" if one else "-"
        # on an idle machine W workers finish in (their CPU seconds / W) at best: the
        # projection a busy shared machine cannot measure directly
        projected = f"{one['worker_cpu'] / (r['worker_cpu'] / r['workers']):.2f}x" if one else "-"
        print(
            f"| {r['engine']} | {r['workers']} | {r['messages']:,} | {r['seconds']:.1f} | "
            f"{r['rate']:,.0f} | {scale} | {r['worker_cpu']:.1f} | {r['cpu_rate']:,.0f} | "
            f"{projected} | {r['peak_mb']:.0f} |"
        )
    if len(results) > 1:
        same = all(same_results(results[0]["out"], r["out"]) for r in results[1:])
        print(f"\nidentical datasets across worker counts: {same}")
    if not args.keep:
        for r in results:
            shutil.rmtree(r["out"].parent, ignore_errors=True)


if __name__ == "__main__":
    main()
