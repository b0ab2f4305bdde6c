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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs

from unmask.errors import AuthError, PartnerError, StoreError
from unmask.store import crypto, files
from unmask.store.migrations import migrate

ENV_VAR = "UNMASK_DB"
_CHECK_PLAINTEXT = b"unmask passphrase check v1"


def default_db_path() -> Path:
    """``$UNMASK_DB`` if set, else unmask.db in ``$UNMASK_DATA_DIR`` if that is set (the
    folder of every user-data file: the store, the consent record), else in the user's data
    directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    data_dir = os.environ.get("UNMASK_DATA_DIR")
    if data_dir:
        return Path(data_dir) / "unmask.db"
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
class RoundInfo:
    """One dated round of a partner's answers to an instrument (metadata only)."""

    number: int
    finished: bool
    started_at: str
    updated_at: str


@dataclass(frozen=True)
class PartnerStatus:
    """A partner and their rounds; ``finished``/``started`` describe the latest round."""

    name: str
    finished: bool
    started: bool
    rounds: tuple[RoundInfo, ...] = ()

    @property
    def last_finished(self) -> int | None:
        """The number of the latest finished round, None if none is finished."""
        done = [r.number for r in self.rounds if r.finished]
        return max(done) if done else None


@dataclass(frozen=True)
class OutputRecord:
    """A report folder unmask wrote (``kind``: analyze or compare)."""

    path: Path
    kind: str
    couple_id: str | None
    recorded_at: str


