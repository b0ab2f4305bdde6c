"""The ``unmask`` command: a thin layer over the Python API.

Each command group lives in its own module and adds itself with
``register(app)``; :data:`COMMANDS` below is the one place commands are declared
(``tests/test_docs.py`` checks each is documented in the README). A command's module is
imported when that command runs (or when every command is listed: ``--help``, a mistyped
name, ``app.commands``): ``unmask analyze`` does not import the assessment, the guide,
corpus mode or the web app, whose imports would delay the start of its work.
"""

from __future__ import annotations

import getpass
import importlib
import os
import sys
import warnings
from typing import Any

import click

from unmask._version import __version__
from unmask.arrowpool import use_lean_pool
from unmask.cli import leave
from unmask.cli.common import err_console
from unmask.cli.say import say

#: each command and the module of ``unmask.cli`` that adds it (its ``register(app)``)
COMMANDS: dict[str, str] = {
    "import": "import_cmd",
    "score": "score_cmd",
    "analyze": "analyze_cmd",
    "demo": "analyze_cmd",
    "assess": "assess_cmd",
    "compare": "assess_cmd",
    "forget": "assess_cmd",
    "plan": "plan_cmd",
    "checkin": "plan_cmd",
    "serve": "serve_cmd",
    "corpus": "corpus_cmd",
}
#: the command modules, in the order their commands were always added
COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(COMMANDS.values()))


class _LazyGroup(click.Group):
    """A group that imports a command's module only when that command is asked for;
    ``commands`` (every command) imports them all."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._added: dict[str, click.Command] = {}
        self._loaded: set[str] = set()
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def commands(self) -> dict[str, click.Command]:
        for module in COMMAND_MODULES:
            self._load(module)
        return self._added

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._added = value

    def _load(self, module: str) -> None:
        if module not in self._loaded:
            importlib.import_module(f"unmask.cli.{module}").register(self)
            self._loaded.add(module)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        name = name or cmd.name
        if name is None:
            raise TypeError("Command has no name.")
        self._added[name] = cmd

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMANDS.get(cmd_name)
        if module is not None:
            self._load(module)
            return self._added.get(cmd_name)
        return self.commands.get(cmd_name)


@click.group(
    name="unmask",
    cls=_LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="unmask")
def app() -> None:
    """See whether your closeness is real or only looks real - privately, on your own machine."""


def run() -> None:
    """Console-script entry point: never shows a traceback (it could hold private text)."""
    # without a terminal, getpass warns with a source path and line: the passphrase is
    # still read (from standard input), so the warning only leaks internals
    warnings.filterwarnings("ignore", category=getpass.GetPassWarning)
    leave.forbid()
    try:
        use_lean_pool()
        app(standalone_mode=True)
    except SystemExit as done:
        # a command that said so (unmask analyze: the analysis held in memory) leaves
        # without the interpreter's teardown on success (unmask.cli.leave)
        if done.code in (None, 0) and leave.allowed():
            leave.now()
        raise
    except KeyboardInterrupt:
        err_console.print(say("interrupted"))
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - last line of defence for privacy
        if os.environ.get("UNMASK_DEBUG"):
            raise
        err_console.print(say("internal_error", kind=type(error).__name__), markup=False)
        sys.exit(70)
