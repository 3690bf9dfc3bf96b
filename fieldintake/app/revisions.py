"""Revision history: every change keeps the value it replaced.

Autosave writes every few seconds while someone types; those saves coalesce
into the previous *autosave* revision of the same field by the same author
within ``COALESCE_SECONDS``, which still holds the value from before the
burst of typing. A deliberate save, another person, an import or a pause
always starts a new revision, so no value that was ever saved on purpose or
left standing is lost.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from fieldintake.app.clock import parse_utc, utc_now
from fieldintake.app.model import Revision
from fieldintake.app.vault import Transaction

COALESCE_SECONDS = 120


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def record(
    tx: Transaction,
    *,
    case_id: str,
    object_type: str,
    object_id: str,
    path: str,
    old: Any,
    new: Any,
    author: str,
    origin: str = "",
    coalesce: bool = False,
) -> bool:
    """Record one change; True if it joined the previous autosave revision (no new revision begun)."""
    now = utc_now()
    if coalesce:
        row = tx.execute(
            "SELECT seq, author, ts, origin, autosave FROM revisions WHERE object_id = ? AND path = ?"
            " ORDER BY seq DESC LIMIT 1",
            (object_id, path),
        ).fetchone()
        if (
            row
            and row[4]
            and row[1] == author
            and row[3] == origin
            and parse_utc(now) - parse_utc(row[2]) <= timedelta(seconds=COALESCE_SECONDS)
        ):
            tx.execute("UPDATE revisions SET new = ?, ts = ? WHERE seq = ?", (_dump(new), now, row[0]))
            return True
    tx.execute(
        "INSERT INTO revisions (case_id, object_type, object_id, path, old, new, author, ts, origin, autosave)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, object_type, object_id, path, _dump(old), _dump(new), author, now, origin, int(coalesce)),
    )
    return False


def for_case(conn: Any, case_id: str) -> list[Revision]:
    """Newest first."""
    rows = conn.execute(
        "SELECT seq, object_type, object_id, path, old, new, author, ts, origin FROM revisions"
        " WHERE case_id = ? ORDER BY seq DESC",
        (case_id,),
    )
    return [Revision(r[0], r[1], r[2], r[3], _load(r[4]), _load(r[5]), r[6], r[7], r[8]) for r in rows]


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """Keys whose value differs (added, removed or changed), in a stable order."""
    return sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
