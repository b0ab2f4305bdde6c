"""End-to-end speed of ``unmask analyze``: 100k and 1M generated WhatsApp messages.

Each size is generated once with ``unmask_dev.synth.generate_large`` (half
English, half Chinese) and written as an Android WhatsApp export cached under
benchmarks/data/. Each run happens in a fresh subprocess with the default
configuration (model on) and writes the full report (report.json,
messages.parquet, report.html when the renderer is installed). Per stage we
report wall seconds and the peak resident memory reached during the stage
(Linux VmHWM, reset at each stage start through /proc/self/clear_refs).
``peak MB`` adds the peak of the scorer's forked child (``unmask.signals.parallel``),
if one ran, to the parent's: an upper bound, since the pages they share count twice.
``peak PSS MB`` is the highest sum of the two processes' proportional set sizes
(sampled every 50 ms; shared pages counted once): the memory the run holds.

``cli s`` is the wall time of the real command in a fresh process (``python -m unmask analyze
EXPORT -o <temp> --i-have-consent``, output to a temporary folder), timed from this process
around ``subprocess.run``: the interpreter's start and every import included, which the
in-process ``total s`` leaves out (the analysis child imports ``unmask.analyze`` and the
writer before its clock starts). It uses the same compiled-lexicon folder as the in-process
runs (``--cache``) and a data folder (``UNMASK_DATA_DIR``: the consent record, the store of
report folders) of its own: with ``--cache warm`` one untimed command run first creates it,
as for a returning user; with ``--cache cold`` every run gets an empty one, as a user's
first run. ``cli cpu s`` is the command's CPU with its scoring child's; ``x VADER (cli)`` is
``cli s`` over VADER's wall time.

Beside each size, in the same run, a fresh subprocess times VADER alone
(``vaderSentiment``'s ``SentimentIntensityAnalyzer().polarity_scores`` over
every text message of the same export, the analyzer's construction included,
the import not); ``x VADER`` is analyze's total over that time.

Targets (issue 4): 1M messages < 30 s and < 2 GB; 100k < 5 s. Issue 10:
``unmask analyze`` end to end at most 1.0x VADER at 100k messages, peak < 2 GB at 1M.

    .venv/bin/python benchmarks/analyze.py            # both sizes
    .venv/bin/python benchmarks/analyze.py --sizes 100000
    .venv/bin/python benchmarks/analyze.py --sizes 100000 --repeat 3   # medians
    .venv/bin/python benchmarks/analyze.py --sizes 100000 --cache cold  # a first run
    .venv/bin/python benchmarks/analyze.py --sizes 100000 --no-cli    # in-process only

The compiled lexicons (``unmask.signals.compiled_cache``) live in a folder of the
benchmark's own: with ``--cache warm`` (the default) they are compiled once before
the timed runs, as for every run after a user's first; ``--cache cold`` gives each
run an empty folder (it compiles them, and stores them, as a user's first run does).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.abc
import inspect
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
SEED = 4242
STAGES = ("import", "score", "dyad", "profile", "write")


#: packages the dev venv has (test and corpus extras) that a plain install of unmask does
#: not; ``--configs base-install`` makes them unimportable in the analysis child
EXTRAS_ONLY = ("pandas",)


class _NotInstalled(importlib.abc.MetaPathFinder):
    """Imports of :data:`EXTRAS_ONLY` fail as if the package were not installed."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.partition(".")[0] in EXTRAS_ONLY:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def export_path(n: int, unique: bool = False) -> Path:
    """The cached export of ``n`` messages (generated on first use). The generated chats
    repeat their lines as couples do ("ok", "love you", "how was your day?": about a
    quarter of the text messages are distinct); ``unique=True`` gives every text message
    a number of its own at the end, so that no two are the same (the scorer's work on
    repeated texts is done once: this is the case where that saves nothing)."""
    from dataclasses import replace

    from unmask_dev.synth import generate_large, write_whatsapp

    path = DATA / (f"analyze_{n}_unique.txt" if unique else f"analyze_{n}.txt")
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        messages = generate_large(n, seed=SEED)
        if unique:
            messages = (
                replace(m, text=f"{m.text} {i}") if m.kind == "text" and m.text else m
                for i, m in enumerate(messages)
            )
        write_whatsapp(messages, tmp, layout="android")
        tmp.replace(path)
    return path


