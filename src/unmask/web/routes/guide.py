"""The guide (issue 14): the couple's weekly plan, next week's plan, and each partner's own
check-ins. Thin over :mod:`unmask.guide`, as ``unmask plan`` and ``unmask checkin`` are.

The plan is built from the newest chat report this app wrote (with the questionnaire, if
reveal together added it) and kept as plan.json/plan.html in ``web-guide/<couple>`` of the
data folder (recorded, so "delete everything" removes it). A report in safety mode gives
the safety plan. A partner whose own private screening was positive sees, while unlocked
in this browser, the safety steps instead: computed for that request only, written nowhere,
and never shown to the other partner. Check-ins are sealed under the unlocked partner's
key; no URL names a partner, so only the unlocked partner's own entries are ever read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from unmask.assess import comparison_to_dict, reveal_together
from unmask.errors import UnmaskError, UsageError
from unmask.fsutil import private_mkdir
from unmask.guide.checkin import adapt, load_checkins, make_checkin, record_checkin, summarise
from unmask.guide.files import PlanFile, attach_progress, read_json, read_plan, write_plan
from unmask.guide.plan import Plan, WeekRecord, build_plan
from unmask.guide.progress import Progress, progress, snapshot
from unmask.guide.render import plan_view, progress_view
from unmask.guide.screening import screening_positive
from unmask.lang.strings import strings
from unmask.store import Unlocked
from unmask.web.render import page, t
from unmask.web.routes.analysis import reports as analysis_reports
from unmask.web.routes.common import config, field, go, instrument, open_store
from unmask.web.routes.couple import unlock_with_limit
from unmask.web.security import checked_form, session_of

#: the folder (under the data folder) holding each couple's plan
PLANS = "web-guide"
DEFAULT_COUPLE = "default"
CLOSENESS = (1, 2, 3, 4, 5)


def guide_text(lang: str, key: str, **values: Any) -> str:
    """A string of the guide's own texts (``guide.yaml``, shared with the CLI)."""
    value = strings(lang, "guide")[key]
    return (value if isinstance(value, str) else " ".join(value)).format(**values)


@dataclass(frozen=True)
class Source:
    """The chat report a plan is built from (None: there is none yet)."""

    report: dict[str, Any] | None
    info: dict[str, Any] | None


def _couple(request: Request) -> str:
    who = session_of(request).who
    return who.couple_id if who is not None else DEFAULT_COUPLE


def _folder(request: Request, couple: str) -> Path:
    return config(request).data_dir / PLANS / couple


def _source(request: Request) -> Source:
    """The newest readable chat report of this app."""
    root = config(request).reports_dir

    def written(info: dict[str, Any]) -> float:
        try:
            return (root / info["id"] / "report.json").stat().st_mtime
        except OSError:
            return 0.0

    for info in sorted(analysis_reports(request), key=written, reverse=True):  # newest first
        path = root / info["id"] / "report.json"
        try:
            return Source(read_json(path, "analyse the chat again"), info)
        except UnmaskError:  # an unreadable report is skipped
            continue
    return Source(None, None)


def _changed(baseline: dict[str, Any], report: dict[str, Any]) -> bool:
    now = snapshot(report)
    return now["source"] != baseline.get("source") or now["questionnaire"].get("date") != (
        baseline.get("questionnaire") or {}
    ).get("date")


def _progress(existing: PlanFile | None, report: dict[str, Any]) -> Progress | None:
    """Progress since the plan's baseline, when a newer analysis than it exists."""
    if existing is None or existing.baseline is None or not _changed(existing.baseline, report):
        return None
    shown = progress(existing.baseline, report, existing.weeks)
    return shown if shown.changes or shown.timeline else None


def _personal_positive(who: Unlocked | None) -> bool:
    if who is None:
        return False
    with open_store() as store:
        return screening_positive(store, who, instrument().id)


