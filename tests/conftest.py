"""Shared fixtures and the browser-test gate.

The browser tests (marker ``browser``) drive Debian's Chromium at /usr/bin/chromium.
Without it they are skipped and the summary says so, with the command that enables them;
under CI (``CI`` set) or with ``UNMASK_REQUIRE_BROWSER=1`` a missing browser fails them
instead, so a green CI run always includes them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# no timing in unit tests: Hypothesis's per-example deadline fails tests on a busy machine
settings.register_profile("unmask", deadline=None)
settings.load_profile("unmask")

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("UNMASK_CHROMIUM", "/usr/bin/chromium"))
ENABLE = "sudo apt-get install chromium"


def _browser_required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("UNMASK_REQUIRE_BROWSER") == "1"


_CACHE_ENV = "UNMASK_CACHE_DIR"
_cache_before: list[str | None] = []


def pytest_configure(config: pytest.Config) -> None:
    """Compiled lexicons (unmask.signals.compiled_cache) go to a folder of the test run's
    own, never to the user's cache folder: set before collection, which already loads some."""
    _cache_before.append(os.environ.get(_CACHE_ENV))
    os.environ[_CACHE_ENV] = tempfile.mkdtemp(prefix="unmask-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = os.environ.get(_CACHE_ENV)
    if folder and _cache_before:
        shutil.rmtree(folder, ignore_errors=True)
        old = _cache_before.pop()
        if old is None:
            os.environ.pop(_CACHE_ENV, None)
        else:
            os.environ[_CACHE_ENV] = old


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM.exists() or _browser_required():
        return
    skip = pytest.mark.skip(reason=f"Debian's chromium is not installed ({ENABLE})")
    skipped = 0
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)
            skipped += 1
    config.stash[_SKIPPED] = skipped


_SKIPPED = pytest.StashKey[int]()


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    skipped = config.stash.get(_SKIPPED, 0)
    if skipped:
        terminalreporter.write_sep("-", "browser tests skipped", yellow=True)
        terminalreporter.write_line(
            f"{skipped} browser tests were skipped: Debian's chromium is not at {CHROMIUM}."
        )
        terminalreporter.write_line(f"Enable them with: {ENABLE}  (then run `make test` again)")


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test keeps unmask's user data (the consent record) in a folder of its own."""
    folder = tmp_path_factory.mktemp("unmask-data")
    monkeypatch.setenv("UNMASK_DATA_DIR", str(folder))
    return folder
