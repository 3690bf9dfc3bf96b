"""The disclosure ledger: what of each case left the vault, to whom, when, and whether it was acknowledged.

An entry is written in the same transaction as the export's audit entry, and
only after the file is complete on disk, so a failed export leaves none. A
signed receipt from the recipient marks the bundle's entries acknowledged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fieldintake.app.clock import utc_now
from fieldintake.app.vault import Transaction, Vault

KINDS = ("case file", "summary", "bundle", "case json", "attachment")


@dataclass(frozen=True)
class Disclosure:
    case_id: str
    kind: str
    audience: str | None
    redaction: str
    recipients: str
    bundle_id: str | None
    sha256: str
    at: str
    acknowledged_at: str | None


def record(tx: Transaction, case_ids: Iterable[str], kind: str, *, recipients: str = "", audience: str | None = None,
           redaction: str = "full", bundle_id: str | None = None, sha256: str = "") -> None:
    if kind not in KINDS:
        raise ValueError(kind)
    now = utc_now()
    tx.executemany(
        "INSERT INTO disclosures (case_id, kind, audience, redaction, recipients, bundle_id, sha256, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(case_id, kind, audience, redaction, recipients, bundle_id, sha256, now) for case_id in case_ids],
    )


def acknowledge(tx: Transaction, bundle_id: str, at: str) -> int:
    """Mark a sent bundle's entries acknowledged; the number of entries marked."""
    cur = tx.execute("UPDATE disclosures SET acknowledged_at = ? WHERE bundle_id = ? AND kind = 'bundle'"
                     " AND acknowledged_at IS NULL", (at, bundle_id))
    return int(cur.rowcount)


def of_case(vault: Vault | Any, case_id: str) -> list[Disclosure]:
    conn_query = vault.query if isinstance(vault, Vault) else (lambda sql, args: vault.execute(sql, args).fetchall())
    rows = conn_query(
        "SELECT case_id, kind, audience, redaction, recipients, bundle_id, sha256, at, acknowledged_at"
        " FROM disclosures WHERE case_id = ? ORDER BY at, id", (case_id,))
    return [Disclosure(*r) for r in rows]
