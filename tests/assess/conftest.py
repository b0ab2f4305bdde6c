"""Fixtures for the questionnaire tests: a cheap KDF and a fresh database path.

They are shared with tests/store (tests/store_fixtures.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pytest  # noqa: E402
from helpers_assess import TINY_YAML  # noqa: E402

from store_fixtures import db_path, fast_kdf  # noqa: E402, F401


@pytest.fixture
def tiny_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_bytes(TINY_YAML)
    return path
