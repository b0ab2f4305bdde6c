"""``unmask import``: read a chat export into the canonical table and show a summary.

A thin layer over :func:`unmask.ingest.import_export`: options become
:class:`~unmask.ingest.ImportOptions`, a Rich progress bar follows the bytes
read for files over :data:`PROGRESS_MIN_BYTES`, and the returned
:class:`~unmask.ingest.ImportSummary` is printed (counts and names only,
never message text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from unmask.cli.common import (
    console,
    err_console,
    handle_errors,
    import_options_from,
    input_options,
)
from unmask.ingest import ImportSummary, import_export
from unmask.ingest.base import DATE_ORDERS

#: files at least this large get a progress bar
PROGRESS_MIN_BYTES = 4 * 1024 * 1024
#: participants listed by name before the rest are summed up
MAX_LISTED = 12

_ORDER_NAMES = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year/month/day"}


def print_summary(summary: ImportSummary) -> None:
    """The import summary: platform, participants, dates, kinds, problems."""
    report = summary.report
    console.print(
        f"[bold]Imported[/] {summary.messages:,} messages from "
        f"{escape(report.platform or report.format)} ({escape(report.format)}) "
        f"into {escape(str(summary.output))}"
    )
    if summary.conversations > 1:
        console.print(f"Conversations: {summary.conversations:,}")
    if summary.first_timestamp and summary.last_timestamp:
        console.print(
            f"Date range: {summary.first_timestamp.replace('T', ' ')} to "
            f"{summary.last_timestamp.replace('T', ' ')}"
        )
    people = Table(title="Participants", show_edge=False, title_justify="left")
    people.add_column("sender")
    people.add_column("messages", justify="right")
    listed = list(summary.participants.items())
    for name, count in listed[:MAX_LISTED]:
        people.add_row(Text(click.unstyle(name)), f"{count:,}")
    if len(listed) > MAX_LISTED:
        rest = sum(count for _, count in listed[MAX_LISTED:])
        people.add_row(f"({len(listed) - MAX_LISTED} more)", f"{rest:,}")
    console.print(people)
    kinds = Table(title="Messages by kind", show_edge=False, title_justify="left")
    kinds.add_column("kind")
    kinds.add_column("messages", justify="right")
    for kind, count in summary.kinds.items():
        kinds.add_row(kind, f"{count:,}")
    console.print(kinds)
    if report.media_files:
        console.print(
            f"Media files in the archive (counted, not extracted): {report.media_files:,}"
        )
    if report.unreadable_lines:
        console.print(f"[yellow]Lines or records it could not read: {report.unreadable_lines:,}[/]")
    if report.impossible_dates:
        console.print(
            f"[yellow]Lines with an impossible date (kept as text of the message before them): "
            f"{report.impossible_dates:,}[/]"
        )
    if report.date_order_ambiguous and report.date_order:
        others = "|".join(o for o in DATE_ORDERS if o != report.date_order)
        console.print(
            f"[yellow]Warning: the dates never settle their order; read as "
            f"{_ORDER_NAMES.get(report.date_order, report.date_order)}. If that is wrong, "
            f"rerun with --date-order {others}.[/]"
        )
    for note in report.notes:
        console.print(f"Note: {note}", markup=False)


@click.command(name="import")
@click.argument("export", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the canonical messages: OUT.jsonl or OUT.parquet.",
)
@input_options
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@handle_errors
def import_command(
    export: Path,
    out: Path,
    force: bool,
    **inputs: Any,
) -> None:
    """Read a chat export (WhatsApp, Telegram, Messenger/Instagram, Signal, iMessage, WeChat,
    LINE, Discord, CSV, JSONL) into OUT."""
    options = import_options_from(inputs)
    size = export.stat().st_size if export.is_file() else 0
    if size < PROGRESS_MIN_BYTES:
        summary = import_export(export, out, options, overwrite=force)
    else:
        with Progress(
            TextColumn("Reading {task.description}"),
            BarColumn(),
            DownloadColumn(),
            TimeRemainingColumn(),
            console=err_console,
            transient=True,
        ) as progress:
            task = progress.add_task(export.name, total=size)
            options.progress = lambda done: progress.update(task, completed=min(done, size))
            summary = import_export(export, out, options, overwrite=force)
    print_summary(summary)


def register(app: click.Group) -> None:
    """Add this group's commands to the main app."""
    app.add_command(import_command)
