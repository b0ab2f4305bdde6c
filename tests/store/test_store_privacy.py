"""Privacy properties of the store: per-partner keys, tamper detection, real deletion."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from unmask.errors import AuthError, PartnerError, StoreError, UsageError
from unmask.store import Store, Unlocked, crypto
from unmask.store.migrations import MIGRATIONS, current_version

MARKER = "zebra-umbrella-7731"  # a unique answer text we grep for
PAYLOAD_A = ('{"hopes": ["' + MARKER + ' alex"]}').encode()
PAYLOAD_B = b'{"hopes": ["sam hopes"]}'


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "u.db") as opened:
        yield opened


def _two(store: Store) -> tuple[Unlocked, Unlocked]:
    alex = store.create_partner("c1", "alex", "alex passphrase")
    sam = store.create_partner("c1", "sam", "sam passphrase")
    store.save_sheet(alex, "inv", PAYLOAD_A, finished=True)
    store.save_sheet(sam, "inv", PAYLOAD_B, finished=False)
    return alex, sam


def _raw(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_round_trip_and_no_plaintext_on_disk(store: Store) -> None:
    alex, _ = _two(store)
    assert store.load_sheet(alex, "inv") == PAYLOAD_A
    assert MARKER.encode() not in _raw(store.path)
    statuses = {s.name: s.finished for s in store.partners("c1", "inv")}
    assert statuses == {"alex": True, "sam": False}


def test_migrations_are_recorded(store: Store) -> None:
    conn = sqlite3.connect(store.path)
    assert current_version(conn) == len(MIGRATIONS)
    names = [r[0] for r in conn.execute("SELECT name FROM schema_version ORDER BY version")]
    assert names == [name for name, _ in MIGRATIONS]
    conn.close()
    with Store(store.path):  # reopening applies nothing twice
        pass


def test_wrong_passphrase_is_auth_error(store: Store) -> None:
    _two(store)
    with pytest.raises(AuthError, match="wrong passphrase for partner 'alex'"):
        store.unlock("c1", "alex", "not alex passphrase")
    assert store.unlock("c1", "alex", "alex passphrase").partner == "alex"


def test_partner_b_cannot_read_partner_a(store: Store) -> None:
    _, sam = _two(store)
    as_if_alex = Unlocked("c1", "alex", sam.key)  # sam's key aimed at alex's row
    with pytest.raises(AuthError, match="integrity check"):
        store.load_sheet(as_if_alex, "inv")


def test_tampered_ciphertext_is_auth_error(store: Store) -> None:
    alex, _ = _two(store)
    conn = sqlite3.connect(store.path)
    blob = bytearray(
        conn.execute("SELECT ciphertext FROM sheets WHERE partner='alex'").fetchone()[0]
    )
    blob[5] ^= 0x01
    conn.execute("UPDATE sheets SET ciphertext = ? WHERE partner = 'alex'", (bytes(blob),))
    conn.commit()
    conn.close()
    with pytest.raises(AuthError, match="integrity check"):
        store.load_sheet(alex, "inv")


def test_swapped_rows_are_detected(store: Store) -> None:
    """A ciphertext copied into another record fails: associated data names its place."""
    alex = store.create_partner("c1", "alex", "alex passphrase")
    store.save_sheet(alex, "inv", PAYLOAD_A, finished=True)
    store.save_sheet(alex, "other", PAYLOAD_B, finished=True)
    conn = sqlite3.connect(store.path)
    nonce, blob = conn.execute(
        "SELECT nonce, ciphertext FROM sheets WHERE instrument_id='other'"
    ).fetchone()
    conn.execute(
        "UPDATE sheets SET nonce = ?, ciphertext = ? WHERE instrument_id = 'inv'", (nonce, blob)
    )
    conn.commit()
    conn.close()
    with pytest.raises(AuthError):
        store.load_sheet(alex, "inv")


def test_damaged_kdf_parameters_are_auth_error(store: Store) -> None:
    _two(store)
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE partners SET kdf = 'scrypt:40:8:1' WHERE name = 'alex'")
    conn.commit()
    conn.close()
    with pytest.raises(AuthError, match="key parameters are damaged"):
        store.unlock("c1", "alex", "alex passphrase")


def test_short_passphrase_and_duplicates_are_refused(store: Store) -> None:
    with pytest.raises(UsageError, match="at least 8"):
        store.create_partner("c1", "alex", "short")
    store.create_partner("c1", "alex", "long enough pass")
    with pytest.raises(PartnerError, match="already exists"):
        store.create_partner("c1", "alex", "long enough pass")
    with pytest.raises(PartnerError, match="no partner 'kim'"):
        store.unlock("c1", "kim", "long enough pass")


def test_kdf_is_scrypt_with_per_partner_salt(store: Store) -> None:
    _two(store)
    conn = sqlite3.connect(store.path)
    rows = conn.execute("SELECT salt, kdf FROM partners").fetchall()
    assert len({bytes(salt) for salt, _ in rows}) == 2
    assert all(len(salt) == crypto.SALT_BYTES and kdf.startswith("scrypt:") for salt, kdf in rows)
    assert crypto.KdfParams().to_text() == "scrypt:17:8:1"  # the production default


@pytest.mark.parametrize("scope", ["partner", "couple", "all"])
def test_forget_leaves_no_trace_in_db_or_wal(tmp_path: Path, scope: str) -> None:
    path = tmp_path / "u.db"
    with Store(path) as store:
        alex, sam = _two(store)
        for step in range(5):  # several versions of the record, as resuming writes
            store.save_sheet(alex, "inv", PAYLOAD_A + b" " * step, finished=False)
        store.record_reveal("c1", "inv", ("alex", "sam"), ("scales",))
        conn = sqlite3.connect(path)
        ciphertexts = [
            bytes(r[0])
            for r in conn.execute("SELECT ciphertext FROM sheets WHERE partner = 'alex'")
        ]
        check = bytes(
            conn.execute("SELECT check_blob FROM partners WHERE name='alex'").fetchone()[0]
        )
        conn.close()
        assert all(c in _raw(path) for c in ciphertexts)
        if scope == "partner":
            assert store.forget_partner("c1", "alex")
        elif scope == "couple":
            assert store.forget_couple("c1")
        else:
            store.forget_all()
        raw = _raw(path)
        assert MARKER.encode() not in raw
        for secret in [*ciphertexts, check]:
            assert secret[:16] not in raw
        assert store.reveals("c1") == []
        remaining = {s.name for s in store.partners("c1", "inv")}
        assert remaining == ({"sam"} if scope == "partner" else set())
    assert not (tmp_path / "u.db-journal").exists()
    wal = tmp_path / "u.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_reveal_log_records_who_what_when(store: Store) -> None:
    record = store.record_reveal("c1", "inv", ("alex", "sam"), ("scales", "hopes"))
    assert store.reveals("c1") == [record]
    assert record.revealed_at.endswith("+00:00")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are not the droids" * 100)
    with pytest.raises(StoreError, match="--db PATH"):
        Store(path)
