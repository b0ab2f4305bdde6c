"""Check that a speed change leaves every number and byte of ``unmask analyze`` as it was.

Run ``dump`` once with the code before the change (``PYTHONPATH=<base>/src``) and once
with the code after it, then ``compare`` the two folders:

    PYTHONPATH=/tmp/base/src .venv/bin/python benchmarks/analyze_same.py dump /tmp/same-base
    .venv/bin/python benchmarks/analyze_same.py dump /tmp/same-new
    .venv/bin/python benchmarks/analyze_same.py compare /tmp/same-base /tmp/same-new

``dump`` writes the float bits of every ``score_table(..., evidence=False,
evidence_later=True)`` column (what ``unmask analyze`` asks for) with the languages,
ids and versions of the 100k benchmark export, and runs ``unmask analyze`` on the four
bundled samples and on that export. ``compare`` wants the columns bit for bit,
messages.parquet and report.html byte for byte, and report.json equal apart from its
``timings``. Set ``UNMASK_CACHE_DIR`` to an empty folder for a cold cache and
``UNMASK_WORKERS=1`` for one process.

``split`` times where the parent's CPU goes in one ``analyze()`` + ``write_report()``
(100k export, forked scoring child): before the fork, from the fork to the moment the
child's result is read (beside the child), and after it; with two free cores the run
takes about the first, the longer of the two middle ones, and the last. After it, the
main thread's CPU and the wall of that stretch are given too; ``--as-cli`` runs the
analysis as the CLI and ``analyze.py`` do (``early``, ``parquet_ahead``); ``--threads``
gives each thread's job that ends after the child's result (:class:`unmask.background.Background`:
its start and end from that moment, and its own CPU).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

SAMPLES = ("close_en", "close_zh", "drifting_en", "drifting_zh")


def _export() -> Path:
    from analyze import export_path  # benchmarks/analyze.py: generated once, then cached

    return export_path(100_000)


def dump(out: Path) -> None:
    from unmask.cli.main import app
    from unmask.ingest import read_table
    from unmask.samples import sample_path
    from unmask.signals import score_table

    if out.exists() and any(out.iterdir()):
        sys.exit(f"{out} is not empty: dump into a new folder (nothing there is replaced)")
    out.mkdir(parents=True, exist_ok=True)
    export = _export()
    result = score_table(read_table(export), evidence=False, evidence_later=True)
    columns = {name: values.tobytes() for name, values in result.scores.items()}
    columns["(lang)"] = "\n".join(result.lang).encode()
    columns["(ids)"] = "\n".join(result.message_id).encode()
    columns["(versions)"] = json.dumps(result.versions, sort_keys=True).encode()
    (out / "scores.pickle").write_bytes(pickle.dumps(columns))
    with tempfile.TemporaryDirectory() as data:
        os.environ["UNMASK_DATA_DIR"] = data  # the consent record goes nowhere lasting
        for name, source in [*((s, sample_path(s)) for s in SAMPLES), ("export", export)]:
            try:
                app(["analyze", str(source), "-o", str(out / name), "--i-have-consent"])
            except SystemExit as done:
                if done.code:
                    raise
    print(f"{out}: {len(columns)} columns, {len(SAMPLES) + 1} reports")


def compare(a: Path, b: Path) -> bool:
    same = True
    left = pickle.loads((a / "scores.pickle").read_bytes())
    right = pickle.loads((b / "scores.pickle").read_bytes())
    differ = sorted(set(left) ^ set(right)) + [
        k for k in left if k in right and left[k] != right[k]
    ]
    print(f"score columns: {len(left)}, differing: {differ or 'none'}")
    same &= not differ
    for name in [*SAMPLES, "export"]:
        for file in ("messages.parquet", "report.html"):
            equal = (a / name / file).read_bytes() == (b / name / file).read_bytes()
            same &= equal
            print(f"{name} {file}: {'identical' if equal else 'DIFFERENT'}")
        docs: list[dict[str, Any]] = [
            json.loads((d / name / "report.json").read_text(encoding="utf-8")) for d in (a, b)
        ]
        timings = [doc.pop("timings") for doc in docs]
        equal = docs[0] == docs[1] and timings[0].keys() == timings[1].keys()
        same &= equal
        print(f"{name} report.json (timings aside): {'identical' if equal else 'DIFFERENT'}")
    print("ALL IDENTICAL" if same else "DIFFERENCES")
    return same


def split(runs: int, as_cli: bool = False, threads: bool = False) -> None:
    """:func:`split_one` in ``runs`` fresh processes (a second run in one process finds its
    imports and caches warm)."""
    import subprocess

    flags = [*(["--as-cli"] if as_cli else []), *(["--threads"] if threads else [])]
    for _ in range(runs):
        subprocess.run([sys.executable, __file__, "split-one", *flags], check=True)


def _time_threads(marks: dict[str, float]) -> list[tuple[str, float, float, float]]:
    """Wrap :class:`unmask.background.Background` so that each job records its name, its
    start and end (wall s, from ``marks["joined wall"]`` once known) and its own CPU."""
    from unmask import background

    jobs: list[tuple[str, float, float, float]] = []
    run = background.Background._run

    def timed(self: Any) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            run(self)
        finally:
            jobs.append((self._thread.name, wall, time.perf_counter(), time.thread_time() - cpu))

    background.Background._run = timed  # type: ignore[method-assign]
    return jobs


def split_one(as_cli: bool = False, threads: bool = False) -> None:
    from unmask.analyze import analyze
    from unmask.report.writer import write_report
    from unmask.signals import parallel

    marks: dict[str, float] = {}
    forked_init, forked_result = parallel.Forked.__init__, parallel.Forked.result

    def init(self: parallel.Forked, *args: Any, **kwargs: Any) -> None:
        marks["fork"] = time.process_time()
        forked_init(self, *args, **kwargs)

    def result(self: parallel.Forked) -> Any:
        got = forked_result(self)
        if "joined" not in marks:
            marks["joined"] = time.process_time()
            marks["joined wall"], marks["joined main"] = time.perf_counter(), time.thread_time()
        return got

    parallel.Forked.__init__ = init  # type: ignore[method-assign]
    parallel.Forked.result = result  # type: ignore[method-assign]
    jobs = _time_threads(marks) if threads else []
    export = _export()
    wall, start, before = time.perf_counter(), time.process_time(), os.times()
    # --as-cli: as the CLI and benchmarks/analyze.py run it (the child forked before the
    # read, messages.parquet encoded on a thread from the moment the scores are known)
    analysis = analyze(export, early=as_cli, parquet_ahead=as_cli)
    with tempfile.TemporaryDirectory() as folder:
        write_report(analysis, Path(folder) / "report")
    main = time.thread_time() - marks["joined main"]
    tail = time.perf_counter() - marks["joined wall"]
    wall, end, after = time.perf_counter() - wall, time.process_time(), os.times()
    child = after.children_user + after.children_system
    child -= before.children_user + before.children_system
    first, beside = marks["fork"] - start, marks["joined"] - marks["fork"]
    last = end - marks["joined"]
    print(
        f"parent CPU s: before the fork {first:.3f}, beside the child {beside:.3f} "
        f"(child {child:.3f}), after it {last:.3f} (threads included; the main thread "
        f"{main:.3f}, wall {tail:.3f}); wall {wall:.3f} s"
    )
    # --threads: each thread's job after the child, ms from the child's result (start, end,
    # its own CPU); the main thread's CPU over the same stretch is given above
    joined = marks["joined wall"]
    for name, begun, ended, cpu in jobs:
        if ended > joined:
            print(
                f"  {name:16s} {1000 * (begun - joined):7.1f} -> {1000 * (ended - joined):7.1f} "
                f"ms, CPU {1000 * cpu:6.1f} ms"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    both = sub.add_parser("compare")
    both.add_argument("a", type=Path)
    both.add_argument("b", type=Path)
    parts = sub.add_parser("split")
    parts.add_argument("--runs", type=int, default=3)
    parts.add_argument("--as-cli", action="store_true", help="early=True, parquet_ahead=True")
    parts.add_argument("--threads", action="store_true", help="each thread's job after the child")
    one = sub.add_parser("split-one", help=argparse.SUPPRESS)
    one.add_argument("--as-cli", action="store_true")
    one.add_argument("--threads", action="store_true")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out)
    elif args.command == "compare":
        sys.exit(0 if compare(args.a, args.b) else 1)
    elif args.command == "split":
        split(args.runs, args.as_cli, args.threads)
    else:
        split_one(args.as_cli, args.threads)


if __name__ == "__main__":
    main()
