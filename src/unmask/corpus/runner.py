"""A corpus run from start to end: check the inputs, plan, run the partitions, record.

Everything that can be refused is refused before any work starts (the inputs,
an output folder that is not a corpus run's). Partitions with a finished
record are skipped, so running the same command again after an interruption
only does what is left. At the end, tables of partitions no longer in the
plan (from an earlier run over other inputs) are removed and manifest.json is
written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from unmask.corpus.engines import Engine, make_engine
from unmask.corpus.inputs import discover
from unmask.corpus.manifest import build_manifest
from unmask.corpus.partition import (
    DEFAULT_TARGET_BYTES,
    DEFAULT_TARGET_MESSAGES,
    Partition,
    plan,
)
from unmask.corpus.work import RECORDS, TABLES, Task, record_path
from unmask.errors import OutputExistsError, UsageError
from unmask.profile.uncertainty import DEFAULT_RESAMPLES, DEFAULT_SEED
from unmask.sessions import DEFAULT_SESSION_GAP_MINUTES

MARKER = "_run.json"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class RunOptions:
    """The analysis parameters of a corpus run (those of ``unmask analyze``)."""

    model: bool = True
    session_gap_minutes: float = DEFAULT_SESSION_GAP_MINUTES
    seed: int = DEFAULT_SEED
    bootstrap_resamples: int = DEFAULT_RESAMPLES
    target_bytes: int = DEFAULT_TARGET_BYTES
    target_messages: int = DEFAULT_TARGET_MESSAGES

    def parameters(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "session_gap_minutes": self.session_gap_minutes,
            "seed": self.seed,
            "bootstrap_resamples": self.bootstrap_resamples,
        }


@dataclass
class RunSummary:
    """What a run did (the CLI prints it)."""

    out_dir: Path
    partitions: int
    resumed: int
    files: int
    couples: int
    messages: int
    errors: int
    errors_by_kind: dict[str, int] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)


#: (partitions finished, partitions in all, messages finished so far)
Progress = Callable[[int, int, int], None]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_out(out: Path, source: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputExistsError(f"{out} exists and is not a folder; choose another -o.")
    if source.is_dir() and out.resolve().is_relative_to(source.resolve()):
        raise UsageError(
            f"{out} is inside the corpus folder {source}; its tables would be read as input "
            "next time. Choose an -o outside it."
        )
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise OutputExistsError(
            f"{out} is not empty and holds no corpus run; choose another -o (a folder a "
            "corpus run wrote is resumed, not replaced)."
        )


def _finished(out: Path, partitions: list[Partition]) -> dict[str, dict[str, Any]]:
    done: dict[str, dict[str, Any]] = {}
    for p in partitions:
        path = record_path(out, p.id)
        if path.is_file():
            try:
                done[p.id] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # a damaged record: the partition runs again
    return done


def _remove_stale(out: Path, keep: set[str]) -> None:
    for table in (*TABLES, RECORDS):
        folder = out / table
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            name = path.name
            pid = name.removeprefix("part-").removesuffix(".parquet").removesuffix(".json")
            if not name.startswith(".") and path.is_file() and pid not in keep:
                path.unlink()


def run_corpus(
    source: Path | str,
    out_dir: Path | str,
    *,
    engine: Engine | str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    options: RunOptions | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """Analyse every couple of the corpus at ``source`` into the datasets of ``out_dir``."""
    from unmask.fsutil import private_mkdir, write_private

    source, out = Path(source), Path(out_dir)
    options = options or RunOptions()
    runner = make_engine(engine, workers, scheduler) if isinstance(engine, str) else engine
    _check_out(out, source)
    files = discover(source)  # refuses duplicate ids and bad manifests before any work
    parameters = options.parameters()
    partitions = plan(files, parameters, options.target_bytes, options.target_messages)
    started = _now()
    private_mkdir(out)
    write_private(
        out / MARKER,
        json.dumps({"source": str(source), "parameters": parameters}, indent=1).encode(),
    )
    records = _finished(out, partitions)
    resumed = len(records)
    tasks = [Task(p, str(out), parameters) for p in partitions if p.id not in records]
    messages = sum(r["messages"] for r in records.values())
    if progress is not None:
        progress(len(records), len(partitions), messages)
    for record in runner.run(tasks):
        records[record["id"]] = record
        messages += record["messages"]
        if progress is not None:
            progress(len(records), len(partitions), messages)
    ordered = [records[p.id] for p in partitions]
    _remove_stale(out, {p.id for p in partitions})
    manifest = build_manifest(
        source=str(source),
        parameters=parameters,
        engine=runner.describe(),
        records=ordered,
        started=started,
        finished=_now(),
        resumed=resumed,
    )
    write_private(out / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False).encode())
    counts = manifest["counts"]
    return RunSummary(
        out_dir=out,
        partitions=len(partitions),
        resumed=resumed,
        files=counts["files"],
        couples=counts["couples"],
        messages=counts["messages"],
        errors=counts["errors"],
        errors_by_kind=manifest["errors_by_kind"],
        manifest=manifest,
    )


__all__ = ["MANIFEST", "MARKER", "RunOptions", "RunSummary", "run_corpus"]
