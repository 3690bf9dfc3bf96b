"""Border mode: hand the whole vault to an escrow contact, check it, then erase.

The order is the point: the backup is written (to the contact, the
recovery key and the vault's own key), read back completely with the
vault's own key and checked to name the contact and the recovery key, and
only then is the vault erased as emergency erase does (key file shredded,
device secret deleted, the user's folder removed). If anything before the
erase fails, nothing is erased.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldintake.app.users import Session, UserStore
from fieldintake.errors import BackupError
from fieldintake.exports.backup import staging
from fieldintake.exports.backup.create import BackupResult, create_backup
from fieldintake.exports.backup.read import BackupKey, BackupSummary, verify_backup
from fieldintake.app.progress import Cancel, Progress


@dataclass(frozen=True)
class TravelResult:
    backup: BackupResult
    summary: BackupSummary
    contact: str
    erased: str


def prepare_travel(
    store: UserStore,
    session: Session,
    contact: str,
    target: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> TravelResult:
    """Back up to ``contact``, verify, close ``session`` and erase its user. Erases nothing on any error."""
    escrow = session.contacts.get(contact)
    result = create_backup(session, target, escrow=[escrow.name], progress=progress, cancel=cancel)
    own = BackupKey(session.identity.age_identity, None, "own key")
    summary = verify_backup(target, own, cancel=cancel)
    listed = {r.age for r in result.recipients}
    if (summary.backup_id != result.backup_id or escrow.age_recipient not in listed
            or result.meta.recovery_recipient not in listed or summary.signer.verify_key != session.identity.verify_key):
        raise BackupError("The backup read back is not the one just written: nothing was erased.")
    name = session.name
    session.close()
    store.erase(name)
    staging.sweep(store.home)
    return TravelResult(result, summary, escrow.name, name)
