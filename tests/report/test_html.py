"""report.html: offline and URL-free, every chart drawn, the content honest, redaction kept."""

from __future__ import annotations

import copy
import re
from typing import Any

from markupsafe import escape

from unmask.report.html import QUESTIONNAIRE_MARKER, render_html

#: what the report must never contain: a scheme URL, a protocol-relative //host, a CSS
#: resource, an import, a script, an external stylesheet or an SVG namespace URL
FORBIDDEN = {
    "scheme://": re.compile(r"[a-z][a-z0-9+.\-]*://", re.IGNORECASE),
    "//host": re.compile(r"(?<![:/\w*])//[a-z0-9\-]+(?:\.[a-z0-9\-]+)+", re.IGNORECASE),
    "url(": re.compile(r"url\s*\(", re.IGNORECASE),
    "@import": re.compile(r"@import", re.IGNORECASE),
    "script": re.compile(r"<script", re.IGNORECASE),
    "link tag": re.compile(r"<link\b", re.IGNORECASE),
    "xmlns": re.compile(r"xmlns(:\w+)?\s*=", re.IGNORECASE),
    "www.": re.compile(r"\bwww\.[a-z0-9\-]+\.", re.IGNORECASE),
}
ATTRIBUTE_REF = re.compile(
    r"\b(?:href|src|srcset|action|poster|data)\s*=\s*\"([^\"]*)\"", re.IGNORECASE
)


def assert_offline(page: str) -> None:
    for name, pattern in FORBIDDEN.items():
        match = pattern.search(page)
        assert match is None, (
            f"{name} found: {page[max(0, match.start() - 60) : match.end() + 60]!r}"
        )
    for ref in ATTRIBUTE_REF.findall(page):
        assert ref.startswith("#"), f"a reference that is not an in-page anchor: {ref!r}"


def shown(text: str) -> str:
    """How a plain text appears in the page source (escaped, slashes encoded)."""
    return str(escape(text)).replace("/", "&#47;")


def section(page: str, element_id: str) -> str:
    """The source of the element with ``id`` up to the end of its figure/section."""
    start = page.index(f'id="{element_id}"')
    end_tag = (
        "</figure>"
        if page.rfind("<figure", 0, start) > page.rfind("<section", 0, start)
        else "</section>"
    )
    return page[start : page.index(end_tag, start)]


def test_sample_report_has_no_external_url(report_en: dict[str, Any]) -> None:
    assert_offline(render_html(report_en, "en"))


def test_links_and_names_from_the_chat_cannot_become_urls(report_en: dict[str, Any]) -> None:
    report = copy.deepcopy(report_en)
    link = "see https://example.org/a?b=1 and //cdn.example.com/x.js"
    key = next(
        s["examples"] for s in report["statements"] if s.get("examples", "").startswith("response.")
    )
    report["examples"][key][0]["text"] = link
    report["partners"][0]["name"] = "Ben <script>"
    page = render_html(report, "en")
    assert_offline(page)
    assert shown(link) in page  # still shown to the reader, as text
    assert "Ben &lt;script&gt;" in page


def test_unplaced_and_chinese_reports_have_no_external_url(
    report_unplaced: dict[str, Any], report_zh: dict[str, Any]
) -> None:
    assert_offline(render_html(report_unplaced, "en"))
    assert_offline(render_html(report_zh, "zh"))


def test_every_chart_section_has_real_svg(report_en: dict[str, Any]) -> None:
    page = render_html(report_en, "en")
    chart_map = section(page, "chart-map")
    assert "<svg" in chart_map and 'viewBox="' in chart_map
    assert chart_map.count('class="region ') == 4
    assert 'class="position"' in chart_map and 'class="interval"' in chart_map
    assert 'class="position-recent"' in chart_map  # the last months beside the whole history
    assert chart_map.count('class="partner-marker"') == 2
    for bars, categories in (
        ("chart-responses", ("responsive", "deflecting")),
        ("chart-bids", ("toward", "away")),
    ):
        source = section(page, bars)
        for category in categories:
            widths = re.findall(rf'width="([\d.]+)"[^>]*class="segment segment-{category}"', source)
            assert len(widths) == 2 and all(float(w) > 0 for w in widths), (bars, category)
    for series in ("depth", "surface", "disclosure", "responsive_share", "transactional"):
        source = section(page, f"chart-trend-{series}")
        assert re.search(r'class="series series-couple"', source), series
        assert re.search(r'<path d="M[\d.]+ [\d.]+ L', source), series
        assert 'class="fan"' in source, series  # the drifting sample has clear trends


def test_trend_chart_leaves_short_months_as_gaps(report_en: dict[str, Any]) -> None:
    report = copy.deepcopy(report_en)
    values = report["trends"]["series"]["depth"]["couple"]
    values[5] = None  # a month below the minimum
    page = render_html(report, "en")
    source = section(page, "chart-trend-depth")
    couple_paths = re.findall(r'<path d="[^"]*"[^>]*class="series series-couple"', source)
    assert len(couple_paths) == 2  # the line breaks at the gap instead of dropping to zero


def test_questionnaire_marker_is_there_once(report_en: dict[str, Any]) -> None:
    page = render_html(report_en, "en")
    assert page.count(QUESTIONNAIRE_MARKER) == 1
    assert page.index(QUESTIONNAIRE_MARKER) < page.index('id="method"')


