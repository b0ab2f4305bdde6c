"""A plan and a progress comparison as JSON-able data, terminal text and HTML.

All three render the same :func:`plan_view` / :func:`progress_view` values, so the
terminal, plan.json and plan.html never disagree. No logic about what to practise here.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from rich.console import Console
from rich.markup import escape

from unmask.guide import content as guide_content
from unmask.guide.plan import PLAN_FORMAT, Plan
from unmask.guide.progress import Change, Progress
from unmask.helplines import help_for
from unmask.lang.strings import strings


def _t(lang: str, key: str, **values: Any) -> str:
    value = strings(lang, "guide")[key]
    text = value if isinstance(value, str) else " ".join(value)
    return text.format(**values)


@cache
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("unmask.guide", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def help_lines(lang: str) -> list[str]:
    """Where help is (the one bundled list), plain lines."""
    h = help_for(lang)
    lines = []
    for country in h.countries:
        lines.append(f"{country.name}: {country.emergency}")
        lines.extend(f"  {line}" for line in country.lines)
    lines.append(h.elsewhere.strip())
    return lines


def plan_view(plan: Plan) -> dict[str, Any]:
    """Every text of the plan page, in the plan's language."""
    lang = plan.lang
    level = guide_content.levels(lang)[plan.level - 1]
    practice = plan.kind == "practice"
    title = _t(lang, "plan.title", week=plan.week)
    if plan.kind == "safety":
        title = f"{title}: {_t(lang, 'plan.kind.safety')}"
    sources = ", ".join(_t(lang, f"plan.source.{s}") for s in plan.sources) or _t(
        lang, "plan.source.none"
    )
    counsellor = None
    if plan.counsellor:
        page = guide_content.counsellor_page(lang)
        counsellor = {
            "title": page.title,
            "intro": page.intro,
            "signs": list(page.signs),
            "finding": list(page.finding),
            "safety": page.safety,
            "closing": page.closing,
        }
    safety_steps = None
    if plan.kind == "safety":
        steps = guide_content.safety_steps(lang)
        safety_steps = {
            "title": steps.title,
            "intro": steps.intro,
            "steps": [{"id": s.id, "title": s.title, "text": s.text} for s in steps.steps],
            "closing": steps.closing,
        }
    return {
        "title": title,
        "disclaimer": _t(lang, "plan.disclaimer"),
        "notes": list(plan.notes),
        # a safety plan has no ladder: its exercises are done alone
        "level_title": _t(lang, "plan.level", level=plan.level, name=level.name)
        if practice
        else "",
        "level_description": level.description if practice else "",
        "level_reason": plan.level_reason if practice else "",
        "pass_note": level.pass_note if practice else "",
        "focus_title": _t(lang, "plan.focus"),
        "focus": [
            {
                "component": f.component,
                "name": _t(lang, f"component.{f.component}"),
                "reason": f.reason,
            }
            for f in plan.focus
        ],
        "prompts_title": _t(lang, "plan.prompts"),
        "prompts_intro": _t(lang, "plan.prompts_intro"),
        "follow_up": _t(lang, "plan.follow_up"),
        "prompts": [
            {
                "id": p.prompt.id,
                "level": p.prompt.level,
                "component": p.prompt.component,
                "text": p.prompt.text,
                "follow_up": p.prompt.follow_up,
                "reason": p.reason,
            }
            for p in plan.prompts
        ],
        "exercises_title": _t(lang, "plan.exercises"),
        "notice_title": _t(lang, "plan.notice"),
        "exercises": [
            {
                "id": e.exercise.id,
                "component": e.exercise.component,
                "title": e.exercise.title,
                "purpose": e.exercise.purpose,
                "steps": list(e.exercise.steps),
                "minutes": _t(
                    lang,
                    "plan.minutes",
                    minutes=e.exercise.minutes,
                    frequency=_t(lang, f"plan.frequency.{e.exercise.frequency}"),
                ),
                "notice": list(e.exercise.notice),
                "asks_disclosure_to_partner": e.exercise.asks_disclosure_to_partner,
                "reason": e.reason,
            }
            for e in plan.exercises
        ],
        "safety_steps": safety_steps,
        "counsellor": counsellor,
        "help_title": _t(lang, "plan.help"),
        "help": help_lines(lang) if plan.kind == "safety" else [],
        "sources": _t(lang, "plan.sources", sources=sources),
        "checkin_hint": _t(lang, "plan.checkin_hint") if plan.kind == "practice" else "",
    }


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as plan.json's ``current`` (ids, levels, reasons and the texts shown)."""
    return {
        "kind": plan.kind,
        "lang": plan.lang,
        "week": plan.week,
        "level": plan.level,
        "change": plan.change,
        "safety_reason": plan.safety_reason,
        "readings": {
            c: {"strength": r.strength, "interval": [r.low, r.high], "uncertain": r.uncertain}
            for c, r in plan.readings.items()
        },
        "view": plan_view(plan),
    }


def plan_document(
    plan: Plan,
    weeks: list[dict[str, Any]],
    baseline: dict[str, Any] | None,
    progress: Progress | None,
) -> dict[str, Any]:
    """plan.json: the format, the weeks planned so far, the baseline, the current plan."""
    return {
        "format": PLAN_FORMAT,
        "format_version": 1,
        "lang": plan.lang,
        "weeks": weeks,
        "baseline": baseline,
        "current": plan_to_dict(plan),
        "progress": progress.to_dict() if progress is not None else None,
    }


