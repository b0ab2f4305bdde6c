"""What the web tests do the way a person's browser would."""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import quote

import httpx
from starlette.testclient import TestClient

BASE = "http://127.0.0.1:8765"
PASSPHRASES = {"Alex": "blue river lamp", "Mei": "quiet paper moon"}


class Clock:
    """A clock the test moves (the rate limit and idle lock read it; no real waiting)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def csrf(client: TestClient, url: str = "/") -> str:
    """The form token of this browser session, read from a page as a form would send it."""
    page = client.get(url)
    match = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert match, page.text[:500]
    return match.group(1)


def partner_url(name: str, rest: str = "", couple: str = "default") -> str:
    return f"/c/{couple}/p/{quote(name, safe='')}{rest}"


def add_partner(client: TestClient, name: str, couple: str = "default") -> httpx.Response:
    secret = PASSPHRASES.get(name, "green window stone")
    return client.post(
        f"/c/{couple}/partners",
        data={"csrf": csrf(client), "partner": name, "passphrase": secret, "repeat": secret},
    )


def unlock(client: TestClient, name: str, secret: str | None = None) -> httpx.Response:
    return client.post(
        "/c/default/unlock",
        data={
            "csrf": csrf(client),
            "partner": name,
            "passphrase": PASSPHRASES[name] if secret is None else secret,
        },
    )


def radios(page: str) -> list[tuple[str, list[str]]]:
    """The questions of a questionnaire page: (field name, the values offered)."""
    names = list(dict.fromkeys(re.findall(r'type="radio" name="(q_[^"]+)"', page)))
    return [(n, re.findall(rf'name="{re.escape(n)}" value="(-?\d+)"', page)) for n in names]


def answer_page(
    client: TestClient, name: str, step: int, pick: int = 2, mode: str = ""
) -> httpx.Response:
    """Answer every question of one page with the ``pick``-th offered value; send it."""
    url = partner_url(name, f"/step/{step}") + (f"?mode={mode}" if mode else "")
    page = client.get(url)
    assert page.status_code == 200, page.text[:300]
    data = {"csrf": csrf(client, url), "action": "next"}
    for field, values in radios(page.text):
        data[field] = values[min(pick, len(values) - 1)]
    for hope in re.findall(r'name="(hope_\d+)"', page.text):
        data[hope] = f"a long walk together {hope}"
    if mode:
        data["mode"] = mode
    return client.post(url, data=data)


def finish(client: TestClient, name: str, pick: int = 2, screening_pick: int = 0) -> int:
    """Answer the whole questionnaire page by page (the screening with ``screening_pick``)."""
    step = 0
    pages = 0
    while True:
        response = answer_page(client, name, step, screening_pick if step == 0 else pick)
        pages += 1
        assert response.status_code == 200, response.text[:300]
        target = str(response.url)
        if "/step/" not in target:
            return pages
        step = int(target.rsplit("/step/", 1)[1].split("?")[0])


def wait_job(client: TestClient, response: httpx.Response, limit_s: float = 120) -> httpx.Response:
    """Follow a job page until it redirects away (or fails); bounded, not a timing test."""
    deadline = time.monotonic() + limit_s
    while "/jobs/" in str(response.url) and time.monotonic() < deadline:
        if 'role="alert"' in response.text and "job-error" not in response.text:
            return response  # failed: the page shows the error
        time.sleep(0.2)
        response = client.get(str(response.url))
    return response


def upload(
    client: TestClient,
    path: Path,
    consent: bool = True,
    name: str | None = None,
    follow: bool = True,
) -> httpx.Response:
    """Send a chat file as the upload form does; ``follow=False`` returns the form's own
    answer (the redirect to the job), which does not depend on how fast the job runs."""
    data = {"csrf": csrf(client, "/analyses")}
    if consent:
        data["consent"] = "yes"
    with path.open("rb") as handle:
        return client.post(
            "/analyses/upload",
            data=data,
            files={"file": (name or path.name, handle, "application/octet-stream")},
            follow_redirects=follow,
        )


def analyse(client: TestClient, path: Path, a: str, b: str, lang: str = "en") -> httpx.Response:
    """Upload, choose the partners, wait: the report page's response."""
    chosen = wait_job(client, upload(client, path))
    assert "/analyses/choose/" in str(chosen.url), chosen.text[:500]
    started = client.post(
        str(chosen.url),
        data={"csrf": csrf(client), "partner_a": a, "partner_b": b, "lang": lang},
    )
    return wait_job(client, started)


def preselected(page: str) -> list[str]:
    """The two partners the choose page offers first (selected in its two lists)."""
    out = []
    for key in ("partner_a", "partner_b"):
        block = page.split(f'<select id="{key}"', 1)[1].split("</select>", 1)[0]
        found = re.search(r'<option value="([^"]+)" selected>', block)
        assert found, key
        out.append(found.group(1))
    return out
