"""The append-only, hash-chained audit log inside the vault.

Each entry's hash covers its own fields and the previous entry's hash, so an
edited entry breaks its own hash and a deleted one breaks the link after it.
The head (count and last hash) is also kept in ``meta`` to notice entries cut
from the end. Triggers refuse UPDATE and DELETE on the table; ``verify``
catches whoever drops them. Entries name objects and field paths, never the
values typed into them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldintake.app.clock import utc_now
from fieldintake.errors import InvalidInput

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: str
    actor: str
    action: str
    object_type: str
    object_id: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditReport:
    count: int
    head: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def _detail_json(detail: dict[str, Any]) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(
    seq: int, ts: str, actor: str, action: str, object_type: str, object_id: str, detail_json: str, prev_hash: str
) -> str:
    canonical = json.dumps(
        [seq, ts, actor, action, object_type, object_id, detail_json, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _meta(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def head(conn: Any) -> tuple[int, str]:
    count = _meta(conn, "audit.count")
    return (int(count), _meta(conn, "audit.head") or GENESIS) if count else (0, GENESIS)


def append(
    conn: Any, actor: str, action: str, object_type: str, object_id: str = "", detail: dict[str, Any] | None = None
) -> AuditEntry:
    """Append one entry; the caller's transaction makes it atomic with the change."""
    count, prev = head(conn)
    seq = count + 1
    ts = utc_now()
    detail = detail or {}
    detail_json = _detail_json(detail)
    digest = entry_hash(seq, ts, actor, action, object_type, object_id, detail_json, prev)
    conn.execute(
        "INSERT INTO audit (seq, ts, actor, action, object_type, object_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, ts, actor, action, object_type, object_id, detail_json, prev, digest),
    )
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [("audit.count", str(seq)), ("audit.head", digest)],
    )
    return AuditEntry(seq, ts, actor, action, object_type, object_id, detail, prev, digest)


def burst_head(
    conn: Any, actor: str, action: str, object_type: str, object_id: str, detail: dict[str, Any],
    fields: Sequence[str], *, after: int,
) -> AuditEntry | None:
    """The newest entry, if a save in the same burst is already described by it (see ``Transaction.audit_burst``).

    It must be newer than entry #``after``, by ``actor``, the same ``action`` on the same object, with the
    same detail apart from ``fields``, and name every one of ``fields``.
    """
    newest = entries(conn, limit=1)
    if not newest:
        return None
    head = newest[0]
    named = head.detail.get("fields")
    if (
        head.seq <= after
        or (head.actor, head.action, head.object_type, head.object_id) != (actor, action, object_type, object_id)
        or not isinstance(named, list)
        or not set(fields) <= set(named)
        or {k: v for k, v in head.detail.items() if k != "fields"} != {k: v for k, v in detail.items() if k != "fields"}
    ):
        return None
    return head


def _row_entry(row: tuple[Any, ...]) -> AuditEntry:
    seq, ts, actor, action, otype, oid, detail, prev, digest = row
    try:
        parsed = json.loads(detail)
    except (TypeError, ValueError):
        parsed = {"unreadable": True}
    return AuditEntry(seq, ts, actor, action, otype, oid, parsed, prev, digest)


_COLUMNS = "seq, ts, actor, action, object_type, object_id, detail, prev_hash, hash"


def entries(conn: Any, object_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
    """Newest first."""
    sql = f"SELECT {_COLUMNS} FROM audit"
    args: list[Any] = []
    if object_id is not None:
        sql += " WHERE object_id = ?"
        args.append(object_id)
    sql += " ORDER BY seq DESC"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [_row_entry(r) for r in conn.execute(sql, args)]


_EXPECT = re.compile(r"\s*(\d{1,12})\s*:\s*([0-9a-fA-F]{64})\s*")


def parse_expectation(text: str) -> tuple[int, str]:
    """``COUNT:HEAD`` as printed on a PDF's integrity page, in a bundle manifest or by ``audit verify``."""
    match = _EXPECT.fullmatch(text or "")
    if match is None or int(match.group(1)) < 1:
        raise InvalidInput("--expect takes COUNT:HEAD, e.g. 42:3f5a… (the entry number and its 64-digit hash).")
    return int(match.group(1)), match.group(2).lower()


def hash_at(conn: Any, seq: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return row[0] if row else None


def compare_with(conn: Any, count: int, head: str, where: str) -> str | None:
    """Why the log no longer holds entry #``count`` with hash ``head`` (recorded ``where``), or None if it does."""
    current, _ = chain_end(conn)
    if current < count:
        return (f"The audit log has {current} entries, but {where} recorded entry #{count}: the vault was rolled back"
                " to an earlier copy, or entries were cut from it.")
    if hash_at(conn, count) != head:
        return (f"Audit entry #{count} is not the one {where} recorded: the log was rewritten, or the vault was"
                " replaced by another copy.")
    return None


def chain_end(conn: Any) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def verify(conn: Any, expect: tuple[int, str] | None = None) -> AuditReport:
    problems: list[str] = []
    expected_seq, prev = 1, GENESIS
    count = 0
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq"):
        seq, ts, actor, action, otype, oid, detail, prev_hash, digest = row
        count += 1
        if seq != expected_seq:
            problems.append(f"Audit entries #{expected_seq}–#{seq - 1} are missing (deleted).")
        elif prev_hash != prev:
            problems.append(f"Audit entry #{seq} does not follow the entry before it (chain broken).")
        recomputed = entry_hash(seq, ts, actor, action, otype, oid, detail, prev_hash)
        if recomputed != digest:
            problems.append(f"Audit entry #{seq} ({action}, {ts}) was altered: its hash does not match.")
        expected_seq, prev = seq + 1, digest
    stored_count, stored_head = head(conn)
    if not problems and (stored_count != count or stored_head != prev):
        problems.append(
            f"The audit log ends at entry #{count}, but entry #{stored_count} was written: the newest entries were removed."
        )
    if expect is not None:
        mismatch = compare_with(conn, expect[0], expect[1], "the expected head")
        if mismatch:
            problems.append(mismatch)
    return AuditReport(count, prev, problems)
