"""Fixtures of the web-app tests: a cheap KDF, an app on a fresh data folder, clients.

The clients talk to the app as a browser on loopback would (``http://127.0.0.1:8765``);
:func:`helpers.csrf` reads the form token from a page like a browser's form would send it.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from store_fixtures import fast_kdf  # noqa: F401

# Starlette's TestClient still runs on httpx and says so once
warnings.filterwarnings("ignore", message=".*`httpx` with `starlette.testclient`.*")

from starlette.applications import Starlette  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from unmask.web import WebConfig, create_app  # noqa: E402

from .helpers import BASE, Clock  # noqa: E402

#: the upload limit of the test app (the oversized-upload test sends more)
TEST_LIMIT = 1024 * 1024


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(private_data_dir: Path, clock: Clock) -> Starlette:
    config = WebConfig(data_dir=private_data_dir, max_upload_bytes=TEST_LIMIT, model=False)
    return create_app(config, clock=clock)


@pytest.fixture
def client(app: Starlette) -> Iterator[TestClient]:
    with TestClient(app, base_url=BASE) as c:
        yield c


@pytest.fixture
def other(app: Starlette, client: TestClient) -> Iterator[TestClient]:
    """A second browser on the same running app (the other partner's); the app's start and
    stop belong to ``client``."""
    yield TestClient(app, base_url=BASE)
