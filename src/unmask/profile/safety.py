"""report.json ``safety``: what the safety reading counted, and the report's safety mode.

:func:`safety_section` turns :class:`~unmask.dyad.safety.SafetyReading` into the
``safety`` key (counts per partner and signal, the rules that hold, a few examples with
their evidence spans). :func:`apply_safety_mode` then takes out of the document every
figure that reads as a score of the relationship: the position and region, the surface
and depth series, the statements ("what is going well" included) and their quoted
examples. The counts of the other sections stay as data; the page and the terminal
summary show none of them (docs/safety.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

import numpy as np

from unmask.dyad import crisis as crisis_rules
from unmask.dyad import safety as rules
from unmask.dyad.safety import SafetyReading
from unmask.report.types import (
    Axis,
    Crisis,
    Report,
    Safety,
    SafetyByPartnerValue,
    SafetyExamplesItem,
    SafetyExamplesItemSpansItem,
)
from unmask.signals.safety_care import SIGNAL as DAILY_SIGNAL
from unmask.signals.safety_care import is_care_checkin
from unmask.signals.types import SAFETY_SIGNALS

if TYPE_CHECKING:
    from unmask.analyze import Analysis

KEYS: tuple[Literal["a"], Literal["b"]] = ("a", "b")
#: examples kept in report.json (the page shows them only inside a closed <details>)
MAX_EXAMPLES = 8
MAX_EXAMPLE_CHARS = 280
#: statement kinds kept in safety mode (what cannot be told stays true)
KEPT_KINDS = ("limit",)


def parameters() -> dict[str, float]:
    """The documented levels of :mod:`unmask.dyad.safety`, recorded with every report."""
    return {
        "fear_with_control": rules.FEAR_WITH_CONTROL,
        "control_with_fear": rules.CONTROL_WITH_FEAR,
        "fear_days": rules.FEAR_DAYS,
        "control_days": rules.CONTROL_DAYS,
        "window_days": rules.WINDOW_DAYS,
        "control_kinds": rules.CONTROL_KINDS,
        "severe": rules.SEVERE,
        "severe_days": rules.SEVERE_DAYS,
        "cycle_hours": rules.CYCLE_HOURS,
        "weak_control": rules.WEAK_CONTROL,
        "weak_control_en": rules.WEAK_CONTROL_EN,
        "weak_control_zh": rules.WEAK_CONTROL_ZH,
        "weak_days": rules.WEAK_DAYS,
        "weak_counted_days": rules.WEAK_COUNTED_DAYS,
        "weak_only_days": rules.WEAK_ONLY_DAYS,
    }


def _partner(p: rules.PartnerSafety) -> SafetyByPartnerValue:
    return {
        "signals": {name.removeprefix("safety."): n for name, n in p.by_signal.items()},
        "control": p.control,
        "control_days": p.control_days,
        "control_kinds": p.control_kinds,
        "severe_days": p.severe_days,
        "fear": p.fear,
        "fear_days": p.fear_days,
        "cycles": p.cycles,
    }


def _examples(
    a: Analysis, reading: SafetyReading, transform: Callable[[str], str] | None
) -> list[SafetyExamplesItem]:
    from unmask.signals import score_texts

    picked = reading.messages
    if len(picked) > MAX_EXAMPLES:
        picked = picked[np.linspace(0, len(picked) - 1, MAX_EXAMPLES).round().astype(np.int64)]
    rows = [int(a.cols.row[i]) for i in picked]
    texts = [str(a.table.column("text")[r].as_py()) for r in rows]
    scored = score_texts(texts, model=False) if texts else None
    out: list[SafetyExamplesItem] = []
    for k, i in enumerate(picked):
        row = rows[k]
        signals = sorted(n for n in SAFETY_SIGNALS if bool(a.cols.flags[n][i]))
        text = texts[k]
        spans: list[SafetyExamplesItemSpansItem] = []
        if transform is None and scored is not None:
            for name in signals:
                for ev in scored.evidence[k].get(name, []):
                    if ev.end <= MAX_EXAMPLE_CHARS:
                        spans.append({"signal": name, "start": ev.start, "end": ev.end})
        else:
            # spans point into the real text: a redacted report shows the redacted text only
            text = transform(text) if transform is not None else text
        if len(text) > MAX_EXAMPLE_CHARS:
            text = text[: MAX_EXAMPLE_CHARS - 1] + "…"
        item: SafetyExamplesItem = {
            "timestamp": str(a.table.column("timestamp")[row].as_py()),
            "sender": KEYS[int(a.cols.who[i])],
            "text": text,
            "signals": signals,
            "spans": spans,
        }
        # signals only the trained safety reader found: it reads the message as a whole,
        # so no words can be marked for them (the page says so beside the example)
        unmarked = [n for n in signals if scored is None or not scored.evidence[k].get(n)]
        # a care check-in counted as monitoring because it is asked every day (dyad.safety,
        # count_daily_checkins): the routine, not the model, made it count
        routine = [
            n
            for n in unmarked
            if n == DAILY_SIGNAL
            and scored is not None
            and is_care_checkin(texts[k], scored.lang[k])
        ]
        by_model = [n for n in unmarked if n not in routine]
        if by_model:
            item["by_model"] = by_model
        if routine:
            item["by_routine"] = routine
        out.append(item)
    return out


def safety_section(a: Analysis, transform: Callable[[str], str] | None = None) -> Safety:
    """report.json ``safety`` (see docs/report-json.md)."""
    reading = a.safety
    if reading is None:
        reading = SafetyReading("none", (_empty(), _empty()))
    return {
        "mode": reading.mode,
        "reasons": list(reading.reasons),
        "messages": int(len(reading.messages)),
        "laughing_set_aside": reading.laughing_set_aside,
        "by_partner": {KEYS[w]: _partner(reading.partners[w]) for w in (0, 1)},
        "parameters": parameters(),
        "examples": _examples(a, reading, transform) if reading.mode != "none" else [],
    }


def _empty() -> rules.PartnerSafety:
    return rules.PartnerSafety({n: 0 for n in SAFETY_SIGNALS}, 0, 0, 0, 0, 0, 0, 0, 0)


def _blank_axis(axis: Axis) -> None:
    axis["value"] = None
    axis["ci"] = [None, None]
    for c in axis["components"]:
        c["value"] = None


def apply_safety_mode(report: Report) -> None:
    """Take every score of the relationship out of ``report`` (in place)."""
    profile = report["profile"]
    profile["placed"] = False
    profile["region"] = None
    profile["region_probabilities"] = {}
    _blank_axis(profile["surface"])
    _blank_axis(profile["depth"])
    for p in profile["by_partner"].values():
        p["surface"] = p["depth"] = None
    recent = profile["recent"]
    recent["placed"] = False
    recent["region"] = None
    recent["region_probabilities"] = {}
    for axis in ("surface", "depth"):
        recent[axis] = {"value": None, "ci": [None, None]}
    for sid in ("depth", "surface"):
        series = report["trends"]["series"].get(sid)
        if series is not None:
            series["couple"] = [None] * len(series["couple"])
            series["by_partner"] = {k: [None] * len(v) for k, v in series["by_partner"].items()}
            series["slope_per_year"] = {"value": None, "ci": [None, None]}
            series["change_points"] = []
            series["direction"] = "unclear"
    report["statements"] = [s for s in report["statements"] if s["kind"] in KEPT_KINDS]
    report["examples"] = {}


def crisis_section(a: Analysis) -> Crisis:
    """report.json ``crisis``: messages about not wanting to live, counted per partner
    (docs/safety.md, Crisis notice); no text, no examples."""
    reading = a.crisis or crisis_rules.CrisisReading((0, 0))
    return {
        "messages": reading.messages,
        "by_partner": {"a": reading.by_partner[0], "b": reading.by_partner[1]},
        "laughing_set_aside": reading.laughing_set_aside,
        "versions": crisis_rules.versions(),
    }
