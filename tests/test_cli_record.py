"""``unmask analyze`` records its report folder in the store on a thread while the summary is
shown (h-speed60): the folder is recorded (``unmask forget --all`` finds it), the store is
closed with no WAL left before the command ends, and a store that cannot record is told,
after the summary, without failing the command."""

from __future__ import annotations

import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import unmask.store
from unmask.cli.main import app
from unmask.errors import StoreError
from unmask.lang.strings import strings
from unmask.samples import sample_path
from unmask.store import Store


def _analyze(out: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        app,
        ["analyze", str(sample_path("close_en")), "-o", str(out), "--i-have-consent"],
    )
    return result.exit_code, result.stdout, result.stderr


def test_the_folder_is_recorded_and_the_store_closed_before_the_command_ends(
    tmp_path: Path, private_data_dir: Path
) -> None:
    out = tmp_path / "report"
    code, stdout, stderr = _analyze(out)
    assert code == 0, stderr
    assert not [t for t in threading.enumerate() if t.name == "unmask-store"]
    with Store() as store:
        assert [r.path for r in store.outputs("analyze")] == [out.resolve()]
    db = [p for p in private_data_dir.rglob("*") if p.is_file() and p.suffix == ".db"]
    assert db and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in db)
    assert not [p for p in private_data_dir.rglob("*-wal")]  # closed: no WAL left
    assert (out / "report.json").is_file()


def test_a_store_that_cannot_record_is_told_after_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise StoreError("no store here")

    monkeypatch.setattr(unmask.store, "record_output", refused)
    out = tmp_path / "report"
    code, stdout, stderr = _analyze(out)
    assert code == 0
    told = strings("en", "cli")["analyze.not_recorded"].split("}")[1].split(";")[0].strip()
    assert told == "could not be recorded for `unmask forget --all`"
    assert told in " ".join(stderr.split())
    assert str(out.name) in stdout  # the summary and where the report is, on stdout
    assert (out / "report.html").is_file()
