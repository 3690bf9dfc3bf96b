"""Schema 8: how far each bulk import got, so running it again continues where it stopped."""

from __future__ import annotations

from typing import Any

DESCRIPTION = "bulk import progress markers"

STATEMENTS = [
    """CREATE TABLE bulk_imports (
        source_key  TEXT PRIMARY KEY,
        source_name TEXT NOT NULL,
        done        INTEGER NOT NULL,
        done_digest TEXT NOT NULL,
        imported    INTEGER NOT NULL,
        skipped     INTEGER NOT NULL,
        finished    INTEGER NOT NULL DEFAULT 0,
        started_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    )""",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
