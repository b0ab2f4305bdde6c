"""The whole two-partner flow through the CLI: assess, resume, compare, export/import, forget."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers_assess import (
    ALEX_TINY,
    ENV,
    HOPE_MARKER,
    SAM_TINY,
    SHARE_ALL,
    START,
    assess,
    compare,
    lines,
    run,
    whole,
)

from unmask.assess import builtin_instrument
from unmask.assess.report import MARKER
from unmask.cli.main import app
from unmask.store import Store


def test_full_flow_with_the_builtin_inventory(tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    inventory = builtin_instrument()
    n = len(inventory.items) + len(inventory.predicted_items) + len(inventory.domains)
    alex = [str(1 + i % 5) for i in range(n)] + [f"{HOPE_MARKER} by the sea", ""]
    sam = [str(5 - i % 5) for i in range(n)] + ["a house near the sea", ""]
    result = assess(db, "alex", whole(alex))
    assert result.exit_code == 0, result.output
    assert f"About you - 1/{n + 1}" in result.output
    assert "What your partner will see" in result.output  # the intro, before any answer
    assert "I can tell my partner about my fears." in result.output
    assert "How would your partner answer this about themselves?" in result.output
    assert "Finished and sealed (round 1)" in result.output
    early = compare(db)
    assert early.exit_code == 2 and "couple 'default' has 1 partner" in early.output
    assert assess(db, "sam", whole(sam), "--new-partner").exit_code == 0

    report = tmp_path / "report"
    report.mkdir()
    (report / "report.json").write_text('{"format": "unmask-report"}', encoding="utf-8")
    (report / "report.html").write_text(f"<body>{MARKER}</body>", encoding="utf-8")
    result = compare(db, "--report", str(report))
    assert result.exit_code == 0, result.output
    assert "How well alex knows sam's inner world" in result.output
    assert "Bookkeeping" in result.output and "Shared dreams" in result.output
    assert HOPE_MARKER in result.output
    saved = json.loads((report / "report.json").read_text(encoding="utf-8"))
    assert len(saved["questionnaire"]["scales"]) == 14
    assert 'id="questionnaire"' in (report / "report.html").read_text(encoding="utf-8")
    with Store(db) as store:
        [reveal] = store.reveals("default")
    assert reveal.partners == ("alex", "sam") and "hopes" in reveal.sections
    assert HOPE_MARKER.encode() not in db.read_bytes()


def test_tiny_flow_scores_match_the_hand_computed_comparison(
    tmp_path: Path, tiny_file: Path
) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assert assess(db, "alex", whole(ALEX_TINY), *inst).exit_code == 0
    assert assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner").exit_code == 0
    folder = tmp_path / "rep"
    folder.mkdir()
    (folder / "report.json").write_text("{}", encoding="utf-8")
    (folder / "report.html").write_text(MARKER, encoding="utf-8")
    result = compare(db, *inst, "--report", str(folder))
    assert result.exit_code == 0, result.output
    data = json.loads((folder / "report.json").read_text(encoding="utf-8"))["questionnaire"]
    accuracy = data["inner_world_accuracy"][0]
    assert accuracy["agreement"]["exact"] == pytest.approx(0.667)
    assert [i["outcome"] for i in accuracy["items"]] == ["miss", "exact", "exact"]
    open_scale = next(s for s in data["scales"] if s["scale"] == "open")
    assert open_scale["scores"] == {"alex": pytest.approx(4.67), "sam": pytest.approx(2.67)}


def test_quit_and_resume(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    first = assess(db, "alex", lines(START + ALEX_TINY[:3] + ["q"]), *inst)
    assert first.exit_code == 0 and "Saved." in first.output
    second = assess(db, "alex", lines(ALEX_TINY[3:] + SHARE_ALL), *inst)
    assert second.exit_code == 0, second.output
    assert "About you - 4/12" in second.output  # resumed at the fourth screen
    assert "continuing round 1 at screen 4" in second.output
    assert "What your partner will see" not in second.output  # no intro when resuming
    assert second.output.count("I tell my fears.") == 1  # only its prediction screen
    out = tmp_path / "alex.json"
    assert assess(db, "alex", "", *inst, "--export", str(out)).exit_code == 0
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["answers"] == {"o1": 5, "o2": 4, "o3": 1, "k1": 2, "k2": 1}
    assert saved["finished"] is True and saved["hopes"] == ["a house by the sea"]


def test_interrupted_input_keeps_answers_so_far(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    cut = assess(
        db, "alex", lines(START + ALEX_TINY[:2]), *inst
    )  # input ends: like closing the terminal
    assert cut.exit_code != 0
    with Store(db) as store:
        [status] = store.partners("default", "tiny")
    assert status.started and not status.finished
    rest = assess(db, "alex", lines(ALEX_TINY[2:] + SHARE_ALL), *inst)
    assert "About you - 3/12" in rest.output and "Finished and sealed" in rest.output


def test_invalid_answers_are_asked_again(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    result = assess(db, "alex", whole(["9", "x", "²", *ALEX_TINY]), "--instrument", str(tiny_file))
    assert result.output.count("Please type a number from 1 to 5") == 3
    assert "Finished and sealed" in result.output


def test_passphrase_prompted_hidden_and_twice_on_first_use(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    args = ["assess", "--db", str(db), "--partner", "alex", "--instrument", str(tiny_file)]
    text = "\nfirst secret\nother secret\nfirst secret\nfirst secret\n" + lines(
        START[1:] + ALEX_TINY[:1] + ["q"]
    )
    result = run(args, text)
    assert result.exit_code == 0, result.output
    assert "do not match" in result.output.lower()
    assert "first secret" not in result.output  # hidden input is not echoed
    wrong = run(args, "wrong secret\n")
    assert wrong.exit_code == 1 and "[E401] wrong passphrase for partner 'alex'" in wrong.output
    assert "Traceback" not in wrong.output


def test_chinese_screens(tmp_path: Path) -> None:
    result = assess(tmp_path / "u.db", "alex", lines(START + ["q"]), "--lang", "zh")
    assert "关于你自己" in result.output and "我们会仔细记着谁付了什么钱。" in result.output
    assert "非常同意" in result.output and "已保存" in result.output


def test_compare_waits_for_both_and_refuses_wrong_passphrase(
    tmp_path: Path, tiny_file: Path
) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assess(db, "alex", whole(ALEX_TINY), *inst)
    assess(db, "sam", lines(START + SAM_TINY[:2] + ["q"]), *inst, "--new-partner")
    waiting = compare(db, *inst)
    assert waiting.exit_code == 2 and "still answering: sam" in waiting.output
    assess(db, "sam", lines(SAM_TINY[2:] + SHARE_ALL), *inst)
    bad = CliRunner().invoke(
        app,
        [
            "compare",
            "--db",
            str(db),
            *inst,
            "--passphrase-env",
            "alex=PASS_ALEX",
            "--passphrase-env",
            "sam=PASS_ALEX",
        ],
        env=ENV,
    )
    assert bad.exit_code == 1 and "wrong passphrase for partner 'sam'" in bad.output
    with Store(db) as store:
        assert store.reveals("default") == []  # nothing was revealed


def test_export_import_round_trip_and_bad_import(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assess(db, "alex", whole(ALEX_TINY), *inst)
    out = tmp_path / "alex.json"
    assert "NOT encrypted" in assess(db, "alex", "", *inst, "--export", str(out)).output
    again = assess(db, "alex", "", *inst, "--export", str(out))
    assert again.exit_code == 2 and "exists" in again.output
    other = tmp_path / "other.db"
    result = assess(other, "alex", "", *inst, "--import", str(out))
    assert result.exit_code == 0 and "finished: yes" in result.output
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "unmask-answers", "format_version": 1, "instrument": '
        '{"id": "tiny", "version": "1"}, "answers": {"o1": 7}}',
        encoding="utf-8",
    )
    bad = assess(other, "alex", "", *inst, "--import", str(broken))
    assert bad.exit_code == 2 and "answers.o1' must be a whole number" in bad.output


def test_forget_partner_via_cli_leaves_no_trace(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assess(db, "alex", whole(ALEX_TINY), *inst)
    assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner")
    conn = sqlite3.connect(db)
    blob = bytes(conn.execute("SELECT ciphertext FROM sheets WHERE partner='alex'").fetchone()[0])
    conn.close()
    nothing = run(["forget", "--db", str(db)])
    assert nothing.exit_code == 2 and "say what to forget" in nothing.output
    declined = run(["forget", "--db", str(db), "--partner", "alex"], "alex passphrase\nn\n")
    assert declined.exit_code == 1
    # only the owner: sam's passphrase (or none) cannot delete alex's answers
    by_sam = run(["forget", "--db", str(db), "--partner", "alex", "--yes"], "sam passphrase\n")
    assert by_sam.exit_code == 1 and "wrong passphrase for partner 'alex'" in by_sam.output
    env = ["--passphrase-env", "PASS_SAM"]
    by_env = run(["forget", "--db", str(db), "--partner", "alex", "--yes", *env])
    assert by_env.exit_code == 1 and "wrong passphrase" in by_env.output
    with Store(db) as store:
        assert store.partner_names("default") == ["alex", "sam"]
    owner = ["--passphrase-env", "PASS_ALEX"]
    result = run(["forget", "--db", str(db), "--partner", "alex", "--yes", *owner])
    assert result.exit_code == 0, result.output
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("u.db"))
    assert blob[:16] not in raw
    with Store(db) as store:
        assert [s.name for s in store.partners("default", "tiny")] == ["sam"]
    everything = run(["forget", "--db", str(db), "--all", "--yes"])
    assert everything.exit_code == 0
    with Store(db) as store:
        assert store.couples() == []
