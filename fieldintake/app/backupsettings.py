"""What the vault keeps for backups: the recovery-derived recipient and the reminder.

The recovery key is shown once and never stored, yet a backup must be
encrypted to it. So whenever the recovery key is in hand (a user is
created, recovered, restored, or types the key once for ``backup create``),
the vault records the derived *public* recipient and the signer tag
(see ``fieldintake.crypto.backupkey``): neither opens a backup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fieldintake.app.vault import Transaction, Vault
from fieldintake.crypto import backupkey
from fieldintake.crypto.identity import Identity

RECIPIENT = "backup.recipient"
SIGNER_TAG = "backup.signer_tag"
FOLDER = "backup.folder"
REMIND_DAYS = "backup.remind_days"
LAST_AT = "backup.last_at"
DEFAULT_REMIND_DAYS = 7
OWN_KEYS = (RECIPIENT, SIGNER_TAG)
"""Settings tied to one recovery key: replaced (not restored) when a backup is restored."""


def _upsert(tx: Transaction, key: str, value: str) -> None:
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def remember_recovery_key(tx: Transaction, recovery_key: bytes, user_id: str, identity: Identity,
                          *, audit: bool = True) -> None:
    """Inside the caller's transaction: store the recipient and tag.

    ``audit=False`` when the caller's own entry (user created, recovered)
    already records the moment the recovery key was in hand.
    """
    recipient = backupkey.recipient(recovery_key)
    _upsert(tx, RECIPIENT, recipient)
    _upsert(tx, SIGNER_TAG, backupkey.signer_tag(recovery_key, user_id, identity.verify_key, identity.age_recipient))
    if audit:
        tx.audit("backup.recipient_set", "user", user_id, {"recipient": recipient})


@dataclass(frozen=True)
class BackupStatus:
    recipient: str | None
    signer_tag: str | None
    folder: str | None
    remind_days: int
    last_at: datetime | None

    @property
    def ready(self) -> bool:
        return bool(self.recipient and self.signer_tag)

    def overdue(self, now: datetime | None = None) -> bool:
        """No backup yet, or the last one is older than the reminder (0 days = never remind)."""
        if self.remind_days <= 0:
            return False
        if self.last_at is None:
            return True
        return (now or datetime.now(UTC)) - self.last_at > timedelta(days=self.remind_days)


def status(vault: Vault) -> BackupStatus:
    last = vault.get_setting(LAST_AT)
    try:
        days = int(vault.get_setting(REMIND_DAYS) or DEFAULT_REMIND_DAYS)
    except ValueError:
        days = DEFAULT_REMIND_DAYS
    return BackupStatus(
        recipient=vault.get_setting(RECIPIENT),
        signer_tag=vault.get_setting(SIGNER_TAG),
        folder=vault.get_setting(FOLDER) or None,
        remind_days=max(0, days),
        last_at=datetime.fromisoformat(last.replace("Z", "+00:00")) if last else None,
    )


def set_reminder(vault: Vault, *, folder: str | None, remind_days: int) -> None:
    with vault.transaction() as tx:
        _upsert(tx, FOLDER, folder or "")
        _upsert(tx, REMIND_DAYS, str(max(0, int(remind_days))))
        tx.audit("setting.changed", "setting", "backup.reminder", {"remind_days": max(0, int(remind_days))})
