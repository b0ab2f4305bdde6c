"""Compute one float matrix in a forked child while this process works on.

The scorer's two big jobs on a table are independent until the very end: the
message-level layer (lexicon engine + model) and the reply layer's scan. On a
machine with two or more cores, :class:`Forked` runs the first in a child
process made with ``fork`` (it inherits the texts, the compiled lexicons and the
model without pickling anything) that writes its result into shared memory;
the parent meanwhile runs the reply layer, then collects the matrix. The
message-level work comes in pieces handed out by :class:`Claims`: the child
takes them from the front, the parent from the back once its reply scan is done,
so neither waits for the other while pieces are left. A text's scores depend on
that text alone (not on the texts scored beside it), so the numbers do not depend
on the worker count, the piece size or on who scored what; if the child fails for
any reason the parent computes the whole matrix itself.

With ``serve``, the child does not exit once the matrix is filled: it answers one request
of the parent's (:meth:`Forked.ask`, or :meth:`Forked.send` now and :meth:`Forked.answer`
later), with what it has loaded already (the scorer's child
looks up the evidence of the report's example messages, so that the parent never loads the
message lexicons), then exits; :meth:`Forked.close` tells it to go without a request.

A child runs without Python's cycle collector: it lives for one job and leaves through
``os._exit`` (reference counting frees what it drops), and each collection would walk the
objects it inherited from the parent too, writing to (so copying) their pages.

``fork`` is only used on Linux: macOS's system libraries (Accelerate, the
Objective-C runtime) are not fork-safe, and Windows has no fork. Elsewhere, or
with ``UNMASK_WORKERS=1``, everything runs in one process.
"""

from __future__ import annotations

import contextlib
import gc
import mmap
import os
import pickle
import select
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from typing import IO, Any

import numpy as np

#: below this many messages a fork costs more than it saves
MIN_PARALLEL = 20_000
_ENV = "UNMASK_WORKERS"
#: how often a wait on a serving child checks that it still lives (seconds)
_POLL = 0.05


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


class Claims:
    """Pieces ``0..n-1`` of a job that two processes share: the forked child takes them
    from the front, the parent (once its own work is done) from the back, each piece
    exactly once. Made before the fork: the two ends live in shared memory, guarded by
    a POSIX record lock (``lockf``: held per process, released if its holder dies), so
    whichever process is free takes the next piece and the two finish together, however
    busy the machine is."""

    def __init__(self, n: int) -> None:
        self._buffer = mmap.mmap(-1, 16)  # anonymous, shared with the child
        self._ends = np.frombuffer(self._buffer, dtype=np.int64, count=2)
        self._ends[:] = (0, n)
        import fcntl  # POSIX only, like fork itself (workers() is 1 elsewhere)

        self._fcntl = fcntl
        self._lock: IO[bytes]
        if hasattr(os, "memfd_create"):  # Linux: a file in memory, nothing on disk
            self._lock = os.fdopen(os.memfd_create("unmask-claims"), "rb+", buffering=0)
        else:
            self._lock = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()

    def take(self, front: bool) -> int | None:
        """The next piece from the front (the child) or the back; None when none is left."""
        fcntl = self._fcntl
        fcntl.lockf(self._lock, fcntl.LOCK_EX)
        try:
            lo, hi = int(self._ends[0]), int(self._ends[1])
            if lo >= hi:
                return None
            if front:
                self._ends[0] = lo + 1
                return lo
            self._ends[1] = hi - 1
            return hi - 1
        finally:
            fcntl.lockf(self._lock, fcntl.LOCK_UN)

    def reset(self, n: int) -> None:
        """Make pieces ``0..n-1`` the job (a :class:`Standby` made its claims before the
        job was known); only before either process takes one."""
        fcntl = self._fcntl
        fcntl.lockf(self._lock, fcntl.LOCK_EX)
        try:
            self._ends[:] = (0, n)
        finally:
            fcntl.lockf(self._lock, fcntl.LOCK_UN)

    def left(self) -> int:
        """How many pieces nobody has taken yet."""
        fcntl = self._fcntl
        fcntl.lockf(self._lock, fcntl.LOCK_EX)
        try:
            return max(0, int(self._ends[1]) - int(self._ends[0]))
        finally:
            fcntl.lockf(self._lock, fcntl.LOCK_UN)

    def close(self) -> None:
        """Give up the lock file (this process only)."""
        self._lock.close()


