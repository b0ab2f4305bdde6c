"""Fixtures of the tests that open the encrypted store (tests/store, tests/assess): a
cheap KDF and a fresh database path. Each of those folders' conftest.py imports them."""

from __future__ import annotations

from pathlib import Path

import pytest

from unmask.store import crypto


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at n=2**10: the same code path, 128x cheaper, for tests only."""
    monkeypatch.setattr(crypto, "DEFAULT_PARAMS", crypto.KdfParams(log2_n=10))


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "unmask.db"
    monkeypatch.setenv("UNMASK_DB", str(path))
    return path
