"""Users and their keys: create, unlock, change passphrase, recover, erase.

A user exists once ``keys.json`` is written; the vault database is created
first, so a crash half-way leaves no user that cannot be opened.
"""

from __future__ import annotations

import functools
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from fieldintake.app import backupsettings
from fieldintake.app.attachments import AttachmentStore
from fieldintake.app.bundlelog import BundleLog
from fieldintake.app.cases import CaseStore
from fieldintake.app.clock import utc_now
from fieldintake.app.contacts import ContactStore
from fieldintake.app.lockfile import VaultLock
from fieldintake.app.passphrase import require_strong
from fieldintake.app.paths import Home, UserPaths, check_user_name
from fieldintake.app.templates import TemplateRegistry
from fieldintake.app.vault import Vault
from fieldintake.crypto import keyfile, recovery
from fieldintake.crypto.device import DeviceSecrets, DeviceStoreError, friendly_name
from fieldintake.crypto.identity import ContactCard, Identity
from fieldintake.crypto.kdf import PRODUCTION, KdfPolicy
from fieldintake.crypto.keyfile import KeyFile, KeyFileFormatError
from fieldintake.crypto.wrap import UnwrapFailed
from fieldintake.errors import (
    DeviceSecretMissing,
    KeyFileCorrupt,
    NotFound,
    UserExists,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryKey,
)
from fieldintake.fsutil import atomic_write_bytes, ensure_private_dir, shred_file


@dataclass(frozen=True)
class BindingStatus:
    bound: bool
    backend: str

    def describe(self) -> str:
        if self.bound:
            return (
                f"Device binding: on. A secret in this computer's keyring ({friendly_name(self.backend)}) is needed "
                "with the passphrase, so a copy of the vault folder alone cannot be attacked by guessing."
            )
        return (
            "Device binding: off. This system has no secure keyring, so whoever copies the vault "
            "folder can try to guess the passphrase offline: choose a long one."
        )