def _revealed(keys: list[Unlocked], lang: str) -> dict[str, Any] | None:
    """Both partners' questionnaire, revealed together (as ``unmask plan --couple``)."""
    if len(keys) != 2:
        return None
    inst = instrument()
    with open_store() as store:
        if any(
            not any(r.finished for r in store.rounds(k.couple_id, k.partner, inst.id)) for k in keys
        ):
            return None
        comparison = reveal_together(store, inst, keys[0], keys[1])
    return comparison_to_dict(comparison, inst, lang, plan_available=True)


def _wanted(source: Source) -> bool:
    """Whether the questionnaire adds anything (the report does not carry it already)."""
    return source.report is None or "questionnaire" not in source.report


def _secrets(form: Any, names: list[str]) -> dict[str, str]:
    out = {}
    for number, name in enumerate(names):
        value = form.get(f"passphrase_{number}")
        out[name] = value if isinstance(value, str) else ""
    return out


def _current(
    source: Source,
    existing: PlanFile | None,
    lang: str,
    personal: bool,
    questionnaire: dict[str, Any] | None = None,
) -> tuple[Plan, tuple[WeekRecord, ...], str]:
    """This week's plan (as ``unmask plan`` rebuilds it), the weeks before it, its start."""
    started = date.today().isoformat()
    history: tuple[WeekRecord, ...] = ()
    change = None
    if existing is not None and existing.weeks:
        history, change = existing.weeks[:-1], existing.weeks[-1].change
        started = existing.weeks[-1].started or started
    built = build_plan(
        source.report,
        questionnaire,
        lang=lang,
        history=history,
        change=change,
        screening_positive=personal,
    )
    return built, history, started


def _write(
    request: Request,
    couple: str,
    built: Plan,
    weeks: tuple[WeekRecord, ...],
    baseline: dict[str, Any] | None,
    shown: Progress | None,
) -> None:
    folder = _folder(request, couple)
    private_mkdir(folder.parent)
    private_mkdir(folder)
    write_plan(folder, built, weeks, baseline, shown)
    with open_store() as store:
        store.record_output(folder, "plan", couple)


