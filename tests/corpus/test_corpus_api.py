"""The corpus API beyond the run: questionnaire answers in long format joined by couple id,
and the ``unmask corpus run`` command."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from unmask.assess import builtin_instrument, empty_sheet, sheet_to_json
from unmask.cli.main import app
from unmask.corpus import open_run, questionnaire, run_corpus
from unmask.corpus.engines import InProcessEngine
from unmask.errors import InputError


def _answers(folder: Path, couple: str, partner: str, value: int) -> Path:
    instrument = builtin_instrument()
    sheet = empty_sheet(instrument)
    for item in instrument.item_ids:
        sheet = sheet.with_answer("answers", item, value)
    path = folder / f"{couple}-{partner}.json"
    path.write_text(json.dumps(sheet_to_json(sheet, couple, partner)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run_dir(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("api") / "out"
    run_corpus(corpus_dir, out, engine=InProcessEngine())
    return out


def test_questionnaire_is_long_format_with_the_partner_beside(tmp_path: Path) -> None:
    _answers(tmp_path, "conv-p1", "A", 4)
    _answers(tmp_path, "conv-p1", "B", 2)
    _answers(tmp_path, "exports/bo".replace("/", "_"), "A", 5)
    frame = questionnaire(tmp_path)
    scales = len(builtin_instrument().scales)
    assert len(frame) == 3 * scales
    mine = frame[(frame["couple_id"] == "conv-p1") & (frame["role"] == "A")]
    assert set(mine["partner_role"]) == {"B"}
    assert (mine["n_answered"] == mine["n_items"]).all()
    alone = frame[frame["couple_id"] == "exports_bo"]
    assert alone["partner_score"].isna().all()
    assert "hopes" not in frame.columns


def test_questionnaire_joins_each_couples_profile(run_dir: Path, tmp_path: Path) -> None:
    _answers(tmp_path, "conv-p1", "A", 4)
    _answers(tmp_path, "nobody", "A", 3)
    joined = open_run(run_dir).questionnaire(tmp_path)
    profile = open_run(run_dir).profiles().set_index("couple_id").loc["conv-p1"]
    mine = joined[joined["couple_id"] == "conv-p1"]
    assert (mine["depth"] == profile["depth"]).all()
    assert joined.loc[joined["couple_id"] == "nobody", "depth"].isna().all()


def test_questionnaire_refuses_a_person_twice_and_bad_files(tmp_path: Path) -> None:
    first = _answers(tmp_path, "c1", "A", 4)
    twice = tmp_path / "copy.json"
    twice.write_bytes(first.read_bytes())
    with pytest.raises(InputError, match="partner 'A' of couple 'c1' is already"):
        questionnaire([first, twice])
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="broken.json"):
        questionnaire([broken])


def test_results_read_only_the_columns_asked_for(run_dir: Path) -> None:
    frame = open_run(run_dir).messages(["score.affection"])
    assert list(frame.columns) == ["couple_id", "row", "score.affection"]
    assert frame["couple_id"].is_monotonic_increasing


def test_cli_runs_and_summarises_failures(corpus_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["corpus", "run", str(corpus_dir), "-o", str(out), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "Analysed 5 couples" in result.output
    assert "2 couple(s) or file(s) failed" in result.output
    assert "[E101]" in result.output and "[E104]" in result.output
    again = CliRunner().invoke(app, ["corpus", "run", str(corpus_dir), "-o", str(out)])
    assert again.exit_code == 0, again.output
    assert "finished earlier, not redone" in again.output


def test_cli_dask_without_the_extra_names_the_pip_command(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_distributed(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "distributed" or name.startswith("distributed."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_distributed)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["corpus", "run", str(corpus_dir), "-o", str(out), "--engine", "dask"]
    )
    assert result.exit_code == 2
    assert "pip install 'unmask[corpus]'" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_refuses_a_scheduler_without_dask(corpus_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["corpus", "run", str(corpus_dir), "-o", str(tmp_path / "o"), "--scheduler", "x:1"],
    )
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.output
