"""Home, the first-run page (what happens to your data), language, delete everything."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from unmask.lang.strings import LANGUAGES
from unmask.store import Store, remove_output
from unmask.web.render import page, t
from unmask.web.routes.common import COUPLE_ID, config, field, go, open_store
from unmask.web.security import checked_form, session_of


async def home(request: Request) -> Response:
    with open_store() as store:
        couples = store.couples()
        path = store.path
    return page(
        request,
        "home.html",
        couples=couples,
        first_run=not couples,
        db_path=str(path),
        data_dir=str(config(request).data_dir),
    )


async def about(request: Request) -> Response:
    with open_store() as store:
        path = store.path
    return page(request, "about.html", db_path=str(path), data_dir=str(config(request).data_dir))


async def set_lang(request: Request) -> Response:
    form = await checked_form(request)
    lang = field(form, "lang")
    if lang in LANGUAGES:
        session_of(request).lang = lang
    back = field(form, "next")
    local = back.startswith("/") and not back.startswith(("//", "/\\")) and "\\" not in back
    return go(back if local else "/")


async def open_couple(request: Request) -> Response:
    form = await checked_form(request)
    name = field(form, "couple") or "default"
    if not COUPLE_ID.match(name):
        session_of(request).flash = t(session_of(request).lang, "couple_invalid")
        return go("/")
    return go(f"/c/{name}")


async def delete_page(request: Request) -> Response:
    return page(request, "delete.html")


def _remove_outputs(store: Store) -> list[str]:
    """Remove every report folder unmask recorded (as ``unmask forget --all`` does)."""
    failed: dict[Path, str] = {}
    for record in store.outputs():
        why = failed.get(record.path) if record.path in failed else remove_output(record.path)
        if why is None:
            store.drop_output(record)
        else:
            failed[record.path] = why
    return [f"{path} ({why})" for path, why in failed.items()]


async def delete_everything(request: Request) -> Response:
    form = await checked_form(request)
    if field(form, "confirm") != "yes":
        session_of(request).flash = t(session_of(request).lang, "delete_unconfirmed")
        return go("/delete")
    lang = session_of(request).lang
    with open_store() as store:
        store.forget_all()
        failed = _remove_outputs(store)
    state = request.app.state
    state.uploads.purge_all()
    state.jobs.clear()
    state.sessions.clear()  # every unlocked key is dropped, this browser's too
    return page(request, "deleted.html", failed=failed, lang_after=lang)


routes = [
    Route("/", home),
    Route("/about", about),
    Route("/lang", set_lang, methods=["POST"]),
    Route("/couples", open_couple, methods=["POST"]),
    Route("/delete", delete_page),
    Route("/delete", delete_everything, methods=["POST"]),
]
