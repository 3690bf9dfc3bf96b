"""Decisions on suggested redactions, per case, in the vault.

An accepted suggestion normally becomes a redaction mark (CaseStore's own
path, audited there); it is stored here only when no markable text holds it.
A rejected one is stored here so the same word is not suggested again for
that case. Every decision is audited; the audit entry names the kind, never
the word.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldintake.app.clock import utc_now
from fieldintake.app.vault import Vault
from fieldintake.errors import InvalidInput

DECISIONS = ("accepted", "rejected")


@dataclass(frozen=True)
class Decision:
    kind: str
    key: str
    decision: str
    text: str


class RedactionReview:
    def __init__(self, vault: Vault, author: str) -> None:
        self.vault = vault
        self.author = author

    def decisions(self, case_id: str) -> list[Decision]:
        rows = self.vault.query(
            "SELECT kind, key, decision, text FROM redaction_review WHERE case_id = ? ORDER BY decided_at, kind, key",
            (case_id,))
        return [Decision(*r) for r in rows]

    def decide(self, case_id: str, items: list[tuple[str, str, str]], decision: str) -> None:
        """Record ``decision`` for each (kind, key, text), in one audited transaction."""
        if decision not in DECISIONS:
            raise InvalidInput(f"A decision is one of {', '.join(DECISIONS)} (not {decision!r}).")
        if not items:
            return
        now = utc_now()
        with self.vault.transaction() as tx:
            for kind, key, text in items:
                tx.execute(
                    "INSERT INTO redaction_review (case_id, kind, key, decision, text, decided_by, decided_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, kind, key) DO UPDATE SET"
                    " decision = excluded.decision, text = excluded.text, decided_by = excluded.decided_by,"
                    " decided_at = excluded.decided_at",
                    (case_id, kind, key, decision, text, self.author, now),
                )
            kinds = sorted({k for k, _, _ in items})
            tx.audit(f"redaction.suggestion_{decision}", "case", case_id, {"count": len(items), "kinds": kinds})

    def forget(self, case_id: str, kind: str, key: str) -> None:
        with self.vault.transaction() as tx:
            tx.execute("DELETE FROM redaction_review WHERE case_id = ? AND kind = ? AND key = ?", (case_id, kind, key))
            tx.audit("redaction.suggestion_forgotten", "case", case_id, {"kind": kind})
