"""Where partitions run: a local process pool, or Dask (a LocalCluster or a scheduler).

Both engines run the same function (:func:`unmask.corpus.work.run_partition`)
on the same partitions and yield each partition's record as it finishes. Each
task reads only its own files, so no process ever holds more than one
partition of the corpus; the workers write their tables themselves (on a
cluster, OUT_DIR must be a folder every worker and the client can reach).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, Protocol

from unmask.corpus.work import Task, run_partition
from unmask.errors import UsageError

#: the engines the CLI offers (the API also has ``inprocess``: no worker processes)
ENGINES = ("local", "dask")
DASK_INSTALL = "pip install 'unmask[corpus]'"
#: the memory each LocalCluster worker may use before Dask pauses or restarts it
DEFAULT_WORKER_MEMORY = "2GiB"


def default_workers() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class Engine(Protocol):
    name: str
    workers: int

    def run(self, tasks: list[Task]) -> Iterator[dict[str, Any]]:
        """Run every task; yield each one's record as it finishes (any order)."""
        ...

    def describe(self) -> dict[str, Any]: ...


class InProcessEngine:
    """Every partition in this process, one after the other (notebooks, tests, debugging)."""

    name = "inprocess"
    workers = 1

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "workers": 1}

    def run(self, tasks: list[Task]) -> Iterator[dict[str, Any]]:
        for task in tasks:
            yield run_partition(task)


def _init_worker() -> None:
    os.environ["UNMASK_WORKERS"] = "1"


def _pool_context() -> Any:
    """Workers forked from a fork server that loaded the scorer once (Linux, macOS);
    spawned elsewhere. Neither shares anything of the calling process."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods and sys.platform == "linux":
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["unmask.corpus.warm"])
        return context
    return multiprocessing.get_context("spawn")


class LocalEngine:
    """A pool of ``workers`` processes, forked from a fork server that loaded the scorer."""

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "workers": self.workers}

    def run(self, tasks: list[Task]) -> Iterator[dict[str, Any]]:
        if not tasks:
            return
        with ProcessPoolExecutor(
            max_workers=min(self.workers, len(tasks)),
            mp_context=_pool_context(),
            initializer=_init_worker,
        ) as pool:
            futures = [pool.submit(run_partition, task) for task in tasks]
            try:
                for future in as_completed(futures):
                    yield future.result()
            except BaseException:
                for future in futures:
                    future.cancel()
                raise


def _dask() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError(
            f"the Dask engine needs Dask's distributed scheduler; install it with: {DASK_INSTALL}"
        ) from None
    return distributed


class DaskEngine:
    """``dask.distributed``: a scheduler at ``address``, else a LocalCluster of ``workers``
    single-threaded worker processes."""

    name = "dask"

    def __init__(
        self,
        workers: int | None = None,
        address: str | None = None,
        memory_limit: str = DEFAULT_WORKER_MEMORY,
    ) -> None:
        self.workers = workers or default_workers()
        self.address = address
        self.memory_limit = memory_limit
        _dask()

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"engine": self.name, "workers": self.workers}
        if self.address:
            out["scheduler"] = self.address
        else:
            out["memory_limit"] = self.memory_limit
        return out

    def run(self, tasks: list[Task]) -> Iterator[dict[str, Any]]:
        if not tasks:
            return
        distributed = _dask()
        cluster = None
        if self.address:
            client = distributed.Client(self.address)
        else:
            cluster = distributed.LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                memory_limit=self.memory_limit,
                dashboard_address=None,
                silence_logs=40,
            )
            client = distributed.Client(cluster)
        try:
            # a task's key names its partition: a retried task is the same partition
            futures = client.map(
                run_partition, tasks, key=[f"unmask-{t.partition.id}" for t in tasks]
            )
            for future in distributed.as_completed(futures):
                yield future.result()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def make_engine(name: str, workers: int | None = None, scheduler: str | None = None) -> Engine:
    """The engine ``name`` (``local`` or ``dask``)."""
    if workers is not None and workers < 1:
        raise UsageError(f"--workers {workers}: expected 1 or more.")
    if name == "local":
        if scheduler:
            raise UsageError("--scheduler needs --engine dask.")
        return LocalEngine(workers)
    if name == "dask":
        return DaskEngine(workers, scheduler)
    if name == "inprocess":
        return InProcessEngine()
    raise UsageError(f"--engine {name!r}: expected one of {', '.join(ENGINES)}.")


__all__ = [
    "DASK_INSTALL",
    "ENGINES",
    "DaskEngine",
    "Engine",
    "InProcessEngine",
    "LocalEngine",
    "default_workers",
    "make_engine",
]
