"""`unmask plan` and `unmask checkin` end to end: files beside the report (0600), the same
plan when nothing changed, the next week adapted by sealed check-ins, progress in
report.html after a re-analysis, and a partner's own view in safety."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from unmask.analyze import Analysis
from unmask.assess import builtin_instrument, builtin_screening
from unmask.assess.screening import PRIVATE_KIND, ScreeningAnswers, record_id
from unmask.cli.main import app
from unmask.guide.files import BEGIN
from unmask.report.writer import write_report
from unmask.store import Store

PASS = {"Ana": "maple river lantern 42", "Ben": "quiet copper orchard 7"}


def run(*args: str, env: dict[str, str] | None = None, text: str = "") -> Result:
    return CliRunner().invoke(app, list(args), input=text, env=env or {})


def flat(result: Result) -> str:
    """The output with the terminal's line wrapping undone."""
    return " ".join(result.output.split())


def _plan(folder: Path, *extra: str, env: dict[str, str] | None = None) -> Result:
    return run("plan", "--report", str(folder), "--date", "2024-03-04", *extra, env=env)


@pytest.fixture
def folder(tmp_path: Path, short_analysis: Analysis) -> Path:
    out = tmp_path / "report"
    write_report(short_analysis, out)
    return out


@pytest.fixture
def couple(db_path: Path) -> dict[str, str]:
    with Store(db_path) as store:
        for name, secret in PASS.items():
            store.create_partner("c1", name, secret)
    return {"PASS_ANA": PASS["Ana"], "PASS_BEN": PASS["Ben"]}


def _doc(folder: Path) -> dict[str, Any]:
    value: dict[str, Any] = json.loads((folder / "plan.json").read_text(encoding="utf-8"))
    return value


def test_plan_writes_private_files_beside_the_report(folder: Path, db_path: Path) -> None:
    result = _plan(folder)
    assert result.exit_code == 0, result.output
    assert "Your practice plan, week 1" in flat(result)
    assert "Plan written to" in flat(result)
    for name in ("plan.json", "plan.html"):
        assert (folder / name).is_file()
        if os.name == "posix":
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    doc = _doc(folder)
    assert doc["format"] == "unmask-plan" and len(doc["weeks"]) == 1
    week = doc["weeks"][0]
    assert week["started"] == "2024-03-04" and len(week["prompts"]) == 6
    assert doc["current"]["view"]["focus"]
    html = (folder / "plan.html").read_text(encoding="utf-8")
    assert "<script" not in html and "http" not in html.replace("http-equiv", "")
    with Store(db_path) as store:
        assert any(r.kind == "plan" for r in store.outputs())


def test_running_plan_again_gives_the_same_week(folder: Path) -> None:
    assert _plan(folder).exit_code == 0
    first = _doc(folder)
    again = run("plan", "--report", str(folder), "--date", "2024-03-09")
    assert again.exit_code == 0, again.output
    second = _doc(folder)
    assert second["weeks"] == first["weeks"]  # same week, same start, same items
    assert second["current"] == first["current"]