def render_terminal(plan: Plan, console: Console) -> None:
    """The plan as a short terminal text (what plan.html shows, without the long pages)."""
    d = plan_view(plan)
    console.print(f"[bold]{escape(d['title'])}[/bold]")
    console.print(escape(d["disclaimer"]))
    for note in d["notes"]:
        console.print(f"! {escape(note)}")
    if d["level_title"]:
        console.print(f"\n[bold]{escape(d['level_title'])}[/bold] - {escape(d['level_reason'])}")
    console.print(f"\n[bold]{escape(d['focus_title'])}[/bold]")
    for f in d["focus"]:
        console.print(f"- {escape(f['name'])}: {escape(f['reason'])}")
    if d["prompts"]:
        console.print(f"\n[bold]{escape(d['prompts_title'])}[/bold] {escape(d['prompts_intro'])}")
        for i, p in enumerate(d["prompts"], start=1):
            console.print(f"{i}. {escape(p['text'])}  [dim]({escape(p['reason'])})[/dim]")
    if d["exercises"]:
        console.print(f"\n[bold]{escape(d['exercises_title'])}[/bold]")
        for e in d["exercises"]:
            console.print(f"- {escape(e['title'])} ({escape(e['minutes'])}): {escape(e['reason'])}")
    if d["safety_steps"]:
        console.print(f"\n[bold]{escape(d['safety_steps']['title'])}[/bold]")
        for s in d["safety_steps"]["steps"]:
            console.print(f"- {escape(s['title'])}")
    if d["help"]:
        console.print(f"\n[bold]{escape(d['help_title'])}[/bold]")
        for line in d["help"]:
            console.print(escape(line))
    if d["counsellor"]:
        console.print(
            f"\n[bold]{escape(d['counsellor']['title'])}[/bold] {escape(d['counsellor']['intro'])}"
        )
    console.print(f"\n{escape(d['sources'])}")
    if d["checkin_hint"]:
        console.print(escape(d["checkin_hint"]))


def _figure(lang: str, change: Change) -> str:
    if change.figure.startswith("scale:"):
        return _t(lang, "progress.figure.scale", scale=change.figure.removeprefix("scale:"))
    return _t(lang, f"progress.figure.{change.figure}")


def _value(change: Change, value: float | None, ci: tuple[float | None, float | None]) -> str:
    if value is None:
        return "-"
    if change.source == "questionnaire":
        return f"{value:.2f} ({ci[0]:.1f}-{ci[1]:.1f})" if None not in ci else f"{value:.2f}"
    if None in ci:
        return f"{value:.2f}"
    return f"{value:.2f} [{ci[0]:.2f}-{ci[1]:.2f}]"


def progress_view(progress: Progress, lang: str) -> dict[str, Any]:
    marks_text = []
    for point in progress.timeline:
        words = []
        for mark in point.marks:
            if mark == "baseline":
                words.append(_t(lang, "progress.baseline_mark"))
            else:
                _, week, level = mark.split(":")
                words.append(_t(lang, "progress.week", week=week, level=level))
        marks_text.append(", ".join(words))
    return {
        "title": _t(lang, "progress.title"),
        "intro": _t(
            lang,
            "progress.intro",
            baseline=(progress.baseline or "?")[:10],
            current=(progress.current or "?")[:10],
        ),
        "before": _t(lang, "progress.before"),
        "after": _t(lang, "progress.after"),
        "changes": [
            {
                "label": _figure(lang, c),
                "before": _value(c, c.before, c.before_ci),
                "after": _value(c, c.after, c.after_ci),
                "verdict": _t(
                    lang, f"progress.{'unread' if c.direction == 'unread' else c.direction}"
                ),
            }
            for c in progress.changes
        ],
        "timeline_title": _t(lang, "progress.timeline"),
        "timeline": [
            {
                "month": p.month,
                "depth": "-" if p.depth is None else f"{p.depth:.2f}",
                "marks": marks_text[i],
            }
            for i, p in enumerate(progress.timeline)
        ],
    }


def progress_html(progress: Progress, lang: str) -> str:
    """The progress section (for plan.html and report.html)."""
    return _env().get_template("progress.html.j2").render(p=progress_view(progress, lang))


def render_progress_terminal(progress: Progress, lang: str, console: Console) -> None:
    v = progress_view(progress, lang)
    console.print(f"\n[bold]{escape(v['title'])}[/bold] {escape(v['intro'])}")
    for c in v["changes"]:
        change = f"{c['before']} -> {c['after']}: {c['verdict']}"
        console.print(f"- {escape(c['label'])}: {escape(change)}")


def plan_html(plan: Plan, progress: Progress | None = None) -> str:
    """plan.html: self-contained, opens offline (no scripts, no links)."""
    from markupsafe import Markup

    section = Markup(progress_html(progress, plan.lang)) if progress is not None else ""
    return (
        _env()
        .get_template("plan.html.j2")
        .render(lang=plan.lang, d=plan_view(plan), progress=section)
    )
