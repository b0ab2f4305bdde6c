"""The web app in a real browser: Debian's headless Chromium, driven by Playwright, against
the app served by uvicorn on loopback (as ``unmask serve`` does).

Two partners go from the first-run page to the revealed comparison, and a sample chat is
uploaded, analysed (with the progress page's script polling) and read. Every page is
checked for console errors (a CSP violation is one), for requests leaving loopback, for
sideways scrolling on a phone-sized screen and with axe-core (vendored on PyPI by
axe-playwright-python, run offline) for accessibility violations; screenshots of each
page are kept in test-artifacts/web/ (and pytest's tmp path) for a person to look at. Without
/usr/bin/chromium the tests are skipped (tests/conftest.py); under CI they fail instead.
"""

from __future__ import annotations

import os
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from unmask.samples import sample_path
from unmask.web import WebConfig, create_app

from .helpers import PASSPHRASES

CHROMIUM = Path(os.environ.get("UNMASK_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(private_data_dir: Path) -> Iterator[str]:
    """The app on a free loopback port in a thread; its URL."""
    import uvicorn

    if not CHROMIUM.exists():
        pytest.fail(
            "Debian's chromium is needed at /usr/bin/chromium for the browser test: "
            "install it with `sudo apt-get install chromium` (`make test` does when root)."
        )
    port = _free_port()
    app = create_app(WebConfig(data_dir=private_data_dir, model=False))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, access_log=False, log_level="error")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    ready = threading.Event()
    for _ in range(200):
        if instance.started:
            ready.set()
            break
        threading.Event().wait(0.05)
    assert ready.is_set(), "the app did not start"
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=30)


class Visit:
    """One browser page with its console errors and requests, and screenshots."""

    def __init__(self, page: Any, base: str, shots: Path) -> None:
        self.page = page
        self.base = base
        self.shots = shots
        self.errors: list[str] = []
        self.hosts: set[str] = set()
        self.violations: dict[str, list[str]] = {}
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.hosts.add(urlsplit(r.url).hostname or ""))
        page.on("response", lambda r: self.errors.append(r.url) if r.status == 404 else None)

    def axe(self) -> list[str]:
        """axe-core's violations on this page (axe.min.js vendored by axe-playwright-python)."""
        from axe_playwright_python.sync_playwright import Axe

        results = Axe().run(self.page)
        return [
            f"{v['id']} ({v['impact']}): {len(v['nodes'])} nodes"
            for v in results.response["violations"]
        ]

    def shot(self, name: str) -> None:
        self.violations[name] = self.axe()
        for folder in (self.shots, ARTIFACTS):
            folder.mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(folder / f"{name}.png"), full_page=True)

    def overflow(self) -> int:
        return int(
            self.page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
        )


def _answer_everything(v: Visit, name: str, shoot: bool) -> None:
    """Answer page by page with the keyboard-reachable controls a person uses."""
    page = v.page
    page.get_by_role("link", name="Begin").click()
    pages = 0
    while "/step/" in page.url:
        questions = page.locator("fieldset.question")
        for number in range(questions.count()):
            # the lowest choice on the safety questions ("no"), the middle one elsewhere
            choice = 0 if "/step/0" in page.url else 2
            questions.nth(number).locator("input[type=radio]").nth(choice).check()
        for hope in range(page.locator("input[name^=hope_]").count()):
            page.locator(f"#hope-{hope}").fill(f"{name} hopes for a quiet year together")
        if shoot and pages in (0, 1):
            v.shot(f"step-{pages}")
            assert v.overflow() <= 0, f"page {pages} scrolls sideways"
        page.get_by_role("button", name="Seal my answers").or_(
            page.get_by_role("button", name="Save and continue")
        ).click()
        pages += 1
    assert pages == 17
    assert "is finished and sealed" in page.content()


def test_two_partners_from_first_run_to_reveal_and_an_analysed_chat(
    server: str, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(viewport=PHONE)
            v = Visit(context.new_page(), server, tmp_path)
            page = v.page
            page.goto(server + "/")
            assert "what happens to your data" in page.content()
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.className") == "skip"
            v.shot("first-run")
            page.get_by_role("button", name="Open").click()
            page.wait_for_load_state()
            assert page.url.endswith("/c/default"), page.content()[-1500:]
            v.shot("couple-space")
            for name in ("Alex", "Mei"):
                page.get_by_label("Your name or pseudonym").fill(name)
                page.get_by_label("Your passphrase (at least 8 characters)").fill(PASSPHRASES[name])
                page.get_by_label("The passphrase again").fill(PASSPHRASES[name])
                page.get_by_role("button", name="Add me and start").click()
                if name == "Alex":
                    v.shot("partner-intro")
                _answer_everything(v, name, shoot=name == "Alex")
                page.get_by_role("button", name=f"Lock {name}'s answers").click()
            page.get_by_role("link", name="Reveal together").click()
            page.get_by_label("Passphrase of Alex").fill(PASSPHRASES["Alex"])
            page.get_by_label("Passphrase of Mei").fill(PASSPHRASES["Mei"])
            page.get_by_role("button", name="Reveal together").click()
            assert page.locator("#questionnaire").is_visible()
            assert "How well Alex knows Mei" in page.content()
            v.shot("revealed")

            page.set_viewport_size({"width": 1200, "height": 900})
            page.goto(server + "/analyses")
            page.get_by_label("The chat export").set_input_files(str(sample_path("close_en")))
            page.get_by_label("Both of us agree to this chat being analysed").check()
            v.shot("upload")
            page.get_by_role("button", name="Upload and read").click()
            page.wait_for_url("**/analyses/choose/**", timeout=120_000)  # the script polled
            v.shot("choose")
            page.get_by_role("button", name="Analyse").click()
            page.wait_for_url(re.compile(r"/analyses/[0-9a-f]{16}$"), timeout=180_000)
            frame = page.frame_locator("iframe.report")
            frame.locator("#chart-map svg").wait_for(timeout=30_000)
            assert frame.locator("#chart-map svg path").count() >= 3
            v.shot("report")

            page.set_viewport_size(PHONE)
            page.get_by_role("link", name="Guide and check-ins").click()
            assert "practice plan, week 1" in page.content()
            v.shot("guide")
            assert v.overflow() <= 0
            page.goto(server + "/c/default")
            page.get_by_label("Passphrase of Alex").fill(PASSPHRASES["Alex"])
            page.get_by_role("button", name="I am Alex").click()
            page.goto(server + "/guide/checkin")
            page.get_by_label("4 Close", exact=True).check()
            page.get_by_label("One feeling you noticed (a word or a few)").fill("hopeful")
            page.get_by_label("I did this week's exercise").check()
            v.shot("checkin")
            page.get_by_role("button", name="Save my check-in").click()
            assert "1 check-ins so far" in page.content()
            assert v.overflow() <= 0
            assert v.errors == []
            assert v.hosts == {"127.0.0.1"}
            assert {k: found for k, found in v.violations.items() if found} == {}
        finally:
            browser.close()
