"""Schema 6: decisions on suggested redactions, so a rejected suggestion is not asked again for that case."""

from __future__ import annotations

from typing import Any

DESCRIPTION = "decisions on suggested redactions"

STATEMENTS = [
    """CREATE TABLE redaction_review (
        case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        key        TEXT NOT NULL,
        decision   TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        text       TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (case_id, kind, key)
    )""",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
