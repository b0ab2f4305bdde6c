"""``unmask analyze`` through Click: errors are one clean line, reports land where asked."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from unmask.cli.main import app

GROUP_CHAT = """\
1/2/23, 9:00 AM - Ann: are you coming tonight?
1/2/23, 9:01 AM - Ben: yes, I'll bring the salad
1/2/23, 9:05 AM - Mum: don't forget the dessert
1/2/23, 9:06 AM - Ann: I won't
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "WhatsApp Chat with Ann.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_more_than_two_senders_lists_them(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "analyze",
            str(_write(tmp_path, GROUP_CHAT)),
            "-o",
            str(tmp_path / "out"),
            "--i-have-consent",
        ],
    )
    assert result.exit_code == 2
    assert '"Ann" (2 messages)' in result.output and '"Mum" (1 message)' in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_existing_output_folder_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["analyze", str(_write(tmp_path, GROUP_CHAT)), "-o", str(out), "--partners", "Ann,Ben"]
    )
    assert result.exit_code == 2
    assert "--force" in result.output
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_analyze_short_chat_writes_a_report_that_says_what_it_cannot_tell(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "analyze",
            "--i-have-consent",
            str(_write(tmp_path, GROUP_CHAT)),
            "-o",
            str(out),
            "--partners",
            "Ann,Ben",
            "--me",
            "Ann",
            "--no-model",
            "--session-gap",
            "60",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["parameters"]["session_gap_minutes"] == 60
    assert report["parameters"]["model"] is False
    assert report["partners"][0]["is_me"] is True
    assert not report["limits"]["placed"]
    assert {"few_messages", "short_span"} <= {c["code"] for c in report["limits"]["cannot_tell"]}
    assert (out / "messages.parquet").is_file()