class Forked:
    """A ``(rows, cols)`` float64 matrix filled by ``fill`` in a forked child.

    ``fill(out)`` writes the cells of ``out`` the child owns: all of them, unless the
    parent writes some itself (:attr:`out`, e.g. pieces it took from :class:`Claims`).
    :meth:`result` waits for the child and returns the matrix; when the child failed,
    ``fallback(out)`` (default: ``fill``) computes all of it here instead. ``serve``: the
    child then answers one :meth:`ask` with ``serve(request)`` (pickled both ways) before
    it exits.
    """

    def __init__(
        self,
        shape: tuple[int, int],
        fill: Callable[[np.ndarray], object],
        fallback: Callable[[np.ndarray], object] | None = None,
        serve: Callable[[Any], Any] | None = None,
        standby: Standby | None = None,
        job: Any = None,
    ) -> None:
        self._fill = fallback or fill
        size = shape[0] * shape[1]
        if standby is not None:  # the child is there already: hand it the job
            self._adopt(shape, standby, job, serve is not None)
            return
        self._buffer = mmap.mmap(-1, max(size * 8, 1))  # anonymous, shared with the child
        self._out = np.frombuffer(self._buffer, dtype=np.float64, count=size).reshape(shape)
        #: the shared matrix, for the cells the parent fills itself
        self.out = self._out
        self._done: np.ndarray | None = None
        self._status: int | None = None  # the child's wait status, once reaped
        # a serving child's pipes: (read, write) towards the child and towards this process
        self._pipes: tuple[tuple[int, int], tuple[int, int]] | None = None
        self._asked = False  # a request was sent to the serving child (:meth:`send`)
        if serve is not None:
            self._pipes = (_pipe(), _pipe())
        for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.flush()
        self._pid = os.fork()
        if self._pid == 0:  # the child: fill, then leave without running the parent's exit code
            code = 1
            gc.disable()  # no cycle collection in a child (module docstring)
            try:
                if self._pipes is not None:
                    os.close(self._pipes[0][1])
                    os.close(self._pipes[1][0])
                fill(self._out)
                if serve is not None:
                    assert self._pipes is not None
                    _serve_once(self._pipes[0][0], self._pipes[1][1], serve)
                code = 0
            except BaseException:  # noqa: BLE001 - the parent recomputes; nothing to report here
                code = 1
            finally:
                os._exit(code)
        if self._pipes is not None:  # the child's ends are the child's
            os.close(self._pipes[0][0])
            os.close(self._pipes[1][1])

    def _adopt(self, shape: tuple[int, int], standby: Standby, job: Any, serve: bool) -> None:
        """:meth:`__init__` with a :class:`Standby`'s child: the matrix is the start of its
        memory file, ``job`` (pickled) is written after it, and the child is told where
        (through its pipe: a few bytes, so this never waits for a child still getting
        ready) and whether to serve."""
        pid, memfd, pipes = standby.take()
        size = shape[0] * shape[1]
        self._status = None
        self._pid = pid
        try:
            data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
            os.ftruncate(memfd, size * 8 + len(data))
            os.pwrite(memfd, data, size * 8)
            self._buffer = mmap.mmap(memfd, max(size * 8, 1))
        except BaseException:
            for fd in (memfd, pipes[0][1], pipes[1][0]):
                os.close(fd)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            self._reap()
            raise
        os.close(memfd)
        self._out = np.frombuffer(self._buffer, dtype=np.float64, count=size).reshape(shape)
        self.out = self._out
        self._done = None
        self._asked = False
        self._pipes = pipes
        with contextlib.suppress(OSError):  # the child is gone: result() computes it here
            _send(pipes[0][1], pickle.dumps((shape, len(data), serve)), self._alive)
        if not serve:  # the child exits once the matrix is filled: no pipes needed
            self._pipes = None
            for fd in (pipes[0][1], pipes[1][0]):
                os.close(fd)

    def result(self) -> np.ndarray:
        """The filled matrix (waits for the child; computes it here if the child failed)."""
        if self._done is not None:
            return self._done
        if self._pipes is not None:  # a serving child says it is done, and lives on
            ok = _receive(self._pipes[1][0], self._alive) == b""
            if not ok:
                self.close()
        else:
            try:
                status = self._status if self._status is not None else os.waitpid(self._pid, 0)[1]
                ok = os.waitstatus_to_exitcode(status) == 0
            except ChildProcessError:  # SIGCHLD ignored by the host: the status is lost
                ok = False
        out = self._out  # no copy: the shared pages are freed with the last view of them
        if not ok:
            out[:] = 0.0
            self._fill(out)
        self._done = out
        return out

    def finished(self) -> bool:
        """Whether the child has exited, or a serving child has filled the matrix (never
        waits; :meth:`result` still reads it)."""
        if self._done is not None or self._status is not None:
            return True
        if self._pipes is not None and select.select([self._pipes[1][0]], [], [], 0)[0]:
            return True
        try:
            pid, status = os.waitpid(self._pid, os.WNOHANG)
        except ChildProcessError:  # reaped by someone else: result() finds out
            return True
        if pid == 0:
            return False
        self._status = status
        return True

    @property
    def serving(self) -> bool:
        """Whether a serving child is there to :meth:`ask` (it has not been let go)."""
        return self._pipes is not None

    def _alive(self) -> bool:
        """Whether the child still runs (reaps it when it has exited)."""
        if self._status is not None:
            return False
        try:
            pid, status = os.waitpid(self._pid, os.WNOHANG)
        except ChildProcessError:
            return False
        if pid == 0:
            return True
        self._status = status
        return False

    def ask(self, request: Any) -> Any | None:
        """A serving child's ``serve(request)``, after :meth:`result`; None when there is no
        such child (any more), or it failed: the caller then works it out itself."""
        return self.answer() if self.send(request) else None

    def send(self, request: Any) -> bool:
        """The first half of :meth:`ask`: hand ``request`` to the serving child, which works
        on it while this process goes on; :meth:`answer` reads what it found. False (and
        the child is let go) when there is no such child (any more)."""
        if self._pipes is None or self._done is None or self._status is not None:
            return False
        try:
            _send(self._pipes[0][1], pickle.dumps(request), self._alive)
        except OSError:
            self.close()
            return False
        self._asked = True
        return True

    def answer(self) -> Any | None:
        """The second half of :meth:`ask`: the child's answer to what :meth:`send` handed it
        (waits for it), then the child is let go; None when it failed or nothing was sent."""
        if self._pipes is None or not self._asked:
            return None
        try:
            answer = _receive(self._pipes[1][0], self._alive)
        except OSError:
            answer = None
        self._asked = False
        self.close()
        return pickle.loads(answer) if answer else None

    def close(self) -> None:
        """Let a serving child go (it answers nothing more) and reap it (on a thread once
        its matrix is read); nothing otherwise."""
        if self._pipes is None:
            return
        (_, to_child), (from_child, _) = self._pipes
        self._pipes = None
        with contextlib.suppress(OSError):
            if self._asked:  # its answer is on the way: read it, so it never waits to write
                self._asked = False
                _receive(from_child, self._alive)
            else:
                _send(to_child, b"", self._alive)  # "no request": the child leaves
        os.close(to_child)
        os.close(from_child)
        if self._status is None and self._done is not None:
            # the matrix is read and nothing here uses the child's pid again: a thread reaps
            # it, so this process does not wait while the kernel frees the child's memory
            # (~20 ms at 100k messages, on the report's serial path)
            threading.Thread(target=self._reap, name="unmask-reap", daemon=True).start()
        elif self._status is None:
            self._reap()

    def _reap(self) -> None:
        """Wait for the child to exit and keep its status."""
        with contextlib.suppress(ChildProcessError):
            self._status = os.waitpid(self._pid, 0)[1]

    def cancel(self) -> None:
        """Stop and reap the child when the parent gives up (an exception, Ctrl-C)."""
        if self._pipes is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, 15)
            self.close()
        if self._done is not None:
            return
        if self._status is not None:  # already exited and reaped
            self._done = np.zeros((0, 0))
            return
        try:
            os.kill(self._pid, 15)
            os.waitpid(self._pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self._done = np.zeros((0, 0))


class Standby:
    """A child forked before its job is known (before a chat is read, say), that gets ready
    meanwhile (``prepare``: loads what the job needs), then becomes a :class:`Forked`'s child
    (``Forked(..., standby=this, job=...)``): it runs ``run(out, claims, job)`` into the
    shared matrix (:attr:`claims`: a :class:`Claims` made before the fork, that the parent
    :meth:`Claims.reset` before handing the job), and answers one request with ``serve``
    when the parent asks for that. A standby never adopted is stopped by :meth:`close`."""

    def __init__(
        self,
        prepare: Callable[[], object],
        run: Callable[[np.ndarray, Claims, Any], object],
        serve: Callable[[Any], Any] | None = None,
    ) -> None:
        self.claims = Claims(0)
        self._memfd: int | None = None
        self._pipes: tuple[tuple[int, int], tuple[int, int]] | None = None
        try:
            self._memfd = os.memfd_create("unmask-matrix")
            self._pipes = (_pipe(), _pipe())
        except BaseException:
            self._close_fds()
            self.claims.close()
            raise
        for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.flush()
        try:
            self._pid: int | None = os.fork()
        except BaseException:
            self._close_fds()
            self.claims.close()
            raise
        if self._pid == 0:
            code = 1
            gc.disable()  # no cycle collection in a child (module docstring)
            try:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)  # close() stops it at once
                code = self._child(prepare, run, serve)
            except BaseException:  # noqa: BLE001 - the parent computes it itself
                code = 1
            finally:
                os._exit(code)
        (child_reads, to_child), (from_child, child_writes) = self._pipes
        os.close(child_reads)
        os.close(child_writes)
        self._pipes = ((-1, to_child), (from_child, -1))  # this process's ends only

    def _child(
        self,
        prepare: Callable[[], object],
        run: Callable[[np.ndarray, Claims, Any], object],
        serve: Callable[[Any], Any] | None,
    ) -> int:
        """In the child: get ready, wait for the job (none: leave), run it, serve."""
        assert self._pipes is not None and self._memfd is not None
        (from_parent, to_self), (from_self, to_parent) = self._pipes
        os.close(to_self)
        os.close(from_self)
        parent = os.getppid()

        def alive() -> bool:
            return os.getppid() == parent

        with contextlib.suppress(Exception):  # not ready: the job loads what it needs
            prepare()
        message = _receive(from_parent, alive)
        if not message:
            return 0
        shape, length, serving = pickle.loads(message)
        size = shape[0] * shape[1]
        job = pickle.loads(os.pread(self._memfd, length, size * 8))
        os.ftruncate(self._memfd, size * 8)  # the job's pages are freed
        buffer = mmap.mmap(self._memfd, max(size * 8, 1))
        out = np.frombuffer(buffer, dtype=np.float64, count=size).reshape(shape)
        run(out, self.claims, job)
        if serving and serve is not None:
            _serve_once(from_parent, to_parent, serve)
        return 0

    def take(self) -> tuple[int, int, tuple[tuple[int, int], tuple[int, int]]]:
        """The child's pid, the memory file and the pipes, for :class:`Forked` (which owns
        them from now on)."""
        assert self._pid is not None and self._memfd is not None and self._pipes is not None
        taken = (self._pid, self._memfd, self._pipes)
        self._pid, self._memfd, self._pipes = None, None, None
        return taken

    @property
    def ready(self) -> bool:
        """Whether the child can still be adopted (not taken, not closed)."""
        return self._pid is not None

    def _close_fds(self) -> None:
        if self._pipes is not None:
            for fd in (*self._pipes[0], *self._pipes[1]):
                if fd >= 0:
                    os.close(fd)
            self._pipes = None
        if self._memfd is not None:
            os.close(self._memfd)
            self._memfd = None

    def close(self) -> None:
        """Stop and reap the child unless a :class:`Forked` took it; give up the claims'
        lock file here (the adopting :class:`Forked`'s caller closes it otherwise)."""
        pid, self._pid = self._pid, None
        if pid is None:
            return
        self.claims.close()
        self._close_fds()  # the child reads the end of its pipe: no job
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


