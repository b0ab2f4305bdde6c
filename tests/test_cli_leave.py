"""``unmask analyze`` leaves without the interpreter's teardown once its report is written
(h-speed59, :mod:`unmask.cli.leave`): the threads, the ``atexit`` handlers and the streams are
seen to as by a normal exit; only the freeing of every object is skipped, and only by the
console entry point, for a command that allowed it, on success."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from unmask.cli import leave
from unmask.cli.main import app
from unmask.store.db import Store
from unmask_dev.synth import generate_large, write_whatsapp

main_module = importlib.import_module("unmask.cli.main")

_SCRIPT = textwrap.dedent(
    """
    import atexit, sys, threading, time
    from pathlib import Path
    from unmask.cli import leave

    out = Path(sys.argv[1])

    class Held:
        def __del__(self):
            (out / "freed").write_text("x")

    held = Held()

    def late():
        time.sleep(0.2)
        (out / "thread").write_text("x")

    threading.Thread(target=late).start()
    atexit.register(lambda: (out / "atexit").write_text("x"))
    sys.stdout.write("written, not yet flushed")
    {end}
    """
)


def _ended_by(end: str, folder: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(end=end), str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    return done, {p.name for p in folder.iterdir()}


def test_leaving_now_does_an_exit_s_work_but_frees_nothing(tmp_path: Path) -> None:
    # a normal exit: the thread joined, the handler run, the stream flushed, the object freed
    done, left = _ended_by("sys.exit(0)", tmp_path / "exit")
    assert (done.returncode, done.stdout) == (0, "written, not yet flushed")
    assert left == {"thread", "atexit", "freed"}
    done, left = _ended_by("leave.now()", tmp_path / "now")
    assert (done.returncode, done.stdout) == (0, "written, not yet flushed")
    assert left == {"thread", "atexit"}


@pytest.mark.parametrize(
    ("allow", "code", "left_early"),
    [(True, 0, True), (True, None, True), (True, 2, False), (False, 0, False)],
)
def test_the_entry_point_leaves_early_only_when_allowed_and_on_success(
    monkeypatch: pytest.MonkeyPatch, allow: bool, code: int | None, left_early: bool
) -> None:
    calls: list[str] = []

    def command(standalone_mode: bool) -> None:
        if allow:
            leave.allow()
        raise SystemExit(code)

    monkeypatch.setattr(main_module, "app", command)
    monkeypatch.setattr(leave, "now", lambda: calls.append("now"))
    leave.allow()  # an earlier run's word does not carry over
    with pytest.raises(SystemExit) as raised:
        main_module.run()
    assert raised.value.code == code
    assert calls == (["now"] if left_early else [])
    leave.forbid()


@pytest.fixture(scope="module")
def chat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("leave")) / "chat.txt"
    write_whatsapp(generate_large(1_500, seed=11), path, layout="android")
    return path


def test_the_analysis_allows_it_once_its_report_is_written(chat: Path, tmp_path: Path) -> None:
    leave.forbid()
    command = ["analyze", str(chat), "-o", str(tmp_path / "report"), "--i-have-consent"]
    result = CliRunner().invoke(app, [*command, "--no-model"])
    assert result.exit_code == 0, result.output
    assert leave.allowed()
    leave.forbid()
    result = CliRunner().invoke(app, [*command, "--no-model"])  # the folder is not empty
    assert result.exit_code != 0
    assert not leave.allowed()


def test_the_demo_allows_it_once_its_table_is_shown(tmp_path: Path) -> None:
    leave.forbid()
    result = CliRunner().invoke(app, ["demo", "-o", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert leave.allowed()
    leave.forbid()
    result = CliRunner().invoke(app, ["demo", "-o", str(tmp_path / "demo")])  # not empty
    assert result.exit_code != 0
    assert not leave.allowed()


def test_the_command_s_report_and_record_are_whole_when_it_leaves(
    chat: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report"
    env = {
        **{k: v for k, v in os.environ.items() if k != "UNMASK_DB"},
        "PYTHONPATH": os.pathsep.join(sys.path),
        "UNMASK_DATA_DIR": str(tmp_path / "data"),
        "COLUMNS": "400",  # the path on one line
    }
    command = [sys.executable, "-m", "unmask", "analyze", str(chat), "-o", str(out)]
    done = subprocess.run(
        [*command, "--i-have-consent", "--no-model"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert str(out / "report.html") in done.stdout  # the last line printed reached the pipe
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["source"]["messages"] > 1_000
    assert (out / "messages.parquet").stat().st_size > 0
    with Store(tmp_path / "data" / "unmask.db") as store:
        assert [Path(r.path) for r in store.outputs("analyze")] == [out]
