"""One partition's work, the same on every engine: read, analyse each couple, write.

:func:`run_partition` runs in a worker process (a process-pool worker or a
Dask worker). For each file it reads the messages with the importers of
``unmask import``, then for each couple calls :func:`unmask.analyze.analyze`,
the very function behind ``unmask analyze``, and flattens the result
(:mod:`unmask.corpus.figures`). A file or couple that fails becomes a row of
the errors table with its reason, and the partition goes on. The partition's
tables are then written, each atomically (a private temp file renamed into
place), and last its record in ``_partitions/``: a partition with a record is
finished and a resumed run skips it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from unmask.corpus.figures import Columns, CoupleTables
from unmask.corpus.inputs import InputFile
from unmask.corpus.partition import Partition
from unmask.errors import UnmaskError

#: the datasets of a run, each a folder of part files (one per partition)
TABLES = ("messages", "couples", "months", "profiles", "errors")
RECORDS = "_partitions"
WORKERS_ENV = "UNMASK_WORKERS"  # read by unmask.signals.parallel


@dataclass(frozen=True)
class Task:
    """What a worker needs: the partition, where to write, the analysis parameters."""

    partition: Partition
    out_dir: str
    parameters: dict[str, Any] = field(default_factory=dict)


def record_path(out_dir: Path | str, partition_id: str) -> Path:
    return Path(out_dir) / RECORDS / f"{partition_id}.json"


def part_path(out_dir: Path | str, table: str, partition_id: str) -> Path:
    return Path(out_dir) / table / f"part-{partition_id}.parquet"


def file_sha256(path: Path | str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def reason_of(error: BaseException) -> tuple[str, str, str]:
    """(code, kind, reason) of a failure: the error's own message for ours (written to be
    safe to show), only the type for anything else (its text could quote a message)."""
    if isinstance(error, UnmaskError):
        doc = (type(error).__doc__ or "").strip().splitlines()
        kind = doc[0].rstrip(".") if doc else type(error).__name__
        return error.code, kind, error.message
    if isinstance(error, MemoryError):
        return "E000", "out of memory", "out of memory while reading or analysing this file"
    return "E000", "internal error", f"internal error ({type(error).__name__})"


def _options(parameters: dict[str, Any]) -> Any:
    from unmask.analyze import AnalyzeOptions

    return AnalyzeOptions(
        session_gap_minutes=float(parameters["session_gap_minutes"]),
        model=bool(parameters["model"]),
        seed=int(parameters["seed"]),
        bootstrap_resamples=int(parameters["bootstrap_resamples"]),
    )


def _read_conversations(f: InputFile) -> pa.Table:
    """Only this partition's conversations of a canonical file, streamed batch by batch
    (the file may hold many partitions' worth), through the importer of ``unmask import``."""
    from unmask.ingest import iter_batches
    from unmask.model import ARROW_SCHEMA

    wanted = pa.array([c.conversation for c in f.couples], type=pa.string())
    kept = [
        batch.filter(pc.is_in(batch.column("conversation_id"), value_set=wanted))
        for batch in iter_batches(f.path)
    ]
    return pa.Table.from_batches(kept, schema=ARROW_SCHEMA)


def _split(table: pa.Table, ids: list[str]) -> dict[str, pa.Table]:
    """Each conversation's rows (in file order) of a canonical file's table."""
    column = table.column("conversation_id")
    order = pc.sort_indices(column)  # stable: the rows of one conversation keep their order
    ordered = table.take(order)
    values = ordered.column("conversation_id").to_numpy(zero_copy_only=False)
    cuts = [0, *(np.flatnonzero(values[1:] != values[:-1]) + 1).tolist(), len(values)]
    out = {
        str(values[a]): ordered.slice(a, b - a)
        for a, b in zip(cuts[:-1], cuts[1:], strict=True)
        if b > a
    }
    return {i: out[i] for i in ids if i in out}


class _Partition:
    def __init__(self, task: Task) -> None:
        self.task = task
        self.options = _options(task.parameters)
        self.tables = CoupleTables()
        self.errors = Columns()
        self.files: list[dict[str, Any]] = []
        self.messages = 0
        self.couples = 0
        #: each signal's version, as the analyses reported it (for the run manifest)
        self.signals: dict[str, str] = {}

    def error(self, f: InputFile, couple_id: str | None, stage: str, exc: BaseException) -> None:
        code, kind, reason = reason_of(exc)
        row = self.errors.row()
        row.s("file", f.path)
        row.s("couple_id", couple_id)
        row.s("stage", stage)
        row.s("code", code)
        row.s("kind", kind)
        row.s("reason", reason)

    def run_file(self, f: InputFile) -> None:
        from unmask.ingest import read_table

        entry: dict[str, Any] = {"path": f.path, "size": f.size, "sha256": None}
        self.files.append(entry)
        split = f.canonical and any(c.conversation is not None for c in f.couples)
        try:
            entry["sha256"] = file_sha256(f.path)
            table = _read_conversations(f) if split else read_table(f.path)
        except Exception as exc:  # noqa: BLE001 - recorded; the run goes on
            for couple in f.couples:
                self.error(f, couple.couple_id, "read", exc)
            return
        parts = _split(table, [c.conversation or "" for c in f.couples]) if split else {}
        for couple in f.couples:
            key = couple.conversation or ""
            sub = parts.get(key) if split else table
            if sub is None:
                missing = UnmaskError(f"conversation {key!r} is no longer in the file")
                self.error(f, couple.couple_id, "read", missing)
                continue
            self.run_couple(f, couple.couple_id, couple.partners, sub)

    def run_couple(
        self, f: InputFile, couple_id: str, partners: tuple[str, str] | None, table: pa.Table
    ) -> None:
        from unmask.analyze import analyze

        try:
            analysis = analyze(f.path, table=table, partners=partners, options=self.options)
            self.tables.add(couple_id, f.path, analysis)
            if not self.signals:
                self.signals = dict(analysis.scores.versions)
        except Exception as exc:  # noqa: BLE001 - recorded; the run goes on
            self.error(f, couple_id, "analyze", exc)
            return
        self.messages += table.num_rows
        self.couples += 1

    def write(self) -> dict[str, Any]:
        from unmask.fsutil import private_mkdir, private_writer, write_private

        out, pid = self.task.out_dir, self.task.partition.id
        tables: dict[str, pa.Table | None] = {
            "messages": pa.concat_tables(self.tables.messages) if self.tables.messages else None,
            "couples": self.tables.metrics.table() if self.tables.metrics.rows else None,
            "months": self.tables.months.table() if self.tables.months.rows else None,
            "profiles": self.tables.profiles.table() if self.tables.profiles.rows else None,
            "errors": self.errors.table() if self.errors.rows else None,
        }
        for name, table in tables.items():
            target = part_path(out, name, pid)
            private_mkdir(target.parent)
            if table is None:
                if target.exists():  # left by an earlier attempt at this partition
                    target.unlink()
                continue
            with private_writer(target) as handle:
                pq.write_table(table, handle, compression="zstd")
        reasons: dict[str, int] = {}
        for row in self.errors.rows:
            key = f"[{row['code']}] {row['kind']} ({row['stage']})"
            reasons[key] = reasons.get(key, 0) + 1
        record = {
            "id": pid,
            "files": self.files,
            "couples": self.couples,
            "messages": self.messages,
            "errors": len(self.errors.rows),
            "error_kinds": reasons,
            "signals": self.signals,
        }
        private_mkdir(Path(out) / RECORDS)
        write_private(record_path(out, pid), json.dumps(record, indent=1).encode())
        return record


@contextmanager
def _one_process() -> Iterator[None]:
    """The scorer forks no helper of its own: a worker is one process of many already."""
    before = os.environ.get(WORKERS_ENV)
    os.environ[WORKERS_ENV] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(WORKERS_ENV, None)
        else:
            os.environ[WORKERS_ENV] = before


def run_partition(task: Task) -> dict[str, Any]:
    """Analyse every couple of one partition and write its tables; returns its record."""
    with _one_process():
        work = _Partition(task)
        for f in task.partition.files:
            work.run_file(f)
        return work.write()


__all__ = ["RECORDS", "TABLES", "Task", "file_sha256", "part_path", "record_path", "run_partition"]
