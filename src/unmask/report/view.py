"""report.json -> the plain values the HTML template shows (no HTML here).

Keeping this apart from the template keeps the template declarative and
lets tests check the content (what is said, which examples back it) without
parsing HTML. Nothing is computed that report.json does not hold, except
formatting and the choice of the next step (:mod:`unmask.report.steps`).

Redaction is honoured twice: report.json already holds redacted examples and
placeholder names when ``parameters.redacted`` is true, and this module then
also leaves out the file name and the sender list, and replaces the raw
sender names wherever they still appear in a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from unmask.report.i18n import LocaleError, Strings
from unmask.report.steps import choose_focus
from unmask.report.types import Breakdown, LatencyByResponderValue, Report, StatementsItem

KEYS = ("a", "b")
#: the breakdown of a partner who answered nothing
EMPTY_BREAKDOWN: Breakdown = {"total": 0, "counts": {}, "shares": {}}
#: trend charts shown, in this order (others stay in report.json)
TREND_ORDER: tuple[str, ...] = (
    "depth",
    "surface",
    "disclosure",
    "responsive_share",
    "turn_toward_share",
    "affection",
    "inner_question",
    "surface_share",
    "transactional",
    "logistics",
    "appeasement",
    "dismissal",
)
SECTION_OF_KIND = {
    "strength": "strengths",
    "gap": "gaps",
    "difference": "differences",
    "trend": "trends",
    "position": "position",
    "limit": "limits",
    "everyday": "everyday",
}
#: statement kinds shown without a judgement (no strength/gap colour)
NEUTRAL_KINDS = ("everyday",)


@dataclass(frozen=True)
class Example:
    when: str
    who: str
    text: str
    answer_who: str | None = None
    answer_text: str | None = None
    answer_label: str | None = None


@dataclass(frozen=True)
class Statement:
    id: str
    kind: str
    text: str
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class Sections:
    """Statements by section, in report order."""

    by_section: dict[str, list[Statement]] = field(default_factory=dict)

    def get(self, name: str) -> list[Statement]:
        return self.by_section.get(name, [])


class Scrubber:
    """Replaces raw sender names in redacted reports (belt and braces over report.json)."""

    def __init__(self, report: Report) -> None:
        self.pattern: re.Pattern[str] | None = None
        if not report["parameters"].get("redacted"):
            return
        names = {s["name"] for s in report["source"].get("senders", [])}
        variants = {n for n in names if n.strip()}
        variants |= {part for n in names for part in n.split() if len(part) >= 2}
        shown = {p["name"] for p in report["partners"]}
        variants -= shown
        if variants:
            # word-bounded for Latin names ("Sam" must not hit "same"); Han names anywhere
            alternation = "|".join(
                rf"(?<!\w){re.escape(v)}(?!\w)" if v.isascii() else re.escape(v)
                for v in sorted(variants, key=len, reverse=True)
            )
            self.pattern = re.compile(alternation, re.IGNORECASE)

    def __call__(self, text: str) -> str:
        return self.pattern.sub("[name]", text) if self.pattern is not None else text


def names_of(report: Report) -> dict[str, str]:
    return {p["key"]: p["name"] for p in report["partners"]}


def short_marks(report: Report) -> dict[str, str]:
    """One-letter markers for the map: initials, or A/B when redacted or equal."""
    names = names_of(report)
    if report["parameters"].get("redacted"):
        return {"a": "A", "b": "B"}
    marks = {k: (names[k].strip()[:1] or k).upper() for k in KEYS}
    return marks if marks["a"] != marks["b"] else {"a": "A", "b": "B"}


def _examples(
    report: Report, statement: StatementsItem, t: Strings, scrub: Scrubber
) -> tuple[Example, ...]:
    key = statement.get("examples")
    if not key:
        return ()
    names = names_of(report)
    # per-partner statements name per-responder keys (response.flat.a: a's answers), so
    # the examples are exactly the episodes the statement counts
    picked = report["examples"].get(key, [])
    out = []
    for e in picked:
        answer = e.get("answer")
        out.append(
            Example(
                when=e["timestamp"][:16].replace("T", " "),
                who=names[e["sender"]],
                text=scrub(e["text"]),
                answer_who=names[answer["sender"]] if answer else None,
                answer_text=scrub(answer["text"]) if answer else None,
                answer_label=_category_label(t, key, answer.get("category")) if answer else None,
            )
        )
    return tuple(out)


def _category_label(t: Strings, key: str, category: str | None) -> str | None:
    if not category:
        return None
    prefix = "bid" if key.startswith("bid.") else "response"
    return t(f"{prefix}.{category}")


def sections(report: Report, t: Strings, scrub: Scrubber) -> Sections:
    """report.json statements grouped by the section that shows them."""
    out = Sections()
    limits_shown = {c["text"] for c in report["limits"]["cannot_tell"]}
    for s in report["statements"]:
        name = SECTION_OF_KIND.get(s["kind"], "differences")
        if name == "limits" and s["text"] in limits_shown:
            continue
        kind = "neutral" if s["kind"] in NEUTRAL_KINDS else s["kind"]
        entry = Statement(s["id"], kind, scrub(s["text"]), _examples(report, s, t, scrub))
        out.by_section.setdefault(name, []).append(entry)
    return out


def fmt_value(t: Strings, value: float | None, unit: str) -> str:
    return t.percent(value) if unit == "share" else t.number(value)


def fmt_slope(t: Strings, value: float | None, unit: str) -> str:
    """A signed slope; one that rounds to zero is written 0, never "-0"."""
    if value is None:
        return "–"
    shown = f"{100 * value:+.0f}" if unit == "share" else f"{value:+.1f}"
    if float(shown) == 0:
        shown = "0"
    return t("unit.points", value=shown) if unit == "share" else shown


def component_rows(report: Report, t: Strings) -> list[dict[str, Any]]:
    """One row per component: label, unit and per-partner/couple value with count/denominator."""
    rows = []
    for cid, c in report["components"].items():
        cells = []
        for figure in (c["by_partner"].get("a"), c["by_partner"].get("b"), c["couple"]):
            if figure is None:
                cells.append({"value": "–", "basis": ""})
                continue
            cells.append(
                {
                    "value": fmt_value(t, figure["value"], c["unit"]),
                    "basis": f"{figure['count']:,} / {figure['denominator']:,}",
                }
            )
        rows.append(
            {"id": cid, "label": c["label"], "unit": t(f"unit.{c['unit']}"), "cells": cells}
        )
    return rows


def rhythm_rows(report: Report, t: Strings) -> list[dict[str, str]]:
    """Reply times, conversations started and bookkeeping started, per partner."""
    rows = []
    names = names_of(report)
    for k in KEYS:
        lat = report["latency"]["by_responder"].get(k)
        init = report["initiations"]["by_partner"].get(k, {"count": 0, "share": None})
        book = report["bookkeeping"]["by_partner"].get(k, {"started": 0})

        def latency(kind: str, lat: LatencyByResponderValue | None = lat) -> str:
            q = (lat["disclosure"] if kind == "disclosure" else lat["logistics"]) if lat else None
            if not q or not q["n"]:
                return t("latency.none")
            return t("latency.value", median=t.minutes(q["median_minutes"]), n=f"{q['n']:,}")

        rows.append(
            {
                "name": names[k],
                "disclosure": latency("disclosure"),
                "logistics": latency("logistics"),
                "started": f"{init['count']:,} ({t.percent(init['share'])})",
                "bookkeeping": f"{book['started']:,}",
            }
        )
    return rows


def next_step(report: Report, t: Strings) -> dict[str, Any]:
    focus = choose_focus(report)
    reason = t(
        focus.reason,
        share=t.percent(focus.share),
        n=f"{focus.n:,}",
        direction=t(f"trend.direction.{focus.direction}"),
    )
    return {
        "id": focus.id,
        "title": t(f"next.focus.{focus.id}"),
        "why": t("next.why", reason=reason),
    }


def minimums_text(report: Report, t: Strings) -> str:
    parts = []
    for key, value in report["parameters"]["minimums"].items():
        try:
            parts.append(t(f"minimum.{key}", n=f"{value:g}"))
        except LocaleError:  # a minimum added later without a label: show it plainly
            parts.append(f"{key} {value:g}")
    return "; ".join(parts)
