"""Every option an error message names exists on each command that can show that message.

A message that says "force one with --format NAME" to a user of a command without
``--format`` is a dead end (issue 15); this reads the string literals of the modules
each command runs and checks every ``--option`` in them against the command's options.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import click
import pytest

from unmask.cli.main import app

SRC = Path(__file__).resolve().parents[1] / "src" / "unmask"
_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*[a-z0-9]")

#: command -> the source files whose messages it can show
REACH: dict[str, list[Path]] = {
    "import": [
        SRC / "errors.py",
        *[p for p in (SRC / "ingest").rglob("*.py") if p.name != "merge.py"],
    ],
    "analyze": [
        SRC / "errors.py",
        *(SRC / "ingest").rglob("*.py"),
        SRC / "dyad" / "partners.py",
        SRC / "consent.py",
        SRC / "report" / "writer.py",
    ],
}


def _strings(path: Path) -> list[str]:
    """Every string literal of a module (f-string parts included), docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def hints(paths: list[Path]) -> dict[str, set[str]]:
    """option -> the files naming it."""
    found: dict[str, set[str]] = {}
    for path in paths:
        for text in _strings(path):
            for option in _OPTION.findall(text):
                found.setdefault(option, set()).add(path.relative_to(SRC).as_posix())
    return found


def options_of(name: str) -> set[str]:
    command = app.commands[name]
    assert isinstance(command, click.Command)
    return {flag for param in command.params for flag in getattr(param, "opts", [])}


@pytest.mark.parametrize("command", sorted(REACH))
def test_every_hinted_option_exists(command: str) -> None:
    named = hints(REACH[command])
    assert "--format" in named and "--encoding" in named  # the scan finds the hints
    missing = {opt: sorted(files) for opt, files in named.items() if opt not in options_of(command)}
    assert missing == {}


def test_import_and_analyze_share_the_input_options() -> None:
    shared = {"--format", "--date-order", "--encoding", "--chat", "--sender-col", "--time-format"}
    assert shared <= options_of("import") and shared <= options_of("analyze")


def test_the_scan_would_catch_a_missing_option(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        'def f():\n    """Use --nothing here."""\n'
        '    raise ValueError(f"pass --no-such-option {1}")\n'
    )
    assert set(hints_in(module)) == {"--no-such-option"}


def hints_in(path: Path) -> dict[str, int]:
    return {option: 1 for text in _strings(path) for option in _OPTION.findall(text)}
