"""Fixtures for the store tests: a cheap KDF and a fresh database path.

They are shared with tests/assess (tests/store_fixtures.py).
"""

from __future__ import annotations
