"""Scoring made to fork for any input, with the forks counted (test_parallel,
test_crisis_marks): ``UNMASK_WORKERS`` set, the scorer's size threshold lowered to 0 and each
:class:`~unmask.signals.parallel.Forked` it starts recorded."""

from __future__ import annotations

from typing import Any

import pytest

from unmask.signals import scorer as scorer_module
from unmask.signals.parallel import Forked


def counted_forks(workers: str, monkeypatch: pytest.MonkeyPatch) -> list[Forked]:
    """Patch the scorer so that it forks with ``workers`` whatever the input's size; the
    list returned fills with every ``Forked`` the next scoring starts."""
    monkeypatch.setenv("UNMASK_WORKERS", workers)
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    forks: list[Forked] = []

    class Counted(Forked):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            forks.append(self)

    monkeypatch.setattr(scorer_module, "Forked", Counted)
    return forks
