"""The comparison as JSON, terminal text and HTML, and adding it to a chat report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_assess import ALEX, SAM, tiny
from rich.console import Console

from unmask.assess import (
    attach_to_report,
    compare_partners,
    comparison_to_dict,
    render_html_fragment,
    render_terminal,
)
from unmask.assess.report import MARKER
from unmask.errors import InputError, UsageError


def _data(couple: str = "c1") -> dict[str, object]:
    instrument = tiny()
    return comparison_to_dict(
        compare_partners(instrument, {"alex": ALEX, "sam": SAM}, couple), instrument
    )


def test_dict_is_json_and_lists_items_right_and_wrong() -> None:
    data = _data()
    text = json.dumps(data)
    assert json.loads(text)["partners"] == ["alex", "sam"]
    items = data["inner_world_accuracy"][0]["items"]  # type: ignore[index]
    assert {i["item"]: i["outcome"] for i in items} == {"o1": "miss", "o2": "exact", "k1": "exact"}
    assert items[0]["text"] == "I tell my fears."


def test_terminal_report_names_items_and_chance() -> None:
    console = Console(record=True, width=200)
    render_terminal(_data(), console)
    out = console.export_text()
    assert "How well alex knows sam's inner world\nExact on 67% of 3 items" in out
    assert "I share my heartbreak. (guessed 4, answer 4)" in out
    assert "a house near the sea" in out


def test_html_fragment_escapes_free_text() -> None:
    instrument = tiny()
    evil = type(SAM)(**{**SAM.__dict__, "hopes": ("<script>alert(1)</script>",)})
    data = comparison_to_dict(compare_partners(instrument, {"alex": ALEX, "sam": evil}), instrument)
    html = render_html_fragment(data)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.startswith('<section id="questionnaire"')


def _report(folder: Path, html: str, couple: str | None = "c1") -> None:
    folder.mkdir()
    report = {"format": "unmask-report", "signals": {}}
    if couple:
        report["couple"] = couple
    (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    (folder / "report.html").write_text(html, encoding="utf-8")


def test_attach_replaces_marker_and_adds_json(tmp_path: Path) -> None:
    folder = tmp_path / "rep"
    _report(folder, f"<html><body><h1>Chat</h1>{MARKER}<footer/></body></html>")
    attach_to_report(folder, _data())
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert report["signals"] == {} and report["questionnaire"]["couple"] == "c1"
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert MARKER not in html
    assert html.index("<h1>Chat</h1>") < html.index('id="questionnaire"') < html.index("<footer/>")


def test_missing_marker_is_reported_and_nothing_changes(tmp_path: Path) -> None:
    folder = tmp_path / "rep"
    _report(folder, "<html><body>old report</body></html>")
    before = (folder / "report.json").read_bytes()
    with pytest.raises(InputError, match="no questionnaire marker"):
        attach_to_report(folder, _data())
    assert (folder / "report.json").read_bytes() == before


def test_other_couples_report_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "rep"
    _report(folder, MARKER, couple="someone-else")
    with pytest.raises(UsageError, match="belongs to couple 'someone-else'"):
        attach_to_report(folder, _data())


def test_missing_report_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unmask analyze"):
        attach_to_report(tmp_path / "nope", _data())


def test_detach_restores_the_folder_and_handles_older_fragments(tmp_path: Path) -> None:
    from unmask.assess import detach_from_report

    data = comparison_to_dict(compare_partners(tiny(), {"alex": ALEX, "sam": SAM}), tiny())
    (tmp_path / "report.json").write_text('{"a": 1}', encoding="utf-8")
    page = f"<body><p>chat</p>{MARKER}<p>end</p></body>"
    (tmp_path / "report.html").write_text(page, encoding="utf-8")
    attach_to_report(tmp_path, data)
    assert detach_from_report(tmp_path) is True
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == page
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8")) == {"a": 1}
    assert detach_from_report(tmp_path) is False  # nothing left to take out
    old = f"<body><p>chat</p>{render_html_fragment(data)}<p>end</p></body>"
    (tmp_path / "report.html").write_text(old, encoding="utf-8")
    assert detach_from_report(tmp_path) is True
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == page
    assert detach_from_report(tmp_path / "gone") is False


def test_a_later_comparison_replaces_the_earlier_one(tmp_path: Path) -> None:
    first = comparison_to_dict(compare_partners(tiny(), {"alex": ALEX, "sam": SAM}), tiny())
    (tmp_path / "report.json").write_text("{}", encoding="utf-8")
    (tmp_path / "report.html").write_text(f"<body>{MARKER}</body>", encoding="utf-8")
    attach_to_report(tmp_path, first)
    second = dict(first, rounds={"alex": {"round": 2, "date": None}})
    attach_to_report(tmp_path, second)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count('id="questionnaire"') == 1
    saved = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert saved["questionnaire"]["rounds"]["alex"]["round"] == 2


def test_a_safety_mode_report_is_not_given_the_comparison(tmp_path: Path) -> None:
    folder = tmp_path / "rep"
    _report(folder, "<html><body>safety page</body></html>")
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    report["safety"] = {"mode": "safety"}
    (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    before = (folder / "report.html").read_bytes()
    with pytest.raises(UsageError, match="safety mode"):
        attach_to_report(folder, _data())
    assert (folder / "report.html").read_bytes() == before


def test_user_text_in_the_comparison_is_printed_inert() -> None:
    """A hope such as a URL prints as text, not as a link; a U+202E is isolated."""
    data = {**_data(), "caveat": "see https://evil.example/x or www.evil.example \u202eabc"}
    fragment = render_html_fragment(data)
    assert "https://evil.example/x" not in fragment and "www.evil" not in fragment
    assert "https:&#47;&#47;evil.example&#47;x" in fragment
    assert "\u2068" in fragment and "\u2069" in fragment


def test_chinese_comparison_speaks_chinese_in_the_terminal_and_the_html() -> None:
    instrument = tiny()
    comparison = compare_partners(instrument, {"alex": ALEX, "sam": SAM}, "c1")
    data = comparison_to_dict(comparison, instrument, lang="zh")
    assert data["lang"] == "zh"
    html = render_html_fragment(data)
    assert "问卷：你们各自的回答" in html and "alex 有多了解 sam 的内心世界" in html
    assert "完全猜中 3 题中的 67%" in html and "（猜中）" in html
    assert "How well" not in html and "guessed" not in html and "Questionnaire" not in html
    console = Console(record=True, width=200)
    render_terminal(data, console)
    out = console.export_text()
    assert "猜中的题" in out and "alex 对 sam 的猜测" in out
    assert "How well" not in out and "Scales" not in out and "predicts" not in out


def test_comparison_without_a_language_reads_in_english() -> None:
    data = _data()
    data.pop("lang")  # a comparison saved by an earlier version
    assert "How well alex knows sam&#39;s inner world" in render_html_fragment(data)
