"""report.html in a real browser: Debian's headless Chromium, driven by Playwright.

Checks that the charts drew (SVG shapes with a non-zero bounding box), that
the page logs no console error and asks for nothing over the network, and
keeps full-page screenshots (desktop and a 390x844 phone) in test-artifacts/
for a person to look at. Without /usr/bin/chromium the tests are skipped and
the pytest summary says so (tests/conftest.py); under CI a missing browser
fails them, so a green CI run always includes them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from unmask.report.html import render_html

CHROMIUM = Path(os.environ.get("UNMASK_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CHARTS = (
    "#chart-map",
    "#chart-responses",
    "#chart-bids",
    "#chart-trend-depth",
    "#chart-trend-surface",
    "#chart-trend-responsive_share",
)

pytestmark = pytest.mark.browser


def _require_chromium() -> None:
    if not CHROMIUM.exists():
        pytest.fail(
            "Debian's chromium is needed at /usr/bin/chromium for the browser test: "
            "install it with `sudo apt-get install chromium` (`make test` does when root)."
        )


def _visit(html_path: Path, width: int, height: int, screenshot: Path) -> dict[str, Any]:
    """Open the page offline, record console errors and requests, measure charts, screenshot."""
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    requests: list[str] = []
    failed: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(
                viewport={"width": width, "height": height}, offline=True, java_script_enabled=True
            )
            page = context.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.on("requestfailed", lambda r: failed.append(r.url))
            page.goto(html_path.as_uri(), wait_until="load")
            boxes = {}
            for selector in CHARTS:
                boxes[selector] = page.eval_on_selector_all(
                    f"{selector} svg.chart rect, {selector} svg.chart path, "
                    f"{selector} svg.chart circle",
                    "els => els.map(e => { const b = e.getBBox(); "
                    "const r = e.getBoundingClientRect(); "
                    "return [b.width, b.height, r.width, r.height]; })",
                )
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    return {
        "errors": errors,
        "requests": requests,
        "failed": failed,
        "boxes": boxes,
        "overflow": overflow,
        "page_uri": html_path.as_uri(),
    }


@pytest.mark.parametrize(
    ("width", "height", "name"), [(1200, 900, "report.png"), (390, 844, "report-phone.png")]
)
def test_report_renders_in_chromium(
    report_en: dict[str, Any], tmp_path: Path, width: int, height: int, name: str
) -> None:
    _require_chromium()
    html_path = tmp_path / "report.html"
    html_path.write_text(render_html(report_en, "en"), encoding="utf-8")
    result = _visit(html_path, width, height, ARTIFACTS / name)
    assert result["errors"] == []
    assert result["failed"] == []
    assert result["requests"] == [result["page_uri"]]  # the page itself, nothing else
    for selector, boxes in result["boxes"].items():
        drawn = [b for b in boxes if b[2] > 0 and b[3] > 0 and max(b[0], b[1]) > 0]
        assert len(drawn) >= 3, f"{selector} drew {len(drawn)} shapes"
    assert result["overflow"] <= 0, "the page scrolls sideways"
    assert (ARTIFACTS / name).stat().st_size > 10_000


def test_unplaced_chinese_report_renders_in_chromium(
    report_zh: dict[str, Any], report_unplaced: dict[str, Any], tmp_path: Path
) -> None:
    _require_chromium()
    for report, lang, name in (
        (report_zh, "zh", "report-zh.png"),
        (report_unplaced, "en", "report-unplaced.png"),
    ):
        html_path = tmp_path / f"{name}.html"
        html_path.write_text(render_html(report, lang), encoding="utf-8")
        result = _visit(html_path, 1200, 900, ARTIFACTS / name)
        assert result["errors"] == [] and result["failed"] == []
        assert result["requests"] == [result["page_uri"]]
        assert len(result["boxes"]["#chart-map"]) >= 4  # the regions, at least
