"""Progress on two analyses of a bundled sample chat: a shortened export (the baseline,
warm first months) and the full export (the drift that followed)."""

from __future__ import annotations

from typing import Any

from guide_reports import questionnaire, report

from unmask.guide.plan import WeekRecord
from unmask.guide.progress import progress, snapshot


def _by_figure(result: Any) -> dict[str, Any]:
    return {c.figure: c for c in result.changes}


def test_the_longer_export_shows_the_drift_since_the_baseline(
    short_report: dict[str, Any], full_report: dict[str, Any]
) -> None:
    result = progress(short_report, full_report)
    changes = _by_figure(result)
    assert result.baseline is not None and result.current is not None
    assert result.baseline < result.current
    # the same chat, longer: shares are taken over the messages since the baseline
    assert changes["depth_share"].basis == "since_baseline"
    # what the sample was built with: disclosure met with deflection, bookkeeping crowding in
    assert changes["responsive_share"].direction == "down"
    assert changes["depth_share"].direction == "down"
    assert changes["surface_share"].direction == "up"
    assert changes["transactional"].direction == "up"
    for change in changes.values():
        low, high = change.after_ci
        assert low is not None and high is not None and low <= change.after <= high
    assert {"depth", "surface"} <= set(changes)


def test_overlapping_intervals_say_no_clear_change(full_report: dict[str, Any]) -> None:
    result = progress(full_report, full_report)
    assert result.changes
    assert {c.direction for c in result.changes} == {"none"}


def test_a_snapshot_holds_figures_only(full_report: dict[str, Any]) -> None:
    snap = snapshot(full_report)
    text = repr(snap)
    assert "drifting_en" not in text and "Chloe" not in text and "Ben" not in text
    assert progress(snap, full_report).changes == progress(full_report, full_report).changes


def test_the_timeline_marks_the_baseline_and_the_weeks(
    short_report: dict[str, Any], full_report: dict[str, Any]
) -> None:
    weeks = [
        WeekRecord(1, 2, "start", "practice", ("responsiveness",), ("a",), ("b",), "2022-06-03"),
        WeekRecord(2, 3, "up", "practice", ("responsiveness",), ("c",), ("b",), "2022-06-10"),
    ]
    result = progress(short_report, full_report, weeks)
    months = {p.month: p for p in result.timeline}
    assert months["2022-04"].marks == ("baseline",)
    assert months["2022-06"].marks == ("week:1:2", "week:2:3")
    assert result.timeline[-1].month == "2023-01"


def test_a_report_in_safety_mode_shows_no_change() -> None:
    result = progress(report(depth=0.2), report(depth=0.6, mode="safety"))
    assert result.changes == () and result.timeline == ()


def test_a_new_questionnaire_round() -> None:
    before = report(
        questionnaire=questionnaire({"own_disclosure": (2.0, 2.4), "affection": (4.0, 4.0)})
    )
    after = report(
        questionnaire=questionnaire(
            {"own_disclosure": (3.0, 3.2), "affection": (4.2, 3.9)}, date="2023-10-01"
        )
    )
    changes = _by_figure(progress(before, after))
    assert changes["scale:own_disclosure"].direction == "up"
    assert changes["scale:affection"].direction == "none"
    # the same round twice is no new round: no questionnaire change at all
    assert "scale:affection" not in _by_figure(progress(before, before))
