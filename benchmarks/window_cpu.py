"""Main-thread CPU of the one-core window after the scoring child's result (100k export).

One ``analyze()`` of the 100k benchmark export (``analyze.py``'s, generated once) in this
process, with a forked scoring child: prints the main thread's CPU from the moment the
child's result is read to the end of ``score_table`` (the stretch where only this thread
works: benchmarks/README.md, h-speed30 and h-speed31), and the thread CPU of the functions
that run there (wrapped at import): in all, and the part from the child's result on (a
function that started before the result counts before it). Compare two trees
alternated, each a compiled ``git archive`` with its own ``UNMASK_CACHE_DIR``:

    PYTHONPATH=/tmp/base/src .venv/bin/python benchmarks/window_cpu.py
    .venv/bin/python benchmarks/window_cpu.py
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

spent: dict[str, float] = {}  # thread CPU s per function, in all
after: dict[str, float] = {}  # of it, from the child's result on
marks: dict[str, float] = {}


def _wrap(module: ModuleType, name: str) -> None:
    function: Callable[..., Any] = getattr(module, name)
    key = f"{module.__name__.rsplit('.', 1)[-1]}.{name}"

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start, late = time.thread_time(), "result" in marks
        try:
            return function(*args, **kwargs)
        finally:
            took = time.thread_time() - start
            spent[key] = spent.get(key, 0.0) + took
            if late:
                after[key] = after.get(key, 0.0) + took

    setattr(module, name, timed)


def main() -> None:
    import unmask.signals
    from analyze import export_path  # benchmarks/analyze.py
    from unmask.analyze import analyze
    from unmask.signals import context as task_context
    from unmask.signals import parallel, reply, reply_guard, reply_structure, scorer

    for module, name in (
        (scorer, "_declared_versions"),
        (scorer, "_spread_distinct"),
        (scorer, "_merge_langs"),
        (scorer, "_langs_of"),
        (scorer, "_expand"),
        (reply, "_combine"),
        (reply_structure, "apply"),
        (reply_structure, "personal"),
        (reply_structure, "_praise_as_reaction"),
        (reply_structure, "_resolve_echoes"),
        (task_context, "apply"),
        (reply_guard, "read_undone"),
        (reply_guard, "drop_undone"),
        (reply_structure, "_long"),
    ):
        if hasattr(module, name):
            _wrap(module, name)
    result = parallel.Forked.result

    def first_result(self: parallel.Forked) -> Any:
        got = result(self)
        marks.setdefault("result", time.thread_time())
        return got

    score_table = unmask.signals.score_table

    def scored(*args: Any, **kwargs: Any) -> Any:
        got = score_table(*args, **kwargs)
        marks["end"] = time.thread_time()
        return got

    parallel.Forked.result = first_result  # type: ignore[method-assign]
    unmask.signals.score_table = scored  # analyze imports it from here when it runs
    analyze(export_path(100_000))
    if "result" not in marks:
        sys.exit("no forked child scored (one process?): no window to time")
    window = (marks["end"] - marks["result"]) * 1e3
    parts = " ".join(
        f"{k}={v * 1e3:.1f}/{after.get(k, 0.0) * 1e3:.1f}" for k, v in sorted(spent.items())
    )
    print(f"window (main thread CPU ms) {window:.1f}; in all / after the result: {parts}")


if __name__ == "__main__":
    main()
