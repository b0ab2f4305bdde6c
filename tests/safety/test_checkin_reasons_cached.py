"""h-speed41: the care check-ins' prefilter reads its reason patterns from the compiled
cache: the same pattern as built from the guard files, and a warm cache compiles nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from unmask.dyad import safety as dyad_safety
from unmask.signals import compiled_cache as cc
from unmask.signals import safety_care


def _built() -> str:
    """The prefilter as it was built before the cache (h-care's rule)."""
    reasons = []
    for lang in safety_care.LANGS:
        found = safety_care.parts(lang)
        if found is not None:
            reasons.append(found["reason"].pattern.pattern)
    return "(?i)" + "|".join(f"(?:{r})" for r in reasons)


def test_prefilter_is_the_guard_files_reasons(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(cc.ENV, str(tmp_path))
    expected = _built()
    assert len(dyad_safety._checkin_reasons()) == len(safety_care.LANGS)
    assert dyad_safety._checkin_prefilter() == expected  # built, then stored
    assert list(tmp_path.glob("checkin-reasons-*"))

    def no_parts(lang: str) -> None:
        raise AssertionError("a warm cache reads the reasons without the guard files")

    monkeypatch.setattr(safety_care, "parts", no_parts)
    assert dyad_safety._checkin_prefilter() == expected  # read back


def test_prefilter_without_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cc.ENV, "off")
    assert dyad_safety._checkin_prefilter() == _built()


def test_prefilter_reads_the_guard_examples_as_before(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import pyarrow as pa
    import pyarrow.compute as pc

    monkeypatch.setenv(cc.ENV, str(tmp_path))
    dyad_safety._checkin_prefilter()  # stored
    cached = dyad_safety._checkin_prefilter()  # read back
    examples, twins = [], []
    for lang in safety_care.LANGS:
        found = safety_care.parts(lang)
        assert found is not None
        for entry in found["reason"].entries:
            examples.append(entry.example)
            twins.append(entry.must_not_fire)
    lines = pa.array(examples + twins)
    got = pc.match_substring_regex(lines, cached).to_pylist()
    assert got == pc.match_substring_regex(lines, _built()).to_pylist()
    assert all(got[: len(examples)])  # every reason's example is a check-in candidate
