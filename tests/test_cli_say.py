"""The command line's sentences come from lang/<code>/text/cli.yaml, in UNMASK_LANG."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from unmask.cli.main import app
from unmask.cli.say import cli_lang, say
from unmask.samples import sample_path


@pytest.mark.parametrize(
    ("env", "expected"), [("zh", "zh"), ("ZH ", "zh"), ("en", "en"), ("fr", "en"), ("", "en")]
)
def test_unmask_lang_picks_a_known_language_else_english(
    env: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNMASK_LANG", env)
    assert cli_lang() == expected


def test_import_summary_speaks_the_chosen_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = sample_path("close_zh")
    outputs = {}
    for lang in ("en", "zh"):
        monkeypatch.setenv("UNMASK_LANG", lang)
        out = tmp_path / f"{lang}.jsonl"
        result = CliRunner().invoke(app, ["import", str(export), "-o", str(out)])
        assert result.exit_code == 0, result.output
        outputs[lang] = result.output
    assert "Imported" in outputs["en"] and "Participants" in outputs["en"]
    assert "已导入" in outputs["zh"] and "参与者" in outputs["zh"]
    assert "Imported" not in outputs["zh"]


def test_errors_are_prefixed_in_the_chosen_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("no chat here\n" * 5, encoding="utf-8")
    monkeypatch.setenv("UNMASK_LANG", "zh")
    result = CliRunner().invoke(app, ["import", str(junk), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code != 0
    assert result.output.startswith("错误：") or "错误：" in result.output
    assert say("error", "en", message="x") == "Error: x"
