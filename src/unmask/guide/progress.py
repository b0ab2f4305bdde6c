"""Change since the baseline: a newer analysis (or questionnaire round) against the first.

The baseline is a snapshot of the figures of the report a plan started from
(:func:`snapshot`, stored in plan.json; no message text). :func:`progress` compares a
later report with it, figure by figure, each with its 95 % interval, and says "no clear
change" whenever the two intervals overlap:

* the two axes: the position over the last months (``profile.recent``) when both
  reports placed it, else the whole history, with the bootstrap intervals the analysis
  computed (:mod:`unmask.profile.uncertainty`);
* shares of messages and of answers (count / denominator: disclosures answered with
  understanding, bids turned toward, depth and surface messages, appeasement,
  bookkeeping), with Wilson intervals. When the later report is a longer export of the
  same chat (same first message, later last one, more messages), its figure is taken
  over the messages **since the baseline** (the later counts minus the baseline's), so
  the old history does not dilute the change;
* questionnaire scales (both partners' mean, 1-5) of a later round: a change is named
  from half a point (:data:`SCALE_CHANGE`), a convention of this tool, as a
  questionnaire round has no interval.

The timeline is the later report's monthly depth and surface, with the baseline and the
plan's weeks marked in their months.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from unmask.guide.plan import WeekRecord
from unmask.guide.readings import wilson

SCALE_CHANGE = 0.5
SNAPSHOT_FORMAT = "unmask-baseline"

#: (figure id, where its count and denominator are) for the share figures
SHARES: tuple[str, ...] = (
    "responsive_share",
    "turn_toward_share",
    "depth_share",
    "surface_share",
    "appeasement",
    "transactional",
)


@dataclass(frozen=True)
class Change:
    figure: str
    source: str  # "chat" or "questionnaire"
    before: float | None
    before_ci: tuple[float | None, float | None]
    after: float | None
    after_ci: tuple[float | None, float | None]
    direction: str  # "up", "down", "none" (no clear change), "unread"
    basis: str  # "recent", "whole", "since_baseline", "round"


@dataclass(frozen=True)
class TimelinePoint:
    month: str
    depth: float | None
    surface: float | None
    marks: tuple[str, ...]


@dataclass(frozen=True)
class Progress:
    baseline: str | None  # the baseline's last message (ISO), or its questionnaire date
    current: str | None
    changes: tuple[Change, ...]
    timeline: tuple[TimelinePoint, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "baseline": self.baseline,
            "current": self.current,
            "changes": [
                {
                    "figure": c.figure,
                    "source": c.source,
                    "before": c.before,
                    "before_ci": list(c.before_ci),
                    "after": c.after,
                    "after_ci": list(c.after_ci),
                    "direction": c.direction,
                    "basis": c.basis,
                }
                for c in self.changes
            ],
            "timeline": [
                {"month": p.month, "depth": p.depth, "surface": p.surface, "marks": list(p.marks)}
                for p in self.timeline
            ],
        }


def _counts(report: Mapping[str, Any], figure: str) -> tuple[int, int] | None:
    if figure in ("responsive_share", "turn_toward_share"):
        part, category = (
            ("responses", "responsive") if figure == "responsive_share" else ("bids", "toward")
        )
        by = report.get(part, {}).get("by_responder", {})
        if not by:
            return None
        return (
            sum(int(b["counts"].get(category, 0)) for b in by.values()),
            sum(int(b["total"]) for b in by.values()),
        )
    couple = report.get("components", {}).get(figure, {}).get("couple")
    if not couple:
        return None
    return int(couple.get("count", 0)), int(couple.get("denominator", 0))


def snapshot(report: Mapping[str, Any]) -> dict[str, Any]:
    """The figures of ``report`` progress needs later (no text, no names, no file name)."""
    source = report.get("source", {})
    profile = report.get("profile", {})
    shares = {}
    for figure in SHARES:
        counts = _counts(report, figure)
        if counts is not None:
            shares[figure] = list(counts)
    questionnaire = report.get("questionnaire") or {}
    return {
        "format": SNAPSHOT_FORMAT,
        "source": {k: source.get(k) for k in ("first", "last", "text_messages", "months")},
        "placed": bool(profile.get("placed")),
        "safety": (report.get("safety") or {}).get("mode", "none"),
        "axes": {
            which: {
                axis: {
                    "value": part.get(axis, {}).get("value"),
                    "ci": list(part.get(axis, {}).get("ci") or [None, None]),
                }
                for axis in ("surface", "depth")
            }
            | {"placed": bool(part.get("placed", profile.get("placed")))}
            for which, part in (("whole", profile), ("recent", profile.get("recent") or {}))
        },
        "shares": shares,
        "questionnaire": {
            "date": _round_date(questionnaire),
            "scales": {
                str(row["scale"]): [v for v in row.get("scores", {}).values()]
                for row in questionnaire.get("scales", [])
            },
        },
    }


def _round_date(questionnaire: Mapping[str, Any]) -> str | None:
    dates = [
        str(r.get("date")) for r in (questionnaire.get("rounds") or {}).values() if r.get("date")
    ]
    return max(dates) if dates else None


def _readable(snap: Mapping[str, Any]) -> bool:
    return bool(snap.get("placed")) and snap.get("safety") != "safety"


def _direction(
    before: tuple[float | None, float | None], after: tuple[float | None, float | None]
) -> str:
    if None in before or None in after:
        return "unread"
    b_low, b_high = before
    a_low, a_high = after
    assert b_low is not None and b_high is not None and a_low is not None and a_high is not None
    if a_low > b_high:
        return "up"
    if a_high < b_low:
        return "down"
    return "none"


def _extends(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    """``after`` is a longer export of the same chat than ``before``."""
    b, a = before["source"], after["source"]
    return (
        bool(b.get("first"))
        and b.get("first") == a.get("first")
        and str(a.get("last") or "") > str(b.get("last") or "")
        and int(a.get("text_messages") or 0) > int(b.get("text_messages") or 0)
    )


def _axis_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[Change]:
    which = (
        "recent"
        if before["axes"]["recent"].get("placed") and after["axes"]["recent"].get("placed")
        else "whole"
    )
    out = []
    for axis in ("depth", "surface"):
        b, a = before["axes"][which][axis], after["axes"][which][axis]
        b_ci = (b["ci"][0], b["ci"][1])
        a_ci = (a["ci"][0], a["ci"][1])
        out.append(
            Change(axis, "chat", b["value"], b_ci, a["value"], a_ci, _direction(b_ci, a_ci), which)
        )
    return out


def _share_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[Change]:
    since = _extends(before, after)
    out = []
    for figure in SHARES:
        b, a = before["shares"].get(figure), after["shares"].get(figure)
        if b is None or a is None:
            continue
        count, total = a
        if since:
            count, total = a[0] - b[0], a[1] - b[1]
        if count < 0 or total <= 0:
            out.append(
                Change(figure, "chat", None, (None, None), None, (None, None), "unread", "whole")
            )
            continue
        b_ci, a_ci = wilson(b[0], b[1]), wilson(count, total)
        out.append(
            Change(
                figure,
                "chat",
                round(b[0] / b[1], 4) if b[1] else None,
                b_ci,
                round(count / total, 4),
                a_ci,
                _direction(b_ci, a_ci),
                "since_baseline" if since else "whole",
            )
        )
    return out


def _scale_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[Change]:
    b_q, a_q = before.get("questionnaire") or {}, after.get("questionnaire") or {}
    if not b_q.get("scales") or not a_q.get("scales") or b_q.get("date") == a_q.get("date"):
        return []
    out = []
    for scale, b_scores in b_q["scales"].items():
        a_scores = a_q["scales"].get(scale)
        b_vals = [float(v) for v in b_scores if v is not None]
        a_vals = [float(v) for v in (a_scores or []) if v is not None]
        if len(b_vals) < 2 or len(a_vals) < 2:
            continue
        b_mean, a_mean = sum(b_vals) / len(b_vals), sum(a_vals) / len(a_vals)
        diff = a_mean - b_mean
        direction = "none" if abs(diff) < SCALE_CHANGE else "up" if diff > 0 else "down"
        out.append(
            Change(
                f"scale:{scale}",
                "questionnaire",
                round(b_mean, 2),
                (min(b_vals), max(b_vals)),
                round(a_mean, 2),
                (min(a_vals), max(a_vals)),
                direction,
                "round",
            )
        )
    return out


def timeline(
    report: Mapping[str, Any], baseline_last: str | None, weeks: Sequence[WeekRecord]
) -> tuple[TimelinePoint, ...]:
    """The later report's months with the baseline and the plan's weeks marked."""
    trends = report.get("trends") or {}
    months = list(trends.get("months") or [])
    series = trends.get("series") or {}
    depth = (series.get("depth") or {}).get("couple") or [None] * len(months)
    surface = (series.get("surface") or {}).get("couple") or [None] * len(months)
    marks: dict[str, list[str]] = {}
    if baseline_last:
        marks.setdefault(baseline_last[:7], []).append("baseline")
    for week in weeks:
        if week.started:
            marks.setdefault(week.started[:7], []).append(f"week:{week.week}:{week.level}")
    return tuple(
        TimelinePoint(m, depth[i], surface[i], tuple(marks.get(m, ())))
        for i, m in enumerate(months)
    )


def progress(
    baseline: Mapping[str, Any], current: Mapping[str, Any], weeks: Sequence[WeekRecord] = ()
) -> Progress:
    """Change of ``current`` (a report.json document) since ``baseline`` (a :func:`snapshot`,
    or a report.json document, which is snapshotted first)."""
    before = baseline if baseline.get("format") == SNAPSHOT_FORMAT else snapshot(baseline)
    after = snapshot(current)
    changes: list[Change] = []
    if _readable(before) and _readable(after):
        changes += _axis_changes(before, after) + _share_changes(before, after)
    changes += _scale_changes(before, after)
    baseline_at = before["source"].get("last") or before["questionnaire"].get("date")
    current_at = after["source"].get("last") or after["questionnaire"].get("date")
    return Progress(
        baseline_at,
        current_at,
        tuple(changes),
        timeline(current, before["source"].get("last"), weeks) if _readable(after) else (),
    )
