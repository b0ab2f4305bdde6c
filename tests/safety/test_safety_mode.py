"""Safety mode end to end: scripted controlling, heated and teasing chats, and the samples."""

from __future__ import annotations

import json
import re
import tempfile
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from rich.console import Console

from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.report.html import render_html
from unmask.report.terminal import print_summary
from unmask.report.writer import write_report
from unmask.samples import SAMPLES, sample_path
from unmask_dev import safety_chats

OPTIONS = AnalyzeOptions(model=False, bootstrap_resamples=40)


@cache
def _analysis(name: str) -> Analysis:
    folder = Path(tempfile.mkdtemp(prefix="unmask-safety-"))
    return analyze(safety_chats.write(name, folder), options=OPTIONS)


def _row_of(a: Analysis, text: str) -> int:
    texts = a.table.column("text").to_pylist()
    rows = [i for i, t in enumerate(texts) if t == text]
    assert rows, text
    return int(np.flatnonzero(np.isin(a.cols.row, rows))[0])


@pytest.mark.parametrize("name", list(safety_chats.CHATS))
def test_controlling_chats_enter_safety_mode_and_safe_ones_do_not(name: str) -> None:
    _, controlling = safety_chats.CHATS[name]
    reading = _analysis(name).safety
    assert reading is not None
    assert (reading.mode == "safety") is controlling, (reading.mode, reading.reasons)
    if not controlling:
        assert reading.mode == "none"


@pytest.mark.parametrize("name", list(SAMPLES))
def test_bundled_samples_do_not_trip_safety(name: str) -> None:
    reading = analyze(sample_path(name), options=OPTIONS).safety
    assert reading is not None and reading.mode == "none"


def test_teasing_is_set_aside_not_counted() -> None:
    reading = _analysis("teasing_en").safety
    assert reading is not None and reading.laughing_set_aside >= 3
    assert len(reading.messages) == 0


def test_the_controller_is_named_by_key_and_fear_belongs_to_the_other() -> None:
    a = _analysis("controlling_en")
    jake = a.partners.names.index("Jake")
    reading = a.safety
    assert reading is not None
    assert any(r.endswith(":" + "ab"[jake]) for r in reading.reasons)
    assert reading.partners[jake].control >= 10
    assert reading.partners[1 - jake].fear >= 2 and reading.partners[jake].fear == 0
    assert reading.partners[jake].cycles >= 1


def test_degradation_is_not_a_disclosure_and_compliance_is_not_turning_toward() -> None:
    a = _analysis("controlling_en")
    i = _row_of(a, "you're worthless without me")
    assert not any(a.cols.flags[s][i] for s in ("disclosure.emotional", "disclosure.vulnerable"))
    assert a.cols.flags["safety.degradation"][i]
    j = _row_of(a, "why didn't you pick up? I called 6 times")
    run = int(np.searchsorted(a.runs.start, j, side="right") - 1)
    assert not a.runs.any_flags["bid"][run]
    fear = _row_of(a, "I'm afraid of what you'll do when you get home")
    assert not a.cols.flags["disclosure.vulnerable"][fear]


