"""The key hierarchy through the user service: unlock, recover, bind, change, erase."""

from __future__ import annotations

import json
import os

import pytest

from fieldintake.app import audit
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto import recovery
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS, KdfPolicy
from fieldintake.errors import (
    DeviceSecretMissing,
    InvalidInput,
    MistypedRecoveryKey,
    NotFound,
    StorageError,
    UserExists,
    VaultInUse,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.helpers import snapshot
from tests.keyring_memory import MemoryKeyring, OtherMemoryKeyring


def test_wrong_passphrase_is_refused_and_changes_no_file(store: UserStore, home: Home, alice: str) -> None:
    before = snapshot(home.root)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        store.unlock("alice", "not the passphrase at all")
    assert snapshot(home.root) == before


def test_wrong_recovery_key_is_refused_and_changes_no_file(store: UserStore, home: Home, alice: str) -> None:
    before = snapshot(home.root)
    other = recovery.encode(recovery.generate())
    with pytest.raises(WrongRecoveryKey, match="does not open"):
        store.recover("alice", other, NEW_PASSPHRASE)
    assert snapshot(home.root) == before


def test_mistyped_recovery_group_is_named_and_changes_no_file(store: UserStore, home: Home, alice: str) -> None:
    before = snapshot(home.root)
    groups = alice.split("-")
    groups[4] = groups[4][:2] + ("A" if groups[4][2] != "A" else "B") + groups[4][3:]
    with pytest.raises(MistypedRecoveryKey, match="Group 5"):
        store.recover("alice", "-".join(groups), NEW_PASSPHRASE)
    assert snapshot(home.root) == before


def test_recovery_sets_a_new_passphrase(store: UserStore, alice: str) -> None:
    store.recover("alice", alice, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        store.unlock("alice", PASSPHRASE)
    store.unlock("alice", NEW_PASSPHRASE).close()


def test_removed_keyring_entry_needs_the_recovery_key_which_rebinds(
    store: UserStore, memory_keyring: MemoryKeyring, alice: str
) -> None:
    assert store.binding_of("alice").bound
    memory_keyring.entries.clear()
    with pytest.raises(DeviceSecretMissing, match="recovery key.*fieldintake user recover alice"):
        store.unlock("alice", PASSPHRASE)
    with store.recover("alice", alice, NEW_PASSPHRASE) as session:
        assert session.binding.bound
    assert len([a for a in memory_keyring.entries if a[1].startswith("device-secret:")]) == 1
    store.unlock("alice", NEW_PASSPHRASE).close()


def test_changed_keyring_backend_is_reported(home: Home, alice: str) -> None:
    elsewhere = UserStore(home, policy=FAST_FOR_TESTS, device=DeviceSecrets(OtherMemoryKeyring()))
    with pytest.raises(DeviceSecretMissing, match="not available now"):
        elsewhere.unlock("alice", PASSPHRASE)


def test_device_secret_is_really_needed(home: Home, memory_keyring: MemoryKeyring, alice: str) -> None:
    """With the right passphrase but another secret in the keyring, the key does not unwrap."""
    (account,) = [a for a in memory_keyring.entries if a[1].startswith("device-secret:")]
    memory_keyring.entries[account] = "A" * 43 + "="
    with pytest.raises(WrongPassphrase):
        UserStore(home, policy=FAST_FOR_TESTS, device=DeviceSecrets(memory_keyring)).unlock("alice", PASSPHRASE)


def test_without_a_real_keyring_binding_is_off_and_said(home: Home) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    store = UserStore(home, policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    created = store.create("bob", PASSPHRASE)
    assert not created.binding.bound
    assert "Device binding: off" in created.binding.describe()
    created.session.close()
    store.unlock("bob", PASSPHRASE).close()


def test_passphrase_change_re_encrypts_the_vault_under_a_new_key(store: UserStore, home: Home, alice: str) -> None:
    pages = home.user("alice").db.read_bytes()
    with store.unlock("alice", PASSPHRASE) as session:
        with pytest.raises(WrongPassphrase):
            session.change_passphrase("not the old one at all", NEW_PASSPHRASE)
        session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        store.unlock("alice", PASSPHRASE)
    store.unlock("alice", NEW_PASSPHRASE).close()
    after = home.user("alice").db.read_bytes()
    assert after[:16] == pages[:16]  # the same file, rewritten in place (SQLCipher's salt kept)...
    assert after[4096:8192] != pages[4096:8192]  # ...every page encrypted anew


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_crash_between_temp_write_and_replace_keeps_the_old_key_file(
    store: UserStore, home: Home, alice: str, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    keys = home.user("alice").keys
    old = keys.read_bytes()

    def fail_replace(src: str, dst: str) -> None:
        assert os.path.exists(src)  # the new key file was fully written...
        raise failure  # ...and the process dies before it replaces the old one

    with store.unlock("alice", PASSPHRASE) as session:
        monkeypatch.setattr(os, "replace", fail_replace)
        with pytest.raises((StorageError, KeyboardInterrupt)):
            session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        monkeypatch.undo()
    assert keys.read_bytes() == old
    assert [p.name for p in keys.parent.iterdir() if p.name.endswith(".tmp")] == []
    store.unlock("alice", PASSPHRASE).close()


def test_full_disk_is_a_clear_error(store: UserStore, alice: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    with store.unlock("alice", PASSPHRASE) as session:
        monkeypatch.setattr(os, "fsync", no_space)
        with pytest.raises(StorageError, match="disk is full"):
            session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        monkeypatch.undo()
    store.unlock("alice", PASSPHRASE).close()


def test_weak_kdf_parameters_are_upgraded_on_the_next_unlock(home: Home, memory_keyring: MemoryKeyring, alice: str) -> None:
    stricter = KdfPolicy(min_memory_kib=512, min_iterations=2, memory_kib=1024, lanes=1,
                         target_seconds=(0.0, 1.0), calibrate=False)
    store = UserStore(home, policy=stricter, device=DeviceSecrets(memory_keyring))
    with store.unlock("alice", PASSPHRASE) as session, session.vault.read() as conn:
        actions = [e.action for e in audit.entries(conn)]
    assert "user.kdf_upgraded" in actions
    kdf = json.loads(home.user("alice").keys.read_text())["passphrase"]["kdf"]
    assert (kdf["memory_kib"], kdf["iterations"]) == (1024, 2)
    store.unlock("alice", PASSPHRASE).close()


def test_second_open_of_the_same_vault_is_refused(store: UserStore, alice: str) -> None:
    with store.unlock("alice", PASSPHRASE):
        with pytest.raises(VaultInUse, match="in use"):
            store.unlock("alice", PASSPHRASE)
    store.unlock("alice", PASSPHRASE).close()


def test_names_duplicates_and_weak_passphrases(store: UserStore, alice: str) -> None:
    with pytest.raises(UserExists):
        store.create("alice", PASSPHRASE)
    for bad in ("", "../x", "a/b", ".hidden", "x" * 65):
        with pytest.raises(InvalidInput):
            store.create(bad, PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        store.create("carol", "password123")
    store.create("Ольга", PASSPHRASE).session.close()
    assert store.names() == ["alice", "Ольга"]


def test_erase_destroys_keys_first_and_then_everything(
    store: UserStore, home: Home, memory_keyring: MemoryKeyring, alice: str
) -> None:
    copy_of_db = home.user("alice").db.read_bytes()
    store.erase("alice")
    assert not home.user("alice").dir.exists()
    assert memory_keyring.entries == {}
    with pytest.raises(NotFound):
        store.unlock("alice", PASSPHRASE)
    with pytest.raises(NotFound):
        store.recover("alice", alice, NEW_PASSPHRASE)
    # A copy of the database taken before the erase is useless without the key file.
    assert b"SQLite format 3" not in copy_of_db[:16]


def test_erase_works_while_the_vault_is_open(store: UserStore, home: Home, alice: str) -> None:
    session = store.unlock("alice", PASSPHRASE)
    store.erase("alice")
    assert not home.user("alice").keys.exists()
    session.close()
    assert store.names() == []


# --- lifetimes on the unlock path: an error after the vault opened releases it ------------------------


def test_a_failing_sweep_leaves_the_vault_unlockable(
    store: UserStore, alice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldintake.app.attachments import AttachmentStore

    def broken_sweep(self: AttachmentStore) -> int:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(AttachmentStore, "sweep", broken_sweep)
    with pytest.raises(OSError):
        store.unlock("alice", PASSPHRASE)
    monkeypatch.undo()
    store.unlock("alice", PASSPHRASE).close()


def test_a_failing_kdf_rewrap_leaves_the_vault_unlockable(
    home: Home, memory_keyring: MemoryKeyring, alice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stricter = KdfPolicy(min_memory_kib=512, min_iterations=2, memory_kib=1024, lanes=1,
                         target_seconds=(0.0, 1.0), calibrate=False)
    store = UserStore(home, policy=stricter, device=DeviceSecrets(memory_keyring))
    keys = home.user("alice").keys
    old = keys.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)  # the re-wrapped key file cannot be written
    with pytest.raises(StorageError, match="disk is full"):
        store.unlock("alice", PASSPHRASE)
    monkeypatch.undo()
    assert keys.read_bytes() == old
    with store.unlock("alice", PASSPHRASE) as session, session.vault.read() as conn:
        assert "user.kdf_upgraded" in [e.action for e in audit.entries(conn)]


def test_a_recovery_failing_after_the_vault_opened_leaves_it_unlockable(
    store: UserStore, home: Home, alice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)  # the rotated key file cannot be written
    with pytest.raises(StorageError, match="disk is full"):
        store.recover("alice", alice, NEW_PASSPHRASE)
    monkeypatch.undo()
    store.unlock("alice", PASSPHRASE).close()  # the previous state: the old passphrase and its device secret
    store.recover("alice", alice, NEW_PASSPHRASE).close()
    store.unlock("alice", NEW_PASSPHRASE).close()


def test_a_recovery_whose_re_encryption_fails_keeps_the_old_passphrase(
    store: UserStore, home: Home, alice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldintake.app.vault import Vault

    def failing_rekey(self: Vault, dek: bytes) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Vault, "rekey", failing_rekey)  # the key file with both slots was written; then this
    with pytest.raises(OSError):
        store.recover("alice", alice, NEW_PASSPHRASE)
    monkeypatch.undo()
    assert "next" not in json.loads(home.user("alice").keys.read_text())  # back to one set of slots
    store.unlock("alice", PASSPHRASE).close()
