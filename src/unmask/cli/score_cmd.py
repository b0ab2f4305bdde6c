"""CLI: ``unmask score INPUT -o OUT.jsonl [--no-model]`` - a thin layer over score_table."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path
from typing import IO, Any

import click
from rich.progress import Progress

from unmask.cli.common import console, handle_errors
from unmask.cli.say import say
from unmask.errors import OutputExistsError
from unmask.fsutil import private_writer
from unmask.ingest.api import read_table
from unmask.signals import ALL_SIGNALS, ScoreResult, score_table


def _rows(result: ScoreResult, senders: list[Any]) -> Any:
    for i, message_id in enumerate(result.message_id):
        scores: dict[str, float | None] = {}
        for name in ALL_SIGNALS:
            value = float(result.scores[name][i])
            scores[name] = None if math.isnan(value) else round(value, 4)
        evidence = {
            name: [
                {
                    "match": ev.match,
                    "start": ev.start,
                    "end": ev.end,
                    "source": ev.source,
                    "weight": ev.weight,
                }
                for ev in items
            ]
            for name, items in result.evidence[i].items()
        }
        yield {
            "message_id": message_id,
            "sender": senders[i],
            "lang": result.lang[i],
            "scores": scores,
            "evidence": evidence,
        }


def write_jsonl(result: ScoreResult, senders: list[Any], handle: IO[str]) -> None:
    """One JSON line per message (the format of docs/signals.md)."""
    for row in _rows(result, senders):
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")


@click.command(name="score")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="Where to write one JSON line per message.",
)
@click.option("--no-model", is_flag=True, help="Lexicon layer only (skip the small model).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
@handle_errors
def score(source: Path, output: Path, no_model: bool, force: bool) -> None:
    """Score every message of an export, or of a canonical .jsonl or .parquet file."""
    if output.exists() and not force:
        raise OutputExistsError(f"{output} exists; pass --force to overwrite it.")
    table = read_table(source)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("Scoring messages", total=table.num_rows)
        result = score_table(
            table, model=not no_model, progress=lambda k: progress.advance(task, k)
        )
    senders = table.column("sender").to_pylist()
    # 0600, O_EXCL|O_NOFOLLOW, renamed into place when whole
    with private_writer(output) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8")
        write_jsonl(result, senders, text)
        text.flush()
        text.detach()
    console.print(say("score.done", count=len(result), output=output))


def register(app: click.Group) -> None:
    """Add this group's commands to the main app."""
    app.add_command(score)
