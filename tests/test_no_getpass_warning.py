"""Without a terminal, a passphrase prompt prints no Python warning (source path and line)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_assess_without_a_terminal_shows_no_getpass_warning(tmp_path: Path) -> None:
    env = {**os.environ, "UNMASK_DATA_DIR": str(tmp_path), "UNMASK_DB": str(tmp_path / "u.db")}
    done = subprocess.run(
        [sys.executable, "-c", "from unmask.cli.main import run; run()", "assess",
         "--couple", "c1", "--partner", "alex", "--new-partner"],
        input="\ncorrect horse battery staple\ncorrect horse battery staple\nq\n",
        capture_output=True, text=True, env=env, timeout=120, start_new_session=True,
    )  # fmt: skip
    assert "GetPassWarning" not in done.stderr and "getpass.py" not in done.stderr
    assert "Traceback" not in done.stderr
