"""The local SQLite store: the only module that touches the database.

Where: ``--db PATH``, else ``$UNMASK_DB``, else ``unmask.db`` in the user's
data directory (platformdirs). What is stored in clear: couple ids, partner
names, salts, KDF parameters, a "finished" flag, timestamps and the reveal
log. Everything a partner *answered* - answers, predictions, ratings, hopes -
is one AES-GCM ciphertext under that partner's own key (:mod:`.crypto`); no
score is ever stored, scores are recomputed after unlocking.

Deletion is meant to be real: ``secure_delete`` zeroes freed pages, and
:meth:`Store.forget_partner` / :meth:`Store.forget_couple` /
:meth:`Store.forget_all` finish with a WAL checkpoint (TRUNCATE) and a
``VACUUM`` so no old page survives in the database file or its WAL.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs

from unmask.errors import AuthError, PartnerError, StoreError
from unmask.store import crypto
from unmask.store.migrations import migrate

ENV_VAR = "UNMASK_DB"
_CHECK_PLAINTEXT = b"unmask passphrase check v1"


def default_db_path() -> Path:
    """``$UNMASK_DB`` if set, else unmask.db in the user's data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("unmask", appauthor=False)) / "unmask.db"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Unlocked:
    """Proof that a partner's passphrase was given in this session: their key."""

    couple_id: str
    partner: str
    key: bytes

    def __repr__(self) -> str:  # never show the key
        return f"Unlocked(couple_id={self.couple_id!r}, partner={self.partner!r})"


@dataclass(frozen=True)
class PartnerStatus:
    name: str
    finished: bool
    started: bool


@dataclass(frozen=True)
class RevealRecord:
    couple_id: str
    instrument_id: str
    partners: tuple[str, ...]
    sections: tuple[str, ...]
    revealed_at: str


