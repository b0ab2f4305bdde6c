"""The ``unmask`` command: a thin layer over the Python API.

Each command group lives in its own module and adds itself with
``register(app)``; the tuple below is the one place commands are declared
(``tests/test_docs.py`` checks each is documented in the README).
"""

from __future__ import annotations

import getpass
import os
import sys
import warnings

import click

from unmask._version import __version__
from unmask.arrowpool import use_lean_pool
from unmask.cli import (
    analyze_cmd,
    assess_cmd,
    corpus_cmd,
    import_cmd,
    plan_cmd,
    score_cmd,
    serve_cmd,
)
from unmask.cli.common import err_console
from unmask.cli.say import say


@click.group(
    name="unmask",
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="unmask")
def app() -> None:
    """See whether your closeness is real or only looks real - privately, on your own machine."""


COMMAND_MODULES = (
    import_cmd,
    score_cmd,
    analyze_cmd,
    assess_cmd,
    plan_cmd,
    serve_cmd,
    corpus_cmd,
)
for _module in COMMAND_MODULES:
    _module.register(app)


def run() -> None:
    """Console-script entry point: never shows a traceback (it could hold private text)."""
    # without a terminal, getpass warns with a source path and line: the passphrase is
    # still read (from standard input), so the warning only leaks internals
    warnings.filterwarnings("ignore", category=getpass.GetPassWarning)
    try:
        use_lean_pool()
        app(standalone_mode=True)
    except KeyboardInterrupt:
        err_console.print(say("interrupted"))
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - last line of defence for privacy
        if os.environ.get("UNMASK_DEBUG"):
            raise
        err_console.print(say("internal_error", kind=type(error).__name__), markup=False)
        sys.exit(70)
