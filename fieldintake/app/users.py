"""Users and their keys: create, unlock, change passphrase, recover, erase.

A user exists once ``keys.json`` is written; the vault database is created
first, so a crash half-way leaves no user that cannot be opened.
"""

from __future__ import annotations

import contextlib
import functools
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import sqlcipher3

from fieldintake.app import audit, backupsettings
from fieldintake.app.attachments import AttachmentStore
from fieldintake.app.bundlelog import BundleLog
from fieldintake.app.cases import CaseStore
from fieldintake.app.clock import utc_now
from fieldintake.app.contacts import ContactStore
from fieldintake.app.lockfile import VaultLock
from fieldintake.app.passphrase import require_strong
from fieldintake.app.paths import Home, UserPaths, check_user_name
from fieldintake.app.templates import TemplateRegistry
from fieldintake.app.unitofwork import Unit
from fieldintake.app.vault import Vault
from fieldintake.crypto import keyfile, recovery
from fieldintake.crypto.device import DeviceSecrets, DeviceStoreError, friendly_name
from fieldintake.crypto.identity import ContactCard, Identity
from fieldintake.crypto.kdf import PRODUCTION, KdfPolicy
from fieldintake.crypto.secret import wipe
from fieldintake.crypto.keyfile import KeyFile, KeyFileFormatError
from fieldintake.crypto.wrap import UnwrapFailed
from fieldintake.errors import (
    DeviceSecretMissing,
    KeyFileCorrupt,
    NotFound,
    UserExists,
    VaultCorrupt,
    VaultErased,
    WrongPassphrase,
    WrongRecoveryKey,
)
from fieldintake.fsutil import (
    atomic_write_bytes,
    ensure_private_dir,
    replace_shredding_previous,
    shred_file,
    shred_leftovers,
)


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
        self.rollback: str | None = None  # set at unlock when the keyring remembers a later audit head
        vault.guard = self.refuse_if_erased

    @property
    def erased(self) -> bool:
        """The key file is gone: the user was erased (perhaps from another window) while this was open."""
        return not self.paths.keys.exists()

    def refuse_if_erased(self) -> None:
        if self.erased:
            raise VaultErased("This vault was erased from another window: nothing more can be saved to it.")

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

    def change(self, action: str, case_id: str | None = None, *, coalesce: bool = False,
               checkpoint: Callable[[], None] | None = None) -> Unit:
        """One unit of work on the case tables: ``with session.change("interview.saved", case_id) as uow: ...``.

        ``coalesce``: an autosave (revisions and the audit entry join the burst); ``checkpoint`` is
        called just before commit (a worker's ``Progress.check``: a lock cancels the write).
        """
        return self.cases.change(action, case_id, coalesce=coalesce, checkpoint=checkpoint)

    @functools.cached_property
    def bundles(self) -> BundleLog:
        return BundleLog(self.vault)

    @functools.cached_property
    def contacts(self) -> ContactStore:
        return ContactStore(self.vault)

    @functools.cached_property
    def attachments(self) -> AttachmentStore:
        identity = self.identity.age_identity
        return AttachmentStore(self.vault, self.paths.blobs, identity.to_public(), identity, self.cases,
                               guard=self.refuse_if_erased)

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
        """Set ``new``, under a new data key: the vault is re-encrypted, so an old key file opens nothing."""
        self.refuse_if_erased()
        require_strong(new)
        dek = self._store._unwrap_with_passphrase(self.name, self._key_file, old)
        try:
            secret = None
            if self._key_file.passphrase.device_backend is not None:
                secret = self._store._device_secret(self.name, self._key_file)
            elif self._store.device.available:
                secret = self._store.device.create(self.user_id)
            public = self._key_file.recovery.public_key
            if public is None:  # a format-1 key file: its recovery slot needs the paper key to be re-made
                self._rewrap(dek, new, secret)
            else:
                self._rotate(dek, new, secret, public)
        finally:
            wipe(dek)
        with self.vault.transaction() as tx:
            tx.audit("user.passphrase_changed", "user", self.user_id, {"data_key_rotated": public is not None})

    def _rewrap(self, dek: bytes | bytearray, passphrase: str, device_secret: bytes | None) -> None:
        """The same data key under a new passphrase slot (a KDF upgrade, or a format-1 key file)."""
        slot = keyfile.wrap_passphrase_slot(
            self.user_id, dek, passphrase, self._store.policy, device_secret, self._store.device.name
        )
        self._write_keys(keyfile.with_passphrase_slot(self._key_file, slot))

    def _rotate(self, old_dek: bytes | bytearray, passphrase: str, device_secret: bytes | None,
                recovery_public: bytes) -> None:
        """A new random data key: key file with both, vault re-encrypted in place, key file with the new only.

        A crash at any step leaves a vault that opens: see ``UserStore._settle``.
        """
        new_dek = keyfile.new_dek()
        try:
            slot = keyfile.wrap_passphrase_slot(
                self.user_id, new_dek, passphrase, self._store.policy, device_secret, self._store.device.name
            )
            current = self._key_file
            pending = keyfile.begin_rotation(current, old_dek, new_dek, slot, recovery_public)
            self._write_keys(pending)
            try:
                self.vault.rekey(new_dek)
            except BaseException:
                self._write_keys(current)  # the vault still has the old key: so does the key file
                raise
            self._write_keys(keyfile.finish_rotation(pending))
        finally:
            wipe(new_dek)

    def _write_keys(self, kf: KeyFile) -> None:
        self.refuse_if_erased()
        replace_shredding_previous(self.paths.keys, kf.to_bytes())
        self._key_file = kf

    # --- rollback detection: the audit head recorded in the keyring -------------

    def check_rollback(self) -> str | None:
        """Compare the vault's audit log with the head this computer's keyring last recorded."""
        recorded = self._store.device.recorded_head(self.user_id)
        if recorded is None:
            self.rollback = None
        else:
            with self.vault.read() as conn:
                self.rollback = audit.compare_with(conn, recorded[0], recorded[1], "this computer's keyring")
        return self.rollback

    def record_head(self) -> None:
        """Move the keyring's record forward to the current head (never over a detected rollback)."""
        if self.rollback is None and self._store.device.available and not self.erased:
            count, head = self.vault.audit_head()
            if count:
                self._store.device.record_head(self.user_id, count, head)

    def accept_current_head(self) -> tuple[int, str]:
        """The user confirmed this vault is the one to keep (say, restored from a backup): record its head."""
        recorded = self._store.device.recorded_head(self.user_id)
        with self.vault.transaction() as tx:
            tx.audit("audit.rollback_accepted", "user", self.user_id,
                     {"recorded_count": recorded[0] if recorded else None})
        self.rollback = None
        self.record_head()
        return self.vault.audit_head()

    def close(self) -> None:
        self._identity = None
        if self.vault.is_open:
            with contextlib.suppress(Exception):  # locking must never fail over the keyring
                self.record_head()
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

    def close(self) -> None:
        """Lock the new user's session: for a creation nobody took (a lock while it ran)."""
        self.session.close()


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
        dek = pending_dek = None
        try:
            shred_leftovers(paths.keys)
            kf = self._read_key_file(paths)
            if kf.pending is not None:
                pending_dek = self._try_pending_passphrase(name, kf, passphrase)
            if pending_dek is None:
                dek = self._unwrap_with_passphrase(name, kf, passphrase)
            vault, kf, dek = self._settle(paths, name, kf, pending_dek, dek)
        except BaseException:
            wipe(dek)
            wipe(pending_dek)
            lock.release()
            raise
        session = Session(self.home, name, paths, kf, vault, lock, self)
        try:
            with _damage_reported(vault):
                session.check_rollback()
                session.attachments.sweep()
            if not self.policy.accepts(kf.passphrase.params):
                secret = self._device_secret(name, kf) if kf.passphrase.device_backend else None
                session._rewrap(dek, passphrase, secret)
                with vault.transaction() as tx:
                    new = session._key_file.passphrase.params
                    tx.audit("user.kdf_upgraded", "user", kf.user_id, {"memory_kib": new.memory_kib, "iterations": new.iterations})
        except BaseException:
            session.close()
            raise
        finally:
            wipe(dek)
        return session

    def recover(self, name: str, recovery_text: str, new_passphrase: str) -> Session:
        """Open with the recovery key, set a new passphrase under a new data key, bind to this device anew."""
        paths = self.home.existing_user(name)
        key = recovery.parse(recovery_text)
        require_strong(new_passphrase)
        lock = VaultLock(paths.lock).acquire()
        dek = pending_dek = None
        try:
            shred_leftovers(paths.keys)
            kf = self._read_key_file(paths)
            if kf.pending is not None:
                with contextlib.suppress(UnwrapFailed):
                    pending_dek = keyfile.unwrap_pending_recovery(kf, key)
            if pending_dek is None:
                try:
                    dek = keyfile.open_with_recovery(kf, key)
                except UnwrapFailed as exc:
                    raise WrongRecoveryKey(f"That recovery key does not open the vault of '{name}'.") from exc
            vault, kf, dek = self._settle(paths, name, kf, pending_dek, dek)
        except BaseException:
            wipe(dek)
            wipe(pending_dek)
            lock.release()
            raise
        session = Session(self.home, name, paths, kf, vault, lock, self)
        previous: bytes | None = None
        try:
            previous = self._current_secret(kf)
            session.check_rollback()
            if kf.passphrase.device_backend is not None:
                self.device.delete(kf.user_id)
            secret = self.device.create(kf.user_id) if self.device.available else None
            if kf.recovery.legacy:  # upgrade a format-1 key file: seal the recovery slot to the key's public half
                session._write_keys(replace(kf, recovery=keyfile.seal_recovery_slot(
                    kf.user_id, dek, keyfile.recovery_public_key(key))))
            session._rotate(dek, new_passphrase, secret, keyfile.recovery_public_key(key))
            with vault.transaction() as tx:
                tx.audit("user.recovered", "user", kf.user_id, {"device_bound": secret is not None,
                                                                 "data_key_rotated": True})
                backupsettings.remember_recovery_key(tx, key, kf.user_id, session.identity, audit=False)
        except BaseException:
            on_disk = session._key_file
            if previous is not None and on_disk.pending is None and on_disk.passphrase == kf.passphrase:
                with contextlib.suppress(DeviceStoreError):  # the key file is the old one: so is its secret
                    self.device.restore(kf.user_id, previous)
            session.close()
            raise
        finally:
            wipe(dek)
        return session

    def check_recovery_key(self, session: Session, recovery_text: str) -> bytes:
        """The recovery key's bytes if it opens ``session``'s key file (for backups); else ``WrongRecoveryKey``."""
        key = recovery.parse(recovery_text)
        try:
            wipe(keyfile.open_with_recovery(session._key_file, key))
        except UnwrapFailed as exc:
            raise WrongRecoveryKey(f"That recovery key does not open the vault of '{session.name}'.") from exc
        return key

    def _current_secret(self, kf: KeyFile) -> bytes | None:
        """The device secret ``kf``'s passphrase slot is bound to, if the keyring has it (to put back)."""
        if kf.passphrase.device_backend is None or not self.device.available:
            return None
        try:
            return self.device.get(kf.user_id)
        except DeviceStoreError:
            return None

    def _try_pending_passphrase(self, name: str, kf: KeyFile, passphrase: str) -> bytearray | None:
        """The new data key of an interrupted rotation, if ``passphrase`` is its new passphrase."""
        assert kf.pending is not None
        slot = kf.pending.passphrase
        try:
            secret = self._device_secret(name, kf, slot) if slot.device_backend else None
            return keyfile.unwrap_pending_passphrase(kf, passphrase, secret)
        except (UnwrapFailed, DeviceSecretMissing):
            return None

    def _settle(self, paths: UserPaths, name: str, kf: KeyFile, pending_dek: bytearray | None,
                dek: bytearray | None) -> tuple[Vault, KeyFile, bytearray]:
        """Open the vault, first finishing or undoing a rotation that a crash interrupted.

        ``pending_dek``: the new key of an unfinished rotation (the old one is
        wrapped under it), so the rotation is finished. ``dek``: the current
        slots' key; if it still opens the vault the rotation never happened and
        is dropped. Either way the key file ends with one set of slots.
        """
        if pending_dek is not None:
            old = keyfile.previous_dek(kf, pending_dek)
            try:
                try:
                    vault = Vault.open(paths.db, pending_dek, name)
                except VaultCorrupt:
                    vault = Vault.open(paths.db, old, name)
                    try:
                        vault.rekey(pending_dek)
                    except BaseException:
                        vault.close()
                        raise
            finally:
                wipe(old)
            settled = keyfile.finish_rotation(kf)
            dek = pending_dek
        else:
            assert dek is not None
            try:
                vault = Vault.open(paths.db, dek, name)
            except VaultCorrupt as exc:
                if kf.pending is not None:
                    raise WrongPassphrase(
                        "That was the passphrase before the last change, which was completed: use the new one"
                        " (or the recovery key)."
                    ) from exc
                raise
            settled = keyfile.abandon_rotation(kf) if kf.pending is not None else kf
        if settled is not kf:
            try:
                replace_shredding_previous(paths.keys, settled.to_bytes())
                with vault.transaction() as tx:
                    tx.audit("user.key_rotation_settled", "user", kf.user_id, {"finished": pending_dek is not None})
            except BaseException:
                vault.close()
                raise
        return vault, settled, dek

    def _read_key_file(self, paths: UserPaths) -> KeyFile:
        try:
            return KeyFile.from_bytes(paths.keys.read_bytes())
        except KeyFileFormatError as exc:
            raise KeyFileCorrupt(f"The key file {paths.keys} is damaged ({exc}). Restore it from a backup.") from exc

    def _device_secret(self, name: str, kf: KeyFile, slot: keyfile.PassphraseSlot | None = None) -> bytes:
        hint = f"Unlock with your recovery key instead: fieldintake user recover {name}"
        bound_to = (slot or kf.passphrase).device_backend
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

    def _unwrap_with_passphrase(self, name: str, kf: KeyFile, passphrase: str) -> bytearray:
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
            self.device.forget(user_id)
        shred_leftovers(paths.keys)
        shutil.rmtree(paths.dir, ignore_errors=True)
        _remove_if_empty(self.home.users_dir)


@contextlib.contextmanager
def _damage_reported(vault: Vault) -> Iterator[None]:
    """A page that fails its HMAC while unlocking: name the damage (what ``check`` would list), not a bug."""
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        if type(exc) is not sqlcipher3.DatabaseError:  # IntegrityError, OperationalError...: not damage
            raise
        problems = vault.integrity_problems()
        raise VaultCorrupt("The vault is damaged: " + "; ".join((problems or [str(exc)])[:5])
                           + ". Restore it from a backup.") from exc


def _remove_if_empty(path: Path) -> None:
    try:
        path.rmdir()
    except OSError:
        pass
