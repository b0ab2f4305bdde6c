"""Where ``unmask analyze`` imports what (h-speed58): what the scoring child and the command
both need before they meet, once before the fork; the report writer, the reply layer, the
store and the summary only once the child has its job, beside its scoring."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from unmask.cli.main import app
from unmask_dev.synth import generate_large, write_whatsapp

analyze_module = importlib.import_module("unmask.analyze")
scorer_module = importlib.import_module("unmask.signals.scorer")
analyze_cmd = importlib.import_module("unmask.cli.analyze_cmd")
early_module = importlib.import_module("unmask.signals.early")

#: imported by the command only after it has forked its child and handed it the job
AFTER_THE_HAND_OVER = (
    "unmask.report.writer",
    "unmask.signals.reply",
    "unmask.signals.reply_echo",
    "unmask.store",
    "unmask.report.terminal",
    "sqlite3",  # the store's (the command's own except clause imports it where it is used)
)


def _loaded(code: str, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` a fresh interpreter has imported after running ``code``."""
    probe = f"{code}; import sys; print(' '.join(m for m in {names!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return out.split()


def test_the_command_imports_before_its_fork_what_both_processes_need_and_no_more() -> None:
    shared = ("unmask.dyad.safety", "unmask.signals.safety_model", "unmask.signals.model_zh")
    # the dyad's other modules are the parent's, after the fork (unmask.dyad imports its
    # submodules on first use, h-speed59)
    parent_only = ("unmask.dyad.columns", "unmask.dyad.bids", "unmask.dyad.partners")
    names = (*shared, "unmask.analyze", "unmask.signals.scorer", *parent_only)
    assert _loaded("import unmask.cli.analyze_cmd", (*names, *AFTER_THE_HAND_OVER)) == list(shared)


def test_the_analysis_leaves_the_writer_and_the_reply_layer_to_the_scoring_stage() -> None:
    names = ("unmask.signals.scorer", *AFTER_THE_HAND_OVER)
    assert _loaded("import unmask.analyze", names) == ["unmask.signals.scorer"]


def test_the_output_check_is_the_writer_s_own() -> None:
    from unmask.report import outdir, writer

    assert writer.check_output is outdir.check_output
    assert writer.OUTPUT_FILES == ("report.json", "messages.parquet", "report.html")


@pytest.fixture(scope="module")
def chat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("imports")) / "chat.txt"
    write_whatsapp(generate_large(3_000, seed=7), path, layout="android")
    return path


def _forking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(analyze_module, "EARLY_MIN_BYTES", 0)
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)


def _report(chat: Path, **kwargs: Any) -> dict[str, Any]:
    report = dict(analyze_module.analyze(chat, **kwargs).report())
    report.pop("timings", None)
    return report


def test_the_caller_s_jobs_run_once_beside_the_child_and_change_nothing(
    chat: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forking(monkeypatch)
    events: list[str] = []
    options = analyze_module.AnalyzeOptions(on_stage=events.append)
    beside = (lambda: events.append("job"),)
    with_job = _report(chat, early=True, options=options, beside=beside)
    # during the scoring stage, before the dyad's
    assert events == ["import", "score", "job", "dyad", "profile"]
    assert with_job == _report(chat, early=True)
    events.clear()
    monkeypatch.setenv("UNMASK_WORKERS", "1")  # no child: the job is not run
    assert _report(chat, early=True, options=options, beside=beside) == with_job
    assert "job" not in events


def test_the_command_runs_its_after_imports_beside_its_child(
    chat: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forking(monkeypatch)
    monkeypatch.setattr(early_module, "EARLY_MIN_BYTES", 0)  # the command's own early child
    calls: list[str] = []
    monkeypatch.setattr(analyze_cmd, "_import_after", lambda: calls.append("after"))
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app, ["analyze", str(chat), "-o", str(out), "--i-have-consent", "--no-model"]
    )
    assert result.exit_code == 0, result.output
    assert calls == ["after"]
    assert (out / "report.json").is_file() and (out / "messages.parquet").is_file()


def test_an_after_import_that_fails_is_left_to_where_it_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The job beside the child never stops the analysis: a module that cannot be imported
    fails in ``_remember`` or ``_summary``, as it did before the job existed."""
    monkeypatch.setitem(sys.modules, "unmask.store", None)  # importing it raises ImportError
    with pytest.raises(ImportError):
        import unmask.store  # noqa: F401
    analyze_cmd._import_after()  # no error


def test_the_dyad_package_imports_a_submodule_where_one_of_its_names_is_used() -> None:
    names = ("unmask.dyad.columns", "unmask.dyad.bids", "unmask.dyad.monthly")
    assert _loaded("import unmask.dyad.crisis", names) == []
    assert _loaded("from unmask.dyad import bid_outcomes", names) == [
        "unmask.dyad.columns",
        "unmask.dyad.bids",
    ]
    import unmask.dyad
    from unmask.dyad.monthly import monthly_table

    assert unmask.dyad.monthly_table is monthly_table
    assert set(unmask.dyad.__all__) <= set(dir(unmask.dyad))
    with pytest.raises(AttributeError):
        unmask.dyad.no_such_name  # noqa: B018
