"""The job runner publishes a job's outcome only after its cleanup has run."""

from __future__ import annotations

import time
from typing import Any

import pytest

from unmask.errors import InputError
from unmask.web.jobs import Job, Jobs


def _finish(jobs: Jobs, job: Job) -> Job:
    deadline = time.monotonic() + 30
    while job.state in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.01)
    return job


@pytest.mark.parametrize("fails", [False, True])
def test_the_outcome_is_published_after_the_cleanup(fails: bool) -> None:
    jobs = Jobs(workers=1)
    seen: list[str] = []

    def work(job: Job) -> dict[str, Any]:
        if fails:
            raise InputError("chat.txt: not an export")
        return {"next": "/analyses"}

    def cleanup() -> None:
        time.sleep(0.05)  # a slow removal: a page polling now must still see "running"
        seen.append(job.state)

    job = jobs.start("read", "owner", work, cleanup)
    _finish(jobs, job)
    jobs.shutdown()
    assert seen == ["running"]
    if fails:
        assert job.state == "failed" and job.error == str(InputError("chat.txt: not an export"))
    else:
        assert job.state == "done" and job.result == {"next": "/analyses"}


def test_a_failing_cleanup_still_ends_the_job() -> None:
    jobs = Jobs(workers=1)

    def cleanup() -> None:
        raise OSError("busy")

    job = jobs.start("read", "owner", lambda job: {"next": "/"}, cleanup)
    _finish(jobs, job)
    jobs.shutdown()
    assert job.state == "done"