def test_checkins_move_the_next_week_up(folder: Path, couple: dict[str, str]) -> None:
    assert _plan(folder).exit_code == 0
    for name, var in (("Ana", "PASS_ANA"), ("Ben", "PASS_BEN")):
        for day, closeness in (("2024-03-05", 4), ("2024-03-08", 5)):
            result = run(
                "checkin", "--couple", "c1", "--partner", name, "--closeness", str(closeness),
                "--feeling", "warm", "--done", "--note", "", "--date", day,
                "--passphrase-env", var, env=couple,
            )  # fmt: skip
            assert result.exit_code == 0, result.output
            assert "your partner cannot read it" in flat(result)
    result = _plan(
        folder, "--next-week", "--couple", "c1",
        "--passphrase-env", "Ana=PASS_ANA", "--passphrase-env", "Ben=PASS_BEN", env=couple,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "one level up" in flat(result)
    weeks = _doc(folder)["weeks"]
    assert [w["change"] for w in weeks] == ["start", "up"]
    assert weeks[1]["level"] == weeks[0]["level"] + 1
    assert not set(weeks[0]["prompts"]) & set(weeks[1]["prompts"])
    text = (folder / "plan.json").read_text(encoding="utf-8")
    assert "warm" not in text  # check-in content never reaches the shared files


def test_checkin_prompts_and_refuses_bad_values(couple: dict[str, str]) -> None:
    asked = run(
        "checkin", "--couple", "c1", "--partner", "Ana", "--passphrase-env", "PASS_ANA",
        env=couple, text="4\nhopeful\ny\n\n",
    )  # fmt: skip
    assert asked.exit_code == 0, asked.output
    assert "1 check-in(s) stored for Ana" in flat(asked)
    bad = run(
        "checkin", "--couple", "c1", "--partner", "Ana", "--passphrase-env", "PASS_ANA",
        "--closeness", "3", "--feeling", "ok", "--done", "--note", "", "--date", "March 4",
        env=couple,
    )  # fmt: skip
    assert bad.exit_code == 2
    assert "checkin: date must be YYYY-MM-DD" in flat(bad)
    assert "Traceback" not in bad.output
    nobody = run("checkin", "--couple", "c1", "--partner", "Zoe", env=couple)
    assert nobody.exit_code == 2 and "no partner 'Zoe'" in flat(nobody)


def test_a_reanalysis_shows_progress_in_the_report(folder: Path, full_analysis: Analysis) -> None:
    assert _plan(folder).exit_code == 0
    assert _doc(folder)["progress"] is None
    write_report(full_analysis, folder, force=True)  # the newer export, same folder
    assert (folder / "plan.json").is_file()  # left alone by the analysis
    result = _plan(folder)
    assert result.exit_code == 0, result.output
    assert "Change since the baseline" in flat(result)
    progress = _doc(folder)["progress"]
    directions = {c["figure"]: c["direction"] for c in progress["changes"]}
    assert directions["responsive_share"] == "down"
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert BEGIN in html and "Change since the baseline" in html
    # running again replaces the section rather than adding a second one
    assert _plan(folder).exit_code == 0
    assert (folder / "report.html").read_text(encoding="utf-8").count(BEGIN) == 1


def test_a_positive_screening_gives_that_partner_a_private_safety_view(
    folder: Path, couple: dict[str, str], db_path: Path
) -> None:
    screening = builtin_screening()
    afraid = {item.id: 1 for item in screening.items} | {screening.items[0].id: 3}
    with Store(db_path) as store:
        ana = store.unlock("c1", "Ana", PASS["Ana"])
        store.save_private(
            ana,
            PRIVATE_KIND,
            record_id(builtin_instrument().id, 1),
            ScreeningAnswers(afraid, True).to_bytes(screening),
        )
    result = _plan(
        folder, "--couple", "c1", "--partner", "Ana", "--passphrase-env", "Ana=PASS_ANA", env=couple
    )
    assert result.exit_code == 0, result.output
    assert "safety first" in flat(result)
    assert "Shown here only" in flat(result)
    assert not (folder / "plan.json").exists() and not (folder / "plan.html").exists()
    # Ben's own view is the couple's plan: nothing of Ana's screening shows
    ben = _plan(
        folder, "--couple", "c1", "--partner", "Ben", "--passphrase-env", "Ben=PASS_BEN", env=couple
    )
    assert ben.exit_code == 0, ben.output
    assert "safety" not in flat(ben).lower()
    assert _doc(folder)["current"]["kind"] == "practice"


def test_plan_needs_a_report_or_a_couple(tmp_path: Path) -> None:
    result = run("plan")
    assert result.exit_code == 2 and "give --report DIR" in flat(result)
    missing = run("plan", "--report", str(tmp_path / "none"))
    assert missing.exit_code == 2 and "report.json" in flat(missing)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "report.json").write_text("{}", encoding="utf-8")
    again = run("plan", "--report", str(empty), "--next-week")
    assert again.exit_code == 2 and "no plan.json yet" in flat(again)


def _finish_questionnaire(db_path: Path, own_disclosure: int) -> None:
    """Both partners finish the built-in questionnaire (4 everywhere, own disclosure low)."""
    from dataclasses import replace

    from unmask.assess import empty_sheet, save_sheet

    instrument = builtin_instrument()
    low = set(instrument.scale("own_disclosure").items)
    reverse = set(instrument.scale("own_disclosure").reverse)
    with Store(db_path) as store:
        for name, secret in PASS.items():
            who = store.unlock("c1", name, secret)
            answers: dict[str, int | None] = {}
            for item in instrument.items:
                value = 4
                if item.id in low:
                    value = 6 - own_disclosure if item.id in reverse else own_disclosure
                answers[item.id] = value
            sheet = replace(empty_sheet(instrument), answers=answers, finished=True)
            save_sheet(store, who, sheet)


def test_a_plan_from_the_questionnaire_alone(
    tmp_path: Path, couple: dict[str, str], db_path: Path
) -> None:
    _finish_questionnaire(db_path, own_disclosure=2)
    out = tmp_path / "plan"
    result = run(
        "plan", "--couple", "c1", "-o", str(out), "--date", "2024-03-04",
        "--passphrase-env", "Ana=PASS_ANA", "--passphrase-env", "Ben=PASS_BEN", env=couple,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    doc = _doc(out)
    assert doc["current"]["view"]["sources"] == "Based on: the questionnaire"
    assert doc["weeks"][0]["level"] == 1  # openness 2 of 5
    assert doc["weeks"][0]["components"][0] == "disclosure"
    assert "2.0 of 5" in flat(result)
