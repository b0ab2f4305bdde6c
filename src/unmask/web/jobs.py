"""Background work (reading and analysing an export) with progress a page can poll.

A job runs in a small thread pool so the page never waits; its state (stage, done, total,
outcome) is in memory. An error is kept only as an :class:`UnmaskError` message (privacy
safe by contract) or the error's type name, never a traceback.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from unmask.errors import UnmaskError


@dataclass
class Job:
    id: str
    kind: str
    #: the browser session that started it (only it may see the job)
    owner: str
    state: str = "queued"  # queued, running, done, failed
    stage: str = ""
    done: int = 0
    total: int = 0
    error: str | None = None
    result: dict[str, Any] = field(default_factory=dict)

    def progress(
        self, stage: str | None = None, done: int | None = None, total: int | None = None
    ) -> None:
        if stage is not None:
            self.stage, self.done, self.total = stage, 0, 0
        if total is not None:
            self.total = total
        if done is not None:
            self.done = min(self.done + done, self.total) if self.total else self.done + done

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state,
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "error": self.error,
        }


Work = Callable[[Job], dict[str, Any]]


class Jobs:
    def __init__(self, workers: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="unmask-job")
        self._lock = threading.Lock()
        self._jobs: dict[str, Job] = {}

    def start(self, kind: str, owner: str, work: Work, cleanup: Callable[[], None]) -> Job:
        job = Job(secrets.token_hex(12), kind, owner)
        with self._lock:
            self._jobs[job.id] = job
        self._pool.submit(self._run, job, work, cleanup)
        return job

    @staticmethod
    def _run(job: Job, work: Work, cleanup: Callable[[], None]) -> None:
        """Run ``work``, then ``cleanup``, and only then publish the outcome: a page that
        shows the job as finished never sees what the cleanup removes still there."""
        job.state = "running"
        result: dict[str, Any] = {}
        error: str | None = "internal error (stopped)"  # until the work returns
        try:
            result = work(job)
            error = None
        except UnmaskError as failure:
            error = str(failure)
        except Exception as failure:  # noqa: BLE001 - the message could quote private text
            error = f"internal error ({type(failure).__name__})"
        finally:
            try:
                cleanup()
            finally:
                if error is None:
                    job.result = result
                    job.state = "done"
                else:
                    job.error = error
                    job.state = "failed"

    def get(self, job_id: str, owner: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
        return job if job is not None and job.owner == owner else None

    def clear(self) -> None:
        with self._lock:
            self._jobs.clear()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
