"""Thread CPU of the reply layer (``reply.score_replies``) at 100k, replayed in this process.

One ``analyze()`` of the 100k benchmark export (``analyze.py``'s, generated once) in one
process (``UNMASK_WORKERS=1``) catches the arguments of its ``score_replies`` call (the
parent's reply layer in a two-process run, beside the scoring child); then that call is
replayed ``--repeat`` times, with the functions named with ``--wrap module:function``
(wrapped after the first run; only calls through the module attribute are seen) timed by
thread CPU, best of the rounds. Compare two trees alternated, each a compiled
``git archive`` with its own ``UNMASK_CACHE_DIR``:

    PYTHONPATH=/tmp/base/src .venv/bin/python benchmarks/reply_cpu.py --repeat 5 \\
        --wrap unmask.signals.reply_guard:read_undone
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from child_cpu import _wrap, spent  # noqa: E402  (benchmarks/child_cpu.py)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--wrap", action="append", default=[], metavar="MODULE:FUNCTION")
    args = parser.parse_args()
    os.environ["UNMASK_WORKERS"] = "1"

    from analyze import export_path  # benchmarks/analyze.py
    from unmask.analyze import analyze
    from unmask.signals import reply

    caught: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    score_replies = reply.score_replies

    def catch(*a: Any, **k: Any) -> Any:
        caught.append((a, k))
        return score_replies(*a, **k)

    reply.score_replies = catch  # type: ignore[assignment]
    analyze(export_path(100_000))
    reply.score_replies = score_replies  # type: ignore[assignment]
    if len(caught) != 1:
        sys.exit(f"score_replies was called {len(caught)} times, not once")
    call_args, call_kwargs = caught[0]
    for spec in args.wrap:
        try:
            _wrap(spec)
        except AttributeError:  # not in this tree (an older one)
            print(f"  (no {spec} here)", file=sys.stderr)
    rounds: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        spent.clear()
        start = time.thread_time()
        reply.score_replies(*call_args, **call_kwargs)
        spent["(score_replies)"] = time.thread_time() - start
        for key, seconds in spent.items():
            rounds.setdefault(key, []).append(seconds * 1000)
    print("reply layer at 100k, thread CPU ms")
    for key, values in rounds.items():
        every = " ".join(f"{v:.1f}" for v in values)
        print(f"  {key:<40} best {min(values):7.1f}   ({every})")


if __name__ == "__main__":
    main()