class Store:
    """An open database; use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, isolation_level=None)
            self._conn.execute("PRAGMA secure_delete = ON")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA journal_mode = WAL")
            migrate(self._conn)
        except (sqlite3.Error, OSError) as error:
            raise StoreError(
                f"cannot open the database {self.path} ({type(error).__name__}: {error}); "
                "pass another location with --db PATH or UNMASK_DB"
            ) from None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise StoreError(f"the database {self.path} is busy or read-only ({error})") from None
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # partners and keys -------------------------------------------------

    def partner_exists(self, couple_id: str, name: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM partners WHERE couple_id = ? AND name = ?", (couple_id, name)
        ).fetchone()
        return row is not None

    def create_partner(
        self, couple_id: str, name: str, passphrase: str, params: crypto.KdfParams | None = None
    ) -> Unlocked:
        """Register a partner with their own passphrase and return their key."""
        crypto.check_passphrase(passphrase)
        if not name.strip() or not couple_id.strip():
            raise PartnerError("couple id and partner name must not be empty")
        if self.partner_exists(couple_id, name):
            raise PartnerError(f"partner {name!r} already exists in couple {couple_id!r}")
        params = params or crypto.DEFAULT_PARAMS
        salt = crypto.new_salt()
        key = crypto.derive_key(passphrase, salt, params)
        ad = crypto.associated_data(couple_id, name, "check", "")
        nonce, blob = crypto.seal(key, _CHECK_PLAINTEXT, ad)
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO partners VALUES (?, ?, ?, ?, ?, ?, ?)",
                (couple_id, name, salt, params.to_text(), nonce, blob, _now()),
            )
        return Unlocked(couple_id, name, key)

    def unlock(self, couple_id: str, name: str, passphrase: str) -> Unlocked:
        """Derive the partner's key; a wrong passphrase is an :class:`AuthError`."""
        row = self._conn.execute(
            "SELECT salt, kdf, check_nonce, check_blob FROM partners "
            "WHERE couple_id = ? AND name = ?",
            (couple_id, name),
        ).fetchone()
        if row is None:
            raise PartnerError(
                f"no partner {name!r} in couple {couple_id!r}; start with "
                f"`unmask assess --couple {couple_id} --partner NAME`"
            )
        salt, kdf, nonce, blob = row
        key = crypto.derive_key(passphrase, bytes(salt), crypto.KdfParams.from_text(kdf))
        ad = crypto.associated_data(couple_id, name, "check", "")
        try:
            crypto.open_sealed(key, bytes(nonce), bytes(blob), ad, "the passphrase check")
        except AuthError:
            raise AuthError(
                f"wrong passphrase for partner {name!r} of couple {couple_id!r} "
                "(or their stored key check was altered); try again"
            ) from None
        return Unlocked(couple_id, name, key)

    def partners(self, couple_id: str, instrument_id: str) -> list[PartnerStatus]:
        rows = self._conn.execute(
            "SELECT p.name, s.finished, s.partner IS NOT NULL FROM partners p "
            "LEFT JOIN sheets s ON s.couple_id = p.couple_id AND s.partner = p.name "
            "AND s.instrument_id = ? WHERE p.couple_id = ? ORDER BY p.created_at, p.name",
            (instrument_id, couple_id),
        ).fetchall()
        return [
            PartnerStatus(name, bool(finished), bool(started)) for name, finished, started in rows
        ]

    def couples(self) -> list[str]:
        rows = self._conn.execute("SELECT DISTINCT couple_id FROM partners ORDER BY 1")
        return [row[0] for row in rows]

    # sealed sheets -----------------------------------------------------

    def save_sheet(self, who: Unlocked, instrument_id: str, payload: bytes, finished: bool) -> None:
        """Encrypt ``payload`` under the partner's key and upsert it."""
        ad = crypto.associated_data(who.couple_id, who.partner, "sheet", instrument_id)
        nonce, blob = crypto.seal(who.key, payload, ad)
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO sheets VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (couple_id, partner, instrument_id) DO UPDATE SET "
                "nonce = excluded.nonce, ciphertext = excluded.ciphertext, "
                "finished = excluded.finished, updated_at = excluded.updated_at",
                (who.couple_id, who.partner, instrument_id, nonce, blob, int(finished), _now()),
            )

    def load_sheet(self, who: Unlocked, instrument_id: str) -> bytes | None:
        """The decrypted payload, None if never saved; tampering is an AuthError."""
        row = self._conn.execute(
            "SELECT nonce, ciphertext FROM sheets "
            "WHERE couple_id = ? AND partner = ? AND instrument_id = ?",
            (who.couple_id, who.partner, instrument_id),
        ).fetchone()
        if row is None:
            return None
        ad = crypto.associated_data(who.couple_id, who.partner, "sheet", instrument_id)
        return crypto.open_sealed(
            who.key,
            bytes(row[0]),
            bytes(row[1]),
            ad,
            f"the stored answers of {who.partner!r} (couple {who.couple_id!r})",
        )

    # reveal log ------------------------------------------------------

    def record_reveal(
        self, couple_id: str, instrument_id: str, partners: Sequence[str], sections: Sequence[str]
    ) -> RevealRecord:
        """Log that a comparison was revealed: who, which sections, when (no content)."""
        record = RevealRecord(couple_id, instrument_id, tuple(partners), tuple(sections), _now())
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO reveals (couple_id, instrument_id, partners, sections, revealed_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    couple_id,
                    instrument_id,
                    json.dumps(record.partners),
                    json.dumps(record.sections),
                    record.revealed_at,
                ),
            )
        return record

    def reveals(self, couple_id: str) -> list[RevealRecord]:
        rows = self._conn.execute(
            "SELECT instrument_id, partners, sections, revealed_at FROM reveals "
            "WHERE couple_id = ? ORDER BY id",
            (couple_id,),
        ).fetchall()
        return [
            RevealRecord(couple_id, inst, tuple(json.loads(p)), tuple(json.loads(s)), at)
            for inst, p, s, at in rows
        ]

    # forgetting ----------------------------------------------------------

    def forget_partner(self, couple_id: str, name: str) -> bool:
        """Delete one partner's key, answers, and the couple's reveal log."""
        with self._transaction() as conn:
            gone = conn.execute(
                "DELETE FROM partners WHERE couple_id = ? AND name = ?", (couple_id, name)
            ).rowcount
            conn.execute(
                "DELETE FROM sheets WHERE couple_id = ? AND partner = ?", (couple_id, name)
            )
            conn.execute("DELETE FROM reveals WHERE couple_id = ?", (couple_id,))
        self._scrub()
        return gone > 0

    def forget_couple(self, couple_id: str) -> bool:
        with self._transaction() as conn:
            gone = conn.execute("DELETE FROM partners WHERE couple_id = ?", (couple_id,)).rowcount
            conn.execute("DELETE FROM sheets WHERE couple_id = ?", (couple_id,))
            conn.execute("DELETE FROM reveals WHERE couple_id = ?", (couple_id,))
        self._scrub()
        return gone > 0

    def forget_all(self) -> None:
        with self._transaction() as conn:
            for table in ("sheets", "reveals", "partners"):
                conn.execute(f"DELETE FROM {table}")  # fixed table names, no input
        self._scrub()

    def _scrub(self) -> None:
        """Leave no freed page behind: checkpoint, rebuild, empty the WAL."""
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise StoreError(
                f"deleted, but could not compact {self.path} ({error}); close other unmask "
                "windows and run `unmask forget` again"
            ) from None
