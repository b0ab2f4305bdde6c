"""Things that can be enumerated must be documented (as in sqlite-utils and datasette)."""

from __future__ import annotations

import re
from pathlib import Path

from unmask.cli.main import app

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_setup_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    lines = [ln.split("#")[0].strip() for ln in first_block.group(1).splitlines() if ln.strip()]
    assert lines == ["make demo", "make test"]


def test_every_command_is_documented_in_the_readme() -> None:
    assert app.commands, "the CLI registers no command"
    for name in app.commands:
        assert f"`unmask {name}" in README, f"command {name!r} is not in the README's table"
