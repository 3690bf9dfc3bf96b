"""Writing a backup: snapshot, hash, then one streamed bundle.

Members must be declared (size and SHA-256) in the manifest before the
first byte is encrypted, so the snapshot and the blob links are hashed
first, then streamed through the bundle writer into an atomic file. The
source vault is only read; one audit entry and the last-backup time are
written after the file is complete.
"""

from __future__ import annotations

import hashlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fieldintake import __version__
from fieldintake.app import backupsettings, snapshot
from fieldintake.app.clock import utc_now
from fieldintake.app.users import Session, UserStore
from fieldintake.errors import BackupKeyMissing, Cancelled, InvalidInput
from fieldintake.exports.bundle import BundleInfo, BundleRecipient, write_bundle
from fieldintake.app.progress import Cancel, Progress
from fieldintake.exports.bundle.writer import check_cancel
from fieldintake.exports.backup import format as fmt
from fieldintake.exports.backup import staging
from fieldintake.fsutil import atomic_writer

_HASH_CHUNK = 1024 * 1024
_SYNC_EVERY = 32 * 1024 * 1024  # the backup file reaches the disk as it grows, not all in the final fsync
BLOB_HASH_PREFIX = "backup.blob_sha256."


@dataclass(frozen=True)
class FileMember:
    """A member read from a file; size and hash taken beforehand."""

    path: str
    file: Path
    size: int
    sha256: str

    def open(self) -> BinaryIO:
        return open(self.file, "rb")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    backup_id: str
    size: int
    sha256: str
    meta: fmt.BackupMeta
    recipients: tuple[BundleRecipient, ...]
    attachments: int


def _known_blob_hashes(session: Session) -> dict[str, tuple[int, str]]:
    """Size and SHA-256 of each stored attachment file, as the last backup measured them.

    Blob files are never rewritten (a new file gets a new random id), so the
    next backup need not read them twice. Nothing is trusted blindly: the
    bundle writer hashes every byte it streams and refuses a file that no
    longer matches (``BundleSourceMismatch``: the stored copy is damaged).
    """
    known: dict[str, tuple[int, str]] = {}
    for key, value in session.vault.query("SELECT key, value FROM meta WHERE key LIKE ?", (BLOB_HASH_PREFIX + "%",)):
        size, _, digest = str(value).partition(":")
        if size.isdigit() and len(digest) == 64:
            known[str(key)[len(BLOB_HASH_PREFIX):]] = (int(size), digest)
    return known


def _hash_file(path: Path, cancel: Cancel | None, tick: Progress) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            check_cancel(cancel)
            digest.update(chunk)
            size += len(chunk)
            tick(len(chunk), 0)
    return size, digest.hexdigest()


def _check_outside_vaults(session: Session, target: Path) -> None:
    """Erase and restore remove what is under ``users/`` and ``.staging/``: a backup there would go with it."""
    where = target.expanduser().absolute().resolve()
    for folder in (session.home.users_dir, staging.root(session.home)):
        if where.is_relative_to(folder.absolute().resolve()):
            raise InvalidInput(
                f"A backup may not be written inside the vault folders ({folder}): choose another place."
            )


def escrow_recipients(session: Session, names: Sequence[str]) -> list[BundleRecipient]:
    """Contacts (by name) who may also open the backup: an organisation's escrow, say."""
    chosen = []
    for name in names:
        contact = session.contacts.get(name)
        chosen.append(BundleRecipient(contact.age_recipient, contact.fingerprint, contact.name))
    return chosen


