"""The CLI imports a command's module only when that command runs (unmask.cli.main)."""

from __future__ import annotations

import subprocess
import sys

import click
from click.testing import CliRunner

from unmask.cli import main


def test_every_command_is_declared_with_the_module_that_adds_it() -> None:
    for module in main.COMMAND_MODULES:
        group = click.Group("probe")
        __import__(f"unmask.cli.{module}", fromlist=["register"]).register(group)
        assert group.commands, module
        for name in group.commands:
            assert main.COMMANDS.get(name) == module, (name, module)
    assert set(main.app.commands) == set(main.COMMANDS)


def test_the_analyze_command_alone_imports_no_other_command_module() -> None:
    code = (
        "import sys\n"
        "from unmask.cli.main import app\n"
        "assert app.get_command(None, 'analyze') is not None\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('unmask.cli.', 'unmask.assess',"
        " 'unmask.guide', 'unmask.corpus', 'unmask.web')))\n"
        "print(' '.join(loaded))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "unmask.cli.analyze_cmd" in out
    others = {f"unmask.cli.{m}" for m in main.COMMAND_MODULES} - {"unmask.cli.analyze_cmd"}
    assert not others & set(out), out
    assert not [m for m in out if m.startswith(("unmask.assess", "unmask.guide", "unmask.corpus"))]
    assert not [m for m in out if m.startswith("unmask.web")]


def test_a_mistyped_command_still_gets_a_suggestion() -> None:
    result = CliRunner().invoke(main.app, ["analyz"])
    assert result.exit_code == 2
    assert "Did you mean 'analyze'?" in result.output
