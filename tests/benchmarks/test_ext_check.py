"""unmask_dev.ext_check: each outside file's sha256 and size against the docs table (files
made here, never the real ones)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from unmask_dev import ext_check

CHAT = (
    "dialogue_id\tturn\tspeaker\ttext\n"
    "1\t0\tcustomer\tHi, where is my order?\n"
    "1\t1\tagent\tLet me check.\n"
    "2\t0\tcustomer\tThanks!\n"
)


@pytest.fixture(autouse=True)
def _no_outside_files(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ext_check.TABLE:
        monkeypatch.delenv(variable, raising=False)


def test_every_variable_is_missing_when_unset(capsys: pytest.CaptureFixture[str]) -> None:
    assert ext_check.main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(ext_check.TABLE)
    assert all(line.endswith("missing") for line in lines)


def test_a_file_matching_the_table_is_ok(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "abcd.tsv"
    path.write_text(CHAT, encoding="utf-8")
    digest = hashlib.sha256(CHAT.encode("utf-8")).hexdigest()
    monkeypatch.setitem(
        ext_check.TABLE, "UNMASK_ABCD_SAMPLE", ext_check.Expected("abcd.tsv", digest, (2, 3))
    )
    monkeypatch.setenv("UNMASK_ABCD_SAMPLE", str(path))
    line, verdict = ext_check.check("UNMASK_ABCD_SAMPLE")
    assert verdict == "ok"
    assert digest in line and "size 2/3" in line


def test_another_file_differs_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "abcd.tsv"
    path.write_text(CHAT, encoding="utf-8")
    monkeypatch.setenv("UNMASK_ABCD_SAMPLE", str(path))
    assert ext_check.check("UNMASK_ABCD_SAMPLE")[1] == "differs"
    assert ext_check.main([]) == 1
    assert "table: " in capsys.readouterr().out


def test_posts_are_counted_by_their_loaders() -> None:
    nlpcc = "1\tT\tF\tF\tF\tF\t今天 很 开心\n2\tF\tF\tF\tF\tF\t下雨 了\n"
    smp = "7\thappy\t好开心\n8\tneutral\t上班\n9\tsad\t难过\n"
    assert ext_check.size("UNMASK_NLPCC2018_DEV", nlpcc) == (2,)
    assert ext_check.size("UNMASK_SMP2020_SAMPLE", smp) == (3,)
    assert ext_check.size("UNMASK_SGD_SAMPLE", CHAT) == (2, 3)


def test_an_entry_without_figures_is_not_judged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.tsv"
    path.write_text(CHAT, encoding="utf-8")
    monkeypatch.setitem(ext_check.TABLE, "UNMASK_SGD_TUNE", ext_check.Expected("x", None, None))
    monkeypatch.setenv("UNMASK_SGD_TUNE", str(path))
    assert ext_check.check("UNMASK_SGD_TUNE")[1] == "not in the table"
