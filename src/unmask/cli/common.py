"""What every command shares: the console, and turning domain errors into one clean line."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any, ParamSpec, TypeVar

import click
from rich.console import Console

from unmask.errors import UnmaskError

if TYPE_CHECKING:
    from unmask.ingest import ImportOptions

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

P = ParamSpec("P")
R = TypeVar("R")


class CliError(click.ClickException):
    """A domain error at the CLI boundary: printed as one line, no traceback."""

    def __init__(self, error: UnmaskError) -> None:
        super().__init__(str(error))
        self.__dict__["exit_code"] = error.exit_code  # click reads it per instance

    def show(self, file: IO[Any] | None = None) -> None:
        err_console.print(f"Error: {self.message}", markup=False, soft_wrap=True)


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn :class:`UnmaskError` into a clean message and a non-zero exit code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except UnmaskError as error:
            raise CliError(error) from None

    return wrapper


#: the options that tell an importer about the export; `import` and `analyze` share them
#: (``tests/test_cli_hints.py`` checks that every option an error message names exists)
def input_options(func: Callable[P, R]) -> Callable[P, R]:
    """Add --format, --date-order, --encoding, --chat and the CSV/JSONL column options."""
    from unmask.ingest.base import DATE_ORDERS
    from unmask.ingest.registry import BUILTIN_IMPORTERS

    options = [
        click.option(
            "--format",
            "fmt",
            default="auto",
            show_default=True,
            type=click.Choice(["auto", *BUILTIN_IMPORTERS], case_sensitive=False),
            help="The export's format; auto detects it.",
        ),
        click.option(
            "--date-order",
            type=click.Choice(DATE_ORDERS),
            help="Order of day, month and year in WhatsApp dates (detected when left out).",
        ),
        click.option(
            "--encoding", help="The file's text encoding, e.g. utf-16 or cp1252 (detected)."
        ),
        click.option(
            "--chat",
            metavar="NAME",
            help="Which chat of an export holding several (the name the app shows, or its id).",
        ),
        click.option("--sender-col", help="CSV/JSONL: the column holding the sender's name."),
        click.option("--text-col", help="CSV/JSONL: the column holding the message text."),
        click.option("--time-col", help="CSV/JSONL: the column holding the time."),
        click.option(
            "--time-format",
            help="CSV/JSONL: strptime format of the time, e.g. '%d.%m.%Y %H:%M' "
            "(ISO 8601 by default).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


#: the keyword arguments :func:`input_options` adds
INPUT_OPTION_NAMES = (
    "fmt",
    "date_order",
    "encoding",
    "chat",
    "sender_col",
    "text_col",
    "time_col",
    "time_format",
)


def import_options_from(values: dict[str, Any]) -> ImportOptions:
    """The :class:`ImportOptions` of the values :func:`input_options` collected."""
    from unmask.ingest import ImportOptions

    return ImportOptions(
        format=str(values.get("fmt") or "auto").lower(),
        date_order=values.get("date_order"),
        encoding=values.get("encoding"),
        chat=values.get("chat"),
        sender_col=values.get("sender_col"),
        text_col=values.get("text_col"),
        time_col=values.get("time_col"),
        time_format=values.get("time_format"),
    )
