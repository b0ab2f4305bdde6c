"""Issue 4's bad input, through the CLI: a clear message, and nothing existing overwritten.

Each case runs ``unmask analyze`` on a real WhatsApp-format export and checks
what the person sees (the message or the report's limits, in the terminal and
in report.html) and that the output folder holds only what it should.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from click.testing import CliRunner, Result

from unmask.cli.main import app

START = datetime(2023, 3, 1, 8, 0)


def _line(when: datetime, sender: str, text: str) -> str:
    return (
        f"{when.month}/{when.day}/{when.strftime('%y')}, {when.strftime('%H:%M')} - "
        f"{sender}: {text}"
    )


def _export(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "WhatsApp Chat with Ann.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _analyze(export: Path, out: Path, *extra: str) -> Result:
    return CliRunner().invoke(
        app, ["analyze", str(export), "-o", str(out), "--no-model", "--i-have-consent", *extra]
    )


def _flat(text: str) -> str:
    """Terminal output with line wrapping undone."""
    return " ".join(text.split())


def _report(out: Path) -> dict:
    report: dict = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return report


def _codes(report: dict) -> set[str]:
    return {c["code"] for c in report["limits"]["cannot_tell"]}


def _assert_limits_shown(result: Result, out: Path, codes: set[str]) -> dict:
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    report = _report(out)
    assert codes <= _codes(report)
    assert not report["limits"]["placed"]
    page = (out / "report.html").read_text(encoding="utf-8")
    for item in report["limits"]["cannot_tell"]:
        if item["code"] in codes:
            assert item["text"].replace("'", "&#39;") in page, item["code"]
    assert sorted(p.name for p in out.iterdir()) == [
        "messages.parquet",
        "report.html",
        "report.json",
    ]
    return report


def test_more_than_two_senders_lists_each_with_its_count(tmp_path: Path) -> None:
    lines = [
        _line(START + timedelta(minutes=i), ("Ann", "Ben", "Ann", "Mum")[i % 4], "hi")
        for i in range(9)
    ]
    out = tmp_path / "out"
    result = _analyze(_export(tmp_path, lines), out)
    assert result.exit_code == 2 and "Traceback" not in result.output
    message = _flat(result.output)
    assert "3 senders" in message and "--partners" in message
    for listed in ('"Ann" (5 messages)', '"Ben" (2 messages)', '"Mum" (2 messages)'):
        assert listed in message
    assert not out.exists()


def test_one_partner_never_writes(tmp_path: Path) -> None:
    lines = [
        _line(START + timedelta(days=d, minutes=m), "Ann", "are you there? I miss you")
        for d in range(0, 120, 2)
        for m in range(3)
    ]
    out = tmp_path / "out"
    result = _analyze(_export(tmp_path, lines), out)
    report = _assert_limits_shown(result, out, {"silent_partner"})
    assert report["partners"][1]["text_messages"] == 0
    assert "(the other partner) wrote 0 text message(s)" in _flat(result.output)


def test_chat_of_one_day(tmp_path: Path) -> None:
    lines = [
        _line(
            START + timedelta(minutes=2 * i),
            "Ann" if i % 2 else "Ben",
            "running late, see you at the station" if i % 3 else "I love you",
        )
        for i in range(360)
    ]
    out = tmp_path / "out"
    result = _analyze(_export(tmp_path, lines), out)
    report = _assert_limits_shown(result, out, {"short_span", "no_trend"})
    assert report["source"]["days"] == 1 and report["profile"]["region"] is None
    assert "covers 1 calendar month(s) (1 day(s))" in _flat(result.output)


def test_chat_of_only_media(tmp_path: Path) -> None:
    lines = [
        _line(START + timedelta(hours=5 * i), "Ann" if i % 2 else "Ben", "<Media omitted>")
        for i in range(80)
    ]
    out = tmp_path / "out"
    result = _analyze(_export(tmp_path, lines), out)
    report = _assert_limits_shown(result, out, {"no_text"})
    assert report["source"]["messages"] == 80 and report["source"]["text_messages"] == 0
    assert "nothing about how you talk can be told" in _flat(result.output)


def _two_partner_chat(tmp_path: Path) -> Path:
    return _export(
        tmp_path,
        [
            _line(START + timedelta(hours=i), "Ann" if i % 2 else "Ben", "did you get the bread?")
            for i in range(40)
        ],
    )


def test_existing_folder_is_refused_without_force_and_left_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text("my own notes", encoding="utf-8")
    result = _analyze(_two_partner_chat(tmp_path), out)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--force" in result.output and "already exists" in result.output
    assert [p.name for p in out.iterdir()] == ["report.json"]
    assert (out / "report.json").read_text(encoding="utf-8") == "my own notes"


def test_force_replaces_only_the_report_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "photos").mkdir(parents=True)
    (out / "photos" / "beach.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    (out / "report.html").write_text("an older report", encoding="utf-8")
    result = _analyze(_two_partner_chat(tmp_path), out, "--force")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "messages.parquet",
        "notes.txt",
        "photos",
        "report.html",
        "report.json",
    ]
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert (out / "photos" / "beach.jpg").read_bytes() == b"\xff\xd8 not really a jpeg"
    assert "an older report" not in (out / "report.html").read_text(encoding="utf-8")


def test_force_never_overwrites_the_export_itself(tmp_path: Path) -> None:
    out = tmp_path / "chats"
    out.mkdir()
    export = _two_partner_chat(tmp_path)
    target = out / "report.html"
    target.write_bytes(export.read_bytes())
    result = _analyze(target, out, "--force")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "export being analysed" in _flat(result.output)
    assert target.read_bytes() == export.read_bytes()
    assert [p.name for p in out.iterdir()] == ["report.html"]


def test_timestamps_with_fractions_of_a_second_are_analysed(tmp_path: Path) -> None:
    """docs/format.md allows ``…:55.250000``: analyze reads such a chat (no internal
    error) and finds the same span and sessions as from the same chat in whole seconds."""
    rows = []
    for day in range(40):
        for k, (sender, text) in enumerate(
            [("Ann", "I felt lonely at work today, honestly"), ("Bo", "I'm sorry, tell me more?")]
        ):
            when = START + timedelta(days=day, minutes=3 * k, seconds=7, milliseconds=250)
            rows.append({"sender": sender, "timestamp": when.isoformat(), "text": text})
    figures = []
    for name, cut in (("fractions", False), ("whole", True)):
        export = tmp_path / f"{name}.jsonl"
        lines = [
            json.dumps({**r, "timestamp": r["timestamp"][:19] if cut else r["timestamp"]})
            for r in rows
        ]
        export.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert ".250000" in export.read_text(encoding="utf-8") or cut
        out = tmp_path / f"out-{name}"
        result = _analyze(export, out)
        assert result.exit_code == 0, result.output
        source = _report(out)["source"]
        figures.append((source["first"], source["last"], source["days"], source["sessions"]))
    assert figures[0] == figures[1]
    assert figures[0][2] == 40
