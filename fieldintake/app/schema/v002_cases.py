"""Schema 2: cases, people, interviews, deadlines, attachments, redaction marks,
revision history and the full-text index."""

from __future__ import annotations

from typing import Any

DESCRIPTION = "cases, interviews, attachments, revisions, search"

STATEMENTS = [
    # ``num`` is the integer key the search index refers to; ``id`` the stable UUID.
    """CREATE TABLE cases (
        num          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        reference    TEXT NOT NULL UNIQUE,
        title        TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('open', 'closed', 'archived')),
        urgency      TEXT NOT NULL CHECK (urgency IN ('critical', 'high', 'normal', 'low')),
        tags         TEXT NOT NULL DEFAULT '[]',
        notes        TEXT NOT NULL DEFAULT '',
        client_name  TEXT NOT NULL DEFAULT '',
        next_due     TEXT,
        origin       TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
    )""",
    "CREATE INDEX cases_updated ON cases (updated_at)",
    "CREATE INDEX cases_status ON cases (status, urgency)",
    "CREATE INDEX cases_next_due ON cases (next_due)",
    """CREATE TABLE case_tags (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        tag     TEXT NOT NULL,
        PRIMARY KEY (tag, case_id)
    )""",
    """CREATE TABLE people (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        role       TEXT NOT NULL,
        data       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX people_case ON people (case_id, position)",
    """CREATE TABLE interviews (
        id               TEXT PRIMARY KEY,
        case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        template_id      TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        status           TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
        answers          TEXT NOT NULL,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
    )""",
    "CREATE INDEX interviews_case ON interviews (case_id, position)",
    # Manual deadlines, and those taken from dated answers (source 'answer').
    """CREATE TABLE deadlines (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        title      TEXT NOT NULL,
        due        TEXT NOT NULL,
        done       INTEGER NOT NULL DEFAULT 0,
        notes      TEXT NOT NULL DEFAULT '',
        source     TEXT NOT NULL DEFAULT 'manual',
        source_ref TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX deadlines_due ON deadlines (done, due)",
    "CREATE INDEX deadlines_case ON deadlines (case_id)",
    """CREATE TABLE attachments (
        id           TEXT PRIMARY KEY,
        case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        interview_id TEXT,
        blob_id      TEXT NOT NULL UNIQUE,
        file_name    TEXT NOT NULL,
        media_type   TEXT NOT NULL,
        size         INTEGER NOT NULL,
        sha256       TEXT NOT NULL,
        imported_at  TEXT NOT NULL,
        sensitivity  TEXT NOT NULL CHECK (sensitivity IN ('identifying', 'sensitive', 'shareable')),
        description  TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX attachments_case ON attachments (case_id)",
    """CREATE TABLE redaction_marks (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        path       TEXT NOT NULL,
        start      INTEGER NOT NULL,
        "end"      INTEGER NOT NULL,
        text       TEXT NOT NULL,
        label      TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX redaction_marks_case ON redaction_marks (case_id)",
    # Every change keeps the value it replaced (``old``), with author, time and origin.
    """CREATE TABLE revisions (
        seq         INTEGER PRIMARY KEY,
        case_id     TEXT NOT NULL,
        object_type TEXT NOT NULL,
        object_id   TEXT NOT NULL,
        path        TEXT NOT NULL,
        old         TEXT,
        new         TEXT,
        author      TEXT NOT NULL,
        ts          TEXT NOT NULL,
        origin      TEXT NOT NULL DEFAULT '',
        autosave    INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX revisions_case ON revisions (case_id, seq)",
    "CREATE INDEX revisions_object ON revisions (object_id, path, seq)",
    # Normalised search terms, one row per case (rowid = cases.num); see
    # app/textindex.py. Contentless: the original text stays in the tables
    # above and snippets are highlighted in Python.
    """CREATE VIRTUAL TABLE search_terms USING fts5 (
        exact, sound, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
    )""",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
