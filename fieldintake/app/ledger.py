"""The disclosure ledger: what of each case left the vault, to whom, when, and whether it was acknowledged.

Bundles are recorded here (``disclosures``), in the same transaction as the
export's audit entry and only after the file is complete on disk, so a failed
export leaves none; a signed receipt from the recipient marks them
acknowledged. Files written for the user (the case file PDF, a redacted
summary, case JSON, an attachment) have no recipient to acknowledge them:
they are read from their ``*.exported`` audit entries on the case, so the
ledger lists whatever the export paths audit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fieldintake.app import audit
from fieldintake.app.clock import utc_now
from fieldintake.app.vault import Transaction, Vault

KINDS = ("case file", "summary", "bundle", "case json", "attachment", "urgent request")


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


def cases_of_bundle(conn: Any, bundle_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT case_id FROM disclosures WHERE bundle_id = ? AND kind = 'bundle'",
                                       (bundle_id,))]


# ``<prefix>.exported`` audit actions on a case -> the kind of file that left
_AUDITED = {"redaction": "summary", "summary": "summary", "pdf": "case file", "casefile": "case file",
            "case_file": "case file", "case": "case json", "attachment": "attachment", "urgent": "urgent request"}


def of_case(vault: Vault, case_id: str) -> list[Disclosure]:
    """Oldest first."""
    with vault.read() as conn:
        rows = conn.execute(
            "SELECT case_id, kind, audience, redaction, recipients, bundle_id, sha256, at, acknowledged_at"
            " FROM disclosures WHERE case_id = ? ORDER BY at, id", (case_id,)).fetchall()
        entries = [e for e in audit.entries(conn, object_id=case_id)
                   if e.action.endswith(".exported") and e.action.split(".")[0] in _AUDITED]
    found = [Disclosure(*r) for r in rows]
    for e in entries:
        kind = _AUDITED[e.action.split(".")[0]]
        audience = e.detail.get("audience") if isinstance(e.detail.get("audience"), str) else None
        redaction = "redacted" if kind == "summary" else str(e.detail.get("redaction") or "full")
        found.append(Disclosure(case_id, kind, audience, redaction, "", None, str(e.detail.get("sha256") or ""),
                                e.ts, None))
    return sorted(found, key=lambda d: d.at)
