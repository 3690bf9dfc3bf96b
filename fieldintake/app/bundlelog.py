"""The bundles this vault has sent and received: so a re-delivered file is recognised."""

from __future__ import annotations

import json
from collections.abc import Sequence

from fieldintake.app.clock import utc_now
from fieldintake.app.vault import Transaction, Vault


class BundleLog:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def received(self, *, bundle_id: str | None = None, file_sha256: str | None = None) -> bool:
        """Whether a bundle with this id, or a file with these bytes, was imported before."""
        return bool(self.vault.query(
            "SELECT 1 FROM bundles WHERE direction = 'received' AND (bundle_id = ? OR file_sha256 = ?)",
            (bundle_id, file_sha256),
        ))

    @staticmethod
    def record(tx: Transaction, *, bundle_id: str, direction: str, file_sha256: str, counterpart: str,
               case_ids: Sequence[str]) -> None:
        """Inside the caller's transaction, which also writes the audit entry for the hand-over."""
        tx.execute(
            "INSERT INTO bundles (bundle_id, direction, file_sha256, at, counterpart, cases) VALUES (?, ?, ?, ?, ?, ?)",
            (bundle_id, direction, file_sha256, utc_now(), counterpart, json.dumps(list(case_ids))),
        )
