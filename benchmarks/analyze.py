"""End-to-end speed of ``unmask analyze``: 100k and 1M generated WhatsApp messages.

Each size is generated once with ``unmask_dev.synth.generate_large`` (half
English, half Chinese) and written as an Android WhatsApp export cached under
benchmarks/data/. Each run happens in a fresh subprocess with the default
configuration (model on) and writes the full report (report.json,
messages.parquet, report.html when the renderer is installed). Per stage we
report wall seconds and the peak resident memory reached during the stage
(Linux VmHWM, reset at each stage start through /proc/self/clear_refs).

Targets (issue 4): 1M messages < 30 s and < 2 GB; 100k < 5 s.

    .venv/bin/python benchmarks/analyze.py            # both sizes
    .venv/bin/python benchmarks/analyze.py --sizes 100000
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SEED = 4242
STAGES = ("import", "score", "dyad", "profile", "write")


def export_path(n: int) -> Path:
    """The cached export of ``n`` messages (generated on first use)."""
    from unmask_dev.synth import generate_large, write_whatsapp

    path = DATA / f"analyze_{n}.txt"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        write_whatsapp(generate_large(n, seed=SEED), tmp, layout="android")
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


def child(path: Path, model: bool) -> dict[str, object]:
    """Run one analysis in this process and return seconds and peak MB per stage."""
    from unmask.analyze import AnalyzeOptions, analyze, write_report

    peaks: dict[str, float] = {}
    current: list[str] = []

    def on_stage(name: str) -> None:
        if current:
            peaks[current[-1]] = _hwm_mb()
        _reset_hwm()
        current.append(name)

    started = time.perf_counter()
    analysis = analyze(path, options=AnalyzeOptions(on_stage=on_stage, model=model))
    on_stage("write")
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_report(analysis, Path(tmp) / "report")
        seconds = dict(paths.report["timings"])
    peaks["write"] = _hwm_mb()
    total = time.perf_counter() - started
    return {
        "seconds": seconds,
        "peak_mb": peaks,
        "total_s": total,
        "messages": analysis.table.num_rows,
        "html": paths.html is not None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--configs",
        nargs="+",
        choices=["default", "no-model"],
        default=["default"],
        help="default = model on (the shipped configuration); no-model = lexicons only",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-no-model", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, model=not args.child_no_model)))
        return
    rows = []
    for n in args.sizes:
        path = export_path(n)
        for config in args.configs:
            command = [sys.executable, __file__, "--child", str(path)]
            if config == "no-model":
                command.append("--child-no-model")
            out = subprocess.run(command, check=True, capture_output=True, text=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append((n, config, result))
    header = ["messages", "config", *[f"{s} s" for s in STAGES], "total s", "peak MB", "html"]
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for n, config, r in rows:
        secs = r["seconds"]
        peak = max(r["peak_mb"].values())
        cells = [
            f"{n:,}",
            config,
            *[f"{secs.get(s, 0.0):.2f}" for s in STAGES],
            f"{r['total_s']:.2f}",
            f"{peak:.0f}",
            "yes" if r["html"] else "no",
        ]
        print(" | ".join(cells))
    print()
    print(
        "peak MB by stage: "
        + "; ".join(
            f"{n:,} {config}: " + ", ".join(f"{k} {v:.0f}" for k, v in r["peak_mb"].items())
            for n, config, r in rows
        )
    )


if __name__ == "__main__":
    main()
