"""One job on a thread of its own, its result (or its error) collected later.

For work that releases the GIL (Arrow kernels, the parquet encoder, zstd) and can run
beside Python work of the main thread: :func:`unmask.analyze.analyze` reads what the
signals can read while it builds the dyad columns, and the report writer encodes
messages.parquet while it builds the report.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    """``job()`` on a thread; :meth:`result` waits for it and returns its value or raises
    what it raised. The job (and whatever it holds, a table) is let go once it has run.

    Not a daemon thread: the interpreter waits for it at exit, as for the main thread's
    work. A daemon thread still inside a C++ call that released the GIL (pyarrow's
    parquet encoder, started by ``analyze(parquet_ahead=True)`` for a report that was
    never written) kept running while the process exited and tore down Arrow's globals
    under it: "cannot create default memory pool" and an abort (h-speed55). Each job is
    bounded work (no job waits on anything but the CPU), so the wait is that job's
    remaining time."""

    def __init__(self, job: Callable[[], T], name: str) -> None:
        self._job: Callable[[], T] | None = job
        self._out: list[T] = []
        self._error: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, name=name, daemon=False)
        self._thread.start()

    def _run(self) -> None:
        try:
            assert self._job is not None
            self._out.append(self._job())
        except BaseException as error:  # handed to the caller of result()
            self._error.append(error)
        finally:
            self._job = None

    def wait(self) -> None:
        """Wait for the job to end (its value or error stays for :meth:`result`)."""
        self._thread.join()

    def result(self) -> T:
        self._thread.join()
        if self._error:
            raise self._error[0]
        return self._out[0]
