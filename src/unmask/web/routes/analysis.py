"""Chat analysis: upload an export (with both partners' consent), choose the two partners,
analyse in the background with progress, and read the report (the same document as
report.html, safety mode included). Thin over :func:`unmask.analyze.analyze` and
:func:`unmask.report.writer.write_report`, as ``unmask analyze`` is."""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path
from typing import Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from unmask.analyze import AnalyzeOptions, analyze
from unmask.consent import ConsentError, chat_hash, has_consent, record
from unmask.dyad.partners import sender_counts
from unmask.errors import InputError, UnmaskError
from unmask.fsutil import private_mkdir
from unmask.lang.strings import LANGUAGES
from unmask.report.i18n import strings
from unmask.report.safety_view import crisis_context, mode
from unmask.report.writer import write_report
from unmask.store import remove_output
from unmask.web.jobs import Job
from unmask.web.render import page, t
from unmask.web.routes.common import config, field, go, open_store
from unmask.web.security import REPORT_CSP, checked_form, session_of
from unmask.web.uploads import Upload

REPORT_ID = re.compile(r"^[0-9a-f]{16}$")
STAGES = ("import", "score", "dyad", "profile", "write")


def reports(request: Request) -> list[dict[str, Any]]:
    """The analyses this app wrote (newest first), with what their report.json says."""
    root = config(request).reports_dir.resolve()
    out = []
    with open_store() as store:
        records = store.outputs(kind="analyze")
    for rec in records:
        if rec.path.parent != root or not REPORT_ID.match(rec.path.name):
            continue
        try:
            report = json.loads((rec.path / "report.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        source = report.get("source", {})
        out.append(
            {
                "id": rec.path.name,
                "when": rec.recorded_at[:16].replace("T", " "),
                "file": source.get("file_name") or "",
                "names": " & ".join(str(p.get("name")) for p in report.get("partners", [])),
                "messages": source.get("messages"),
                "mode": mode(report),
            }
        )
    return sorted(out, key=lambda r: r["when"], reverse=True)


async def analyses(request: Request) -> Response:
    from unmask.ingest.registry import get_importer, importer_names

    limit = config(request).max_upload_bytes
    formats = [get_importer(name).description for name in importer_names()]
    return page(
        request,
        "analyses.html",
        reports=reports(request),
        limit_mib=limit // 2**20,
        formats=formats,
    )


async def upload(request: Request) -> Response:
    form = await checked_form(request, max_files=1, max_fields=8)
    session = session_of(request)
    file = form.get("file")
    if not isinstance(file, UploadFile) or not file.filename:
        await form.close()
        raise InputError(t(session.lang, "no_file"))
    state = request.app.state
    try:
        saved = await state.uploads.save(file, session.id, config(request).max_upload_bytes)
    finally:
        await form.close()  # the multipart spool is removed now
    try:
        digest = chat_hash(saved.path)
        if not has_consent(digest):
            if field(form, "consent") != "yes":
                raise ConsentError(t(session.lang, "consent_missing"))
            record(digest, "web")
    except UnmaskError:
        state.uploads.remove(saved)
        raise
    saved.busy = True

    def read(job: Job) -> dict[str, Any]:
        from unmask.ingest import read_table

        job.progress(stage="import")
        try:
            table = read_table(saved.path)
        except UnmaskError as error:
            raise type(error)(error.message.replace(str(saved.path), saved.display_name)) from None
        saved.senders = sender_counts(table.column("sender"))
        return {"next": f"/analyses/choose/{saved.id}"}

    def release() -> None:
        saved.busy = False
        if not saved.senders:  # nothing readable: the upload is gone at once
            state.uploads.remove(saved)

    job = state.jobs.start("read", session.id, read, release)
    return go(f"/jobs/{job.id}")


def _upload_of(request: Request) -> Upload:
    found: Upload | None = request.app.state.uploads.get(
        str(request.path_params["upload"]), session_of(request).id
    )
    if found is None or found.busy:
        raise HTTPException(404, t(session_of(request).lang, "upload_gone"))
    return found


async def choose(request: Request) -> Response:
    found = _upload_of(request)
    names = list(found.senders)
    return page(
        request,
        "choose.html",
        upload=found,
        senders=list(found.senders.items()),
        first=names[0] if names else "",
        second=names[1] if len(names) > 1 else "",
    )


async def start_analysis(request: Request) -> Response:
    form = await checked_form(request)
    found = _upload_of(request)
    session = session_of(request)
    a, b = field(form, "partner_a"), field(form, "partner_b")
    if a not in found.senders or b not in found.senders or a == b:
        session.flash = t(session.lang, "choose_two")
        return go(f"/analyses/choose/{found.id}")
    me = field(form, "me")
    me_name = me if me in (a, b) else None
    lang = field(form, "lang")
    report_lang = lang if lang in LANGUAGES else session.lang
    redact = field(form, "redact") == "yes"
    state = request.app.state
    root = config(request).reports_dir
    report_id = secrets.token_hex(8)
    model = config(request).model
    found.busy = True

    def work(job: Job) -> dict[str, Any]:
        options = AnalyzeOptions(
            model=model,
            on_stage=lambda name: job.progress(stage=name),
            on_score_progress=lambda done, total: job.progress(done=done, total=total),
        )
        try:
            analysis = analyze(found.path, partners=(a, b), me=me_name, options=options)
        except UnmaskError as error:
            raise type(error)(error.message.replace(str(found.path), found.display_name)) from None
        job.progress(stage="write")
        private_mkdir(root)
        out = root / report_id
        write_report(analysis, out, lang=report_lang, redact=redact)
        with open_store() as store:
            store.record_output(out, "analyze")
        return {"next": f"/analyses/{report_id}"}

    job = state.jobs.start("analyze", session.id, work, lambda: state.uploads.remove(found))
    return go(f"/jobs/{job.id}")


def _job(request: Request) -> Job:
    job: Job | None = request.app.state.jobs.get(
        str(request.path_params["job"]), session_of(request).id
    )
    if job is None:
        raise HTTPException(404, t(session_of(request).lang, "job_gone"))
    return job


def _job_view(job: Job, lang: str) -> dict[str, Any]:
    view = job.as_dict()
    view["label"] = t(lang, f"stage_{job.stage}") if job.stage in STAGES else t(lang, "waiting")
    view["percent"] = round(100 * job.done / job.total) if job.total else None
    view["next"] = job.result.get("next") if job.state == "done" else None
    return view


async def job_page(request: Request) -> Response:
    job = _job(request)
    if job.state == "done":
        return go(str(job.result["next"]))
    return page(request, "job.html", job=_job_view(job, session_of(request).lang))


async def job_json(request: Request) -> Response:
    job = _job(request)
    return JSONResponse(_job_view(job, session_of(request).lang))


def _report_dir(request: Request) -> Path:
    report_id = str(request.path_params["report"])
    folder = config(request).reports_dir / report_id
    if not REPORT_ID.match(report_id) or not (folder / "report.json").is_file():
        raise HTTPException(404, t(session_of(request).lang, "report_gone"))
    return folder


async def report_page(request: Request) -> Response:
    folder = _report_dir(request)
    try:
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise HTTPException(404, t(session_of(request).lang, "report_gone")) from None
    return page(
        request,
        "report.html",
        report_id=folder.name,
        safety_mode=mode(report),
        crisis=crisis_notice(report, session_of(request).lang),
        has_html=(folder / "report.html").is_file(),
    )


def crisis_notice(report: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """The crisis notice of the page's header (docs/safety.md): report.html's
    (:func:`crisis_context`), each country's emergency number written out for the page;
    None where report.json counts no message about not wanting to live (and for reports
    written before the crisis reading)."""
    rt = strings(lang)
    notice = crisis_context(report, lang, rt)
    if notice is None:
        return None
    notice["countries"] = [
        {
            "name": c.name,
            "emergency": rt("safety.emergency", number=c.emergency),
            "lines": c.crisis,
        }
        for c in notice["countries"]
    ]
    return notice


async def report_document(request: Request) -> Response:
    """report.html itself, under its own CSP (inline CSS and SVG; no script, sandboxed)."""
    folder = _report_dir(request)
    target = folder / "report.html"
    if not target.is_file():
        raise HTTPException(404, t(session_of(request).lang, "report_gone"))
    response = FileResponse(target, media_type="text/html; charset=utf-8")
    response.headers["content-security-policy"] = REPORT_CSP
    response.headers["x-frame-options"] = "SAMEORIGIN"
    return response


async def delete_report(request: Request) -> Response:
    await checked_form(request)
    folder = _report_dir(request)
    why = remove_output(folder)
    with open_store() as store:
        for rec in store.outputs():  # the analysis and a comparison added to it
            if rec.path == folder.resolve() and why is None:
                store.drop_output(rec)
    session = session_of(request)
    session.flash = t(session.lang, "report_deleted" if why is None else "report_not_deleted")
    return go("/analyses")


routes = [
    Route("/analyses", analyses),
    Route("/analyses/upload", upload, methods=["POST"]),
    Route("/analyses/choose/{upload}", choose),
    Route("/analyses/choose/{upload}", start_analysis, methods=["POST"]),
    Route("/jobs/{job}", job_page),
    Route("/jobs/{job}/status", job_json),
    Route("/analyses/{report}", report_page),
    Route("/analyses/{report}/document", report_document),
    Route("/analyses/{report}/delete", delete_report, methods=["POST"]),
]
