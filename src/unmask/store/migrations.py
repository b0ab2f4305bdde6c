"""Schema changes as a named, ordered migration set.

Each migration runs once, in order, inside a transaction, and is recorded in
``schema_version``. Never edit a released migration; add a new one.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE partners (
            couple_id   TEXT NOT NULL,
            name        TEXT NOT NULL,
            salt        BLOB NOT NULL,
            kdf         TEXT NOT NULL,
            check_nonce BLOB NOT NULL,
            check_blob  BLOB NOT NULL,
            created_at  TEXT NOT NULL,
            PRIMARY KEY (couple_id, name)
        );
        CREATE TABLE sheets (
            couple_id     TEXT NOT NULL,
            partner       TEXT NOT NULL,
            instrument_id TEXT NOT NULL,
            nonce         BLOB NOT NULL,
            ciphertext    BLOB NOT NULL,
            finished      INTEGER NOT NULL DEFAULT 0,
            updated_at    TEXT NOT NULL,
            PRIMARY KEY (couple_id, partner, instrument_id),
            FOREIGN KEY (couple_id, partner) REFERENCES partners (couple_id, name)
                ON DELETE CASCADE
        );
        CREATE TABLE reveals (
            id            INTEGER PRIMARY KEY,
            couple_id     TEXT NOT NULL,
            instrument_id TEXT NOT NULL,
            partners      TEXT NOT NULL,
            sections      TEXT NOT NULL,
            revealed_at   TEXT NOT NULL
        );
        """,
    ),
    (
        # rounds: answering again later starts a new dated round beside the old ones;
        # private records (the safety screening) live apart from the comparable sheet;
        # outputs lists the report folders written, so `forget` can find them.
        "0002_rounds_private_outputs",
        """
        CREATE TABLE sheets_v2 (
            couple_id     TEXT NOT NULL,
            partner       TEXT NOT NULL,
            instrument_id TEXT NOT NULL,
            round         INTEGER NOT NULL DEFAULT 1,
            nonce         BLOB NOT NULL,
            ciphertext    BLOB NOT NULL,
            finished      INTEGER NOT NULL DEFAULT 0,
            started_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            PRIMARY KEY (couple_id, partner, instrument_id, round),
            FOREIGN KEY (couple_id, partner) REFERENCES partners (couple_id, name)
                ON DELETE CASCADE
        );
        INSERT INTO sheets_v2 SELECT couple_id, partner, instrument_id, 1, nonce, ciphertext,
            finished, updated_at, updated_at FROM sheets;
        DROP TABLE sheets;
        ALTER TABLE sheets_v2 RENAME TO sheets;
        CREATE TABLE private_records (
            couple_id  TEXT NOT NULL,
            partner    TEXT NOT NULL,
            kind       TEXT NOT NULL,
            record     TEXT NOT NULL,
            nonce      BLOB NOT NULL,
            ciphertext BLOB NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (couple_id, partner, kind, record),
            FOREIGN KEY (couple_id, partner) REFERENCES partners (couple_id, name)
                ON DELETE CASCADE
        );
        CREATE TABLE outputs (
            path        TEXT NOT NULL,
            kind        TEXT NOT NULL,
            couple_id   TEXT,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (path, kind)
        );
        """,
    ),
)


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations (connection in autocommit mode); return names applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM schema_version")}
    applied = []
    for version, (name, sql) in enumerate(MIGRATIONS, start=1):
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in sql.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(name)
    return applied


def current_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)
