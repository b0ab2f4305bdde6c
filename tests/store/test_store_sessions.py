"""Rounds, private records, recorded outputs, file modes and open sessions."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from unmask.errors import PartnerError
from unmask.store import Store, crypto
from unmask.store.migrations import MIGRATIONS

PASS = "alex passphrase"


def test_rounds_are_kept_apart_and_bound_to_their_number(tmp_path: Path) -> None:
    with Store(tmp_path / "u.db") as store:
        alex = store.create_partner("c1", "alex", PASS)
        store.save_sheet(alex, "inv", b"round one", finished=True)
        store.save_sheet(alex, "inv", b"round two", finished=False, round_no=2)
        assert store.load_sheet(alex, "inv") == b"round one"
        assert store.load_sheet(alex, "inv", 2) == b"round two"
        [status] = store.partners("c1", "inv")
        assert [r.number for r in status.rounds] == [1, 2]
        assert status.started and not status.finished and status.last_finished == 1
    conn = sqlite3.connect(tmp_path / "u.db")
    one = conn.execute("SELECT nonce, ciphertext FROM sheets WHERE round = 1").fetchone()
    conn.execute("UPDATE sheets SET nonce = ?, ciphertext = ? WHERE round = 2", one)
    conn.commit()
    conn.close()
    with Store(tmp_path / "u.db") as store, pytest.raises(Exception, match="integrity check"):
        store.load_sheet(store.unlock("c1", "alex", PASS), "inv", 2)  # round 1 copied into 2


def test_private_records_are_sealed_and_never_sheets(tmp_path: Path) -> None:
    with Store(tmp_path / "u.db") as store:
        alex = store.create_partner("c1", "alex", PASS)
        sam = store.create_partner("c1", "sam", "sam passphrase")
        store.save_private(alex, "screening", "inv@round1", b'{"fear": 3, "m": "kiwi-4411"}')
        assert store.load_private(alex, "screening", "inv@round1") == (
            b'{"fear": 3, "m": "kiwi-4411"}'
        )
        assert store.load_private(sam, "screening", "inv@round1") is None
        assert store.partners("c1", "inv")[0].rounds == ()  # not a sheet
        store.forget_partner("c1", "alex")
        store.create_partner("c1", "alex", PASS)
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"kiwi-4411" not in raw
    conn = sqlite3.connect(tmp_path / "u.db")
    assert conn.execute("SELECT COUNT(*) FROM private_records").fetchone() == (0,)


def test_upgrade_from_the_first_schema_keeps_round_one_readable(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0][1].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
    )
    conn.execute("INSERT INTO schema_version VALUES (1, ?, '2026-01-01')", (MIGRATIONS[0][0],))
    params = crypto.KdfParams(log2_n=10)
    salt = crypto.new_salt()
    key = crypto.derive_key(PASS, salt, params)
    check = crypto.seal(
        key, b"unmask passphrase check v1", crypto.associated_data("c1", "alex", "check", "")
    )
    conn.execute(
        "INSERT INTO partners VALUES ('c1', 'alex', ?, ?, ?, ?, '2026-01-01')",
        (salt, params.to_text(), *check),
    )
    nonce, blob = crypto.seal(
        key, b"old answers", crypto.associated_data("c1", "alex", "sheet", "inv")
    )
    conn.execute(
        "INSERT INTO sheets VALUES ('c1', 'alex', 'inv', ?, ?, 1, '2026-01-02')", (nonce, blob)
    )
    conn.commit()
    conn.close()
    with Store(path) as store:
        alex = store.unlock("c1", "alex", PASS)
        assert store.load_sheet(alex, "inv") == b"old answers"
        [status] = store.partners("c1", "inv")
        assert status.last_finished == 1 and status.rounds[0].started_at == "2026-01-02"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_database_is_0600_in_a_0700_folder_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        folder = tmp_path / "fresh" / "data"
        with Store(folder / "u.db") as store:
            alex = store.create_partner("c1", "alex", PASS)
            store.save_sheet(alex, "inv", b"x", finished=False)
            modes = {
                p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.is_file()
            }
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert modes and all(mode == 0o600 for mode in modes.values()), modes
        assert "u.db-wal" in modes
        loose = tmp_path / "loose.db"
        loose.write_bytes(b"")
        loose.chmod(0o666)
        Store(loose).close()
        assert stat.S_IMODE(loose.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_a_folder_the_user_named_keeps_its_mode(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    Store(tmp_path / "u.db").close()
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_forget_while_a_session_is_open_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "u.db"
    with Store(path) as session:
        alex = session.create_partner("c1", "alex", PASS)
        session.save_sheet(alex, "inv", b"first", finished=False)
        with Store(path) as other:
            assert other.forget_partner("c1", "alex")
        with pytest.raises(PartnerError, match="deleted with `unmask forget` while this session"):
            session.save_sheet(alex, "inv", b"second", finished=False)
        with pytest.raises(PartnerError, match="deleted"):
            session.save_private(alex, "screening", "r", b"x")
        # a new partner of the same name, with another passphrase: the old key still fails
        session.create_partner("c1", "alex", "another passphrase")
        with pytest.raises(PartnerError, match="deleted"):
            session.save_sheet(alex, "inv", b"third", finished=False)


def test_outputs_are_recorded_once_per_path_and_kind(tmp_path: Path) -> None:
    with Store(tmp_path / "u.db") as store:
        store.record_output(tmp_path / "rep", "analyze")
        store.record_output(tmp_path / "rep", "analyze")
        store.record_output(tmp_path / "rep", "compare", "c1")
        kinds = [(o.path, o.kind, o.couple_id) for o in store.outputs()]
        assert sorted(kinds, key=str) == sorted(
            [
                (tmp_path.resolve() / "rep", "analyze", None),
                (tmp_path.resolve() / "rep", "compare", "c1"),
            ],
            key=str,
        )
        [compare] = store.outputs(kind="compare", couple_id="c1")
        store.drop_output(compare)
        assert [o.kind for o in store.outputs()] == ["analyze"]


WORKER = textwrap.dedent(
    """
    import sys
    import time
    from pathlib import Path
    from helpers_assess import tiny
    from unmask.assess import load_sheet, update_sheet
    from unmask.store import Store
    db, keys, value, me = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3]), sys.argv[4]
    inst = tiny()
    with Store(db) as store:
        who = store.unlock("default", "alex", "alex passphrase")
        load_sheet(store, who, inst)  # the session has started, as the CLI's does
        ready = Path(db).parent
        (ready / f"ready-{me}").touch()
        while len(list(ready.glob("ready-*"))) < 2:  # both sessions are open now
            time.sleep(0.01)
        for _ in range(40):
            for key in keys:
                change = lambda s, k=key: s.with_answer("answers", k, value)
                update_sheet(store, who, inst, 1, change)
    """
)


def test_two_processes_answering_as_the_same_partner_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    with Store(db) as store:
        store.create_partner("default", "alex", "alex passphrase", crypto.KdfParams(log2_n=10))
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    helpers = str(Path(__file__).resolve().parents[1] / "assess")
    env = {**os.environ, "PYTHONPATH": helpers}  # the worker imports helpers_assess
    procs = [
        subprocess.Popen([sys.executable, str(script), str(db), keys, value, me], env=env)
        for keys, value, me in (("o1,o2,o3", "5", "a"), ("k1,k2", "2", "b"))
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with Store(db) as store:
        who = store.unlock("default", "alex", "alex passphrase")
        payload = store.load_sheet(who, "tiny")
    assert payload is not None
    answers = json.loads(payload)["answers"]
    assert answers == {"o1": 5, "o2": 5, "o3": 5, "k1": 2, "k2": 2}
