"""What every command shares: the console, and turning domain errors into one clean line."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import IO, Any, ParamSpec, TypeVar

import click
from rich.console import Console

from unmask.errors import UnmaskError

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
