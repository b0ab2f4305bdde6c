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
from unmask.cli.say import say
from unmask.ingest import ImportSummary, import_export
from unmask.ingest.base import DATE_ORDERS

#: files at least this large get a progress bar
PROGRESS_MIN_BYTES = 4 * 1024 * 1024
#: participants listed by name before the rest are summed up
MAX_LISTED = 12


def print_summary(summary: ImportSummary) -> None:
    """The import summary: platform, participants, dates, kinds, problems."""
    report = summary.report
    console.print(
        say(
            "import.done",
            messages=f"{summary.messages:,}",
            platform=escape(report.platform or report.format),
            format=escape(report.format),
            output=escape(str(summary.output)),
        )
    )
    if summary.conversations > 1:
        console.print(say("import.conversations", count=f"{summary.conversations:,}"))
    if summary.first_timestamp and summary.last_timestamp:
        console.print(
            say(
                "import.date_range",
                first=summary.first_timestamp.replace("T", " "),
                last=summary.last_timestamp.replace("T", " "),
            )
        )
    people = Table(title=say("import.participants"), show_edge=False, title_justify="left")
    people.add_column(say("import.col_sender"))
    people.add_column(say("import.col_messages"), justify="right")
    listed = list(summary.participants.items())
    for name, count in listed[:MAX_LISTED]:
        people.add_row(Text(click.unstyle(name)), f"{count:,}")
    if len(listed) > MAX_LISTED:
        rest = sum(count for _, count in listed[MAX_LISTED:])
        people.add_row(say("import.more", count=len(listed) - MAX_LISTED), f"{rest:,}")
    console.print(people)
    kinds = Table(title=say("import.kinds"), show_edge=False, title_justify="left")
    kinds.add_column(say("import.col_kind"))
    kinds.add_column(say("import.col_messages"), justify="right")
    for kind, count in summary.kinds.items():
        kinds.add_row(kind, f"{count:,}")
    console.print(kinds)
    if report.media_files:
        console.print(say("import.media", count=f"{report.media_files:,}"))
    if report.unreadable_lines:
        console.print(say("import.unreadable", count=f"{report.unreadable_lines:,}"))
    if report.impossible_dates:
        console.print(say("import.impossible_dates", count=f"{report.impossible_dates:,}"))
    if report.date_order_ambiguous and report.date_order:
        others = "|".join(o for o in DATE_ORDERS if o != report.date_order)
        order = report.date_order
        named = say(f"order.{order}") if order in DATE_ORDERS else order
        console.print(say("import.order_unsettled", order=named, others=others))
    for note in report.notes:
        console.print(say("import.note", note=note), markup=False)


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
            TextColumn(say("import.reading", name="{task.description}")),
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
