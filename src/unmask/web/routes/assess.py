"""The questionnaire, made for a person: an intro, sections of a few statements a page
with progress, going back, resuming, the private safety questions first, a short "guess
your partner" round that can be played on its own, sealing, and a new dated round later.

Every page is saved encrypted as it is sent (:func:`unmask.assess.update_sheet`, as
``unmask assess`` does), so closing the browser loses nothing.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from unmask.assess import (
    AnswerSheet,
    Instrument,
    ScreeningAnswers,
    builtin_screening,
    current_round,
    detach_from_report,
    help_text,
    private_sections,
    update_sheet,
)
from unmask.assess.answers import MAX_HOPE_CHARS
from unmask.assess.instrument import ResponseScale
from unmask.assess.privacy import section_label
from unmask.assess.screening import (
    PRIVATE_KIND,
    crisis_help_text,
    guess_country,
    points_to_crisis,
    record_id,
)
from unmask.errors import UnmaskError
from unmask.store import Store, Unlocked
from unmask.web.render import page, t
from unmask.web.routes.common import field, go, instrument, open_store, partner_url, unlocked
from unmask.web.routes.couple import unlock_with_limit
from unmask.web.security import checked_form, session_of

#: statements per page ("About you" has 72: nine short pages)
PAGE_SIZE = 8
#: the short guess round: this many statements about the partner
GUESS_ITEMS = 8


@dataclass(frozen=True)
class Step:
    kind: str  # screening, answers, predictions, domains, hopes, private
    keys: tuple[str, ...] = ()


def steps(inst: Instrument) -> list[Step]:
    out = [Step("screening")]
    for section, ids in (
        ("answers", [i.id for i in inst.items]),
        ("predictions", [i.id for i in inst.predicted_items]),
        ("domains", [d.id for d in inst.domains]),
    ):
        for start in range(0, len(ids), PAGE_SIZE):
            out.append(Step(section, tuple(ids[start : start + PAGE_SIZE])))
    if inst.max_hopes:
        out.append(Step("hopes"))
    out.append(Step("private"))
    return out


def _screening_state(store: Store, who: Unlocked, round_no: int) -> ScreeningAnswers:
    screening = builtin_screening()
    stored = store.load_private(who, PRIVATE_KIND, record_id(instrument().id, round_no))
    return ScreeningAnswers.from_bytes(stored, screening) if stored else ScreeningAnswers()


def _complete(step: Step, sheet: AnswerSheet, screened: bool) -> bool:
    if step.kind == "screening":
        return screened
    if step.kind == "hopes":
        return sheet.hopes_done
    if step.kind == "private":
        return sheet.finished
    answered = getattr(sheet, step.kind)
    return all(key in answered for key in step.keys)


def _first_open(inst: Instrument, sheet: AnswerSheet, screened: bool) -> int:
    for number, step in enumerate(steps(inst)):
        if not _complete(step, sheet, screened):
            return number
    return len(steps(inst)) - 1


def _lang_of(inst: Instrument, lang: str) -> str:
    return lang if lang in inst.languages else inst.languages[0]


async def partner_home(request: Request) -> Response:
    who = unlocked(request)
    inst = instrument()
    with open_store() as store:
        round_no, sheet = current_round(store, who, inst)
        screened = _screening_state(store, who, round_no).done
        rounds = store.rounds(who.couple_id, who.partner, inst.id)
    done, total = sheet.progress(inst)
    screens = total + len(builtin_screening().items)
    return page(
        request,
        "partner.html",
        couple=who.couple_id,
        partner=who.partner,
        base=partner_url(who.couple_id, who.partner),
        round_no=round_no,
        rounds=rounds,
        sheet=sheet,
        done=done,
        total=total,
        percent=round(100 * done / total) if total else 0,
        minutes=max(1, round(screens * 10 / 60)),
        screens=screens,
        next_step=_first_open(inst, sheet, screened),
        guess_step=_guess_start(inst),
        started=done > 0 or screened,
    )


def _guess_start(inst: Instrument) -> int:
    return next(n for n, s in enumerate(steps(inst)) if s.kind == "predictions")


def _scale_for(inst: Instrument, kind: str) -> ResponseScale:
    if kind == "domains" and inst.domain_scale is not None:
        return inst.domain_scale
    return inst.response_scale


def _labels(scale: ResponseScale, lang: str) -> list[tuple[int, str]]:
    labels = scale.labels.get(lang) or next(iter(scale.labels.values()))
    return list(zip(scale.points, labels, strict=True))


def _step_context(
    inst: Instrument, step: Step, sheet: AnswerSheet, screening: ScreeningAnswers, lang: str
) -> dict[str, Any]:
    lang_of = _lang_of(inst, lang)
    if step.kind == "screening":
        spec = builtin_screening()
        slang = lang if lang in spec.title else "en"
        scale = ResponseScale(1, spec.high, spec.labels)
        return {
            "title": spec.title[slang],
            "intro": spec.intro[slang].strip(),
            "questions": [
                {"key": i.id, "text": i.text[slang].strip(), "value": screening.answers.get(i.id)}
                for i in spec.items
            ],
            "scale": _labels(scale, slang),
        }
    if step.kind in ("answers", "predictions", "domains"):
        answered = getattr(sheet, step.kind)
        if step.kind == "domains":
            texts = {d.id: inst.text(d.text, lang_of) for d in inst.domains}
            intro = inst.text(inst.domain_prompt or {"en": ""}, lang_of)
        else:
            texts = {k: inst.text(inst.item(k).text, lang_of) for k in step.keys}
            intro = inst.text(inst.prediction_prompt, lang_of) if step.kind == "predictions" else ""
        return {
            "title": t(lang, f"section_{step.kind}"),
            "intro": intro,
            "questions": [
                {"key": k, "text": texts[k], "value": answered.get(k)} for k in step.keys
            ],
            "scale": _labels(_scale_for(inst, step.kind), lang_of),
        }
    if step.kind == "hopes":
        return {
            "title": t(lang, "section_hopes"),
            "intro": inst.text(inst.hopes_prompt or {"en": ""}, lang_of),
            "hopes": list(sheet.hopes) + [""] * (inst.max_hopes - len(sheet.hopes)),
            "max_chars": MAX_HOPE_CHARS,
        }
    return {
        "title": t(lang, "section_private"),
        "intro": t(lang, "private_intro"),
        "sections": [
            {"id": s, "label": section_label(inst, s, lang_of), "on": s in sheet.private}
            for s in private_sections(inst)
        ],
    }


def _step_number(request: Request, inst: Instrument) -> int:
    number = int(request.path_params["step"])
    if not 0 <= number < len(steps(inst)):
        raise HTTPException(404, "[E908] no such page of the questionnaire.")
    return number


async def show_step(request: Request) -> Response:
    who = unlocked(request)
    inst = instrument()
    number = _step_number(request, inst)
    base = partner_url(who.couple_id, who.partner)
    with open_store() as store:
        round_no, sheet = current_round(store, who, inst)
        screening = _screening_state(store, who, round_no)
    if sheet.finished:
        return go(base)
    step = steps(inst)[number]
    lang = session_of(request).lang
    done, total = sheet.progress(inst)
    guess = request.query_params.get("mode") == "guess"
    return page(
        request,
        "step.html",
        base=base,
        number=number,
        count=len(steps(inst)),
        step=step,
        round_no=round_no,
        done=done,
        total=total,
        percent=round(100 * done / total) if total else 0,
        guess=guess and step.kind == "predictions",
        **_step_context(inst, step, sheet, screening, lang),
    )


def _rating(form: FormData, key: str, scale: ResponseScale) -> int | None:
    raw = field(form, f"q_{key}")
    if raw.isascii() and raw.lstrip("-").isdigit() and scale.contains(int(raw)):
        return int(raw)
    return None


def _given(form: FormData, key: str) -> bool:
    return bool(field(form, f"q_{key}"))


async def save_step(request: Request) -> Response:
    form = await checked_form(request)
    who = unlocked(request)
    inst = instrument()
    number = _step_number(request, inst)
    action = field(form, "action") or "next"
    guess = field(form, "mode") == "guess"
    base = partner_url(who.couple_id, who.partner)
    step = steps(inst)[number]
    with open_store() as store:
        round_no, sheet = current_round(store, who, inst)
        if sheet.finished:
            return go(base)
        helped = _save(store, who, inst, round_no, step, form, skip_missing=action == "next")
    if helped == "crisis":
        return go(f"{base}/help?next={number + 1}&kind=crisis")
    if helped:
        return go(f"{base}/help?next={number + 1}")
    if action == "stop":
        session_of(request).flash = t(session_of(request).lang, "saved")
        return go(base)
    if action == "back":
        return go(f"{base}/step/{max(0, number - 1)}" + ("?mode=guess" if guess else ""))
    if step.kind == "private":
        session_of(request).flash = t(session_of(request).lang, "sealed", round=round_no)
        return go(base)
    following = number + 1
    if guess and (following >= len(steps(inst)) or steps(inst)[following].kind != "predictions"):
        session_of(request).flash = t(session_of(request).lang, "guess_done")
        return go(base)
    return go(f"{base}/step/{following}" + ("?mode=guess" if guess else ""))


def _save(
    store: Store,
    who: Unlocked,
    inst: Instrument,
    round_no: int,
    step: Step,
    form: FormData,
    skip_missing: bool,
) -> str | None:
    """Store what this page holds; "screening" when the safety screening just came out
    positive, "crisis" when the written answers speak of not wanting to live (help is
    shown at once for either), None otherwise."""
    if step.kind == "screening":
        spec = builtin_screening()
        scale = ResponseScale(1, spec.high, spec.labels)
        state = _screening_state(store, who, round_no)
        answers = dict(state.answers)
        for item in spec.items:
            if _given(form, item.id) or skip_missing:
                answers[item.id] = _rating(form, item.id, scale)
        done = skip_missing or state.done
        payload = ScreeningAnswers(answers, done=done).to_bytes(spec)
        store.save_private(who, PRIVATE_KIND, record_id(inst.id, round_no), payload)
        return "screening" if done and spec.is_positive(answers) else None
    if step.kind in ("answers", "predictions", "domains"):
        scale = _scale_for(inst, step.kind)
        values = {
            key: _rating(form, key, scale) for key in step.keys if _given(form, key) or skip_missing
        }

        def answer(sheet: AnswerSheet) -> AnswerSheet:
            for key, value in values.items():
                sheet = sheet.with_answer(step.kind, key, value)
            return sheet

        update_sheet(store, who, inst, round_no, answer)
    elif step.kind == "hopes":
        hopes = tuple(
            h[:MAX_HOPE_CHARS]
            for h in (field(form, f"hope_{n}") for n in range(inst.max_hopes))
            if h
        )
        update_sheet(
            store,
            who,
            inst,
            round_no,
            lambda sheet: replace(sheet, hopes=hopes, hopes_done=sheet.hopes_done or skip_missing),
        )
        if points_to_crisis(hopes):  # words about not wanting to live: help at once
            return "crisis"
    elif skip_missing:  # private: "seal" was pressed
        allowed = private_sections(inst)
        chosen = tuple(s for s in allowed if field(form, f"private_{s}") == "on")
        update_sheet(
            store, who, inst, round_no, lambda sheet: replace(sheet, private=chosen, finished=True)
        )
    return None


async def help_page(request: Request) -> Response:
    """Where to find help, shown at once after a positive safety screening."""
    who = unlocked(request)
    lang = session_of(request).lang
    spec = builtin_screening()
    slang = lang if lang in spec.positive else "en"
    following = request.query_params.get("next", "")
    base = partner_url(who.couple_id, who.partner)
    next_url = f"{base}/step/{int(following)}" if following.isdigit() else base
    if request.query_params.get("kind") == "crisis":  # the crisis lines (docs/safety.md)
        first, *lines = crisis_help_text(slang, guess_country())
        return page(
            request,
            "help.html",
            base=base,
            positive=first,
            lines=lines,
            advice="",
            next_url=next_url,
        )
    return page(
        request,
        "help.html",
        base=base,
        positive=spec.positive[slang].strip(),
        lines=help_text(slang, guess_country()),
        advice=spec.advice[slang].strip(),
        next_url=next_url,
    )


async def new_round(request: Request) -> Response:
    await checked_form(request)
    who = unlocked(request)
    inst = instrument()
    with open_store() as store:
        round_no, sheet = current_round(store, who, inst)
        if sheet.finished:
            update_sheet(store, who, inst, round_no + 1, lambda fresh: fresh)
            session_of(request).flash = t(
                session_of(request).lang, "round_started", round=round_no + 1
            )
    return go(partner_url(who.couple_id, who.partner))


async def forget_partner(request: Request) -> Response:
    """Delete this partner's key and every round of answers (their passphrase again, as
    ``unmask forget --partner``); comparisons added to report folders are taken out."""
    form = await checked_form(request)
    who = unlocked(request)
    session = session_of(request)
    base = partner_url(who.couple_id, who.partner)
    if field(form, "confirm") != "yes":
        session.flash = t(session.lang, "delete_unconfirmed")
        return go(base)
    secret = form.get("passphrase")
    limiter = request.app.state.limiter
    await run_in_threadpool(
        unlock_with_limit,
        limiter,
        session.lang,
        who.couple_id,
        who.partner,
        secret if isinstance(secret, str) else "",
    )
    with open_store() as store:
        store.forget_partner(who.couple_id, who.partner)
        for record in store.outputs(kind="compare", couple_id=who.couple_id):
            with contextlib.suppress(UnmaskError):
                detach_from_report(record.path)
                store.drop_output(record)
    session.who = None
    session.flash = t(session.lang, "partner_deleted", name=who.partner)
    return go(f"/c/{who.couple_id}")


routes = [
    Route("/c/{couple}/p/{partner}", partner_home),
    Route("/c/{couple}/p/{partner}/forget", forget_partner, methods=["POST"]),
    Route("/c/{couple}/p/{partner}/step/{step:int}", show_step),
    Route("/c/{couple}/p/{partner}/step/{step:int}", save_step, methods=["POST"]),
    Route("/c/{couple}/p/{partner}/help", help_page),
    Route("/c/{couple}/p/{partner}/round", new_round, methods=["POST"]),
]
