"""Consent before analysing a shared chat: asked once per chat, recorded privately."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from unmask import consent
from unmask.cli.main import app
from unmask_dev import safety_chats


def _chat(tmp_path: Path) -> Path:
    return safety_chats.write("heated_en", tmp_path)


def _analyze(chat: Path, out: Path, *extra: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(
        app, ["analyze", str(chat), "-o", str(out), "--no-model", *extra], input=stdin
    )


def test_without_a_terminal_and_without_the_flag_nothing_is_analysed(tmp_path: Path) -> None:
    result = _analyze(_chat(tmp_path), tmp_path / "out")
    assert result.exit_code == 2
    assert "[E210]" in result.output and "--i-have-consent" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_the_flag_records_the_chat_hash_privately_and_later_runs_need_no_flag(
    tmp_path: Path, private_data_dir: Path
) -> None:
    chat = _chat(tmp_path)
    assert _analyze(chat, tmp_path / "one", "--i-have-consent").exit_code == 0
    record = private_data_dir / "consent.json"
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    data = json.loads(record.read_text(encoding="utf-8"))
    assert list(data["chats"]) == [consent.chat_hash(chat)]
    assert data["chats"][consent.chat_hash(chat)]["via"] == "flag"
    assert chat.name not in record.read_text(encoding="utf-8")
    again = _analyze(chat, tmp_path / "two")
    assert again.exit_code == 0, again.output
    # another chat (other bytes) is asked about again
    other = tmp_path / "other.txt"
    other.write_text(chat.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _analyze(other, tmp_path / "three").exit_code == 2


@pytest.mark.parametrize(("answer", "code"), [("y\n", 0), ("n\n", 2)])
def test_in_a_terminal_the_statement_is_shown_and_the_answer_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, code: int
) -> None:
    monkeypatch.setattr(consent, "is_interactive", lambda: True)
    result = _analyze(_chat(tmp_path), tmp_path / "out", stdin=answer)
    assert result.exit_code == code, result.output
    assert "both of you should know about it and agree" in result.output
    assert consent.has_consent(consent.chat_hash(_chat(tmp_path))) is (code == 0)


def test_demo_needs_no_consent_prompt(tmp_path: Path) -> None:
    from unmask.cli.analyze_cmd import demo_command

    assert "i_have_consent" not in {p.name for p in demo_command.params}


def test_analyze_records_its_report_folder_for_forget_all(tmp_path: Path) -> None:
    """`unmask analyze` remembers where it wrote, so `unmask forget --all` can remove it."""
    from unmask.store import Store

    chat, out = _chat(tmp_path), tmp_path / "report"
    result = _analyze(chat, out, "--i-have-consent")
    assert result.exit_code == 0, result.output
    with Store() as store:
        assert [(o.path, o.kind) for o in store.outputs()] == [(out.resolve(), "analyze")]
