"""The couple space: two partners, each with their own passphrase; unlock and lock."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from unmask.errors import AuthError
from unmask.store import Unlocked
from unmask.store.crypto import passphrase_problem
from unmask.web.render import page, t
from unmask.web.routes.common import couple_id, field, go, instrument, open_store, partner_url
from unmask.web.security import checked_form, session_of
from unmask.web.state import RateLimit

#: a comparison uses exactly two partners
MAX_PARTNERS = 2


async def space(request: Request) -> Response:
    couple = couple_id(request)
    with open_store() as store:
        partners = store.partners(couple, instrument().id)
    both_done = len(partners) == MAX_PARTNERS and all(p.last_finished for p in partners)
    return page(
        request,
        "couple.html",
        couple=couple,
        partners=partners,
        can_add=len(partners) < MAX_PARTNERS,
        both_done=both_done,
    )


def unlock_with_limit(
    limiter: RateLimit, lang: str, couple: str, name: str, secret: str
) -> Unlocked:
    """``Store.unlock`` behind the rate limit on failed attempts (per partner)."""
    key = (couple, name)
    wait = limiter.wait_s(key)
    if wait > 0:
        raise TooManyAttempts(t(lang, "too_many", minutes=max(1, round(wait / 60))))
    with open_store() as store:
        try:
            who = store.unlock(couple, name, secret)
        except AuthError:
            limiter.failed(key)
            raise
    limiter.succeeded(key)
    return who


class TooManyAttempts(AuthError):
    code = "E907"


async def unlock(request: Request) -> Response:
    form = await checked_form(request)
    couple = couple_id(request)
    session = session_of(request)
    name = field(form, "partner")
    secret = form.get("passphrase")
    secret = secret if isinstance(secret, str) else ""
    limiter = request.app.state.limiter
    who = await run_in_threadpool(unlock_with_limit, limiter, session.lang, couple, name, secret)
    session.who = who
    return go(partner_url(couple, who.partner))


async def add_partner(request: Request) -> Response:
    form = await checked_form(request)
    couple = couple_id(request)
    session = session_of(request)
    name = field(form, "partner")
    secret = form.get("passphrase")
    again = form.get("repeat")
    secret = secret if isinstance(secret, str) else ""
    problem = None
    with open_store() as store:
        existing = store.partner_names(couple)
    if not name or len(name) > 60 or "/" in name or not name.isprintable():
        problem = t(session.lang, "name_invalid")
    elif name in existing:
        problem = t(session.lang, "name_taken", name=name)
    elif len(existing) >= MAX_PARTNERS:
        problem = t(session.lang, "third_partner")
    else:
        problem = passphrase_problem(secret, (name, couple))
        if problem is not None:
            problem = t(session.lang, "weak", problem=problem)
        elif secret != again:
            problem = t(session.lang, "mismatch")
    if problem is not None:
        session.flash = problem
        return go(f"/c/{couple}")

    def create() -> Unlocked:
        with open_store() as store:
            return store.create_partner(couple, name, secret)

    session.who = await run_in_threadpool(create)
    return go(partner_url(couple, name))


async def lock(request: Request) -> Response:
    await checked_form(request)
    session = session_of(request)
    couple = session.who.couple_id if session.who else None
    session.who = None
    return go(f"/c/{couple}" if couple else "/")


routes = [
    Route("/c/{couple}", space),
    Route("/c/{couple}/unlock", unlock, methods=["POST"]),
    Route("/c/{couple}/partners", add_partner, methods=["POST"]),
    Route("/lock", lock, methods=["POST"]),
]