def _hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


def _reset_hwm() -> None:
    # where the kernel refuses, the peak is the process peak so far
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _pss_mb(pid: int | str) -> float:
    """Proportional set size of one process (shared pages split among their users)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


class _PssSampler:
    """The peak of this process's PSS plus its children's, sampled every 50 ms.

    The scorer's forked child shares most of its pages with this process; PSS
    counts each shared page once in total, so the sum is the memory the run
    really holds (VmHWM of the two would count the shared pages twice).
    """

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _children(self) -> list[str]:
        out: list[str] = []
        for task in Path("/proc/self/task").iterdir():
            with contextlib.suppress(OSError):
                out.extend((task / "children").read_text().split())
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            total = _pss_mb("self") + sum(_pss_mb(pid) for pid in self._children())
            self.peak = max(self.peak, total)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def child(path: Path, model: bool) -> dict[str, object]:
    """Run one analysis in this process and return seconds and peak MB per stage."""
    from unmask.analyze import AnalyzeOptions, analyze
    from unmask.report.writer import write_report

    peaks: dict[str, float] = {}
    current: list[str] = []

    def on_stage(name: str) -> None:
        if current:
            peaks[current[-1]] = _hwm_mb()
        _reset_hwm()
        current.append(name)

    sampler = _PssSampler()
    started = time.perf_counter()
    cpu0 = os.times()
    # what `unmask analyze` runs: the scoring child forked before the read and
    # messages.parquet encoded ahead, where the code measured has them (older commits,
    # through PYTHONPATH, do not)
    params = inspect.signature(analyze).parameters
    early = {key: True for key in ("early", "parquet_ahead") if key in params}
    analysis = analyze(path, options=AnalyzeOptions(on_stage=on_stage, model=model), **early)
    on_stage("write")
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_report(analysis, Path(tmp) / "report")
        seconds = dict(paths.report["timings"])
    peaks["write"] = _hwm_mb()
    total = time.perf_counter() - started
    # the scorer's forked child (if any): its own peak, shared pages counted again
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    cpu1 = os.times()
    cpu_self = cpu1.user + cpu1.system - cpu0.user - cpu0.system
    cpu_child = (
        cpu1.children_user + cpu1.children_system - cpu0.children_user - cpu0.children_system
    )
    return {
        "seconds": seconds,
        "pss_mb": sampler.stop(),
        "peak_mb": peaks,
        "child_mb": child_mb,
        "cpu_s": cpu_self,
        "child_cpu_s": cpu_child,
        "total_s": total,
        "messages": analysis.table.num_rows,
        "html": paths.html is not None,
    }


def vader_child(path: Path) -> dict[str, object]:
    """Seconds VADER takes over every text message of the export (import not timed)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from unmask.ingest import read_table

    table = read_table(path)
    kinds = table.column("kind").to_pylist()
    texts = [t for t, k in zip(table.column("text").to_pylist(), kinds, strict=True) if k == "text"]
    started = time.perf_counter()
    cpu = time.process_time()
    analyzer = SentimentIntensityAnalyzer()
    score = analyzer.polarity_scores
    for text in texts:
        score(text)
    return {
        "total_s": time.perf_counter() - started,
        "cpu_s": time.process_time() - cpu,
        "messages": len(texts),
    }


#: ``--configs base-install`` for the command: the packages of :data:`EXTRAS_ONLY` made
#: unimportable as :class:`_NotInstalled` does, before ``python -m unmask`` runs (a plain
#: class with ``find_spec``: importing ``importlib.abc`` there would add to what is timed)
_CLI_BASE = (
    "import runpy, sys\n"
    "class NotInstalled:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    f"        if name.partition('.')[0] in {EXTRAS_ONLY!r}:\n"
    "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
    "sys.meta_path.insert(0, NotInstalled())\n"
    "sys.argv[0] = 'unmask'\n"
    "runpy.run_module('unmask', run_name='__main__', alter_sys=True)\n"
)


