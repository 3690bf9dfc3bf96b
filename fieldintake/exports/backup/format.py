"""What ``extra.backup`` in a backup's signed manifest says, read strictly.

The payload members are ``vault.sqlcipher`` (the snapshot, keyed with a
fresh random key given here) and ``blobs/<id>`` (attachment files as the
vault stores them, age-encrypted to the vault's own identity, which is in
the snapshot).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldintake.errors import BackupTooNew, BundleTampered, NotABackup

FORMAT = "fieldintake.backup/1"
FORMAT_PREFIX = "fieldintake.backup/"
VERSION = 1
EXTENSION = ".fibackup"
SNAPSHOT_NAME = "vault.sqlcipher"
BLOB_PREFIX = "blobs/"
_BLOB_ID = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class BackupMeta:
    user_id: str
    user_name: str
    display_name: str
    created_at: str  # UTC ISO 8601, as the vault stores times
    schema_version: int
    snapshot_key: str  # hex, the snapshot's SQLCipher raw key
    signer_tag: str  # hex HMAC, see crypto.backupkey
    recovery_recipient: str
    app_version: str
    format: str = FORMAT

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "user_id": self.user_id,
            "user_name": self.user_name,
            "display_name": self.display_name,
            "created_at": self.created_at,
            "schema_version": self.schema_version,
            "snapshot_key": self.snapshot_key,
            "signer_tag": self.signer_tag,
            "recovery_recipient": self.recovery_recipient,
            "app_version": self.app_version,
        }

    @classmethod
    def from_extra(cls, extra: Mapping[str, Any]) -> BackupMeta:
        data = extra.get("backup")
        if not isinstance(data, dict):
            raise NotABackup("This file is a hand-over bundle, not a backup: import it with 'fieldintake bundle import'.")
        fmt = data.get("format")
        if not isinstance(fmt, str) or not fmt.startswith(FORMAT_PREFIX):
            raise NotABackup("This file is not a fieldintake backup.")
        if fmt != FORMAT:
            raise BackupTooNew(
                f"This backup was made by a newer fieldintake (format {fmt[:40]!r}; this program reads {FORMAT!r}). "
                "Update the program, then restore it."
            )
        try:
            meta = cls(**{k: data[k] for k in cls.__dataclass_fields__ if k != "format"})
            _check(meta, set(data))
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleTampered(f"The backup's description is malformed: {exc}") from None
        return meta


def _check(meta: BackupMeta, keys: set[str]) -> None:
    if keys != set(meta.to_json()):
        raise ValueError("unexpected fields")
    if str(uuid.UUID(meta.user_id)) != meta.user_id:
        raise ValueError("bad user_id")
    for name in ("user_name", "display_name", "created_at", "recovery_recipient", "app_version"):
        if not isinstance(getattr(meta, name), str):
            raise ValueError(f"bad {name}")
    if not isinstance(meta.schema_version, int) or isinstance(meta.schema_version, bool) or meta.schema_version < 1:
        raise ValueError("bad schema_version")
    if not (isinstance(meta.snapshot_key, str) and _HEX64.fullmatch(meta.snapshot_key)):
        raise ValueError("bad snapshot_key")
    if not (isinstance(meta.signer_tag, str) and _HEX64.fullmatch(meta.signer_tag)):
        raise ValueError("bad signer_tag")


def blob_member(blob_id: str) -> str:
    return BLOB_PREFIX + blob_id


def blob_id_of(member_path: str) -> str | None:
    if member_path.startswith(BLOB_PREFIX) and _BLOB_ID.fullmatch(member_path[len(BLOB_PREFIX):]):
        return member_path[len(BLOB_PREFIX):]
    return None