def test_every_statement_and_figure_is_shown(report_en: dict[str, Any]) -> None:
    page = render_html(report_en, "en")
    for statement in report_en["statements"]:
        assert shown(statement["text"]) in page, statement["id"]
    for name, count in (("responsive", "a"), ("deflecting", "b")):
        n = report_en["responses"]["by_responder"][count]["counts"][name]
        assert f"{n:,} (" in page
    counts = report_en["components"]["disclosure"]["couple"]
    assert f"{counts['count']:,} &#47; {counts['denominator']:,}" in page


def test_strengths_are_named_as_clearly_as_gaps(report_en: dict[str, Any]) -> None:
    page = render_html(report_en, "en")
    strengths = section(page, "strengths")
    gaps = section(page, "gaps")
    kinds = {s["kind"] for s in report_en["statements"]}
    assert {"strength", "gap"} <= kinds
    assert strengths.count('class="statement kind-strength"') >= 1
    assert gaps.count('class="statement kind-gap"') >= 1
    assert "not a diagnosis" in page


def test_the_everyday_is_shown_without_a_judgement(report_en: dict[str, Any]) -> None:
    page = render_html(report_en, "en")
    everyday = [s for s in report_en["statements"] if s["kind"] == "everyday"]
    assert [s["id"] for s in everyday] == ["surface.share"]
    block = section(page, "everyday")
    assert 'class="statement kind-neutral" id="s-surface.share"' in block
    assert shown(everyday[0]["text"]) in block
    for judged in ("strengths", "gaps"):
        assert 's-surface.share"' not in section(page, judged)


def test_examples_follow_the_statement_they_back(report_en: dict[str, Any]) -> None:
    page = render_html(report_en, "en")
    names = {p["key"]: p["name"] for p in report_en["partners"]}
    for statement in report_en["statements"]:
        if statement["id"] != "gap.flat.a":
            continue
        block = page[page.index(f'id="s-{statement["id"]}"') :]
        block = block[: block.index("</li>")]
        # Ben's answers to Chloe: every opening shown is Chloe's, every answer Ben's
        openings = re.findall(r'<span class="meta">[\d\- :]+ · ([^<]+)</span>', block)
        assert openings and set(openings) == {names["b"]}
        assert f"· {names['a']}</span>" in block


def test_next_step_targets_the_weakest_component(report_en: dict[str, Any]) -> None:
    page = render_html(report_en, "en")
    next_step = section(page, "next")
    assert "Answering the feeling first" in next_step  # responsive answers are the weakest
    # the steps themselves are the plan's: the section points to it (docs/plan.md)
    assert "<li>" not in next_step and "unmask plan --report" in next_step


def test_chinese_report(report_zh: dict[str, Any]) -> None:
    page = render_html(report_zh, "zh")
    assert '<html lang="zh-Hans">' in page
    for heading in (
        "你们对话中的表面与深度",
        "对话所处的位置",
        "做得好的地方",
        "可能缺少的",
        "如何回应对方",
        "随时间的变化",
        "下一步",
        "测量方法",
    ):
        assert heading in page
    for english in ("What is going well", "Where the conversation sits", "Over time"):
        assert english not in page
    region = {r["id"]: r["label"] for r in report_zh["profile"]["regions"]}
    assert region["pseudo_intimacy"] == "伪亲密" and "伪亲密" in page


def test_redacted_report_shows_no_name_and_no_file_name(report_redacted: dict[str, Any]) -> None:
    page = render_html(report_redacted, "en")
    assert "[name] A" in page and "[name] B" in page
    for real in ("Chloe", "Ben", "drifting_en"):
        assert re.search(rf"\b{real}\b", page) is None, real
    assert "redacted" in page


def test_redacted_unplaced_report_scrubs_names_in_limit_sentences(
    short_analysis: Any,
) -> None:
    report = short_analysis.report(lang="en", redact=True)
    page = render_html(report, "en")
    for real in ("Alex", "Morgan", "Sam", "Okafor"):
        assert re.search(rf"\b{real}\b", page) is None, real
    assert "example.org" not in page


def test_unplaced_report_says_what_it_cannot_tell(report_unplaced: dict[str, Any]) -> None:
    assert report_unplaced["profile"]["placed"] is False
    page = render_html(report_unplaced, "en")
    limits = section(page, "limits")
    for item in report_unplaced["limits"]["cannot_tell"]:
        assert shown(item["text"]) in limits
    assert "not placed on the map" in limits
    chart_map = section(page, "chart-map")
    assert 'class="position"' not in chart_map and 'class="partner-marker"' not in chart_map
    assert "Not placed" in chart_map
    assert "Share of bootstrap draws" not in page
    assert 'id="chart-trend-' not in page  # no month reaches the minimum: no trend drawn
    assert "No trend could be described" in page


def test_bidi_controls_from_the_chat_are_isolated(report_en: dict[str, Any]) -> None:
    """Issue 12: U+202E in a name or message must not reorder the page around it."""
    report = copy.deepcopy(report_en)
    key = next(
        s["examples"] for s in report["statements"] if s.get("examples", "").startswith("response.")
    )
    report["examples"][key][0]["text"] = "pay me \u202egnp.exe"
    report["partners"][0]["name"] = "Ben\u202e"
    page = render_html(report, "en")
    assert "\u2068pay me \u202egnp.exe\u2069" in page
    assert "\u2068Ben\u202e\u2069" in page
    unwrapped = re.sub("\u2068[^\u2068\u2069]*\u2069", "", page)
    assert "\u202e" not in unwrapped