def cli_run(path: Path, config: str, cache: Path, data: Path) -> dict[str, float]:
    """Wall and CPU seconds of ``unmask analyze`` on ``path`` in a fresh process (the
    interpreter's start and the imports included), the report written to a temporary
    folder; ``cache``: the compiled lexicons' folder, ``data``: ``UNMASK_DATA_DIR``."""
    env = {**os.environ, "UNMASK_CACHE_DIR": str(cache), "UNMASK_DATA_DIR": str(data)}
    start = (
        [sys.executable, "-c", _CLI_BASE]
        if config == "base-install"
        else [
            sys.executable,
            "-m",
            "unmask",
        ]
    )
    extra = ["--no-model"] if config == "no-model" else []
    with tempfile.TemporaryDirectory(prefix="unmask-bench-out-") as tmp:
        command = [*start, "analyze", str(path), "-o", str(Path(tmp) / "report")]
        command += ["--i-have-consent", *extra]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        total = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # the command's CPU and its scoring child's (reaped by the command, so counted here)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"total_s": total, "cpu_s": cpu}


def warm_cache() -> dict[str, object]:
    """Compile every lexicon once, and the page template and the model layers' weights where
    the code keeps its compiled code or decoded weights there too, so that the cache folder
    holds them (not timed)."""
    from unmask.report.writer import prepare
    from unmask.signals import model, model_zh, reply_lexicon, safety_model
    from unmask.signals.matcher import compile_language

    for lang in ("common", "en", "zh"):
        compile_language(lang)
    for layer in (model, model_zh, safety_model):
        layer.available()  # the weights read (and kept decoded, where model.load_npz does)
    for lang in reply_lexicon.LANGS:
        for part in reply_lexicon.PARTS:
            reply_lexicon.load(lang, part)
    prepare()  # the page template compiled (and kept, where html.TemplateCache exists)
    return {}


