"""Reveal together: both partners type their passphrases on one screen, then see the
comparison (:func:`unmask.assess.reveal_together`, as ``unmask compare`` does). The
comparison is shown once and never kept in the browser session."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from unmask.assess import (
    attach_to_report,
    comparison_to_dict,
    render_html_fragment,
    reveal_together,
)
from unmask.errors import PartnerError, UnmaskError, UsageError
from unmask.web.render import guide_available, page, t
from unmask.web.routes.analysis import REPORT_ID
from unmask.web.routes.analysis import reports as analysis_reports
from unmask.web.routes.common import config, couple_id, field, instrument, open_store
from unmask.web.routes.couple import unlock_with_limit
from unmask.web.security import checked_form, session_of


def _pair(couple: str, lang: str) -> list[str]:
    with open_store() as store:
        partners = store.partners(couple, instrument().id)
    if len(partners) != 2:
        raise PartnerError(t(lang, "reveal_needs_two", n=len(partners)))
    waiting = [p.name for p in partners if p.last_finished is None]
    if waiting:
        raise UsageError(t(lang, "reveal_waiting", names=", ".join(waiting)))
    return [p.name for p in partners]


def _reports(request: Request) -> list[dict[str, Any]]:
    """The chat reports the comparison may be added to (never one in safety mode)."""
    return [r for r in analysis_reports(request) if r["mode"] != "safety"]


async def reveal_form(request: Request) -> Response:
    couple = couple_id(request)
    names = _pair(couple, session_of(request).lang)
    return page(
        request,
        "reveal.html",
        couple=couple,
        names=names,
        comparison=None,
        reports=_reports(request),
        note=None,
    )


async def reveal(request: Request) -> Response:
    form = await checked_form(request)
    couple = couple_id(request)
    lang = session_of(request).lang
    names = _pair(couple, lang)
    secrets = []
    for number in range(2):
        value = form.get(f"passphrase_{number}")
        secrets.append(value if isinstance(value, str) else "")
    limiter = request.app.state.limiter
    chosen = field(form, "report")
    target = config(request).reports_dir / chosen if REPORT_ID.match(chosen) else None
    if target is not None and chosen not in {r["id"] for r in _reports(request)}:
        target = None

    def work() -> tuple[str, str | None]:
        keys = [
            unlock_with_limit(limiter, lang, couple, name, secret)
            for name, secret in zip(names, secrets, strict=True)
        ]
        inst = instrument()
        with open_store() as store:
            comparison = reveal_together(store, inst, keys[0], keys[1])
            data = comparison_to_dict(comparison, inst, lang, plan_available=guide_available())
            if guide_available():  # the app's own page, not the CLI command
                data["talk_guide"]["exercises"] = t(lang, "reveal_plan")
            note = None
            if target is not None:  # as `unmask compare --report`
                try:
                    attach_to_report(target, data)
                    store.record_output(target, "compare", couple)
                    note = t(lang, "reveal_attached")
                except UnmaskError as error:
                    note = str(error)
        return render_html_fragment(data), note

    fragment, note = await run_in_threadpool(work)
    return page(
        request,
        "reveal.html",
        couple=couple,
        names=names,
        comparison=Markup(fragment),
        reports=[],
        note=note,
    )


routes = [
    Route("/c/{couple}/reveal", reveal_form),
    Route("/c/{couple}/reveal", reveal, methods=["POST"]),
]
