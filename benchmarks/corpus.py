"""Corpus mode at scale: throughput, peak memory per worker, scaling from 1 to 2 workers.

Generates a synthetic corpus with ``unmask_dev.synth.generate_large`` (one
two-person conversation per couple, ``--per-couple`` messages each, English,
Chinese or half and half by couple; seeds 0..couples-1), written once as
canonical Parquet files of ``--couples-per-file`` couples (the form a
researcher's pipeline would hand over; cached under
benchmarks/data/corpus_<messages>/). Then, for each worker count, runs
``unmask corpus run`` end to end (planning, every partition, manifest) into a
fresh folder, in a fresh process, and reports messages per second, the peak
resident memory (RSS, sampled every 0.2 s; pages shared with the fork server
count in full) of each worker process, and the CPU seconds of all the run's
processes (sampled likewise): messages per CPU second is the per-core throughput
whatever else runs on the machine, and ``CPU-projected`` the scaling an idle
machine would show (1 worker's CPU seconds over the W workers' CPU seconds / W).
The first run's datasets are compared with every later run's (identical results
across worker counts).

Targets (issue 16): 10M messages within 10 minutes on 2 cores; < 2 GB per
worker; 2 workers >= 1.7x the throughput of 1.

    .venv/bin/python benchmarks/corpus.py                          # 10M, 2 workers only
    .venv/bin/python benchmarks/corpus.py --messages 1000000 --workers 1 2
    .venv/bin/python benchmarks/corpus.py --messages 200000 --workers 2 --engine dask
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
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
    folder = DATA / f"corpus_{messages}_{per_couple}_{per_file}"
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


class Sampler:
    """Peak RSS and CPU seconds of every process under ``root``, sampled every
    ``interval`` seconds (the fork server, pool workers, Dask nanny and workers)."""

    def __init__(self, root: int, interval: float = 0.2) -> None:
        self.root = root
        self.interval = interval
        self.peaks: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self.parents: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                root = psutil.Process(self.root)
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                procs = []
            for proc in procs:
                try:
                    with proc.oneshot():
                        rss = proc.memory_info().rss / 2**20
                        times = proc.cpu_times()
                        if proc.pid not in self.names:
                            self.names[proc.pid] = " ".join(proc.cmdline())
                            self.parents[proc.pid] = proc.ppid()
                except psutil.Error:
                    continue
                self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0.0), rss)
                self.cpu[proc.pid] = times.user + times.system
            self._stop.wait(self.interval)


def _child(folder: str, out: str, workers: int, engine: str) -> None:
    """The run itself, in a fresh process (so no fork server or cache carries over)."""
    from unmask.corpus import run_corpus

    summary = run_corpus(folder, out, engine=engine, workers=workers)
    print(
        json.dumps(
            {"messages": summary.messages, "couples": summary.couples, "errors": summary.errors}
        )
    )


def run_once(folder: Path, workers: int, engine: str) -> dict[str, Any]:
    out = Path(tempfile.mkdtemp(prefix="unmask-corpus-bench-")) / "out"
    command = [sys.executable, __file__, "--child", str(folder), str(out), str(workers), engine]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    with Sampler(proc.pid) as sampler:
        stdout, _ = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"the run with {workers} worker(s) failed ({proc.returncode})")
    summary = json.loads(stdout.strip().splitlines()[-1])
    # the workers: every process but the run's own, its direct helpers (the fork server,
    # the resource tracker, Dask's nannies, which only watch their worker); pool workers
    # are the fork server's children (they carry its command line), Dask's the nannies'
    helpers = {pid for pid, parent in sampler.parents.items() if parent == proc.pid}
    spawned = any("spawn_main" in sampler.names.get(pid, "") for pid in helpers)
    workers_rss = [
        mb
        for pid, mb in sampler.peaks.items()
        if pid != proc.pid
        and "resource_tracker" not in sampler.names.get(pid, "")
        and (pid not in helpers or spawned)
    ]
    total_cpu = sum(sampler.cpu.values())
    parent_cpu = sampler.cpu.get(proc.pid, 0.0)
    worker_cpu = total_cpu - parent_cpu
    peaks = sorted(workers_rss, reverse=True)[: max(workers, 1)]
    return {
        "workers": workers,
        "engine": engine,
        "messages": summary["messages"],
        "couples": summary["couples"],
        "errors": summary["errors"],
        "seconds": wall,
        "rate": summary["messages"] / wall,
        "peak_mb": max(peaks) if peaks else float("nan"),
        "worker_cpu": worker_cpu,
        "parent_cpu": parent_cpu,
        "cpu_rate": summary["messages"] / worker_cpu if worker_cpu > 0 else float("nan"),
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
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
        return
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
