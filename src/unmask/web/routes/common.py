"""Helpers the route modules share: the store, the instrument, redirects, guards."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from urllib.parse import quote

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse

from unmask.assess import Instrument, builtin_instrument
from unmask.store import Store, Unlocked
from unmask.web.config import WebConfig
from unmask.web.security import session_of

#: couple ids the app creates and accepts in URLs
COUPLE_ID = re.compile(r"^[\w\-]{1,40}$")


@contextmanager
def open_store() -> Iterator[Store]:
    """The CLI's store (``$UNMASK_DB``, else unmask.db in the data folder)."""
    with Store(None) as store:
        yield store


@cache
def instrument() -> Instrument:
    return builtin_instrument()


def config(request: Request) -> WebConfig:
    value: WebConfig = request.app.state.config
    return value


def go(url: str) -> RedirectResponse:
    """After a POST: see the next page with GET."""
    return RedirectResponse(url, status_code=303)


def couple_id(request: Request) -> str:
    value = str(request.path_params["couple"])
    if not COUPLE_ID.match(value):
        raise HTTPException(404, "[E905] no such couple space.")
    return value


def unlocked(request: Request) -> Unlocked:
    """The partner named in the URL, if this browser session unlocked them; else 403.

    One partner's session never reaches another partner's answers, predictions or
    progress: the key in the session is the only way to them.
    """
    couple = couple_id(request)
    partner = str(request.path_params["partner"])
    who = session_of(request).who
    if who is None or who.couple_id != couple or who.partner != partner:
        raise HTTPException(
            403,
            "[E906] this page belongs to a partner who has not unlocked it in this browser; "
            "open your couple space and type your own passphrase.",
        )
    return who


def partner_url(couple: str, partner: str, rest: str = "") -> str:
    """The URL of a partner's page (the name quoted: it may hold spaces)."""
    return f"/c/{quote(couple, safe='')}/p/{quote(partner, safe='')}{rest}"


def field(form: object, name: str) -> str:
    """A text field of a form ("" when missing or not text)."""
    value = form.get(name) if hasattr(form, "get") else None
    return value.strip() if isinstance(value, str) else ""