#: what a serving child's pipes hold before a write waits for the reader (Linux's default is
#: 64 KiB: the scorer child's answer, ~0.3 MB at 100k messages, would then go over in
#: several hand-overs between the two processes, each waiting for the other to be scheduled)
PIPE_BYTES = 1 << 20


def _pipe() -> tuple[int, int]:
    """``os.pipe()`` that holds :data:`PIPE_BYTES` where the system lets it (else its default):
    a message that fits is written whole while the reader is busy elsewhere."""
    fds = os.pipe()
    with contextlib.suppress(ImportError, OSError, AttributeError):  # not Linux; over a limit
        import fcntl

        fcntl.fcntl(fds[1], fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    return fds


def _serve_once(from_parent: int, to_parent: int, serve: Callable[[Any], Any]) -> None:
    """In a child: say the matrix is done, answer one request (an empty one: none)."""
    parent = os.getppid()

    def alive() -> bool:
        return os.getppid() == parent

    _send(to_parent, b"", alive)
    request = _receive(from_parent, alive)
    if request:
        _send(to_parent, pickle.dumps(serve(pickle.loads(request))), alive)


def _send(fd: int, data: bytes, alive: Callable[[], bool] | None = None) -> None:
    """One message: its length (8 bytes), then its bytes; ``alive`` as in :func:`_receive`
    (a write waits while the pipe is full: it never blocks on a reader that is gone)."""
    view = memoryview(len(data).to_bytes(8, "little") + data)
    while view:
        if alive is not None and not select.select([], [fd], [], _POLL)[1]:
            if not alive():
                raise BrokenPipeError("the other process is gone")
            continue
        view = view[os.write(fd, view[: select.PIPE_BUF]) :]


def _receive(fd: int, alive: Callable[[], bool] | None) -> bytes | None:
    """One message of :func:`_send`; None at the end of the pipe, or once ``alive()`` says
    the other side is gone (another fork may hold a copy of its end, so the end of the pipe
    alone may never come)."""
    head = _read(fd, 8, alive)
    if head is None:
        return None
    return _read(fd, int.from_bytes(head, "little"), alive)


def _read(fd: int, n: int, alive: Callable[[], bool] | None) -> bytes | None:
    parts: list[bytes] = []
    while n:
        if alive is not None and not select.select([fd], [], [], _POLL)[0]:
            if not alive() and not select.select([fd], [], [], 0)[0]:
                return None
            continue
        chunk = os.read(fd, n)
        if not chunk:
            return None
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


__all__ = ["MIN_PARALLEL", "Claims", "Forked", "Standby", "workers"]