def create_backup(
    session: Session,
    target: Path,
    *,
    escrow: Sequence[str] = (),
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BackupResult:
    """Write the whole vault of ``session`` to ``target`` (replaced atomically).

    Raises ``BackupKeyMissing`` if the vault does not yet hold the
    recovery-derived recipient (see ``backupsettings``), ``Cancelled`` when
    ``cancel()`` says so (no file is left).
    """
    status = backupsettings.status(session.vault)
    if not status.ready:
        raise BackupKeyMissing(
            "This vault does not know its backup key yet: type your recovery key once "
            "(fieldintake backup create asks for it; the app asks in Backup…)."
        )
    target = Path(target)
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder: give the backup file's name.")
    _check_outside_vaults(session, target)
    recipients = [BundleRecipient(str(status.recipient), None, "recovery key"), *escrow_recipients(session, escrow)]
    try:
        with staging.scratch(session.home, "backup") as work:
            meta, info, blobs = _write(session, status, work, target, recipients, progress, cancel)
    except Cancelled:
        raise Cancelled("Cancelled: no backup was written. Nothing was changed.") from None
    with session.vault.transaction() as tx:
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (backupsettings.LAST_AT, meta.created_at),
        )
        tx.execute("DELETE FROM meta WHERE key LIKE ?", (BLOB_HASH_PREFIX + "%",))
        tx.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                       [(BLOB_HASH_PREFIX + m.file.name, f"{m.size}:{m.sha256}") for m in blobs])
        tx.audit("backup.created", "vault", info.bundle_id,
                 {"size": info.size, "sha256": info.sha256, "escrow": [r.fingerprint or r.age for r in recipients[1:]]})
    return BackupResult(target, info.bundle_id, info.size, info.sha256, meta, info.recipients, len(blobs))


def _write(
    session: Session,
    status: backupsettings.BackupStatus,
    work: Path,
    target: Path,
    recipients: list[BundleRecipient],
    progress: Progress | None,
    cancel: Cancel | None,
) -> tuple[fmt.BackupMeta, BundleInfo, list[FileMember]]:
    key = os.urandom(32)
    snap = snapshot.export(session.vault, session.paths.blobs, work, key)
    files = [(fmt.SNAPSHOT_NAME, snap.db)] + [(fmt.blob_member(p.name), p) for p in snap.blobs]
    total = 2 * sum(path.stat().st_size for _, path in files) or 1  # hashed once, then encrypted
    done = [0]
    lock = threading.Lock()

    def tick(n: int, _total: int) -> None:
        with lock:
            done[0] += n
            if progress is not None:
                progress(done[0], total)

    known = _known_blob_hashes(session)

    def measure(item: tuple[str, Path]) -> tuple[int, str]:
        name, path = item
        cached = known.get(path.name) if name != fmt.SNAPSHOT_NAME else None
        if cached is not None and cached[0] == path.stat().st_size:
            tick(cached[0], 0)
            return cached
        return _hash_file(path, cancel, tick)

    # hashlib releases the GIL on large buffers: files are hashed side by side on machines with cores to spare.
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        hashed = list(pool.map(measure, files))
    members = [FileMember(name, path, size, digest) for (name, path), (size, digest) in zip(files, hashed)]
    meta = fmt.BackupMeta(
        user_id=session.user_id,
        user_name=session.name,
        display_name=session.display_name,
        created_at=utc_now(),
        schema_version=snap.schema_version,
        snapshot_key=key.hex(),
        signer_tag=str(status.signer_tag),
        recovery_recipient=str(status.recipient),
        app_version=__version__,
    )
    hashed_bytes = done[0]

    def write_progress(written: int, tar_total: int) -> None:
        if progress is not None:
            progress(min(hashed_bytes + written, total), total)

    with atomic_writer(target, sync_every=_SYNC_EVERY) as out:
        info = write_bundle(
            out,
            sender=session.identity,
            sender_card=session.card(),
            members=members,
            recipients=recipients,
            extra={"backup": meta.to_json()},
            progress=write_progress,
            cancel=cancel,
        )
        check_cancel(cancel)
    return meta, info, members[1:]


__all__ = ["BackupResult", "FileMember", "create_backup", "escrow_recipients", "learn_recovery_key"]


def learn_recovery_key(store: UserStore, session: Session, recovery_text: str) -> None:
    """For a vault made before backups existed: check the recovery key once, keep only its public parts."""
    key = store.check_recovery_key(session, recovery_text)
    with session.vault.transaction() as tx:
        backupsettings.remember_recovery_key(tx, key, session.user_id, session.identity)
