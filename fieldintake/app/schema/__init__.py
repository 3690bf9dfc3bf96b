"""Stepwise schema migrations, from the first version on (as Electrum does).

Each step is a module ``vNNN_*.py`` with ``DESCRIPTION`` and ``upgrade(conn)``.
Steps run in order, each in its own transaction with its audit entry, and
``PRAGMA user_version`` records the last one applied. Never edit a released
step: add a new one, and keep a vault made by the old version as a test
fixture.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from fieldintake.app import audit
from fieldintake.app.schema import (
    v001_initial,
    v002_cases,
    v003_contacts,
    v004_search_units,
    v005_merge,
    v006_redaction_review,
    v007_search_rebuild,
    v008_bulk_imports,
)
from fieldintake.errors import SchemaTooNew

STEPS: list[ModuleType] = [v001_initial, v002_cases, v003_contacts, v004_search_units, v005_merge,
                           v006_redaction_review, v007_search_rebuild, v008_bulk_imports]
LATEST = len(STEPS)


def version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any) -> tuple[int, int]:
    """Bring the vault to ``LATEST``; returns (from, to)."""
    start = version(conn)
    if start > LATEST:
        raise SchemaTooNew(
            f"This vault was written by a newer fieldintake (schema {start}; this program knows {LATEST}). Update the program."
        )
    for number in range(start + 1, LATEST + 1):
        step = STEPS[number - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            step.upgrade(conn)
            audit.append(conn, "fieldintake", "vault.migrated", "vault", "", {"to_version": number, "step": step.DESCRIPTION})
            conn.execute(f"PRAGMA user_version = {number:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start, LATEST
