"""Answering again starts a dated round; a name typo never creates a partner silently;
a weak passphrase is refused before the confirmation prompt."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner
from helpers_assess import ALEX_TINY, SAM_TINY, SHARE_ALL, START, assess, compare, lines, run, whole

from unmask.cli.main import app
from unmask.store import Store

#: alex answers differently in round 2 (o1 1 instead of 5)
ALEX_ROUND2 = ["1", *ALEX_TINY[1:]]


def test_answering_again_starts_a_new_round_and_keeps_the_old_one(
    tmp_path: Path, tiny_file: Path
) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assess(db, "alex", whole(ALEX_TINY), *inst)
    assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner")
    declined = assess(db, "alex", "n\n", *inst)
    assert "You finished round 1 on" in declined.output
    assert "Nothing new was started; round 1 stays sealed" in declined.output
    again = assess(db, "alex", lines(["y"] + START + ALEX_ROUND2 + SHARE_ALL), *inst)
    assert again.exit_code == 0, again.output
    assert "What your partner will see" in again.output  # the intro again for a new round
    assert "Finished and sealed (round 2)" in again.output
    with Store(db) as store:
        [alex, sam] = store.partners("default", "tiny")
    assert [r.number for r in alex.rounds] == [1, 2] and alex.last_finished == 2
    assert all(r.finished and r.started_at for r in alex.rounds)
    assert sam.last_finished == 1
    latest = tmp_path / "latest"
    latest.mkdir()
    (latest / "report.json").write_text("{}", encoding="utf-8")
    (latest / "report.html").write_text("<!-- unmask:questionnaire -->", encoding="utf-8")
    result = compare(db, *inst, "--report", str(latest))
    assert result.exit_code == 0 and "alex: round 2" in result.output
    data = json.loads((latest / "report.json").read_text(encoding="utf-8"))["questionnaire"]
    assert data["rounds"]["alex"]["round"] == 2 and data["rounds"]["sam"]["round"] == 1
    open_r2 = next(s for s in data["scales"] if s["scale"] == "open")["scores"]["alex"]
    first = compare(db, *inst, "--round", "1")
    assert first.exit_code == 0 and "alex: round 1" in first.output
    assert open_r2 != 4.67  # round 2 differs from the round-1 score (4.67)
    missing = compare(db, *inst, "--round", "2")
    assert missing.exit_code == 2 and "'sam' has not finished round 2" in missing.output


def test_a_partner_name_typo_never_creates_a_third_partner(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assess(db, "alex", whole(ALEX_TINY), *inst)
    assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner")
    typo = run(
        ["assess", "--db", str(db), "--partner", "alxe", *inst, "--passphrase-env", "PASS_ALEX"],
        "n\n",
    )
    assert typo.exit_code == 2
    assert "Couple 'default' already has: alex, sam." in typo.output
    assert "exactly two partners" in typo.output and "Nothing was created" in typo.output
    silent = run(
        ["assess", "--db", str(db), "--partner", "alxe", *inst, "--passphrase-env", "PASS_ALEX"]
    )
    assert silent.exit_code != 0  # no answer to the question: still nothing created
    with Store(db) as store:
        assert store.partner_names("default") == ["alex", "sam"]


def test_a_second_partner_is_asked_once_then_created(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assess(db, "alex", whole(ALEX_TINY), *inst)
    result = assess(db, "sam", lines(["y"] + START + ["q"]), *inst)
    assert "Couple 'default' already has: alex." in result.output
    assert "Add 'sam' as a new partner" in result.output
    with Store(db) as store:
        assert store.partner_names("default") == ["alex", "sam"]


def test_name_prompt_lists_the_couples_partners(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    assess(db, "alex", whole(ALEX_TINY), "--instrument", str(tiny_file))
    result = run(["assess", "--db", str(db), "--instrument", str(tiny_file)], "alex\n")
    assert "Couple 'default' already has: alex." in result.output
    assert result.output.index("already has") < result.output.index("Your name or pseudonym")


def test_weak_passphrase_is_refused_before_the_confirmation(
    tmp_path: Path, tiny_file: Path
) -> None:
    db = tmp_path / "u.db"
    args = ["assess", "--db", str(db), "--partner", "alex", "--instrument", str(tiny_file)]
    text = "\npassword\nalexalex99\nquiet river lantern\nquiet river lantern\n" + lines(
        START[1:] + ["q"]
    )
    result = run(args, text)
    assert result.exit_code == 0, result.output
    assert result.output.count("That passphrase is too weak") == 2
    flat = " ".join(result.output.split())
    assert "passwords tried first" in flat and "mostly a name" in flat
    assert result.output.count("Repeat the passphrase") == 1  # asked only for the strong one
    assert result.output.index("too weak") < result.output.index("Repeat the passphrase")
    env = {"WEAK": "12345678"}
    db2 = tmp_path / "v.db"
    scripted = CliRunner().invoke(
        app,
        ["assess", "--db", str(db2), "--partner", "alex", "--passphrase-env", "WEAK"],
        input="\n",
        env=env,
    )
    assert scripted.exit_code == 2 and "too weak" in scripted.output


def test_import_repairs_a_damaged_round_and_never_replaces_a_finished_one(
    tmp_path: Path, tiny_file: Path
) -> None:
    inst = ["--instrument", str(tiny_file)]
    source = tmp_path / "src.db"
    assess(source, "alex", whole(ALEX_TINY), *inst)
    good = tmp_path / "alex.json"
    assert assess(source, "alex", "", *inst, "--export", str(good)).exit_code == 0
    db = tmp_path / "u.db"
    assess(db, "alex", lines(START + ALEX_TINY[:2] + ["q"]), *inst)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE sheets SET ciphertext = X'00112233445566778899aabbccddeeff00'")
    conn.commit()
    conn.close()
    broken = assess(db, "alex", "", *inst)
    assert broken.exit_code == 1 and "integrity check" in broken.output
    repaired = assess(db, "alex", "", *inst, "--import", str(good))
    assert repaired.exit_code == 0, repaired.output
    assert "as round 1; finished: yes" in repaired.output
    again = assess(db, "alex", "", *inst, "--import", str(good))
    assert "as round 2" in again.output  # the finished round 1 is kept
    with Store(db) as store:
        [status] = store.partners("default", "tiny")
    assert [r.number for r in status.rounds] == [1, 2]
