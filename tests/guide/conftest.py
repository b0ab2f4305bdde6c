"""Fixtures of the plan, check-in and progress tests: the store's cheap KDF, constructed
report documents, and two analyses of a bundled sample (a shortened and the full export)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store_fixtures import db_path, fast_kdf  # noqa: F401
from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.samples import sample_path

#: the first lines of drifting_en.txt: its warm first months and the start of the drift
SHORT_LINES = 3300


def _options() -> AnalyzeOptions:
    return AnalyzeOptions(model=False, bootstrap_resamples=200)


@pytest.fixture(scope="session")
def short_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = sample_path("drifting_en").read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path_factory.mktemp("short") / "drifting_en_short.txt"
    path.write_text("".join(text[:SHORT_LINES]), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def short_analysis(short_export: Path) -> Analysis:
    return analyze(short_export, options=_options())


@pytest.fixture(scope="session")
def full_analysis() -> Analysis:
    return analyze(sample_path("drifting_en"), options=_options())


@pytest.fixture(scope="session")
def short_report(short_analysis: Analysis) -> dict[str, Any]:
    return short_analysis.report()


@pytest.fixture(scope="session")
def full_report(full_analysis: Analysis) -> dict[str, Any]:
    return full_analysis.report()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("UNMASK_DATA_DIR", str(folder))
    monkeypatch.delenv("UNMASK_DB", raising=False)
    yield folder