def _run_child(args: list[str], cache: Path | None = None) -> dict[str, Any]:
    env = dict(os.environ)
    if cache is not None:
        env["UNMASK_CACHE_DIR"] = str(cache)
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True, env=env
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--configs",
        nargs="+",
        choices=["default", "no-model", "base-install"],
        default=["default"],
        help="default = model on (the shipped configuration); no-model = lexicons only; "
        "base-install = default with the packages that only the test and corpus extras "
        "install (pandas) made unimportable, as after a plain `pip install unmask`: pyarrow "
        "imports pandas whenever it is there (~0.2 s)",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per cell, alternating; medians are shown"
    )
    parser.add_argument("--no-vader", action="store_true", help="skip the VADER column")
    parser.add_argument(
        "--no-cli",
        action="store_true",
        help="skip the end-to-end columns (the real `python -m unmask analyze` command)",
    )
    parser.add_argument(
        "--unique",
        action="store_true",
        help="every text message made distinct (a number at its end): no repeated lines",
    )
    parser.add_argument(
        "--cache",
        choices=["warm", "cold"],
        default="warm",
        help="compiled lexicons (unmask.signals.compiled_cache): warm = compiled once "
        "before the timed runs, as on any run after a user's first; cold = an empty cache "
        "folder for every run, as on the very first run",
    )
    parser.add_argument("--warm-cache", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-no-model", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-base", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--vader-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.child_base:
            sys.meta_path.insert(0, _NotInstalled())
        print(json.dumps(child(args.child, model=not args.child_no_model)))
        return
    if args.vader_child:
        print(json.dumps(vader_child(args.vader_child)))
        return
    if args.warm_cache:
        print(json.dumps(warm_cache()))
        return
    with tempfile.TemporaryDirectory(prefix="unmask-bench-cache-") as folder:
        _measure(args, Path(folder))


def _measure(args: argparse.Namespace, cache_root: Path) -> None:
    if args.cache == "warm":
        _run_child(["--warm-cache"], cache_root / "warm")
    rows = []
    runs_done = 0
    for n in args.sizes:
        path = export_path(n, args.unique)
        runs: dict[str, list[dict[str, Any]]] = {c: [] for c in args.configs}
        clis: dict[str, list[dict[str, float]]] = {c: [] for c in args.configs}
        vader: list[dict[str, Any]] = []
        if args.cache == "warm" and not args.no_cli:  # the returning user's data folder
            for config in args.configs:
                cli_run(path, config, cache_root / "warm", cache_root / "data")
        for _ in range(args.repeat):  # alternate, so a busy stretch hits every column alike
            for config in args.configs:
                extra = {"no-model": ["--child-no-model"], "base-install": ["--child-base"]}.get(
                    config, []
                )
                runs_done += 1
                cache = cache_root / ("warm" if args.cache == "warm" else f"cold-{runs_done}")
                runs[config].append(_run_child(["--child", str(path), *extra], cache))
                if not args.no_cli:
                    cold = args.cache == "cold"
                    runs_done += 1
                    cache = cache_root / (f"cold-{runs_done}" if cold else "warm")
                    data = cache_root / (f"data-{runs_done}" if cold else "data")
                    clis[config].append(cli_run(path, config, cache, data))
            if not args.no_vader:
                vader.append(_run_child(["--vader-child", str(path)]))
        for config in args.configs:
            rows.append((n, config, runs[config], clis[config], vader))
    header = [
        "messages",
        "config",
        "cache",
        *[f"{s} s" for s in STAGES],
        "total s",
        "cpu s (scoring child)",
        "peak MB",
        "peak PSS MB",
        "VADER s",
        "VADER cpu s",
        "x VADER",
        "x VADER cpu",
        "cli s",
        "cli cpu s",
        "x VADER (cli)",
        "html",
    ]
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for n, config, results, cli, vader in rows:
        totals = [float(r["total_s"]) for r in results]
        cpus = [float(r["cpu_s"]) + float(r["child_cpu_s"]) for r in results]
        child_cpus = [float(r["child_cpu_s"]) for r in results]
        peak = max(max(r["peak_mb"].values()) + float(r["child_mb"]) for r in results)
        v_wall = [float(v["total_s"]) for v in vader]
        v_cpu = [float(v["cpu_s"]) for v in vader]
        ratios = [t / v for t, v in zip(totals, v_wall, strict=True)] if vader else []
        cpu_ratios = [t / v for t, v in zip(cpus, v_cpu, strict=True)] if vader else []
        cli_totals = [c["total_s"] for c in cli]
        cli_ratios = [t / v for t, v in zip(cli_totals, v_wall, strict=True)] if vader else []
        cells = [
            f"{n:,}",
            config,
            args.cache,
            *[f"{_median([r['seconds'].get(st, 0.0) for r in results]):.2f}" for st in STAGES],
            f"{_median(totals):.2f}",
            f"{_median(cpus):.2f} ({_median(child_cpus):.2f})",
            f"{peak:.0f}",
            f"{max(float(r['pss_mb']) for r in results):.0f}",
            f"{_median(v_wall):.2f}" if vader else "-",
            f"{_median(v_cpu):.2f}" if vader else "-",
            f"{_median(ratios):.2f}x" if ratios else "-",
            f"{_median(cpu_ratios):.2f}x" if cpu_ratios else "-",
            f"{_median(cli_totals):.2f}" if cli else "-",
            f"{_median([c['cpu_s'] for c in cli]):.2f}" if cli else "-",
            f"{_median(cli_ratios):.2f}x" if cli_ratios and cli else "-",
            "yes" if all(r["html"] for r in results) else "no",
        ]
        print(" | ".join(cells))
    print()
    for n, config, results, cli, vader in rows:
        print(f"{n:,} {config}, per run (analyze wall/cpu, the command's, VADER wall/cpu):")
        for k, r in enumerate(results):
            v = vader[k] if vader else {"total_s": float("nan"), "cpu_s": float("nan")}
            c = cli[k] if cli else {"total_s": float("nan"), "cpu_s": float("nan")}
            cpu = float(r["cpu_s"]) + float(r["child_cpu_s"])
            print(
                f"  {float(r['total_s']):.2f} / {cpu:.2f} s, command {c['total_s']:.2f} / "
                f"{c['cpu_s']:.2f} s, VADER {float(v['total_s']):.2f} / "
                f"{float(v['cpu_s']):.2f} s; peak MB by stage: "
                + ", ".join(f"{k} {m:.0f}" for k, m in r["peak_mb"].items())
                + f"; scoring child {float(r['child_mb']):.0f}"
            )


if __name__ == "__main__":
    main()
