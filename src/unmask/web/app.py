"""The app factory: middleware in order (host check outermost), routes by area, errors."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from unmask.errors import AuthError, PartnerError, UnmaskError
from unmask.fsutil import private_mkdir
from unmask.web.config import LOOPBACK_HOSTS, WebConfig
from unmask.web.jobs import Jobs
from unmask.web.render import page
from unmask.web.routes import analysis, assess, couple, guide, home, reveal
from unmask.web.security import BodyLimit, HostCheck, SecurityHeaders, SessionCookies
from unmask.web.state import Clock, RateLimit, Sessions
from unmask.web.uploads import Uploads

#: room for the form fields around an upload
FORM_SLACK = 64 * 1024


def _status(error: UnmaskError) -> int:
    if error.code == "E907":  # too many passphrase attempts
        return 429
    if isinstance(error, AuthError):
        return 403
    if isinstance(error, PartnerError):
        return 404
    return 400


async def _unmask_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, UnmaskError)
    return page(request, "error.html", status=_status(error), message=str(error))


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if "session" not in request.scope.get("state", {}):
        return Response(str(error.detail), status_code=error.status_code)
    return page(request, "error.html", status=error.status_code, message=str(error.detail))


async def _internal_error(request: Request, error: Exception) -> Response:
    # never the details: they could hold message text
    return Response(
        f"[E900] internal error ({type(error).__name__}); details are hidden because they "
        "could contain your messages.",
        status_code=500,
    )


def create_app(config: WebConfig | None = None, clock: Clock | None = None) -> Starlette:
    """The web app over the store and data folder ``config`` names."""
    config = config or WebConfig()
    sessions = Sessions(config.unlock_idle_s, clock) if clock else Sessions(config.unlock_idle_s)
    limiter = (
        RateLimit(config.max_attempts, config.attempt_window_s, clock)
        if clock
        else RateLimit(config.max_attempts, config.attempt_window_s)
    )
    uploads = Uploads(config.uploads_dir)
    jobs = Jobs(config.workers)
    allowed = frozenset(h.lower().strip("[]") for h in config.allowed_hosts | LOOPBACK_HOSTS)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        private_mkdir(config.data_dir)
        uploads.purge_all()
        try:
            yield
        finally:
            jobs.shutdown()
            uploads.purge_all()
            sessions.clear()

    routes = [
        *home.routes,
        *couple.routes,
        *assess.routes,
        *reveal.routes,
        *analysis.routes,
        *guide.routes,
        Mount("/static", StaticFiles(packages=[("unmask.web", "static")]), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(HostCheck, allowed=allowed),
            Middleware(SecurityHeaders),
            Middleware(BodyLimit, limit=config.max_upload_bytes + FORM_SLACK),
            Middleware(SessionCookies, sessions=sessions),
        ],
        exception_handlers={
            UnmaskError: _unmask_error,
            HTTPException: _http_error,
            Exception: _internal_error,
        },
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.sessions = sessions
    app.state.limiter = limiter
    app.state.uploads = uploads
    app.state.jobs = jobs
    app.state.allowed_hosts = allowed
    return app
