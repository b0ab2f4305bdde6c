"""Fixtures for the questionnaire tests: a cheap KDF and a fresh database path.

They are shared with tests/store (tests/store_fixtures.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from store_fixtures import db_path, fast_kdf  # noqa: E402, F401
