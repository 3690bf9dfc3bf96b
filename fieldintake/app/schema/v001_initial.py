"""Schema 1: metadata, the user's identity keys, settings, the audit log."""

from __future__ import annotations

from typing import Any

DESCRIPTION = "initial vault: identity, settings, audit log"

# One statement per item: executescript() would commit the migration's
# transaction half-way.
STATEMENTS = [
    """CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE identity (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        user_id      TEXT NOT NULL,
        display_name TEXT NOT NULL,
        age_secret   TEXT NOT NULL,
        signing_seed BLOB NOT NULL,
        created_at   TEXT NOT NULL
    )""",
    """CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE audit (
        seq         INTEGER PRIMARY KEY,
        ts          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        object_type TEXT NOT NULL,
        object_id   TEXT NOT NULL DEFAULT '',
        detail      TEXT NOT NULL,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
    )""",
    "CREATE INDEX audit_object ON audit (object_id)",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
