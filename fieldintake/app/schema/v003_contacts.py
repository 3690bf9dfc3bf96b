"""Schema 3: contacts (people we hand cases over to) and the bundles seen."""

from __future__ import annotations

from typing import Any

DESCRIPTION = "contacts and handed-over bundles"

STATEMENTS = [
    # ``verify_key`` is NULL for a bare age or SSH recipient: bundles to it are
    # encrypted, but nothing from it can be verified as coming from it.
    """CREATE TABLE contacts (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
        age_recipient TEXT NOT NULL UNIQUE,
        verify_key    BLOB UNIQUE,
        card          TEXT,
        verified      INTEGER NOT NULL DEFAULT 0,
        added_at      TEXT NOT NULL,
        notes         TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE bundles (
        bundle_id    TEXT NOT NULL,
        direction    TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        file_sha256  TEXT NOT NULL,
        at           TEXT NOT NULL,
        counterpart  TEXT NOT NULL DEFAULT '',
        cases        TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (bundle_id, direction)
    )""",
    "CREATE INDEX bundles_file ON bundles (file_sha256)",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
