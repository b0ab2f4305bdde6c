"""report.json ``safety`` -> the values of the safety page and of the notice (no HTML here)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from unmask.helplines import Help, help_for
from unmask.report.i18n import Strings
from unmask.report.types import Report, SafetyExamplesItemSpansItem
from unmask.report.view import Scrubber, names_of
from unmask.signals.types import SAFETY_SIGNALS

KEYS = ("a", "b")


def mode(report: Report) -> str:
    """ "none", "notice" or "safety" ("none" for reports written before safety mode)."""
    safety = report.get("safety")
    return str(safety["mode"]) if isinstance(safety, dict) else "none"


def _parts(text: str, spans: list[SafetyExamplesItemSpansItem]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, marked) at the evidence spans (overlaps merged)."""
    marks: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        start, end = int(s["start"]), min(int(s["end"]), len(text))
        if start >= end:
            continue
        if marks and start <= marks[-1][1]:
            marks[-1] = (marks[-1][0], max(marks[-1][1], end))
        else:
            marks.append((start, end))
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in marks:
        if start > at:
            out.append((text[at:start], False))
        out.append((text[start:end], True))
        at = end
    if at < len(text):
        out.append((text[at:], False))
    return out


def _reason(t: Strings, code: str, names: dict[str, str]) -> str:
    """A rule that held, in words: "fear_with_control:b" names b as the sender of control."""
    rule, _, key = code.partition(":")
    other = "a" if key == "b" else "b"
    return t(f"safety.reason.{rule}", name=names.get(key, key), other=names.get(other, other))


def safety_context(report: Report, lang: str, t: Strings) -> dict[str, Any]:
    """Everything safety.html.j2 needs."""
    safety = report["safety"]
    names = names_of(report)
    scrub = Scrubber(report)
    by = safety["by_partner"]
    rows = []
    for signal in SAFETY_SIGNALS:
        short = signal.removeprefix("safety.")
        rows.append(
            {
                "label": t(f"safety.signal.{short}"),
                "a": t.count(by["a"]["signals"].get(short, 0)),
                "b": t.count(by["b"]["signals"].get(short, 0)),
            }
        )
    examples = []
    for e in safety["examples"]:
        text = scrub(e["text"])
        spans = e["spans"] if text == e["text"] else []
        examples.append(
            {
                "when": e["timestamp"][:16].replace("T", " "),
                "who": names[e["sender"]],
                "parts": _parts(text, spans),
                "by_model": bool(e.get("by_model")),
                "by_routine": bool(e.get("by_routine")),
            }
        )
    source = report["source"]
    params = safety["parameters"]
    return {
        "lang": lang,
        "t": t,
        "names": names,
        "redacted": bool(report["parameters"].get("redacted")),
        "first": (source["first"] or "")[:10],
        "last": (source["last"] or "")[:10],
        "months": source["months"],
        "messages": safety["messages"],
        "rows": rows,
        "cycles": t(
            "safety.cycles",
            hours=f"{params.get('cycle_hours', 0):g}",
            a=names["a"],
            b=names["b"],
            ca=t.count(by["a"]["cycles"]),
            cb=t.count(by["b"]["cycles"]),
        ),
        "laughing": (
            t("safety.laughing", n=t.count(safety["laughing_set_aside"]))
            if safety["laughing_set_aside"]
            else ""
        ),
        "examples": examples,
        "help": help_for(lang),
        "reasons": "; ".join(_reason(t, r, names) for r in safety["reasons"]),
        "versions": report["versions"],
    }


def standing_context(report: Report, lang: str, t: Strings) -> dict[str, Any] | None:
    """The line every report without a safety reading carries (mode "none"): the safety
    signals miss most ways of writing control (docs/validity.md, Safety), so finding none
    is no all-clear, and help is one click away. None in notice and safety mode."""
    if mode(report) != "none":
        return None
    return {"text": t("safety.standing"), "help": help_for(lang)}


def notice_context(report: Report, lang: str, t: Strings) -> dict[str, Any] | None:
    """The notice of a report that stays as it is (mode "notice"); None otherwise."""
    if mode(report) != "notice":
        return None
    return {
        "text": t("safety.notice", n=t.count(report["safety"]["messages"])),
        "help": help_for(lang),
    }


def crisis_help(report: Mapping[str, Any], lang: str) -> Help | None:
    """Where help is, for the crisis notice (docs/safety.md): None where the report counted
    no message about not wanting to live (and for reports written before the crisis
    reading). The one check of the report page, the terminal summary and the web app."""
    crisis = report.get("crisis")
    if not isinstance(crisis, dict) or not crisis.get("messages"):
        return None
    return help_for(lang)


def crisis_context(report: Mapping[str, Any], lang: str, t: Strings) -> dict[str, Any] | None:
    """The crisis notice (docs/safety.md): some messages speak of not wanting to live or of
    self-harm; the suicide and crisis lines. None where no such message was counted (and
    for reports written before the crisis reading). Names no one and quotes nothing."""
    help_ = crisis_help(report, lang)
    if help_ is None:
        return None
    return {
        "text": t("crisis.notice"),
        "now": t("crisis.now"),
        "countries": list(help_.crisis_countries),
        "elsewhere": help_.crisis_elsewhere,
        "checked": t("safety.checked", date=help_.checked),
    }
