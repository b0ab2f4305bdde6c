"""CLI: ``unmask corpus run INPUT -o OUT_DIR`` - a thin layer over unmask.corpus.run_corpus."""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from unmask.cli.common import console, handle_errors
from unmask.corpus.engines import ENGINES
from unmask.corpus.runner import RunOptions, RunSummary, run_corpus

#: at most this many kinds of failure are listed in the summary
SHOWN_KINDS = 10


@click.group(name="corpus")
def corpus() -> None:
    """Analyse many couples at once, reproducibly (for researchers; docs/corpus.md)."""


@corpus.command(name="run")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder for the Parquet datasets and manifest.json (an earlier run there resumes).",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="local: processes on this machine; dask: a Dask LocalCluster or --scheduler.",
)
@click.option("--scheduler", default=None, help="Address of a Dask scheduler (--engine dask).")
@click.option(
    "--workers", type=int, default=None, help="Worker processes (default: the cores available)."
)
@click.option("--no-model", is_flag=True, help="Lexicon layer only (skip the small model).")
@handle_errors
def run(
    source: Path,
    out_dir: Path,
    engine: str,
    scheduler: str | None,
    workers: int | None,
    no_model: bool,
) -> None:
    """Analyse every couple in SOURCE: a folder of exports (one couple per file), a manifest
    CSV (file,couple_id[,partner_a,partner_b]) or canonical Parquet/JSON Lines files."""
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("partitions, {task.fields[messages]:,} messages"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("Analysing", total=None, messages=0)

        def progress(done: int, total: int, messages: int) -> None:
            bar.update(task, completed=done, total=total, messages=messages)

        summary = run_corpus(
            source,
            out_dir,
            engine=engine,
            workers=workers,
            scheduler=scheduler,
            options=RunOptions(model=not no_model),
            progress=progress,
        )
    _print_summary(summary)


def _print_summary(s: RunSummary) -> None:
    resumed = f" ({s.resumed} finished earlier, not redone)" if s.resumed else ""
    console.print(
        f"Analysed {s.couples:,} couples, {s.messages:,} messages in {s.partitions} "
        f"partitions{resumed} -> {s.out_dir}",
        markup=False,
        soft_wrap=True,
    )
    if not s.errors:
        console.print("No file failed.")
        return
    console.print(
        f"{s.errors:,} couple(s) or file(s) failed (errors table: {s.out_dir}/errors):",
        markup=False,
        soft_wrap=True,
    )
    kinds = sorted(s.errors_by_kind.items(), key=lambda kv: (-kv[1], kv[0]))
    for kind, n in kinds[:SHOWN_KINDS]:
        console.print(f"  {n:,} x {kind}", markup=False, soft_wrap=True)
    if len(kinds) > SHOWN_KINDS:
        console.print(f"  ... and {len(kinds) - SHOWN_KINDS} other kinds", markup=False)


def register(app: click.Group) -> None:
    """Add this group's commands to the main app."""
    app.add_command(corpus)
