"""Backups of a whole vault (format ``fieldintake.backup/1``), restore, and border mode.

A backup is a handoff bundle (``fieldintake.bundle/1``: age, pax tar, a
signed manifest) whose payload is a consistent SQLCipher snapshot of the
vault and every attachment blob, and whose manifest ``extra.backup`` says
whose it is. It is encrypted to the recipient derived from the user's
recovery key (``fieldintake.crypto.backupkey``), to the user's own vault key,
and optionally to escrow contacts. See docs/security-design.md.
"""

from fieldintake.exports.backup.create import BackupResult, create_backup, learn_recovery_key
from fieldintake.exports.backup.format import EXTENSION, FORMAT, BackupMeta
from fieldintake.exports.backup.read import (
    BackupKey,
    BackupSummary,
    key_from_identity_file,
    key_from_recovery,
    verify_backup,
)
from fieldintake.exports.backup.restore import RestoreResult, restore_backup
from fieldintake.exports.backup.travel import TravelResult, prepare_travel

__all__ = [
    "EXTENSION",
    "FORMAT",
    "BackupKey",
    "BackupMeta",
    "BackupResult",
    "BackupSummary",
    "RestoreResult",
    "TravelResult",
    "create_backup",
    "key_from_identity_file",
    "key_from_recovery",
    "learn_recovery_key",
    "prepare_travel",
    "restore_backup",
    "verify_backup",
]
