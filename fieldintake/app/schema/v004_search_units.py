"""Schema 4: search terms cached per piece of a case, so a save re-reads only what changed."""

from __future__ import annotations

from typing import Any

DESCRIPTION = "search terms cached per part of a case"

STATEMENTS = [
    """CREATE TABLE search_units (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        unit    TEXT NOT NULL,
        digest  TEXT NOT NULL,
        exact   TEXT NOT NULL,
        sound   TEXT NOT NULL,
        PRIMARY KEY (case_id, unit)
    )""",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
