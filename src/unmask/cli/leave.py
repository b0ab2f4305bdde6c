"""Leaving the process once a command is done, without the interpreter's teardown.

After ``unmask analyze`` the process holds the whole analysis (the table, a Python string per
message, the scores, the dyad columns) and ~500 modules. A normal exit frees every object
one by one and tears every module down: ~0.2 s of CPU at 100k messages, after the report is
written and the summary shown, on the command's own wall (h-speed59); ``unmask demo``
holds four analyses at its end (h-speed60). A command whose work
is done calls :func:`allow`; the console entry point (:func:`unmask.cli.main.run`) then
leaves as ``sys.exit(0)`` would - the threads that are not daemons joined, the ``atexit``
handlers run (the weak finalizers among them: a scoring child let go, temporary folders
removed), the standard streams flushed - and ends with :func:`os._exit`, so that the
operating system takes the memory back at once. Only the console entry point leaves this
way, and only on success: a command run inside another program (click's test runner, the
web app) returns as before, and an error exits as before.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading

_allowed: list[bool] = []


def allow() -> None:
    """Say that nothing this process still holds needs tearing down before it exits."""
    _allowed[:] = [True]


def forbid() -> None:
    """Undo :func:`allow` (the entry point's start: each run says so afresh)."""
    _allowed.clear()


def allowed() -> bool:
    """Whether :func:`allow` was called since the last :func:`forbid`."""
    return bool(_allowed)


def now() -> None:
    """Exit with status 0 as the interpreter would, less the freeing of every object and
    module: join the threads that are not daemons, run the ``atexit`` handlers, flush the
    standard streams (status 120 where that fails, as Python's own exit gives), then
    :func:`os._exit`."""
    main = threading.main_thread()
    for thread in threading.enumerate():
        if thread is not main and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    status = 0
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            try:
                stream.flush()
            except Exception:  # noqa: BLE001 - a closed pipe: the status says so, as Python's
                status = 120
    os._exit(status)
