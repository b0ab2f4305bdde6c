"""unmask_dev.fuzz (run by benchmarks/fuzz.py): a short seeded run finds no crash in any
importer or the zip layer.

The full run (10,000 inputs per target) is ``.venv/bin/python benchmarks/fuzz.py``;
this one draws a few dozen per target so the suite stays fast, and checks that
the mutations really do break inputs (the run is not vacuous).
"""

from __future__ import annotations

import pytest

from unmask_dev import fuzz

#: every target, the questionnaire's answers import included
CHECKED = [t.name for t in fuzz.targets()]


@pytest.mark.parametrize("name", CHECKED)
def test_a_short_fuzz_run_finds_no_crash(name: str) -> None:
    target = next(t for t in fuzz.targets() if t.name == name)
    fuzz.fuzz(target, inputs=40, seed_value=3)
    assert target.tried == 40
    assert dict(target.crashes) == {}
    assert target.refused > 0  # mutated inputs were refused cleanly, not all accepted


def test_the_mutator_keeps_seeds_and_inserts_hostile_tokens() -> None:
    from hypothesis import given, settings

    seen: list[bytes] = []

    @settings(max_examples=60, database=None, derandomize=True)
    @given(fuzz.mutated(fuzz.CSV))
    def collect(data: bytes) -> None:
        seen.append(data)

    collect()
    assert any(data != fuzz.CSV for data in seen)
    assert any(b"9" * 5000 in data or "\u202e".encode() in data for data in seen)
