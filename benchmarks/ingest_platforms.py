"""Throughput and peak memory of the Signal, iMessage, WeChat, LINE and Discord importers.

Each layout is written by ``unmask_dev.synth.platforms`` (the same writers the
importers' round-trip tests use) with N text messages of two people, then read with
``unmask.ingest.read_table`` in a fresh Python process (wall time includes nothing
but the read; peak memory is the process's own peak RSS, VmHWM, interpreter and pyarrow
included; Linux only).

    .venv/bin/python benchmarks/ingest_platforms.py            # 50,000 messages
    .venv/bin/python benchmarks/ingest_platforms.py --n 200000
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from unmask.model import Message
from unmask_dev.synth import platforms

#: the child reports VmHWM, its own peak RSS (ru_maxrss would carry over the parent's
#: high-water mark across fork and exec on Linux)
_CHILD = """
import json, sys, time
from unmask.ingest import read_table
start = time.perf_counter()
rows = read_table(sys.argv[1]).num_rows
seconds = time.perf_counter() - start
with open("/proc/self/status") as status:
    peak = next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmHWM:"))
print(json.dumps({"rows": rows, "seconds": seconds, "peak": peak}))
"""


def _imessage(messages: Sequence[Message], path: Path) -> None:
    platforms.imessage_db({"+15551234567": messages}, path)


LAYOUTS: list[tuple[str, str, Callable[[Sequence[Message], Path], None]]] = [
    ("signal chat.md", "chat.md", platforms.signal_markdown),
    ("signal data.json", "data.json", platforms.signal_jsonl),
    ("line txt", "chat.txt", platforms.line_txt),
    ("wechat csv", "mei_utf8.csv", platforms.wechat_csv),
    ("wechat txt", "mei.txt", platforms.wechat_txt),
    ("discord json", "dm.json", platforms.discord_json),
    ("discord csv", "dm.csv", platforms.discord_csv),
    ("imessage chat.db", "chat.db", _imessage),
]


def conversation(n: int, seed: int = 1) -> list[Message]:
    """N text messages of two people, minutes apart, of everyday length."""
    rnd = random.Random(seed)
    moment = datetime(2022, 1, 1)
    out = []
    for i in range(n):
        moment += timedelta(seconds=rnd.randint(5, 900))
        text = "how was your day? I kept thinking about you " * rnd.randint(1, 3)
        out.append(Message("c", str(i), moment.isoformat(), rnd.choice(["Mei", "Kai"]), text))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=50_000, help="messages per export")
    args = parser.parse_args(argv)
    messages = conversation(args.n)
    print(f"{'layout':18s} {'messages':>9s} {'MB':>6s} {'s':>6s} {'msg/s':>9s} {'peak MB':>8s}")
    with tempfile.TemporaryDirectory() as folder:
        for label, name, write in LAYOUTS:
            path = Path(folder) / name
            write(messages, path)
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path)],
                check=True,
                capture_output=True,
                text=True,
            )
            result = json.loads(done.stdout)
            print(
                f"{label:18s} {result['rows']:>9,} {path.stat().st_size / 1e6:6.1f} "
                f"{result['seconds']:6.2f} {result['rows'] / result['seconds']:9,.0f} "
                f"{result['peak'] / 1e6:8.0f}"
            )
            path.unlink()


if __name__ == "__main__":
    main()
