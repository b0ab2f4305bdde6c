"""The terminal summary fits one screen (24 lines at 80 columns) and says the essentials."""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.console import Console

from unmask.report.terminal import MAX_LINES, print_summary


def _render(report: dict[str, Any], width: int = 80) -> list[str]:
    console = Console(width=width, file=io.StringIO(), color_system=None, highlight=False)
    print_summary(report, console)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    return text.rstrip("\n").split("\n")


@pytest.mark.parametrize("name", ["report_en", "report_zh", "report_redacted", "report_unplaced"])
def test_summary_fits_one_screen(name: str, request: pytest.FixtureRequest) -> None:
    report = request.getfixturevalue(name)
    lines = _render(report)
    assert 5 <= len(lines) <= MAX_LINES
    assert all(_cells(line) <= 80 for line in lines)  # cells: CJK characters count double


def _cells(line: str) -> int:
    from rich.cells import cell_len

    return cell_len(line)


def test_summary_of_a_placed_couple(report_en: dict[str, Any]) -> None:
    text = "\n".join(_render(report_en))
    profile = report_en["profile"]
    # the drifting sample sits near the genuine/pseudo line over its whole history (about
    # half of the bootstrap draws on each side in the lexicon-only reading since issue 10):
    # the position shown is the profile's region, and "Changed" appears exactly when the
    # last months differ from it with confidence
    label = {r["id"]: r["label"] for r in profile["regions"]}[profile["region"]]
    assert profile["region"] in ("genuine_intimacy", "pseudo_intimacy")
    assert f"Position: {label}" in text
    assert ("Changed:" in text) == bool(profile["changed"])
    assert f"surface {profile['surface']['value']:.2f}" in text
    assert "not a diagnosis" in text
    ben, chloe = (p["name"] for p in report_en["partners"])
    assert f"{ben} → {chloe}" in text and f"{chloe} → {ben}" in text
    assert "Going well:" in text and "Worth a look:" in text
    assert "Next step:" in text


def test_summary_in_chinese(report_zh: dict[str, Any]) -> None:
    text = "\n".join(_render(report_zh))
    assert "位置：" in text and "不是诊断" in text and "下一步" in text
    assert "Position" not in text


def test_summary_of_an_unplaced_couple_lists_what_cannot_be_told(
    report_unplaced: dict[str, Any],
) -> None:
    text = " ".join(line.strip() for line in _render(report_unplaced))
    assert "Not placed on the map:" in text
    assert "Position:" not in text
    assert "below 300" in text


def test_redacted_summary_shows_no_real_name(short_analysis: Any) -> None:
    report = short_analysis.report(lang="en", redact=True)
    text = "\n".join(_render(report))
    for real in ("Alex", "Morgan", "Sam", "Okafor"):
        assert real not in text


def test_optional_lines_are_dropped_on_a_narrow_screen(report_en: dict[str, Any]) -> None:
    wide, narrow = _render(report_en, 80), _render(report_en, 40)
    assert len(narrow) <= MAX_LINES
    assert "Position:" in "\n".join(narrow)
    assert "Surface messages" in "\n".join(wide)
    assert "Surface messages" not in "\n".join(narrow)  # the least important block went first
