"""unmask.background: a job's value or error, collected on result(); the job is let go."""

from __future__ import annotations

import gc
import weakref

import pytest

from unmask.background import Background


def test_the_value_comes_back() -> None:
    assert Background(lambda: sum(range(10)), "test").result() == 45


def test_the_error_is_raised_by_result() -> None:
    def fail() -> int:
        raise ValueError("broken export")

    job = Background(fail, "test")
    with pytest.raises(ValueError, match="broken export"):
        job.result()


def test_wait_ends_with_the_job_and_keeps_its_error_for_result() -> None:
    def fail() -> int:
        raise ValueError("late")

    job = Background(fail, "test")
    job.wait()  # no error here
    assert not job._thread.is_alive()
    with pytest.raises(ValueError, match="late"):
        job.result()


def test_what_the_job_holds_is_let_go_once_it_has_run() -> None:
    class Table:
        pass

    table = Table()
    held = weakref.ref(table)
    job = Background(lambda t=table: id(t), "test")
    del table
    job.result()
    gc.collect()
    assert held() is None
