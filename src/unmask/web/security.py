"""The app's security layers (pure ASGI middleware) and the CSRF-checked form reader.

- :class:`HostCheck`: the Host header must name this app (loopback, or the host given
  with ``--host ... --allow-remote``): a DNS-rebinding page cannot talk to it.
- :class:`BodyLimit`: a request body larger than the upload limit is refused (413) while
  it streams, before it is all read.
- :class:`SessionCookies`: the server-side session (:mod:`unmask.web.state`) behind an
  HttpOnly, SameSite=Strict cookie.
- :class:`SecurityHeaders`: a strict Content-Security-Policy (``default-src 'self'``, no
  external source, no inline script), no caching, no referrer, no framing.
- :func:`checked_form`: every POST handler reads its form through it; it refuses a
  missing or wrong CSRF token and a cross-origin ``Origin`` (403).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from unmask.web.state import Session, Sessions

COOKIE = "unmask_session"
#: the policy of every page of the app
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
    "frame-src 'self'"
)
#: the policy of the embedded report document (report.html: inline CSS and SVG, no script)
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox"
)
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


def host_name(value: str) -> str:
    """The name part of a Host header value ("[::1]:8765" -> "::1", "a:80" -> "a")."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class HostCheck:
    """Refuse requests whose Host header is not one of ``allowed`` (DNS rebinding)."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(h.lower().strip("[]") for h in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = _header(scope, b"host")
            if host is None or host_name(host) not in self.allowed:
                await _plain(
                    send,
                    400,
                    "[E901] this address is not the unmask app's; open the link "
                    "that `unmask serve` printed.",
                )
                return
        await self.app(scope, receive, send)


class BodyLimit:
    """Refuse request bodies above ``limit`` bytes (413), counting while they stream."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _plain(send, 413, too_large(self.limit))
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413, too_large(self.limit))
            return message

        await self.app(scope, counted, send)


def too_large(limit: int) -> str:
    return (
        f"[E902] the upload is larger than this app accepts ({limit // (1024 * 1024)} MiB); "
        "export the chat without media, or use `unmask analyze` in a terminal."
    )


class SessionCookies:
    """Attach the browser's :class:`Session` to ``scope["state"]["session"]``."""

    def __init__(self, app: ASGIApp, sessions: Sessions) -> None:
        self.app = app
        self.sessions = sessions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cookie = SimpleCookie()
        raw = _header(scope, b"cookie")
        if raw:
            try:
                cookie.load(raw)
            except Exception:  # noqa: BLE001 - a malformed cookie is a new session
                cookie = SimpleCookie()
        morsel = cookie.get(COOKIE)
        session = self.sessions.get(morsel.value if morsel else None)
        fresh = session is None
        if session is None:
            session = self.sessions.new()
        scope.setdefault("state", {})["session"] = session

        async def with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and fresh:
                value = f"{COOKIE}={session.id}; Path=/; HttpOnly; SameSite=Strict"
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"set-cookie", value.encode())]
            await send(message)

        await self.app(scope, receive, with_cookie)


class SecurityHeaders:
    """Add the CSP and the other headers to every response (a page may set its own CSP)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {key.lower() for key, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                    headers.append((b"x-frame-options", b"DENY"))
                headers += [h for h in HEADERS if h[0] not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def session_of(request: Request) -> Session:
    session: Session = request.scope["state"]["session"]
    return session


def _same_origin(request: Request, allowed: frozenset[str]) -> bool:
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return host_name(urlsplit(origin).netloc) in allowed


async def checked_form(request: Request, **limits: Any) -> FormData:
    """The request's form, after the CSRF token and the Origin are checked (else 403)."""
    allowed: frozenset[str] = request.app.state.allowed_hosts
    if not _same_origin(request, allowed):
        raise HTTPException(403, "[E903] a request from another site was refused.")
    form = await request.form(**limits)
    token = form.get("csrf")
    expected = session_of(request).csrf
    if not isinstance(token, str) or not secrets.compare_digest(token, expected):
        await form.close()
        raise HTTPException(
            403,
            "[E904] this form has expired or did not come from this app; go back, "
            "reload the page and try again.",
        )
    return form
