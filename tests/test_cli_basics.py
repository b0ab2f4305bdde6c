from __future__ import annotations

from click.testing import CliRunner

from unmask import __version__
from unmask.cli.main import app
from unmask.errors import InputError, UnmaskError


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_lists_no_traceback() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "unmask" in result.output


def test_error_message_carries_code_and_exit_code() -> None:
    error = InputError("chat.txt line 3: expected a date")
    assert isinstance(error, UnmaskError)
    assert str(error).startswith("[E100]")
    assert error.exit_code == 2


def test_domain_error_becomes_clean_message_and_exit_code() -> None:
    import click

    from unmask.cli.common import handle_errors

    @click.command()
    @handle_errors
    def boom() -> None:
        raise InputError("chat.txt line 3: expected a date like 31/12/21")

    result = CliRunner().invoke(boom, [])
    assert result.exit_code == 2
    assert "[E100] chat.txt line 3" in result.output
    assert "Traceback" not in result.output
