"""Compute one float matrix in a forked child while this process works on.

The scorer's two big jobs on a table are independent until the very end: the
message-level layer (lexicon engine + model) and the reply layer's scan. On a
machine with two or more cores, :class:`Forked` runs the first in a child
process made with ``fork`` (it inherits the texts, the compiled lexicons and the
model without pickling anything) that writes its result into shared memory;
the parent meanwhile runs the reply layer, then collects the matrix. The child
computes exactly what the parent would have (same functions, same inputs), so
the numbers do not depend on the worker count; if the child fails for any
reason the parent computes the matrix itself.

``fork`` is only used on Linux: macOS's system libraries (Accelerate, the
Objective-C runtime) are not fork-safe, and Windows has no fork. Elsewhere, or
with ``UNMASK_WORKERS=1``, everything runs in one process.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import sys
from collections.abc import Callable

import numpy as np

#: below this many messages a fork costs more than it saves
MIN_PARALLEL = 20_000
_ENV = "UNMASK_WORKERS"


def workers() -> int:
    """How many processes the scorer may use: ``UNMASK_WORKERS``, else min(2, cores).

    Always 1 where ``fork`` is not safe to use (anything but Linux).
    """
    if sys.platform != "linux" or not hasattr(os, "fork"):
        return 1
    raw = os.environ.get(_ENV, "").strip()
    if raw:
        try:
            return max(1, int(raw))
        except ValueError:
            return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(2, cores or 1))


class Forked:
    """A ``(rows, cols)`` float64 matrix filled by ``fill`` in a forked child.

    ``fill(out)`` must write every cell of ``out``. :meth:`result` waits for the
    child and returns the matrix (computed here instead when the child failed).
    """

    def __init__(self, shape: tuple[int, int], fill: Callable[[np.ndarray], None]) -> None:
        self._fill = fill
        size = shape[0] * shape[1]
        self._buffer = mmap.mmap(-1, max(size * 8, 1))  # anonymous, shared with the child
        self._out = np.frombuffer(self._buffer, dtype=np.float64, count=size).reshape(shape)
        self._done: np.ndarray | None = None
        for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.flush()
        self._pid = os.fork()
        if self._pid == 0:  # the child: fill, then leave without running the parent's exit code
            code = 1
            try:
                fill(self._out)
                code = 0
            except BaseException:  # noqa: BLE001 - the parent recomputes; nothing to report here
                code = 1
            finally:
                os._exit(code)

    def result(self) -> np.ndarray:
        """The filled matrix (waits for the child; computes it here if the child failed)."""
        if self._done is not None:
            return self._done
        try:
            _, status = os.waitpid(self._pid, 0)
            ok = os.waitstatus_to_exitcode(status) == 0
        except ChildProcessError:  # SIGCHLD ignored by the host program: the status is lost
            ok = False
        out = self._out  # no copy: the shared pages are freed with the last view of them
        if not ok:
            out[:] = 0.0
            self._fill(out)
        self._done = out
        return out

    def cancel(self) -> None:
        """Stop and reap the child when the parent gives up (an exception, Ctrl-C)."""
        if self._done is not None:
            return
        try:
            os.kill(self._pid, 15)
            os.waitpid(self._pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self._done = np.zeros((0, 0))


__all__ = ["MIN_PARALLEL", "Forked", "workers"]
