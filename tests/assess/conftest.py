"""Fixtures for the questionnaire tests: a cheap KDF and a fresh database path.

They are shared with tests/store (tests/store_fixtures.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_assess import TINY_YAML


@pytest.fixture
def tiny_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_bytes(TINY_YAML)
    return path
