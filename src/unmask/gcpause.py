"""Pausing Python's cycle collector while an analysis builds its results.

An analysis makes hundreds of thousands of short-lived lists, tuples and dicts (parsed
lines, hits, report parts); each collection the allocations trigger walks the young ones
and, now and then, every object the process holds. They form no reference cycles that
matter (reference counting frees them: the collections of a 100k-message analysis find
a few thousand objects), so the walks are work without a result: about 50 ms of CPU in a
100k-message analysis (a full collection of ~20 ms while the export is read), 160 ms at
1M. :func:`cycles_paused` switches the collector off for a stretch of work; uses may nest
and may run on several threads at once (the web app): it is switched back on when the last
of them ends, if it was on when the first began, with what the stretch left alive counted
as old (the next full collection reads it, as it would have).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_depth = 0
_resume = False


@contextlib.contextmanager
def cycles_paused() -> Iterator[None]:
    """No cycle collection while the ``with`` block runs (see the module docstring)."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                # what the stretch made and still holds goes to the oldest generation as it
                # is (freeze, then unfreeze: "put back into the oldest generation"); switched
                # back on with all of it young, the collector would walk it at the next
                # allocation: the collections the pause saved, paid at once
                gc.freeze()
                gc.unfreeze()
                gc.enable()


def without_cycle_collection(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run with :func:`cycles_paused` (same signature)."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with cycles_paused():
            return function(*args, **kwargs)

    return run


__all__ = ["cycles_paused", "without_cycle_collection"]
