"""Ingest benchmark: unmask's WhatsApp import against whatstk and chat-miner.

Exports are made by the project's generator (``unmask_dev.synth.stress``, the same
layouts and content mix as the shared reference generator in ``shared/bench/``) and
cached under benchmarks/data/ (git-ignored; delete it after changing the generator).
Every measurement runs in its own fresh Python process, so wall time includes
interpreter start and imports (as a user experiences it) and peak memory is that
process's maximum RSS.

    .venv/bin/python benchmarks/ingest.py --quick           # 10k and 100k, android
    .venv/bin/python benchmarks/ingest.py                   # 10k, 100k, 1M; all variants
    .venv/bin/python benchmarks/ingest.py --sizes 1000000 --variants android --repeat 3
    .venv/bin/python benchmarks/ingest.py --five-million    # peak memory flat from 1M to 5M?
    .venv/bin/python benchmarks/ingest.py --json            # Telegram and Messenger JSON, 1M

Seconds are wall time (median of ``--repeat`` runs); ``cpu s`` is the child's
user+system CPU time, steadier than wall time on a shared machine.

Tools: ``decode`` (read + UTF-8 decode the file, the floor), ``unmask``
(``unmask.ingest.import_export`` to Parquet: detect, parse, summarise, write),
``unmask-jsonl`` (the same to JSON Lines), ``unmask-parse`` (the WhatsApp
importer alone, batches discarded), ``whatstk``
(``WhatsAppChat.from_source``, automatic header detection, its 50 MB input
guard disabled with ``max_size=None``) and ``chatminer``
(``WhatsAppParser(path).parse_file()`` then ``parsed_messages.get_df()``).

JSON variants (``--json``, or ``--variants telegram,messenger``): a Telegram Desktop
``result.json`` and a Messenger thread folder (``message_1.json`` … 10,000 messages
each), made by ``unmask_dev.synth.jsonexports``. Tools: ``unmask`` and
``json-whole`` (``json.load`` of the whole ``result.json``, what the Telegram
importer did before it streamed: the memory floor of parsing whole).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from unmask_dev.synth import jsonexports, stress

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

#: code run in the child process; ``PATH`` and ``OUT`` are substituted
TOOLS: dict[str, str] = {
    "decode": "text = open(PATH, encoding='utf-8').read()\nn = 0",
    # the `unmask` command's work without its terminal output: Arrow's pool as it sets it
    "unmask": (
        "from unmask.arrowpool import use_lean_pool\nuse_lean_pool()\n"
        "from unmask.ingest import import_export\n"
        "n = import_export(PATH, OUT + '.parquet', overwrite=True).messages"
    ),
    "unmask-jsonl": (
        "from unmask.arrowpool import use_lean_pool\nuse_lean_pool()\n"
        "from unmask.ingest import import_export\n"
        "n = import_export(PATH, OUT + '.jsonl', overwrite=True).messages"
    ),
    "unmask-parse": (
        "from pathlib import Path\n"
        "from unmask.ingest.base import ImportOptions, ImportReport\n"
        "from unmask.ingest.whatsapp import WhatsAppImporter\n"
        "n = sum(b.num_rows for b in WhatsAppImporter().batches("
        "Path(PATH), ImportOptions(), ImportReport(source=PATH)))"
    ),
    "json-whole": "import json\nn = len(json.load(open(PATH, encoding='utf-8'))['messages'])",
    "whatstk": (
        "from whatstk import WhatsAppChat\n"
        "n = len(WhatsAppChat.from_source(filepath=PATH, max_size=None).df)"
    ),
    "chatminer": (
        "from chatminer.chatparsers import WhatsAppParser\n"
        "p = WhatsAppParser(PATH)\np.parse_file()\nn = len(p.parsed_messages.get_df())"
    ),
}

_CHILD = """
import resource, sys, json
PATH, OUT = sys.argv[1], sys.argv[2]
{code}
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({{"messages": n, "peak_mib": usage.ru_maxrss / 1024, "cpu": cpu}}))
"""


@dataclass(frozen=True)
class Result:
    tool: str
    variant: str
    size: int
    seconds: float
    cpu_seconds: float
    messages: int
    peak_mib: float

    @property
    def rate(self) -> str:
        if not self.messages or not self.seconds:
            return "-"
        return f"{self.messages / self.seconds:,.0f}"


#: variants that are JSON exports, and the tools that apply to each
JSON_VARIANTS: dict[str, tuple[str, ...]] = {
    "telegram": ("unmask", "json-whole"),
    "messenger": ("unmask",),
}


def export_path(variant: str, size: int) -> Path:
    """The cached export for (variant, size), generated on first use."""
    if variant == "telegram":
        path = DATA / f"telegram_{size}.json"
        if not path.is_file():
            DATA.mkdir(parents=True, exist_ok=True)
            print(f"generating {path.name} ...", file=sys.stderr, flush=True)
            jsonexports.write_telegram(path, size)
        return path
    if variant == "messenger":
        path = DATA / f"messenger_{size}"
        if not (path / "message_1.json").is_file():
            print(f"generating {path.name}/ ...", file=sys.stderr, flush=True)
            jsonexports.write_messenger(path, size)
        return path
    path = DATA / f"{variant}_{size}.txt"
    if not path.is_file():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ...", file=sys.stderr, flush=True)
        stress.write(path, size, variant)
    return path


def run_once(tool: str, path: Path, timeout: float) -> tuple[float, float, int, float]:
    """(wall seconds, CPU seconds, messages, peak MiB) of one fresh child process."""
    code = _CHILD.format(code=TOOLS[tool])
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code, str(path), str(Path(folder) / "out")],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["?"]
        raise RuntimeError(f"{tool} failed on {path.name}: {tail[0]}")
    line = done.stdout.strip().splitlines()[-1]
    info = json.loads(line)
    return seconds, float(info["cpu"]), int(info["messages"]), float(info["peak_mib"])


def measure(tool: str, variant: str, size: int, repeat: int, timeout: float) -> Result | None:
    path = export_path(variant, size)
    runs = []
    for _ in range(repeat):
        try:
            runs.append(run_once(tool, path, timeout))
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            print(f"  {tool}: {error}", file=sys.stderr)
            return None
    seconds = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    return Result(tool, variant, size, seconds, cpu, runs[0][2], max(r[3] for r in runs))


def print_table(results: list[Result]) -> None:
    base = {(r.variant, r.size): r for r in results if r.tool == "whatstk"}
    header = (
        f"| {'variant':8} | {'messages':>9} | {'tool':12} | {'seconds':>8} | {'cpu s':>7} | "
        f"{'messages/s':>11} | {'peak MiB':>8} | {'x faster than whatstk':>21} | "
        f"{'x less cpu':>10} | {'memory vs whatstk':>17} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for r in results:
        ref = base.get((r.variant, r.size))
        speed = f"{ref.seconds / r.seconds:.1f}x" if ref else "-"
        cpu = f"{ref.cpu_seconds / r.cpu_seconds:.1f}x" if ref and r.cpu_seconds else "-"
        memory = f"{r.peak_mib / ref.peak_mib:.2f}" if ref else "-"
        print(
            f"| {r.variant:8} | {r.size:>9,} | {r.tool:12} | {r.seconds:>8.2f} | "
            f"{r.cpu_seconds:>7.2f} | {r.rate:>11} | {r.peak_mib:>8.0f} | {speed:>21} | "
            f"{cpu:>10} | {memory:>17} |"
        )


def five_million(repeat: int) -> int:
    """Check that unmask's peak memory does not grow from the 1M to the 5M export."""
    rows = []
    for size in (1_000_000, 5_000_000):
        result = measure("unmask", "android", size, repeat, timeout=1200)
        if result is None:
            return 1
        rows.append(result)
    print_table(rows)
    growth = rows[1].peak_mib / rows[0].peak_mib
    verdict = "flat" if growth < 1.15 else "GROWS"
    print(f"\npeak memory 5M / 1M = {growth:.2f} ({verdict})")
    return 0 if growth < 1.15 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=lambda s: [int(x) for x in s.split(",")],
        default=[10_000, 100_000, 1_000_000],
    )
    parser.add_argument(
        "--variants", type=lambda s: s.split(","), default=["android", "ios", "ios_us"]
    )
    parser.add_argument(
        "--tools",
        type=lambda s: s.split(","),
        default=["decode", "unmask", "unmask-parse", "whatstk", "chatminer"],
    )
    parser.add_argument("--quick", action="store_true", help="10k and 100k, android only")
    parser.add_argument(
        "--json", action="store_true", help="Telegram and Messenger JSON at 1M messages"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per cell (median time)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per run")
    parser.add_argument(
        "--five-million",
        action="store_true",
        help="only check that peak memory stays flat from 1M to 5M messages",
    )
    args = parser.parse_args(argv)
    if args.five_million:
        return five_million(args.repeat)
    if args.quick:
        args.sizes, args.variants = [10_000, 100_000], ["android"]
    if args.json:
        args.sizes, args.variants = [1_000_000], list(JSON_VARIANTS)
    unknown = set(args.tools) - set(TOOLS)
    if unknown:
        parser.error(f"unknown tools {sorted(unknown)}; known: {sorted(TOOLS)}")
    results = []
    for variant in args.variants:
        for size in args.sizes:
            tools = JSON_VARIANTS.get(variant, args.tools)
            for tool in tools:
                print(f"{variant} {size:,} {tool} ...", file=sys.stderr, flush=True)
                result = measure(tool, variant, size, args.repeat, args.timeout)
                if result is not None:
                    results.append(result)
    print()
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
