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
