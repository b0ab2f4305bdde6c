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
    """``job()`` on a daemon thread; :meth:`result` waits for it and returns its value or
    raises what it raised. The job (and whatever it holds, a table) is let go once it has
    run."""

    def __init__(self, job: Callable[[], T], name: str) -> None:
        self._job: Callable[[], T] | None = job
        self._out: list[T] = []
        self._error: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
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
