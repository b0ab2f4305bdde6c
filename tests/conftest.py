"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test keeps unmask's user data (the consent record) in a folder of its own."""
    folder = tmp_path_factory.mktemp("unmask-data")
    monkeypatch.setenv("UNMASK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def shared_dir() -> Path:
    """The read-only shared folder beside the repo (spec, data, bench generator)."""
    if not SHARED.is_dir():
        pytest.fail(f"expected the shared folder at {SHARED}")
    return SHARED