class Session:
    """An unlocked user: the open vault and the identity keys. ``close()`` locks."""

    def __init__(self, home: Home, name: str, paths: UserPaths, key_file: KeyFile, vault: Vault, lock: VaultLock,
                 store: UserStore) -> None:
        self.home = home
        self.name = name
        self.paths = paths
        self.user_id = key_file.user_id
        self._key_file = key_file
        self.vault = vault
        self._lock = lock
        self._store = store
        self._identity: Identity | None = None

    @property
    def identity(self) -> Identity:
        if self._identity is None:
            rows = self.vault.query("SELECT age_secret, signing_seed FROM identity WHERE id = 1")
            if not rows:
                raise VaultCorrupt("The vault has no identity keys.")
            self._identity = Identity(rows[0][0], bytes(rows[0][1]))
        return self._identity

    @functools.cached_property
    def templates(self) -> TemplateRegistry:
        return TemplateRegistry(self.home.templates_dir)

    @functools.cached_property
    def cases(self) -> CaseStore:
        return CaseStore(self.vault, self.templates, self.name)

    @functools.cached_property
    def bundles(self) -> BundleLog:
        return BundleLog(self.vault)

    @functools.cached_property
    def contacts(self) -> ContactStore:
        return ContactStore(self.vault)

    @functools.cached_property
    def attachments(self) -> AttachmentStore:
        identity = self.identity.age_identity
        return AttachmentStore(self.vault, self.paths.blobs, identity.to_public(), identity, self.cases)

    @property
    def display_name(self) -> str:
        rows = self.vault.query("SELECT display_name FROM identity WHERE id = 1")
        return rows[0][0] if rows else self.name

    def card(self) -> ContactCard:
        return self.identity.card(self.display_name)

    @property
    def binding(self) -> BindingStatus:
        slot = self._key_file.passphrase
        return BindingStatus(slot.device_backend is not None, slot.device_backend or self._store.device.name)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under ``new``; nothing else is re-encrypted."""
        require_strong(new)
        dek = self._store._unwrap_with_passphrase(self.name, self._key_file, old)
        secret = None
        if self._key_file.passphrase.device_backend is not None:
            secret = self._store._device_secret(self.name, self._key_file)
        elif self._store.device.available:
            secret = self._store.device.create(self.user_id)
        self._rewrap(dek, new, secret)
        with self.vault.transaction() as tx:
            tx.audit("user.passphrase_changed", "user", self.user_id)

    def _rewrap(self, dek: bytes, passphrase: str, device_secret: bytes | None) -> None:
        slot = keyfile.wrap_passphrase_slot(
            self.user_id, dek, passphrase, self._store.policy, device_secret, self._store.device.name
        )
        updated = keyfile.with_passphrase_slot(self._key_file, slot)
        atomic_write_bytes(self.paths.keys, updated.to_bytes())
        self._key_file = updated

    def close(self) -> None:
        self._identity = None
        self.vault.close()
        self._lock.release()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class NewUser:
    session: Session
    recovery_key: str
    binding: BindingStatus


class UserStore:
    def __init__(self, home: Home, policy: KdfPolicy = PRODUCTION, device: DeviceSecrets | None = None) -> None:
        self.home = home
        self.policy = policy
        self.device = device if device is not None else DeviceSecrets()

    def names(self) -> list[str]:
        return self.home.user_names()

    def binding_of(self, name: str) -> BindingStatus:
        kf = self._read_key_file(self.home.existing_user(name))
        return BindingStatus(kf.passphrase.device_backend is not None, kf.passphrase.device_backend or self.device.name)

    # --- create ----------------------------------------------------------

    def create(self, name: str, passphrase: str) -> NewUser:
        check_user_name(name)
        paths = self.home.user(name)
        if paths.keys.exists():
            raise UserExists(f"A user named '{name}' already exists.")
        require_strong(passphrase)
        ensure_private_dir(self.home.root)
        ensure_private_dir(self.home.users_dir)
        ensure_private_dir(paths.dir)
        lock = VaultLock(paths.lock).acquire()
        try:
            self._remove_leftovers(paths)
            user_id = str(uuid.uuid4())
            created = utc_now()
            dek = keyfile.new_dek()
            rkey = recovery.generate()
            secret = self.device.create(user_id) if self.device.available else None
            identity = Identity.generate()
            vault = Vault.open(paths.db, dek, name)
            try:
                with vault.transaction() as tx:
                    tx.execute(
                        "INSERT INTO identity (id, user_id, display_name, age_secret, signing_seed, created_at)"
                        " VALUES (1, ?, ?, ?, ?, ?)",
                        (user_id, name, identity.age_secret, identity.signing_seed, created),
                    )
                    tx.audit("user.created", "user", user_id, {"device_bound": secret is not None})
                    backupsettings.remember_recovery_key(tx, rkey, user_id, identity, audit=False)
                ensure_private_dir(paths.blobs)
                kf = keyfile.new_key_file(user_id, created, dek, passphrase, rkey, self.policy, secret, self.device.name)
                atomic_write_bytes(paths.keys, kf.to_bytes())
            except BaseException:
                vault.close()
                raise
        except BaseException:
            lock.release()
            raise
        session = Session(self.home, name, paths, kf, vault, lock, self)
        return NewUser(session, recovery.encode(rkey), session.binding)

    @staticmethod
    def _remove_leftovers(paths: UserPaths) -> None:
        """A create that crashed before writing keys.json left files nobody can open."""
        for leftover in (paths.db, paths.db.with_name("vault.db-wal"), paths.db.with_name("vault.db-shm")):
            leftover.unlink(missing_ok=True)
        if paths.blobs.exists():
            shutil.rmtree(paths.blobs)

    # --- unlock ----------------------------------------------------------

    def unlock(self, name: str, passphrase: str) -> Session:
        paths = self.home.existing_user(name)
        lock = VaultLock(paths.lock).acquire()
        try:
            kf = self._read_key_file(paths)
            dek = self._unwrap_with_passphrase(name, kf, passphrase)
            vault = Vault.open(paths.db, dek, name)
        except BaseException:
            lock.release()
            raise
        session = Session(self.home, name, paths, kf, vault, lock, self)
        session.attachments.sweep()
        if not self.policy.accepts(kf.passphrase.params):
            secret = self._device_secret(name, kf) if kf.passphrase.device_backend else None
            session._rewrap(dek, passphrase, secret)
            with vault.transaction() as tx:
                new = session._key_file.passphrase.params
                tx.audit("user.kdf_upgraded", "user", kf.user_id, {"memory_kib": new.memory_kib, "iterations": new.iterations})
        return session

    def recover(self, name: str, recovery_text: str, new_passphrase: str) -> Session:
        """Open with the recovery key, set a new passphrase, bind to this device anew."""
        paths = self.home.existing_user(name)
        key = recovery.parse(recovery_text)
        require_strong(new_passphrase)
        lock = VaultLock(paths.lock).acquire()
        try:
            kf = self._read_key_file(paths)
            try:
                dek = keyfile.open_with_recovery(kf, key)
            except UnwrapFailed as exc:
                raise WrongRecoveryKey(f"That recovery key does not open the vault of '{name}'.") from exc
            vault = Vault.open(paths.db, dek, name)
        except BaseException:
            lock.release()
            raise
        session = Session(self.home, name, paths, kf, vault, lock, self)
        try:
            if kf.passphrase.device_backend is not None:
                self.device.delete(kf.user_id)
            secret = self.device.create(kf.user_id) if self.device.available else None
            session._rewrap(dek, new_passphrase, secret)
            with vault.transaction() as tx:
                tx.audit("user.recovered", "user", kf.user_id, {"device_bound": secret is not None})
                backupsettings.remember_recovery_key(tx, key, kf.user_id, session.identity, audit=False)
        except BaseException:
            session.close()
            raise
        return session

    def check_recovery_key(self, session: Session, recovery_text: str) -> bytes:
        """The recovery key's bytes if it opens ``session``'s key file (for backups); else ``WrongRecoveryKey``."""
        key = recovery.parse(recovery_text)
        try:
            keyfile.open_with_recovery(session._key_file, key)
        except UnwrapFailed as exc:
            raise WrongRecoveryKey(f"That recovery key does not open the vault of '{session.name}'.") from exc
        return key

    def _read_key_file(self, paths: UserPaths) -> KeyFile:
        try:
            return KeyFile.from_bytes(paths.keys.read_bytes())
        except KeyFileFormatError as exc:
            raise KeyFileCorrupt(f"The key file {paths.keys} is damaged ({exc}). Restore it from a backup.") from exc

    def _device_secret(self, name: str, kf: KeyFile) -> bytes:
        hint = f"Unlock with your recovery key instead: fieldintake user recover {name}"
        bound_to = kf.passphrase.device_backend
        if not self.device.available or self.device.name != bound_to:
            raise DeviceSecretMissing(
                f"This vault is bound to a keyring ({friendly_name(bound_to or '')}) that is not available now"
                f" (found: {friendly_name(self.device.name)}). {hint}"
            )
        try:
            secret = self.device.get(kf.user_id)
        except DeviceStoreError as exc:
            raise DeviceSecretMissing(f"The keyring could not be read ({exc}). {hint}") from exc
        if secret is None:
            raise DeviceSecretMissing(f"This vault's device secret is missing from the keyring. {hint}")
        return secret

    def _unwrap_with_passphrase(self, name: str, kf: KeyFile, passphrase: str) -> bytes:
        secret = self._device_secret(name, kf) if kf.passphrase.device_backend else None
        try:
            return keyfile.open_with_passphrase(kf, passphrase, secret)
        except UnwrapFailed as exc:
            raise WrongPassphrase("Wrong passphrase.") from exc

    # --- erase -----------------------------------------------------------

    def erase(self, name: str) -> None:
        """Crypto-shred: key file and device secret first, then every file.

        Works without the passphrase and even while the vault is open
        elsewhere: under duress, erasing must not depend on anything else.
        """
        paths = self.home.user(name)
        if not paths.dir.exists():
            raise NotFound(f"No user named '{name}' in {self.home.root}.")
        user_id = None
        try:
            user_id = KeyFile.from_bytes(paths.keys.read_bytes()).user_id
        except (OSError, KeyFileFormatError):
            pass
        shred_file(paths.keys)
        if user_id:
            self.device.delete(user_id)
        for leftover in sorted(paths.dir.glob(".keys.json.*.tmp")):
            shred_file(leftover)
        shutil.rmtree(paths.dir, ignore_errors=True)
        _remove_if_empty(self.home.users_dir)


def _remove_if_empty(path: Path) -> None:
    try:
        path.rmdir()
    except OSError:
        pass
