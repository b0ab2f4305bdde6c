"""plan.json and plan.html beside the report, and the progress section of report.html.

Both files are written private (0600, atomically, :func:`unmask.fsutil.write_private`).
plan.json holds the weeks planned (ids of the prompts and exercises used, levels, the
adaptation each week: never a check-in), the baseline's figures (no text) and the
current plan. The progress section replaces the marker comment of report.html (or an
earlier progress section), like the questionnaire does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unmask.errors import InputError
from unmask.fsutil import write_private
from unmask.guide.plan import PLAN_FORMAT, Plan, WeekRecord
from unmask.guide.progress import Progress
from unmask.guide.render import plan_document, plan_html, progress_html

PLAN_JSON = "plan.json"
PLAN_HTML = "plan.html"
MARKER = "<!-- unmask:progress -->"
BEGIN = "<!-- unmask:progress:begin -->"
END = "<!-- unmask:progress:end -->"


@dataclass(frozen=True)
class PlanFile:
    weeks: tuple[WeekRecord, ...]
    baseline: dict[str, Any] | None
    lang: str | None


def read_json(path: Path, what: str) -> dict[str, Any]:
    """A JSON object from ``path``; anything else is a one-line :class:`InputError`."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: not found; {what}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InputError(f"{path}: not readable JSON; {what}") from None
    if not isinstance(value, dict):
        raise InputError(f"{path}: expected a JSON object; {what}")
    return value


def read_plan(folder: Path) -> PlanFile | None:
    """The plan.json in ``folder``, None when there is none."""
    path = folder / PLAN_JSON
    if not path.exists():
        return None
    raw = read_json(path, "delete it to start the plan again")
    if raw.get("format") != PLAN_FORMAT:
        raise InputError(f"{path}: format must be {PLAN_FORMAT!r}; delete it to start again")
    try:
        weeks = tuple(WeekRecord.from_dict(w) for w in raw.get("weeks", []))
    except (KeyError, TypeError, ValueError):
        raise InputError(f"{path}: weeks: each needs week, level and the ids used") from None
    baseline = raw.get("baseline")
    return PlanFile(weeks, baseline if isinstance(baseline, dict) else None, raw.get("lang"))


def write_plan(
    folder: Path,
    plan: Plan,
    weeks: tuple[WeekRecord, ...],
    baseline: dict[str, Any] | None,
    progress: Progress | None,
) -> tuple[Path, Path]:
    """Write plan.json and plan.html (0600) into ``folder``."""
    document = plan_document(plan, [w.to_dict() for w in weeks], baseline, progress)
    json_path, html_path = folder / PLAN_JSON, folder / PLAN_HTML
    write_private(json_path, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    write_private(html_path, plan_html(plan, progress).encode("utf-8"))
    return json_path, html_path


def attach_progress(folder: Path, progress: Progress, lang: str) -> bool:
    """Put the progress section into report.html; False when it has no place for it."""
    path = folder / "report.html"
    if not path.is_file():
        return False
    html = path.read_text(encoding="utf-8")
    start, end = html.find(BEGIN), html.find(END)
    if MARKER not in html and start != -1 and end > start:
        html = html[:start] + MARKER + html[end + len(END) :]
    if MARKER not in html:
        return False
    section = f"{BEGIN}{progress_html(progress, lang)}{END}"
    write_private(path, html.replace(MARKER, section, 1).encode("utf-8"))
    return True