def test_safety_report_has_no_position_praise_or_quoted_bids(tmp_path: Path) -> None:
    a = _analysis("controlling_en")
    paths = write_report(a, tmp_path / "r", lang="en")
    report = json.loads(paths.json.read_text(encoding="utf-8"))
    assert report["safety"]["mode"] == "safety"
    profile = report["profile"]
    assert not profile["placed"] and profile["region"] is None
    assert profile["depth"]["value"] is None and profile["recent"]["region"] is None
    assert all(s["kind"] == "limit" for s in report["statements"])
    assert report["examples"] == {}
    assert report["safety"]["by_partner"]["a"]["signals"].keys() >= {"threat", "fear"}
    for e in report["safety"]["examples"]:
        for span in e["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(e["text"])
    html = paths.html.read_text(encoding="utf-8") if paths.html else ""
    assert "1-800-799-7233" in html and "12338" in html and "113" in html
    assert "<details>" in html and "<details open" not in html
    assert "<svg" not in html and "going well" not in html.lower()
    assert not re.search(r"https?:|www\.|<a |src=", html.split("</head>", 1)[1])
    # the examples are inside the closed <details>, nowhere else
    quoted = "give me your phone password"
    assert quoted in html.split("<details>", 1)[1] and quoted not in html.split("<details>")[0]


def test_chinese_safety_page_is_in_chinese_with_local_lines_first() -> None:
    report = _analysis("controlling_zh").report(lang="zh")
    html = render_html(report, "zh")
    assert "这不是对任何人的裁决" in html
    assert html.index("12338") < html.index("1-800-799-7233")


def test_terminal_summary_says_safety_mode_and_no_scores() -> None:
    console = Console(width=80, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    print_summary(_analysis("controlling_en").report(lang="en"), console)
    out = console.export_text()
    assert "safety mode" in out and "not a verdict" in out
    assert "Going well" not in out and "genuine" not in out.lower()


def test_redacted_safety_examples_carry_no_spans_and_no_names() -> None:
    report = _analysis("controlling_en").report(lang="en", redact=True)
    assert report["safety"]["examples"]
    assert all(e["spans"] == [] for e in report["safety"]["examples"])
    text = json.dumps(report["safety"], ensure_ascii=False) + render_html(report, "en")
    assert "Jake" not in text and "Emma" not in text


def test_a_single_control_message_gives_a_notice_not_safety_mode(tmp_path: Path) -> None:
    export = safety_chats.export("heated_en").replace(
        "I'm furious about the money thing", "give me your phone password"
    )
    path = tmp_path / "WhatsApp Chat - notice.txt"
    path.write_text(export, encoding="utf-8")
    a = analyze(path, options=OPTIONS)
    report = a.report(lang="en")
    assert report["safety"]["mode"] == "notice" and report["safety"]["messages"] == 1
    html = render_html(report, "en")
    assert 'id="safety-notice"' in html and "<svg" in html  # the report itself stays
    assert 'id="safety-standing"' not in html  # the notice says it already


@pytest.mark.parametrize(("name", "lang"), [("heated_en", "en"), ("heated_zh", "zh")])
def test_a_report_without_safety_signals_says_it_is_no_safety_check(name: str, lang: str) -> None:
    # the safety signals miss most phrasings they were not written for (docs/validity.md,
    # Safety), so a report that found none must not read as an all-clear
    report = _analysis(name).report(lang=lang)
    assert report["safety"]["mode"] == "none"
    html = render_html(report, lang)
    standing = html.split('id="safety-standing"', 1)[1].split("</div>", 1)[0]
    assert ("not a safety check" if lang == "en" else "不是安全评估") in standing
    assert "<details>" in standing and "12338" in standing and "1-800-799-7233" in standing


def test_analyze_cli_prints_safety_mode_and_writes_the_calm_page(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from unmask.cli.main import app

    chat = safety_chats.write("controlling_zh", tmp_path)
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app,
        ["analyze", str(chat), "-o", str(out), "--no-model", "--lang", "zh", "--i-have-consent"],
    )
    assert result.exit_code == 0, result.output
    assert "安全模式" in result.output and "12338" not in result.output  # numbers: the page
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "12338" in page and "unmask:questionnaire" not in page


def test_notice_is_one_line_in_the_terminal() -> None:
    export = safety_chats.export("heated_en").replace(
        "I'm furious about the money thing", "give me your phone password"
    )
    folder = Path(tempfile.mkdtemp(prefix="unmask-safety-"))
    path = folder / "WhatsApp Chat - notice.txt"
    path.write_text(export, encoding="utf-8")
    report = analyze(path, options=OPTIONS).report(lang="en")
    console = Console(width=80, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    print_summary(report, console)
    out = console.export_text()
    assert "Note: messages of kinds that can signal control or fear: 1" in out
    assert "safety mode" not in out


def test_the_terminal_summary_says_it_is_no_safety_check_unless_it_reads_one() -> None:
    def summary(name: str) -> str:
        console = Console(width=100, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
        print_summary(_analysis(name).report(lang="en"), console)
        return console.export_text()

    assert "Not a safety check" in summary("heated_en")
    assert "Not a safety check" not in summary("controlling_en")  # safety mode says more
