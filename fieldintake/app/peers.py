"""Who a case was exchanged with: the only people whose bundles may change it.

A case is exchanged with a contact when it is sent to them or received from
them; each is recorded per case, with the newest signed case version received
from them (an older one never wins) and the ancestry last sent to them (so an
update can carry only what they lack). An update from anyone else is *held*:
kept, unapplied, until the user accepts it explicitly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldintake.app.clock import utc_now
from fieldintake.app.vault import Transaction


@dataclass(frozen=True)
class Peer:
    fingerprint: str
    name: str
    sent_at: str | None
    received_at: str | None
    received_version: int


@dataclass(frozen=True)
class HeldUpdate:
    id: int
    case_id: str
    bundle_id: str
    sender: str
    sender_name: str
    reason: str
    at: str
    doc: str


def fingerprint_key(fingerprint: str) -> str:
    """Fingerprints are compared as their digits (cards print them in groups)."""
    return "".join(ch for ch in fingerprint if ch.isdigit())


def is_peer(tx: Any, case_id: str, fingerprint: str) -> bool:
    return bool(tx.execute("SELECT 1 FROM case_peers WHERE case_id = ? AND fingerprint = ?",
                           (case_id, fingerprint_key(fingerprint))).fetchone())


def received_version(tx: Any, case_id: str, fingerprint: str) -> int:
    row = tx.execute("SELECT received_version FROM case_peers WHERE case_id = ? AND fingerprint = ?",
                     (case_id, fingerprint_key(fingerprint))).fetchone()
    return int(row[0]) if row else 0


def _ensure(tx: Transaction, case_id: str, fingerprint: str, name: str) -> str:
    key = fingerprint_key(fingerprint)
    tx.execute("INSERT INTO case_peers (case_id, fingerprint, name) VALUES (?, ?, ?)"
               " ON CONFLICT (case_id, fingerprint) DO UPDATE SET name = excluded.name", (case_id, key, name))
    return key


def received(tx: Transaction, case_id: str, fingerprint: str, name: str, version: int | None,
             holds: dict[str, str] | None = None, *, partial: bool = False) -> None:
    """``holds``: item -> digest of the version vector the sender holds (from the document they sent)."""
    key = _ensure(tx, case_id, fingerprint, name)
    tx.execute("UPDATE case_peers SET received_at = ?, received_version = max(received_version, ?)"
               " WHERE case_id = ? AND fingerprint = ?", (utc_now(), int(version or 0), case_id, key))
    if holds is not None:
        learn(tx, case_id, key, holds, replace=not partial)


def sent(tx: Transaction, case_id: str, fingerprint: str, name: str) -> None:
    key = _ensure(tx, case_id, fingerprint, name)
    tx.execute("UPDATE case_peers SET sent_at = ? WHERE case_id = ? AND fingerprint = ?", (utc_now(), case_id, key))


def learn(tx: Transaction, case_id: str, fingerprint: str, holds: dict[str, str], *, replace: bool = False) -> None:
    """Remember which item versions a peer holds (what they sent us, or acknowledged receiving)."""
    key = fingerprint_key(fingerprint)
    current = {} if replace else (known(tx, case_id, key) or {})
    tx.execute("UPDATE case_peers SET known = ? WHERE case_id = ? AND fingerprint = ?",
               (json.dumps(current | holds, sort_keys=True), case_id, key))


def known(conn: Any, case_id: str, fingerprint: str) -> dict[str, str] | None:
    """Item -> version-vector digest the peer is known to hold; None when nothing is known."""
    row = conn.execute("SELECT known FROM case_peers WHERE case_id = ? AND fingerprint = ?",
                       (case_id, fingerprint_key(fingerprint))).fetchone()
    return json.loads(row[0]) if row and row[0] else None


def of_case(conn: Any, case_id: str) -> list[Peer]:
    return [Peer(*r) for r in conn.execute(
        "SELECT fingerprint, name, sent_at, received_at, received_version FROM case_peers WHERE case_id = ?"
        " ORDER BY name", (case_id,))]


def hold(tx: Transaction, case_id: str, bundle_id: str, fingerprint: str, name: str, reason: str, doc: str) -> None:
    tx.execute("INSERT INTO held_updates (case_id, bundle_id, sender, sender_name, reason, at, doc)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)",
               (case_id, bundle_id, fingerprint_key(fingerprint), name, reason, utc_now(), doc))


def held(conn: Any, case_id: str | None = None) -> list[HeldUpdate]:
    sql = "SELECT id, case_id, bundle_id, sender, sender_name, reason, at, doc FROM held_updates"
    args: tuple[Any, ...] = ()
    if case_id is not None:
        sql += " WHERE case_id = ?"
        args = (case_id,)
    return [HeldUpdate(*r) for r in conn.execute(sql + " ORDER BY id", args)]


def drop_held(tx: Transaction, held_id: int) -> None:
    tx.execute("DELETE FROM held_updates WHERE id = ?", (held_id,))
