"""Thread CPU of the scoring child's work at 100k, replayed in this process.

What the forked child of ``unmask analyze`` does with the 100k benchmark export
(``analyze.py``'s, generated once): the distinct texts of the text rows, scored in the
pieces it claims (``scorer._piece_size``) after its warm-up (``_prepare_standby``), without
the crisis statements (the parent applies them). Prints the thread CPU of the whole replay
and of the functions named with ``--wrap module:function`` or ``module:Class.method``
(wrapped at import), best of ``--repeat`` rounds in this one process. Compare two trees
alternated, each a compiled ``git archive`` with its own ``UNMASK_CACHE_DIR``:

    PYTHONPATH=/tmp/base/src .venv/bin/python benchmarks/child_cpu.py --repeat 5 \\
        --wrap unmask.signals.matcher:_spans --wrap unmask.signals.model:predict
    .venv/bin/python benchmarks/child_cpu.py --repeat 5 --wrap ...
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

spent: dict[str, float] = {}  # thread CPU s per wrapped function, this round


def _wrap(spec: str) -> None:
    module_name, name = spec.split(":")
    module = importlib.import_module(module_name)
    owner: Any = module
    attr = name
    if "." in name:
        owner_name, attr = name.split(".", 1)
        owner = getattr(module, owner_name)
    function: Callable[..., Any] = getattr(owner, attr)
    key = (
        f"{module_name.rsplit('.', 1)[-1]}:{name}"  # model_zh:apply apart from safety_struct:apply
    )

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] = spent.get(key, 0.0) + time.thread_time() - start

    setattr(owner, attr, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--wrap", action="append", default=[], metavar="MODULE:FUNCTION")
    args = parser.parse_args()

    import numpy as np

    from analyze import export_path  # benchmarks/analyze.py
    from unmask.ingest import read_table
    from unmask.signals import scorer

    table = read_table(export_path(100_000))
    is_text = scorer._is_text(table.column("kind"))
    found = scorer._distinct_text_rows(table.column("text"), is_text)
    if found is None:
        sys.exit("the export's text column holds nulls: no distinct texts from Arrow")
    distinct = found[0]
    scorer._prepare_standby(True)  # the standby's warm-up, not timed
    for spec in args.wrap:
        _wrap(spec)
    piece = scorer._piece_size(len(distinct))
    out = np.zeros((scorer._WEAK_ROW + 1, len(distinct)), dtype=np.float64)
    rounds: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        spent.clear()
        start = time.thread_time()
        for lo in range(0, len(distinct), piece):
            hi = min(lo + piece, len(distinct))
            scorer._score_distinct(
                list(distinct[lo:hi]),
                None,
                True,
                None,
                False,
                out[: scorer.N_SIGNALS, lo:hi],
                read=out[scorer._READ_ROW, lo:hi],
                crisis=False,
                control=out[scorer._CONTROL_ROW, lo:hi],
                weak=out[scorer._WEAK_ROW, lo:hi],
            )
        spent["(all)"] = time.thread_time() - start
        for key, seconds in spent.items():
            rounds.setdefault(key, []).append(seconds * 1000)
    print(f"{len(distinct):,} distinct texts in pieces of {piece:,}; thread CPU ms")
    for key, values in rounds.items():
        every = " ".join(f"{v:.1f}" for v in values)
        print(f"  {key:<40} best {min(values):7.1f}   ({every})")


if __name__ == "__main__":
    main()
