"""Opening a backup: with the recovery key, an escrow identity, or the vault's own key.

Everything the bundle reader checks (age header, decryption to the last
chunk, the manifest signature, every member's size and SHA-256), plus what
makes it a backup: ``extra.backup`` in this format, a snapshot first, only
blob members after it, and — with the recovery key — the signer tag, which
only the recovery-key holder's vault could have made for these signing keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import pyrage

from fieldintake.crypto import backupkey, recovery
from fieldintake.crypto.identity import ContactCard
from fieldintake.errors import (
    BackupError,
    BackupForged,
    BundleDecryptError,
    BundleError,
    BundleTampered,
    FieldintakeError,
    InvalidInput,
    NotABackup,
    NotABundle,
    NotFound,
    WrongRecoveryKey,
)
from fieldintake.exports.bundle import BundleMember, BundleReader
from fieldintake.app.progress import Cancel, Progress
from fieldintake.exports.backup import format as fmt

MAX_IDENTITY_FILE = 64 * 1024


@dataclass(frozen=True)
class BackupKey:
    """What opens a backup; ``recovery`` is set when it is the recovery key."""

    identity: pyrage.x25519.Identity
    recovery: bytes | None = None
    label: str = "key"


def key_from_recovery(text: str) -> BackupKey:
    raw = recovery.parse(text)
    return BackupKey(backupkey.identity(raw), raw, "recovery key")


def key_from_identity_file(path: Path) -> BackupKey:
    """An age identity file (``AGE-SECRET-KEY-1…``, as age-keygen writes), e.g. an escrow contact's."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_IDENTITY_FILE + 1)
    except FileNotFoundError:
        raise NotFound(f"No such identity file: {path}.") from None
    except OSError as exc:
        raise InvalidInput(f"Could not read {path}: {exc.strerror or exc}.") from None
    if len(data) > MAX_IDENTITY_FILE:
        raise InvalidInput(f"{path} is too large to be an age identity file.")
    for line in data.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-1"):
            try:
                return BackupKey(pyrage.x25519.Identity.from_str(line), None, "age identity")
            except Exception:  # pyrage's IdentityError
                break
    raise InvalidInput(f"{path} holds no valid age identity (a line starting AGE-SECRET-KEY-1).")


@dataclass(frozen=True)
class BackupSummary:
    backup_id: str
    meta: fmt.BackupMeta
    signer: ContactCard
    recipients: tuple[str, ...]  # names or age recipients, the user's own key first
    created: datetime
    size: int
    attachments: int


class OpenBackup:
    """A verified-as-far-as-read backup; iterate ``members()`` then ``finish()``."""

    def __init__(self, reader: BundleReader, key: BackupKey) -> None:
        self._reader = reader
        manifest = reader.manifest
        self.meta = fmt.BackupMeta.from_extra(manifest.extra)
        card = reader.sender_card
        if key.recovery is not None and not backupkey.tag_matches(
            key.recovery, self.meta.user_id, card.verify_key, card.age_recipient, self.meta.signer_tag
        ):
            raise BackupForged(
                "This backup was not signed by the vault of this recovery key's owner "
                "(re-signed or made by someone else): refused."
            )
        if self.meta.recovery_recipient not in [r.age for r in manifest.recipients]:
            raise BundleTampered("The backup's signed recipient list does not include its recovery key.")
        paths = [m.path for m in manifest.members[1:]]  # README.txt first
        if not paths or paths[0] != fmt.SNAPSHOT_NAME or any(fmt.blob_id_of(p) is None for p in paths[1:]):
            raise BundleTampered("The backup's contents are not a vault snapshot and its attachment files.")
        self.signer = card
        self.backup_id = manifest.bundle_id
        self.created = manifest.created_at
        self.recipients = tuple(r.name or r.age for r in manifest.recipients)
        self.attachments = len(paths) - 1

    def members(self) -> Iterator[BundleMember]:
        """Payload members in order (README skipped); each is hashed as read."""
        while (member := self._reader.next_member()) is not None:
            if member.path == "README.txt":
                continue
            yield member

    def finish(self, size: int) -> BackupSummary:
        self._reader.finish()
        return BackupSummary(self.backup_id, self.meta, self.signer, self.recipients, self.created, size,
                             self.attachments)


def _translate(exc: BundleError, key: BackupKey) -> FieldintakeError:
    if isinstance(exc, BundleDecryptError):
        if key.recovery is not None:
            return WrongRecoveryKey(
                "This recovery key does not open this backup: it is another user's backup, "
                "or the key was replaced by a later restore."
            )
        return BackupError("This backup is not encrypted to that key: it is not yours or not addressed to it.")
    if isinstance(exc, NotABundle):
        return NotABackup("This file is not a fieldintake backup.")
    if isinstance(exc, BundleTampered):
        return BundleTampered(str(exc).replace("bundle", "backup").replace("Nothing was imported", "Nothing was written"))
    return exc


@contextmanager
def open_backup(src: BinaryIO, key: BackupKey, *, progress: Progress | None = None,
                cancel: Cancel | None = None) -> Iterator[OpenBackup]:
    """Open for reading; errors come out as one backup-worded error each."""
    try:
        reader = BundleReader(src, identity=key.identity, progress=progress, cancel=cancel)
    except BundleError as exc:
        raise _translate(exc, key) from None
    try:
        try:
            yield OpenBackup(reader, key)
        except BundleError as exc:
            raise _translate(exc, key) from None
    finally:
        reader.close()


def verify_backup(path: Path, key: BackupKey, *, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> BackupSummary:
    """Decrypt and check the whole backup, writing nothing."""
    try:
        src = open(path, "rb")
    except FileNotFoundError:
        raise NotFound(f"No such file: {path}.") from None
    except OSError as exc:
        raise BackupError(f"Could not read {path}: {exc.strerror or exc}.") from None
    with src, open_backup(src, key, progress=progress, cancel=cancel) as backup:
        for member in backup.members():
            member.drain()
        return backup.finish(Path(path).stat().st_size)
