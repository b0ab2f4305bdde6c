"""The CLI's choice of Arrow allocator: jemalloc where the build has it, the user's wins."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pytest

from unmask.arrowpool import use_lean_pool


@pytest.fixture(autouse=True)
def _restore_pool() -> Iterator[None]:
    before = pa.default_memory_pool()
    yield
    pa.set_memory_pool(before)


def test_jemalloc_becomes_the_default_where_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    try:
        pa.jemalloc_memory_pool()
    except NotImplementedError:
        expected = pa.default_memory_pool().backend_name
    else:
        expected = "jemalloc"
    assert use_lean_pool() == expected
    assert pa.array(["still", "works"]).to_pylist() == ["still", "works"]


def test_a_pool_chosen_by_the_user_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    pa.set_memory_pool(pa.system_memory_pool())
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "system")
    assert use_lean_pool() == "system"
