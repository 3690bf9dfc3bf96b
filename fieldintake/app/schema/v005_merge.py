"""Schema 5: what a three-way merge of cases needs, and what left the vault to whom.

``case_stamps`` holds each item's version vector (the ancestry that travels in
``fieldintake.case/2``) and a digest of the value it was stamped at, so a local
edit is noticed without hooking every writer. ``case_conflicts`` holds the
competing values of an item changed on two sides. ``case_peers`` records who a
case was exchanged with (only they may update it) and the newest signed case
version received from each. ``held_updates`` keeps an update from anyone else
until the user accepts it. ``disclosures`` is the ledger of what left the vault.
``cases.copy_of`` links a read-only redacted copy to the case it was made from.
"""

from __future__ import annotations

from typing import Any

DESCRIPTION = "case ancestry, conflicts, exchange partners, held updates and the disclosure ledger"

STATEMENTS = [
    "ALTER TABLE cases ADD COLUMN copy_of TEXT",
    """CREATE TABLE case_stamps (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        unit    TEXT NOT NULL,
        clock   TEXT NOT NULL,
        by      TEXT NOT NULL,
        who     TEXT NOT NULL DEFAULT '',
        at      TEXT NOT NULL,
        digest  TEXT NOT NULL,
        PRIMARY KEY (case_id, unit)
    )""",
    """CREATE TABLE case_conflicts (
        case_id   TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        unit      TEXT NOT NULL,
        siblings  TEXT NOT NULL,
        found_at  TEXT NOT NULL,
        origin    TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, unit)
    )""",
    """CREATE TABLE case_peers (
        case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        fingerprint      TEXT NOT NULL,
        name             TEXT NOT NULL DEFAULT '',
        sent_at          TEXT,
        received_at      TEXT,
        known            TEXT,
        received_version INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (case_id, fingerprint)
    )""",
    """CREATE TABLE held_updates (
        id         INTEGER PRIMARY KEY,
        case_id    TEXT NOT NULL,
        bundle_id  TEXT NOT NULL,
        sender     TEXT NOT NULL,
        sender_name TEXT NOT NULL DEFAULT '',
        reason     TEXT NOT NULL,
        at         TEXT NOT NULL,
        doc        TEXT NOT NULL
    )""",
    """CREATE TABLE disclosures (
        id           INTEGER PRIMARY KEY,
        case_id      TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('case file', 'summary', 'bundle', 'case json', 'attachment')),
        audience     TEXT,
        redaction    TEXT NOT NULL DEFAULT 'full',
        recipients   TEXT NOT NULL DEFAULT '',
        bundle_id    TEXT,
        sha256       TEXT NOT NULL DEFAULT '',
        at           TEXT NOT NULL,
        acknowledged_at TEXT
    )""",
    "CREATE INDEX disclosures_case ON disclosures (case_id, at)",
    "CREATE INDEX disclosures_bundle ON disclosures (bundle_id)",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
