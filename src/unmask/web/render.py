"""Pages: the Jinja2 templates under ``web/templates`` and the strings of ``web.yaml``."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from unmask.lang.strings import LANGUAGES, strings
from unmask.web.security import session_of


def t(lang: str, key: str, **values: Any) -> str:
    """One web string in ``lang`` (placeholders filled with str.format)."""
    value = strings(lang, "web")[key]
    text = value if isinstance(value, str) else "\n".join(value)
    return text.format(**values) if values else text


def paragraphs(lang: str, key: str) -> tuple[str, ...]:
    value = strings(lang, "web")[key]
    return (value,) if isinstance(value, str) else value


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("unmask.web", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def guide_available() -> bool:
    """Whether :mod:`unmask.guide` offers a plan yet (issue 14); the nav entry waits for it."""
    import unmask.guide

    return callable(getattr(unmask.guide, "build_plan", None))


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    session = session_of(request)
    lang = session.lang
    flash, session.flash = session.flash, None
    html = (
        environment()
        .get_template(template)
        .render(
            t=lambda key, **values: t(lang, key, **values),
            paragraphs=lambda key: paragraphs(lang, key),
            lang=lang,
            languages=LANGUAGES,
            csrf=session.csrf,
            who=session.who,
            flash=flash,
            path=request.url.path,
            guide=guide_available(),
            **context,
        )
    )
    return HTMLResponse(html, status_code=status)
