"""The check set of readings that mislead a couple (unmask_dev.failure_modes, h-fail).

Each exchange is ours (no dev-set sentence); the failure modes of docs/responsiveness.md
("Known failure modes") that were fixed must stay fixed, and their twins must still read.
"""

from __future__ import annotations

import pytest

from unmask_dev.failure_modes import CASES, Case, passed, run

#: readings the check set records that are still wrong (docs/responsiveness.md lists them)
STILL_WRONG = frozenset(
    {
        "这也太离谱了",
        "I've been laid off too",
        "I had severe anxiety",
    }
)


@pytest.fixture(scope="module")
def results() -> dict[Case, float]:
    return dict(run())


def test_the_set_has_twins_for_every_mode() -> None:
    modes = {c.mode for c in CASES}
    for mode in modes:
        expects = {c.expect for c in CASES if c.mode == mode}
        assert expects == {True, False}, mode
    assert {c.lang for c in CASES} == {"en", "zh"}
    assert len(CASES) >= 140


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.mode}:{c.reply[:30]}")
def test_each_reading(case: Case, results: dict[Case, float]) -> None:
    value = results[case]
    if case.reply in STILL_WRONG:
        assert not passed(case, value), f"fixed now: update STILL_WRONG and the docs ({value})"
    else:
        assert passed(case, value), f"{case.signal} {value:.2f} (expect {case.expect})"