def _sheet_record(instrument_id: str, round_no: int) -> str:
    """The record id bound into a sheet's ciphertext (round 1 keeps the original form)."""
    return instrument_id if round_no == 1 else f"{instrument_id}@round{round_no}"


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
        own_folder = path is None and not os.environ.get(ENV_VAR)
        self.path = Path(path) if path is not None else default_db_path()
        try:
            files.prepare_private_file(self.path, own_folder)
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self._conn.execute("PRAGMA secure_delete = ON")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA journal_mode = WAL")
            migrate(self._conn)
            files.prepare_private_file(self.path, own_folder=False)  # -wal, -shm
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
        crypto.check_passphrase(passphrase, (name, couple_id))
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

    def partner_names(self, couple_id: str) -> list[str]:
        """The couple's partners, oldest first."""
        rows = self._conn.execute(
            "SELECT name FROM partners WHERE couple_id = ? ORDER BY created_at, name",
            (couple_id,),
        )
        return [row[0] for row in rows]

    def rounds(self, couple_id: str, partner: str, instrument_id: str) -> list[RoundInfo]:
        """The partner's rounds for one instrument, oldest first."""
        rows = self._conn.execute(
            "SELECT round, finished, started_at, updated_at FROM sheets "
            "WHERE couple_id = ? AND partner = ? AND instrument_id = ? ORDER BY round",
            (couple_id, partner, instrument_id),
        ).fetchall()
        return [RoundInfo(n, bool(done), start, upd) for n, done, start, upd in rows]

    def partners(self, couple_id: str, instrument_id: str) -> list[PartnerStatus]:
        out = []
        for name in self.partner_names(couple_id):
            rounds = tuple(self.rounds(couple_id, name, instrument_id))
            finished = bool(rounds) and rounds[-1].finished
            out.append(PartnerStatus(name, finished, bool(rounds), rounds))
        return out

    def couples(self) -> list[str]:
        rows = self._conn.execute("SELECT DISTINCT couple_id FROM partners ORDER BY 1")
        return [row[0] for row in rows]

    # sealed sheets -----------------------------------------------------

    def save_sheet(
        self,
        who: Unlocked,
        instrument_id: str,
        payload: bytes,
        finished: bool,
        round_no: int = 1,
    ) -> None:
        """Encrypt ``payload`` under the partner's key and upsert it as round ``round_no``.

        The stored sheet is replaced without being read, so a damaged one can be
        overwritten (e.g. by ``--import``).
        """
        self._write_sheet(who, instrument_id, round_no, lambda _old: (payload, finished), False)

    def update_sheet(
        self,
        who: Unlocked,
        instrument_id: str,
        round_no: int,
        change: Callable[[bytes | None], tuple[bytes, bool]],
    ) -> bytes:
        """Read, change and write one sheet in a single write transaction.

        ``change`` gets the decrypted stored payload (None if none) and returns
        the new payload and its finished flag. Two sessions of the same partner
        are serialised by the transaction, so each change sees the other's
        answers and none is lost. A partner deleted (``unmask forget``) while a
        session was open is a clean :class:`PartnerError`, never a crash.
        """
        return self._write_sheet(who, instrument_id, round_no, change, True)

    def _write_sheet(
        self,
        who: Unlocked,
        instrument_id: str,
        round_no: int,
        change: Callable[[bytes | None], tuple[bytes, bool]],
        read_old: bool,
    ) -> bytes:
        if round_no < 1:
            raise ValueError("rounds are numbered from 1")
        record = _sheet_record(instrument_id, round_no)
        ad = crypto.associated_data(who.couple_id, who.partner, "sheet", record)
        with self._transaction() as conn:
            self._check_alive(conn, who)
            row = conn.execute(
                "SELECT nonce, ciphertext FROM sheets WHERE couple_id = ? "
                "AND partner = ? AND instrument_id = ? AND round = ?",
                (who.couple_id, who.partner, instrument_id, round_no),
            ).fetchone()
            old = None
            if row is not None and read_old:
                old = crypto.open_sealed(who.key, bytes(row[0]), bytes(row[1]), ad, self._what(who))
            payload, finished = change(old)
            nonce, blob = crypto.seal(who.key, payload, ad)
            now = _now()
            conn.execute(
                "INSERT INTO sheets (couple_id, partner, instrument_id, round, nonce, "
                "ciphertext, finished, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (couple_id, partner, instrument_id, round) DO UPDATE SET "
                "nonce = excluded.nonce, ciphertext = excluded.ciphertext, "
                "finished = excluded.finished, updated_at = excluded.updated_at",
                (
                    who.couple_id,
                    who.partner,
                    instrument_id,
                    round_no,
                    nonce,
                    blob,
                    int(finished),
                    now,
                    now,
                ),
            )
        return payload

    def load_sheet(self, who: Unlocked, instrument_id: str, round_no: int = 1) -> bytes | None:
        """The decrypted payload, None if never saved; tampering is an AuthError."""
        row = self._conn.execute(
            "SELECT nonce, ciphertext FROM sheets "
            "WHERE couple_id = ? AND partner = ? AND instrument_id = ? AND round = ?",
            (who.couple_id, who.partner, instrument_id, round_no),
        ).fetchone()
        if row is None:
            return None
        ad = crypto.associated_data(
            who.couple_id, who.partner, "sheet", _sheet_record(instrument_id, round_no)
        )
        return crypto.open_sealed(who.key, bytes(row[0]), bytes(row[1]), ad, self._what(who))

    @staticmethod
    def _what(who: Unlocked) -> str:
        return f"the stored answers of {who.partner!r} (couple {who.couple_id!r})"

    def _check_alive(self, conn: sqlite3.Connection, who: Unlocked) -> None:
        """The partner still exists and ``who.key`` is still their key."""
        row = conn.execute(
            "SELECT check_nonce, check_blob FROM partners WHERE couple_id = ? AND name = ?",
            (who.couple_id, who.partner),
        ).fetchone()
        gone = PartnerError(
            f"the answers of {who.partner!r} (couple {who.couple_id!r}) were deleted with "
            "`unmask forget` while this session was open; nothing more was saved. Start again "
            f"with `unmask assess --couple {who.couple_id} --partner {who.partner}`"
        )
        if row is None:
            raise gone
        ad = crypto.associated_data(who.couple_id, who.partner, "check", "")
        try:
            crypto.open_sealed(who.key, bytes(row[0]), bytes(row[1]), ad, "the passphrase check")
        except AuthError:
            raise gone from None

    # private records (never part of a comparison) ----------------------

    def save_private(self, who: Unlocked, kind: str, record: str, payload: bytes) -> None:
        """Seal a record only its owner can open (e.g. the safety screening)."""
        ad = crypto.associated_data(who.couple_id, who.partner, f"private:{kind}", record)
        nonce, blob = crypto.seal(who.key, payload, ad)
        with self._transaction() as conn:
            self._check_alive(conn, who)
            conn.execute(
                "INSERT INTO private_records VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (couple_id, partner, kind, record) DO UPDATE SET "
                "nonce = excluded.nonce, ciphertext = excluded.ciphertext, "
                "updated_at = excluded.updated_at",
                (who.couple_id, who.partner, kind, record, nonce, blob, _now()),
            )

    def load_private(self, who: Unlocked, kind: str, record: str) -> bytes | None:
        row = self._conn.execute(
            "SELECT nonce, ciphertext FROM private_records "
            "WHERE couple_id = ? AND partner = ? AND kind = ? AND record = ?",
            (who.couple_id, who.partner, kind, record),
        ).fetchone()
        if row is None:
            return None
        ad = crypto.associated_data(who.couple_id, who.partner, f"private:{kind}", record)
        return crypto.open_sealed(
            who.key, bytes(row[0]), bytes(row[1]), ad, f"the private answers of {who.partner!r}"
        )

    # report folders written (so that forget can find them) --------------

    def record_output(
        self, path: str | Path, kind: str = "analyze", couple_id: str | None = None
    ) -> None:
        """Remember a report folder unmask wrote (``unmask forget --all`` removes it)."""
        resolved = str(Path(path).expanduser().resolve())
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO outputs VALUES (?, ?, ?, ?) ON CONFLICT (path, kind) DO UPDATE "
                "SET couple_id = excluded.couple_id, recorded_at = excluded.recorded_at",
                (resolved, kind, couple_id, _now()),
            )

    def outputs(self, kind: str | None = None, couple_id: str | None = None) -> list[OutputRecord]:
        rows = self._conn.execute(
            "SELECT path, kind, couple_id, recorded_at FROM outputs ORDER BY recorded_at, path"
        ).fetchall()
        return [
            OutputRecord(Path(p), k, c, at)
            for p, k, c, at in rows
            if (kind is None or k == kind) and (couple_id is None or c == couple_id)
        ]

    def drop_output(self, record: OutputRecord) -> None:
        with self._transaction() as conn:
            conn.execute(
                "DELETE FROM outputs WHERE path = ? AND kind = ?", (str(record.path), record.kind)
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
            for table in ("sheets", "private_records"):
                conn.execute(
                    f"DELETE FROM {table} WHERE couple_id = ? AND partner = ?",  # fixed names
                    (couple_id, name),
                )
            conn.execute("DELETE FROM reveals WHERE couple_id = ?", (couple_id,))
        self._scrub()
        return gone > 0

    def forget_couple(self, couple_id: str) -> bool:
        with self._transaction() as conn:
            gone = conn.execute("DELETE FROM partners WHERE couple_id = ?", (couple_id,)).rowcount
            for table in ("sheets", "private_records", "reveals"):
                conn.execute(f"DELETE FROM {table} WHERE couple_id = ?", (couple_id,))
        self._scrub()
        return gone > 0

    def forget_all(self) -> None:
        with self._transaction() as conn:
            for table in ("sheets", "private_records", "reveals", "partners"):
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


def record_output(
    path: str | Path,
    kind: str = "analyze",
    couple_id: str | None = None,
    db: str | Path | None = None,
) -> None:
    """Record a report folder in the store (the one-line hook for ``unmask analyze``).

    ``unmask forget --all`` then removes the files unmask wrote there.
    """
    with Store(db) as store:
        store.record_output(path, kind, couple_id)
