"""Writing the report privately (issue 12): 0600/0700, no symlink followed, all or nothing."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from analysis.builders import run
from unmask import fsutil
from unmask.errors import OutputError
from unmask.report.writer import write_report

DAY = 24 * 60


def _rows() -> list[tuple]:
    rows: list[tuple] = []
    for d in range(0, 120, 3):
        rows += [
            ("Ann", d * DAY, "I've been anxious since the call", ("disclosure.emotional",)),
            ("Ben", d * DAY + 4, "that sounds heavy, want to talk?", ("responsiveness",)),
        ]
    return rows


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_report_files_are_0600_and_created_folders_0700(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        paths = write_report(run(_rows()), tmp_path / "new" / "out", html=False)
    finally:
        os.umask(old)
    assert _mode(paths.json) == 0o600 and _mode(paths.parquet) == 0o600
    assert _mode(tmp_path / "new") == 0o700 and _mode(tmp_path / "new" / "out") == 0o700
    assert sorted(p.name for p in paths.directory.iterdir()) == ["messages.parquet", "report.json"]


def test_force_never_writes_through_a_planted_temp_symlink(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_report(run(_rows()), out, html=False)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    for name in (".report.json.tmp", ".messages.parquet.tmp", "report.json"):
        (out / name).unlink(missing_ok=True)
        (out / name).symlink_to(victim)
    write_report(run(_rows()), out, force=True, html=False)
    assert victim.read_text() == "precious"
    assert not (out / "report.json").is_symlink()
    assert _mode(out / "report.json") == 0o600


def test_a_full_disk_leaves_the_previous_report_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_report(run(_rows()), out, html=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = {"n": 0}

    def fails_late(fd: int, data: bytes | memoryview) -> int:
        calls["n"] += 1
        if calls["n"] > 1:  # messages.parquet is written, then the disk fills up
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return os.write(fd, data)

    monkeypatch.setattr(fsutil, "_write", fails_late)
    with pytest.raises(OutputError, match="disk is full"):
        write_report(run(_rows()), out, force=True, html=False)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_full_disk_on_a_new_folder_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        fsutil, "_write", lambda fd, data: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full"))
    )
    with pytest.raises(OutputError):
        write_report(run(_rows()), tmp_path / "out", html=False)
    assert list(tmp_path.iterdir()) == []


def test_force_clears_the_temp_folder_an_interrupted_run_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_report(run(_rows()), out, html=False)
    stale = out / ".unmask-report.0123456789ab.tmp"
    stale.mkdir()
    (stale / "messages.parquet").write_bytes(b"half")
    write_report(run(_rows()), out, force=True, html=False)
    assert sorted(p.name for p in out.iterdir()) == ["messages.parquet", "report.json"]