def _shown(
    request: Request,
    couple: str,
    lang: str,
    who: Unlocked | None,
    questionnaire: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """This week's plan as the page shows it (week 1 is written when there is none yet)."""
    source = _source(request)
    personal = _personal_positive(who)
    folder = _folder(request, couple)
    existing = read_plan(folder) if folder.is_dir() else None
    partners = _partners(couple)
    empty = {"plan": None, "existing": existing is not None, "partners": partners}
    if source.report is None and questionnaire is None and not personal:
        return empty
    built, history, started = _current(source, existing, lang, personal, questionnaire)
    private_view = built.kind == "safety" and built.safety_reason == "screening"
    current = source.report if source.report is not None else {"questionnaire": questionnaire}
    shown = None
    if not private_view:
        shown = _progress(existing, current)
        if shown is not None and source.info is not None:  # as `unmask plan --report`
            attach_progress(config(request).reports_dir / source.info["id"], shown, lang)
        if existing is None:  # week 1 starts now; it is what next week builds on
            weeks = (built.record(started),)
            _write(request, couple, built, weeks, snapshot(current), None)
            existing = read_plan(folder)
    return {
        "plan": plan_view(built),
        "kind": built.kind,
        "week": built.week,
        "private_view": private_view,
        "source": source.info,
        "progress": progress_view(shown, lang) if shown is not None else None,
        "can_plan_next": existing is not None and not private_view,
        "partners": partners,
        "existing": existing is not None,
    }


async def guide_page(request: Request) -> Response:
    session = session_of(request)
    couple = _couple(request)
    context = await run_in_threadpool(_shown, request, couple, session.lang, session.who)
    return page(request, "guide.html", couple=couple, **context)


async def from_questionnaire(request: Request) -> Response:
    """The plan from the questionnaire alone: both partners type their passphrases; the
    plan is shown once (like reveal together) and the week is kept in plan.json."""
    form = await checked_form(request)
    session = session_of(request)
    lang = session.lang
    couple = _couple(request)
    limiter = request.app.state.limiter
    secrets = _secrets(form, _partners(couple))

    def work() -> dict[str, Any]:
        keys = [unlock_with_limit(limiter, lang, couple, n, s) for n, s in secrets.items()]
        questionnaire = _revealed(keys, lang)
        if questionnaire is None:
            raise UsageError(t(lang, "guide_questionnaire_unfinished"))
        return _shown(request, couple, lang, session.who, questionnaire)

    context = await run_in_threadpool(work)
    return page(request, "guide.html", couple=couple, **context)


def _partners(couple: str) -> list[str]:
    with open_store() as store:
        return store.partner_names(couple)


async def next_week(request: Request) -> Response:
    """Plan the following week: each partner unlocks so their own check-ins adapt it."""
    form = await checked_form(request)
    session = session_of(request)
    lang = session.lang
    couple = _couple(request)
    limiter = request.app.state.limiter
    secrets = _secrets(form, _partners(couple))

    def work() -> str:
        folder = _folder(request, couple)
        existing = read_plan(folder) if folder.is_dir() else None
        if existing is None or not existing.weeks:
            raise UsageError(t(lang, "guide_next_none"))
        keys = [unlock_with_limit(limiter, lang, couple, n, s) for n, s in secrets.items()]
        source = _source(request)
        questionnaire = _revealed(keys, lang) if _wanted(source) else None
        if source.report is None and questionnaire is None:
            raise UsageError(t(lang, "guide_next_none"))
        history = existing.weeks
        since = history[-1].started
        with open_store() as store:
            summaries = [summarise(load_checkins(store, k), since) for k in keys]
        change, why = adapt(summaries)
        built = build_plan(source.report, questionnaire, lang=lang, history=history, change=change)
        weeks = (*history, built.record(date.today().isoformat()))
        current = source.report if source.report is not None else {"questionnaire": questionnaire}
        shown = _progress(existing, current)
        _write(request, couple, built, weeks, existing.baseline, shown)
        return guide_text(lang, why)

    session.flash = await run_in_threadpool(work)
    return go("/guide")


def _own(request: Request) -> Unlocked | None:
    return session_of(request).who


async def checkin_page(request: Request) -> Response:
    who = _own(request)
    entries: list[dict[str, Any]] = []
    if who is not None:

        def load() -> list[dict[str, Any]]:
            with open_store() as store:
                mine = load_checkins(store, who)
            return [
                {
                    "day": e.day,
                    "closeness": e.closeness,
                    "feeling": e.feeling,
                    "done": e.exercise_done,
                    "note": e.note,
                }
                for e in reversed(mine)
            ]

        entries = await run_in_threadpool(load)
    positive = await run_in_threadpool(_personal_positive, who)
    return page(
        request,
        "checkin.html",
        entries=entries,
        safety=positive,
        closeness=CLOSENESS,
        couple=who.couple_id if who else DEFAULT_COUPLE,
    )


async def checkin(request: Request) -> Response:
    form = await checked_form(request)
    session = session_of(request)
    who = _own(request)
    if who is None:
        raise HTTPException(403, t(session.lang, "checkin_locked"))
    raw = field(form, "closeness")
    closeness = int(raw) if raw.isdigit() else 0
    try:
        entry = make_checkin(
            closeness,
            field(form, "feeling"),
            field(form, "done") == "yes",
            field(form, "note"),
        )
    except UsageError as error:
        session.flash = str(error)
        return go("/guide/checkin")

    def save() -> int:
        with open_store() as store:
            return len(record_checkin(store, who, entry))

    count = await run_in_threadpool(save)
    session.flash = t(session.lang, "checkin_saved", n=count)
    return go("/guide/checkin")


routes = [
    Route("/guide", guide_page),
    Route("/guide/next-week", next_week, methods=["POST"]),
    Route("/guide/questionnaire", from_questionnaire, methods=["POST"]),
    Route("/guide/checkin", checkin_page),
    Route("/guide/checkin", checkin, methods=["POST"]),
]
