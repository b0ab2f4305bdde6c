"""Forget belongs to its owner; `forget --all` also removes the report folders unmask wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_assess import ALEX_TINY, HOPE_MARKER, SAM_TINY, assess, compare, run, whole

from unmask.assess.report import MARKER
from unmask.store import OUTPUT_FILE_NAMES, Store, record_output

ALEX_HOPES = [*ALEX_TINY[:-2], f"{HOPE_MARKER} by the sea", ""]


def _couple(tmp_path: Path, tiny_file: Path) -> tuple[Path, list[str]]:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assert assess(db, "alex", whole(ALEX_HOPES), *inst).exit_code == 0
    assert assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner").exit_code == 0
    return db, inst


def _analysis(folder: Path, extra: str | None = None) -> Path:
    """A folder as `unmask analyze` leaves it (and recorded, as its hook does)."""
    folder.mkdir()
    (folder / "report.json").write_text('{"format": "unmask-report"}', encoding="utf-8")
    (folder / "report.html").write_text(f"<html><body>{MARKER}</body></html>", encoding="utf-8")
    (folder / "messages.parquet").write_bytes(b"PAR1")
    if extra:
        (folder / extra).write_text("mine", encoding="utf-8")
    return folder


def test_forget_partner_takes_the_questionnaire_out_of_the_report(
    tmp_path: Path, tiny_file: Path
) -> None:
    db, inst = _couple(tmp_path, tiny_file)
    folder = _analysis(tmp_path / "report")
    html_before = (folder / "report.html").read_text(encoding="utf-8")
    assert compare(db, *inst, "--report", str(folder)).exit_code == 0
    assert HOPE_MARKER in (folder / "report.json").read_text(encoding="utf-8")
    with Store(db) as store:
        [record] = store.outputs(kind="compare")
    assert record.path == folder.resolve() and record.couple_id == "default"
    result = run(
        ["forget", "--db", str(db), "--partner", "sam", "--yes", "--passphrase-env", "PASS_SAM"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert report == {"format": "unmask-report"}  # as the chat analysis wrote it
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert html == html_before and HOPE_MARKER not in html and "I tell my fears." not in html
    with Store(db) as store:
        assert store.outputs(kind="compare") == []
    # the folder can take a new comparison later
    assert assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner").exit_code == 0
    assert compare(db, *inst, "--report", str(folder)).exit_code == 0


def test_forget_couple_needs_every_partners_passphrase(tmp_path: Path, tiny_file: Path) -> None:
    db, _ = _couple(tmp_path, tiny_file)
    one = ["--passphrase-env", "alex=PASS_ALEX"]
    typed_wrong = run(["forget", "--db", str(db), "--couple", "default", "--yes", *one], "wrong!\n")
    assert typed_wrong.exit_code == 1 and "wrong passphrase for partner 'sam'" in typed_wrong.output
    both = [*one, "--passphrase-env", "sam=PASS_SAM"]
    result = run(["forget", "--db", str(db), "--couple", "default", "--yes", *both])
    assert result.exit_code == 0, result.output
    assert "couple 'default' (alex, sam)" in result.output
    with Store(db) as store:
        assert store.couples() == []


def test_forget_all_asks_then_removes_the_report_folders(tmp_path: Path, tiny_file: Path) -> None:
    db, inst = _couple(tmp_path, tiny_file)
    analysed = _analysis(tmp_path / "chat-report")
    record_output(analysed, db=db)  # the one-line hook `unmask analyze` calls
    shared = _analysis(tmp_path / "shared", extra="my-notes.txt")
    record_output(shared, db=db)
    assert compare(db, *inst, "--report", str(analysed)).exit_code == 0
    declined = run(["forget", "--db", str(db), "--all"], "n\n")
    assert declined.exit_code == 1 and "on this computer" in declined.output
    assert (analysed / "report.json").exists()
    with Store(db) as store:
        assert store.partner_names("default") == ["alex", "sam"]
    result = run(["forget", "--db", str(db), "--all"], "y\n")
    assert result.exit_code == 1  # one folder could not be removed: said, not hidden
    assert not analysed.exists()
    assert sorted(p.name for p in shared.iterdir()) == ["my-notes.txt"]  # theirs, left alone
    flat = " ".join(result.output.split())
    assert f"Could not remove: {shared.resolve()}" in flat and "left alone" in flat
    assert "Removed 1 report folder(s)" in flat
    with Store(db) as store:
        assert store.couples() == []
        assert [o.path for o in store.outputs()] == [shared.resolve()]  # found again next time
    (shared / "my-notes.txt").unlink()
    shared.rmdir()
    again = run(["forget", "--db", str(db), "--all", "--yes"])
    assert again.exit_code == 0
    with Store(db) as store:
        assert store.outputs() == []


def test_output_file_names_cover_what_analyze_writes() -> None:
    from unmask.report.writer import OUTPUT_FILES

    assert set(OUTPUT_FILES) <= set(OUTPUT_FILE_NAMES)


def test_forget_while_assess_is_open_ends_that_session_cleanly(
    tmp_path: Path, tiny_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import unmask.cli.assess_cmd as assess_cmd

    db = tmp_path / "u.db"
    real = assess_cmd._ask_rating
    calls = []

    def answer_then_forget(scale: object, lang: str) -> int | None:
        calls.append(1)
        if len(calls) == 9:  # six private questions, two items answered: forget now
            with Store(db) as other:
                other.forget_partner("default", "alex")
        return real(scale, lang)  # type: ignore[arg-type]

    monkeypatch.setattr(assess_cmd, "_ask_rating", answer_then_forget)
    result = assess(db, "alex", whole(ALEX_TINY), "--instrument", str(tiny_file))
    assert result.exit_code == 2, result.output
    flat = " ".join(result.output.split())
    assert "deleted with `unmask forget` while this session was open" in flat
    assert "Traceback" not in result.output and "IntegrityError" not in result.output
    with Store(db) as store:
        assert store.couples() == []
