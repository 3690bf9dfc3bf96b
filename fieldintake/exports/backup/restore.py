"""Restoring a backup: verify it all, build the vault aside, then one rename.

Nothing appears under ``HOME/users/`` until the whole backup decrypted to
its last chunk, its signature and every member checked out, the vault
inside passed its integrity and audit checks and was re-keyed to a new data
key, the restore was recorded in its audit chain, and a new key file (new
passphrase, new recovery key, this device's binding) was written. A vault of
the same user already there is replaced only if the backup is newer and the
user confirmed it; a vault of another user under that name never is.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fieldintake.app import backupsettings, snapshot
from fieldintake.app.clock import parse_utc, utc_now
from fieldintake.app.lockfile import VaultLock
from fieldintake.app.passphrase import require_strong
from fieldintake.app.paths import UserPaths, check_user_name
from fieldintake.app.users import BindingStatus, UserStore
from fieldintake.app.vault import Vault
from fieldintake.crypto import keyfile, recovery
from fieldintake.crypto.identity import Identity
from fieldintake.crypto.keyfile import KeyFile, KeyFileFormatError
from fieldintake.errors import (
    AuditChainBroken,
    BackupError,
    BackupForged,
    NotFound,
    RestoreRefused,
    VaultCorrupt,
)
from fieldintake.exports.backup import format as fmt
from fieldintake.exports.backup import staging
from fieldintake.exports.backup.read import BackupKey, BackupSummary, OpenBackup, open_backup
from fieldintake.exports.bundle import BundleMember
from fieldintake.app.progress import Cancel, Progress
from fieldintake.exports.bundle.writer import MEMBER_CHUNK
from fieldintake.fsutil import PRIVATE_FILE, atomic_write_bytes, ensure_private_dir, fsync_dir, storage_error

Confirm = Callable[[str], bool]


@dataclass(frozen=True)
class RestoreResult:
    name: str
    recovery_key: str  # the new one, to show once
    binding: BindingStatus
    summary: BackupSummary
    replaced: bool


class _Writer:
    """Member files written a MiB at a time straight from the reader's buffer; each fsynced in the background.

    An fsync waits for the disk: done beside the next member's decryption
    instead of before it. ``finish()`` waits for every one (and raises the
    first failure) before the vault is built, so nothing is used unsynced.
    At most ``IN_FLIGHT`` files wait for their fsync, each holding a
    descriptor: thousands of small attachments decrypt faster than a disk
    syncs them, and must not run the process out of descriptors.
    """

    IN_FLIGHT = 32

    def __init__(self) -> None:
        self._buffer = memoryview(bytearray(MEMBER_CHUNK))
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="restore-fsync")
        self._pending: deque[Future[None]] = deque()

    def write(self, member: BundleMember, target: Path) -> None:
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        except OSError as exc:
            raise storage_error(exc, "the restored vault") from exc
        try:
            while n := member.readinto(self._buffer):
                view = self._buffer[:n]
                while view:
                    view = view[os.write(fd, view):]
        except OSError as exc:
            os.close(fd)
            raise storage_error(exc, "the restored vault") from exc
        except BaseException:
            os.close(fd)
            raise
        self._pending.append(self._pool.submit(_sync_and_close, fd))
        if len(self._pending) > self.IN_FLIGHT:
            self._wait(self._pending.popleft())

    def finish(self) -> None:
        try:
            while self._pending:
                self._wait(self._pending.popleft())
        finally:
            self.close()

    @staticmethod
    def _wait(done: Future[None]) -> None:
        try:
            done.result()
        except OSError as exc:
            raise storage_error(exc, "the restored vault") from exc

    def close(self) -> None:
        self._pool.shutdown(wait=True)  # every descriptor closed, also after a failure


def _sync_and_close(fd: int) -> None:
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _existing(store: UserStore, name: str) -> tuple[UserPaths, KeyFile] | None:
    paths = store.home.user(name)
    if not paths.keys.is_file():
        if paths.dir.exists():
            raise RestoreRefused(
                f"A folder for '{name}' exists but holds no vault ({paths.dir}): move it away, or restore with --as NAME."
            )
        return None
    try:
        return paths, KeyFile.from_bytes(paths.keys.read_bytes())
    except KeyFileFormatError:
        raise RestoreRefused(f"The vault of '{name}' here has a damaged key file: restore under another name (--as NAME).") from None


def _check_not_here_under_another_name(store: UserStore, name: str, meta: fmt.BackupMeta) -> None:
    """Two vaults of one user in one home would share one device secret: erasing one would lock out the other."""
    for other in store.names():
        if other == name:
            continue
        try:
            user_id = KeyFile.from_bytes(store.home.user(other).keys.read_bytes()).user_id
        except (OSError, KeyFileFormatError):
            continue
        if user_id == meta.user_id:
            raise RestoreRefused(
                f"The vault in this backup is already here as '{other}': nothing was changed. "
                f"Restore over it (--as {other} --replace) or erase it first."
            )


def _last_change(paths: UserPaths) -> datetime:
    """When the vault was last written, from its files (it cannot be read without its passphrase).

    Opening a vault re-creates an empty write-ahead log, so the log counts only when it holds pages.
    """
    wal = paths.db.with_name("vault.db-wal")
    files = [paths.db, paths.keys] + ([wal] if wal.exists() and wal.stat().st_size > 0 else [])
    return datetime.fromtimestamp(max(p.stat().st_mtime for p in files if p.exists()), UTC)


def _check_replace(name: str, paths: UserPaths, kf: KeyFile, meta: fmt.BackupMeta, replace: bool,
                   confirm: Confirm | None) -> None:
    if kf.user_id != meta.user_id:
        raise RestoreRefused(
            f"'{name}' on this computer is another user's vault, not the one in this backup: "
            "nothing was changed. Restore under another name with --as NAME."
        )
    if not replace:
        raise RestoreRefused(
            f"A vault of '{name}' already exists here: nothing was changed. To replace it with this backup, "
            "use --replace (the backup must be newer than the vault)."
        )
    made, changed = parse_utc(meta.created_at), _last_change(paths)
    if made <= changed:
        raise RestoreRefused(
            f"This backup ({made:%Y-%m-%d %H:%M} UTC) is older than the vault of '{name}' here "
            f"(last changed {changed:%Y-%m-%d %H:%M} UTC): refused, it would lose newer work."
        )
    question = (f"Replace the vault of '{name}' (last changed {changed:%Y-%m-%d %H:%M} UTC) with the backup "
                f"of {made:%Y-%m-%d %H:%M} UTC? Work since the backup is lost.")
    if confirm is None or not confirm(question):
        raise RestoreRefused("Not confirmed: nothing was changed.")


def restore_backup(
    store: UserStore,
    path: Path,
    key: BackupKey,
    new_passphrase: str,
    *,
    as_name: str | None = None,
    replace: bool = False,
    confirm: Confirm | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> RestoreResult:
    require_strong(new_passphrase)
    home = store.home
    try:
        src = open(path, "rb")
    except FileNotFoundError:
        raise NotFound(f"No such file: {path}.") from None
    except OSError as exc:
        raise BackupError(f"Could not read {path}: {exc.strerror or exc}.") from None
    with src, staging.scratch(home, "restore") as work, open_backup(src, key, progress=progress, cancel=cancel) as backup:
        meta = backup.meta
        name = check_user_name(as_name or meta.user_name)
        existing = _existing(store, name)
        _check_not_here_under_another_name(store, name, meta)
        held: VaultLock | None = None
        if existing is not None:
            _check_replace(name, existing[0], existing[1], meta, replace, confirm)
            held = VaultLock(existing[0].lock).acquire()  # the vault to replace is not open anywhere, and stays shut
        try:
            summary, recovery_text = _stage(store, backup, work, name, key, new_passphrase, path)
            final = home.user(name)
            ensure_private_dir(home.users_dir)
            staged = UserPaths(work / "user")
            if existing is None:
                os.rename(staged.dir, final.dir)  # refuses if a folder appeared meanwhile
            else:
                staging.mark_swap(work, name)
                os.rename(final.dir, work / staging.OLD_NAME)
                os.rename(staged.dir, final.dir)
            fsync_dir(home.users_dir)
        finally:
            if held is not None:
                held.release()
    binding = store.binding_of(name)
    return RestoreResult(name, recovery_text, binding, summary, existing is not None)


def _stage(store: UserStore, backup: OpenBackup, work: Path, name: str, key: BackupKey, new_passphrase: str,
           path: Path) -> tuple[BackupSummary, str]:
    """Write the members into ``work/user``, verify to the end, build the vault; returns the new recovery key too."""
    staged = UserPaths(ensure_private_dir(work / "user"))
    blobs = ensure_private_dir(staged.blobs)
    writer = _Writer()
    try:
        for member in backup.members():
            if member.path == fmt.SNAPSHOT_NAME:
                writer.write(member, staged.db)
            else:
                writer.write(member, blobs / str(fmt.blob_id_of(member.path)))
        summary = backup.finish(Path(path).stat().st_size)
        writer.finish()
    finally:
        writer.close()
    fsync_dir(blobs)
    return summary, _build_vault(store, staged, name, summary, key, new_passphrase)


def _build_vault(store: UserStore, staged: UserPaths, name: str, summary: BackupSummary, key: BackupKey,
                 new_passphrase: str) -> str:
    """Re-key the staged snapshot, record the restore, write the new key file; returns the new recovery key."""
    meta = summary.meta
    dek = keyfile.new_dek()
    found = snapshot.adopt(staged.db, bytes.fromhex(meta.snapshot_key), dek)
    identity = Identity(found.age_secret, found.signing_seed)
    if (found.user_id != meta.user_id or identity.verify_key != summary.signer.verify_key
            or identity.age_recipient != summary.signer.age_recipient):
        raise BackupForged("The vault inside the backup is not the one that signed it: refused.")
    rkey = recovery.generate()
    secret = None
    if store.device.available:
        # Reuse this user's secret if this keyring has one (a vault of theirs may still use it).
        secret = store.device.get(meta.user_id) or store.device.create(meta.user_id)
    vault = Vault.open(staged.db, dek, name)
    try:
        problems = vault.integrity_problems()
        if problems:
            raise VaultCorrupt("The vault inside the backup is damaged: " + "; ".join(problems[:3]))
        report = vault.audit_report()
        if not report.ok:
            raise AuditChainBroken("The audit log inside the backup is broken: " + " ".join(report.problems[:3]))
        with vault.transaction() as tx:
            tx.audit("backup.restored", "vault", summary.backup_id, {
                "backup_created_at": meta.created_at,
                "opened_with": key.label,
                "device_bound": secret is not None,
            })
            backupsettings.remember_recovery_key(tx, rkey, meta.user_id, identity, audit=False)
        if store.device.available:  # a restore is chosen, not a rollback: this computer now expects its head
            store.device.record_head(meta.user_id, *vault.audit_head())
    finally:
        vault.close()
    kf = keyfile.new_key_file(meta.user_id, utc_now(), dek, new_passphrase, rkey, store.policy,
                              secret, store.device.name)
    atomic_write_bytes(staged.keys, kf.to_bytes())
    fsync_dir(staged.dir)
    return recovery.encode(rkey)
