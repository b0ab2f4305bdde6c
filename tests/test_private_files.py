"""Private outputs (issue 12): 0600 files, 0700 folders, no symlink followed, all or nothing."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from unmask import fsutil
from unmask.errors import OutputError
from unmask.ingest import import_export

CHAT = "".join(
    f"[{day:02d}.03.21, 21:{minute:02d}:07] {'Alex' if minute % 2 else 'Mei'}: "
    f"message {minute} of day {day}\n"
    for day in range(1, 20)
    for minute in range(0, 60, 7)
)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """Run with umask 000, the worst case for file modes."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write through unmask.fsutil fails with ENOSPC."""

    def no_space(fd: int, data: bytes | memoryview) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fsutil, "_write", no_space)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def chat(tmp_path: Path) -> Path:
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_import_output_is_0600_under_any_umask(
    tmp_path: Path, chat: Path, suffix: str, loose_umask: None
) -> None:
    out = tmp_path / f"out{suffix}"
    import_export(chat, out)
    assert _mode(out) == 0o600


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_import_on_a_full_disk_is_an_output_error_and_leaves_nothing(
    tmp_path: Path, chat: Path, suffix: str, full_disk: None
) -> None:
    out = tmp_path / f"out{suffix}"
    with pytest.raises(OutputError, match="disk is full"):
        import_export(chat, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chat.txt"]


def test_import_on_a_full_disk_keeps_the_previous_output(
    tmp_path: Path, chat: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    import_export(chat, out)
    before = out.read_bytes()
    monkeypatch.setattr(
        fsutil, "_write", lambda fd, data: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full"))
    )
    with pytest.raises(OutputError):
        import_export(chat, out, overwrite=True)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chat.txt", "out.jsonl"]


def test_write_private_never_writes_through_a_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "report.json"
    target.symlink_to(victim)
    fsutil.write_private(target, b"new")
    assert victim.read_text() == "precious"
    assert not target.is_symlink() and target.read_bytes() == b"new"
    assert _mode(target) == 0o600


def test_private_mkdir_makes_0700_folders(tmp_path: Path, loose_umask: None) -> None:
    folder = tmp_path / "a" / "b"
    fsutil.private_mkdir(folder)
    assert _mode(tmp_path / "a") == 0o700 and _mode(folder) == 0o700


def test_cli_import_score_and_analyze_on_a_full_disk_print_one_line_with_a_code(
    tmp_path: Path, chat: Path, full_disk: None
) -> None:
    from click.testing import CliRunner

    from unmask.cli.main import app

    runner = CliRunner()
    for args in (
        ["import", str(chat), "-o", str(tmp_path / "out.parquet")],
        ["score", str(chat), "-o", str(tmp_path / "scores.jsonl"), "--no-model"],
        ["analyze", str(chat), "-o", str(tmp_path / "report"), "--no-model", "--i-have-consent"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, result.output
        assert "[E600]" in result.output and "disk is full" in result.output
        assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chat.txt"]


def test_an_oversized_report_is_refused_before_anything_is_written(
    tmp_path: Path, chat: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    from unmask.analyze import AnalyzeOptions, analyze
    from unmask.errors import UnmaskError
    from unmask.report.writer import write_report

    monkeypatch.setattr(importlib.import_module("unmask.report.writer"), "MAX_REPORT_BYTES", 1000)
    analysis = analyze(chat, options=AnalyzeOptions(model=False))
    with pytest.raises(UnmaskError, match=r"limit 1,000\)"):
        write_report(analysis, tmp_path / "out", html=False)
    assert not (tmp_path / "out").exists()
