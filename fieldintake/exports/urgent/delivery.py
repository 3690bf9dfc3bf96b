"""An urgent request leaves the vault: written first, then recorded in the audit chain.

The request names the client, the state that wants him and the removal date, and goes to a UN
committee: it is a disclosure like a case file, so it stands in the case's disclosure ledger
("urgent request for CAT"), recorded only once the file exists (``app/outflow``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from fieldintake.app import outflow
from fieldintake.app.users import Session
from fieldintake.exports.urgent.request import UrgentRequest

EXPORT_ACTION = "urgent.exported"


def write_request(session: Session, case_id: str, request: UrgentRequest, data: bytes, target: Path) -> Path:
    """``data`` (the rendered, usually signed, request) written at ``target``, then recorded."""

    def record() -> None:
        detail = {"sha256": hashlib.sha256(data).hexdigest(), "audience": request.forum,
                  "state": request.state.code if request.state else ""}
        with session.vault.transaction() as tx:
            tx.audit(EXPORT_ACTION, "case", case_id, detail)

    return outflow.deliver_bytes(Path(target), data, record)
