"""What the couple's profile says about each guide component: a *reading* per component.

A reading puts one measured figure on a common scale, **strength**: the figure divided by
a line (``value / line`` when more is closer, ``line / value`` when more is surface), so
below 1 means "below this tool's line for suggesting practice". The lines are conventions
of this tool for choosing what to practise (like the map's thresholds), not norms for
couples; docs/guide.md lists them.

Sources:

* the chat analysis (report.json): answers to disclosure that were responsive and bids
  turned toward (shares of episodes, with a Wilson 95 % interval), the depth axis (the
  last 6 months when placed, else the whole history, with its bootstrap interval), and
  the shares of appeasement and bookkeeping messages;
* the questionnaire (a comparison in report.json ``questionnaire``, or its dict): each
  scale's mean over the two partners, 1-5 mapped to 0-1 (reversed where a high score is
  surface), line 0.5; the "interval" is the two partners' scores.

Abstaining: a report that is not placed, in safety mode, or a share resting on fewer
than :data:`MIN_EPISODES` episodes gives no reading, so a component the report could not
read is never called weak.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from unmask.guide.content import COMPONENTS, SCALE_TARGETS

#: fewest episodes (disclosures answered, bids) behind a share before it is read
MIN_EPISODES = 5
#: lines for suggesting practice (conventions of this tool, docs/guide.md)
ANSWER_LINE = 0.6
APPEASEMENT_LINE = 0.08
BOOKKEEPING_LINE = 0.07
SCALE_LINE = 0.5
#: strength is capped here (a figure far above its line is simply "above")
MAX_STRENGTH = 2.0

#: questionnaire scales where a high score means more surface (reversed for strength)
SURFACE_SCALES = frozenset(
    {
        "bookkeeping",
        "appeasement",
        "duty",
        "harmony_performance",
        "attachment_anxiety",
        "attachment_avoidance",
        "motive_convenience",
    }
)


@dataclass(frozen=True)
class Evidence:
    """One figure behind a reading."""

    source: str  # "chat" or "questionnaire"
    figure: str  # e.g. "responsive_share", "depth", "scale:own_disclosure"
    value: float
    low: float | None
    high: float | None
    n: int  # episodes, messages or partners it rests on
    line: float
    higher_is_closer: bool
    strength: float
    strength_low: float | None
    strength_high: float | None
    label: str = ""  # a questionnaire scale's name in the report's language


@dataclass(frozen=True)
class Reading:
    """A guide component as the profile reads it (mean strength over its evidence)."""

    component: str
    strength: float
    low: float | None
    high: float | None
    evidence: tuple[Evidence, ...]

    @property
    def weak(self) -> bool:
        return self.strength < 1.0

    @property
    def uncertain(self) -> bool:
        """The interval straddles the line (or there is none): weak or not is unclear."""
        return self.low is None or self.high is None or self.low < 1.0 <= self.high

    @property
    def key(self) -> tuple[str, ...]:
        """The figures it rests on (two components on the same figures are one finding)."""
        return tuple(sorted(e.figure for e in self.evidence))


def _strength(value: float, line: float, higher_is_closer: bool) -> float:
    if higher_is_closer:
        return round(min(MAX_STRENGTH, value / line), 4)
    s = line / value if value > 0 else MAX_STRENGTH
    return round(min(MAX_STRENGTH, s), 4)


def _evidence(
    source: str,
    figure: str,
    value: float,
    interval: tuple[float | None, float | None],
    n: int,
    line: float,
    higher: bool,
    label: str = "",
) -> Evidence:
    low, high = interval
    s_low = s_high = None
    if low is not None and high is not None:
        a, b = _strength(low, line, higher), _strength(high, line, higher)
        s_low, s_high = min(a, b), max(a, b)
    return Evidence(
        source,
        figure,
        round(value, 4),
        low,
        high,
        n,
        line,
        higher,
        _strength(value, line, higher),
        s_low,
        s_high,
        label,
    )


def wilson(count: int, total: int, z: float = 1.96) -> tuple[float | None, float | None]:
    """The Wilson 95 % interval of a share (None, None without a denominator)."""
    if total <= 0:
        return None, None
    p = count / total
    denom = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denom
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denom
    return round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)


def chat_readable(report: Mapping[str, Any]) -> bool:
    """The report placed the couple and is not in safety mode."""
    safety = report.get("safety")
    if isinstance(safety, dict) and safety.get("mode") == "safety":
        return False
    profile = report.get("profile")
    return bool(isinstance(profile, dict) and profile.get("placed"))


def _pooled(breakdown: Mapping[str, Any], category: str) -> tuple[int, int]:
    count = sum(int(b["counts"].get(category, 0)) for b in breakdown.values())
    total = sum(int(b["total"]) for b in breakdown.values())
    return count, total


def depth_now(report: Mapping[str, Any]) -> tuple[float, float | None, float | None, str] | None:
    """The depth axis now: the last months when placed, else the whole history."""
    profile = report["profile"]
    recent = profile.get("recent") or {}
    for part, which in ((recent, "recent"), (profile, "whole")):
        if (
            part.get("placed", profile.get("placed"))
            and part.get("depth", {}).get("value") is not None
        ):
            ci = part["depth"].get("ci") or [None, None]
            return float(part["depth"]["value"]), ci[0], ci[1], which
    return None


def chat_evidence(report: Mapping[str, Any]) -> dict[str, Evidence]:
    """Guide component -> the chat figure read for it (nothing when it cannot be read)."""
    if not chat_readable(report):
        return {}
    out: dict[str, Evidence] = {}
    count, total = _pooled(report["responses"]["by_responder"], "responsive")
    if total >= MIN_EPISODES:
        out["responsiveness"] = _evidence(
            "chat",
            "responsive_share",
            count / total,
            wilson(count, total),
            total,
            ANSWER_LINE,
            True,
        )
    count, total = _pooled(report["bids"]["by_responder"], "toward")
    if total >= MIN_EPISODES:
        out["turning_toward"] = _evidence(
            "chat",
            "turn_toward_share",
            count / total,
            wilson(count, total),
            total,
            ANSWER_LINE,
            True,
        )
    depth = depth_now(report)
    if depth is not None:
        value, low, high, which = depth
        line = float(report["parameters"]["thresholds"]["depth"])
        n = (
            int(report["profile"].get("recent", {}).get("text_messages", 0))
            if which == "recent"
            else int(report["source"]["text_messages"])
        )
        out["disclosure"] = _evidence("chat", f"depth_{which}", value, (low, high), n, line, True)
    components = report.get("components", {})
    for component, figure, line in (
        ("own_preference", "appeasement", APPEASEMENT_LINE),
        ("beyond_bookkeeping", "transactional", BOOKKEEPING_LINE),
    ):
        couple = components.get(figure, {}).get("couple", {})
        value, count, total = (
            couple.get("value"),
            couple.get("count", 0),
            couple.get("denominator", 0),
        )
        if value is not None and total >= 1:
            out[component] = _evidence(
                "chat",
                figure,
                float(value),
                wilson(int(count), int(total)),
                int(total),
                line,
                False,
            )
    return out


def questionnaire_evidence(questionnaire: Mapping[str, Any] | None) -> dict[str, list[Evidence]]:
    """Guide component -> the questionnaire scales read for it (scored by both partners)."""
    if not questionnaire:
        return {}
    low_end = float(questionnaire.get("response_scale", {}).get("min", 1))
    high_end = float(questionnaire.get("response_scale", {}).get("max", 5))
    span = high_end - low_end
    by_scale: dict[str, Evidence] = {}
    for row in questionnaire.get("scales", []):
        scores = [float(v) for v in row.get("scores", {}).values() if v is not None]
        if len(scores) < 2 or span <= 0 or row.get("method", "mean") != "mean":
            continue  # a scale both partners scored (means only), else no reading
        scale = str(row["scale"])
        higher = scale not in SURFACE_SCALES
        unit = [(s - low_end) / span for s in scores]
        shown = [u if higher else 1 - u for u in unit]
        by_scale[scale] = _evidence(
            "questionnaire",
            f"scale:{scale}",
            sum(shown) / len(shown),
            (min(shown), max(shown)),
            len(scores),
            SCALE_LINE,
            True,
            str(row.get("name") or scale),
        )
    out: dict[str, list[Evidence]] = {}
    for component, scales in SCALE_TARGETS.items():
        found = [by_scale[s] for s in scales if s in by_scale]
        if found:
            out[component] = found
    return out


def read_profile(
    report: Mapping[str, Any] | None, questionnaire: Mapping[str, Any] | None = None
) -> dict[str, Reading]:
    """Every guide component that can be read, in :data:`COMPONENTS` order.

    ``questionnaire`` defaults to the report's ``questionnaire`` section.
    """
    if questionnaire is None and report is not None:
        questionnaire = report.get("questionnaire")
    chat = chat_evidence(report) if report is not None else {}
    survey = questionnaire_evidence(questionnaire)
    out: dict[str, Reading] = {}
    for component in COMPONENTS:
        evidence = ([chat[component]] if component in chat else []) + survey.get(component, [])
        if not evidence:
            continue
        strength = sum(e.strength for e in evidence) / len(evidence)
        lows = [e.strength_low for e in evidence]
        highs = [e.strength_high for e in evidence]
        low = min(x for x in lows if x is not None) if any(x is not None for x in lows) else None
        high = max(x for x in highs if x is not None) if any(x is not None for x in highs) else None
        out[component] = Reading(component, round(strength, 4), low, high, tuple(evidence))
    return out
