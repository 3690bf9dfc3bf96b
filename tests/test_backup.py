"""Backups: the key, the round trip, escrow with the real age CLI, replacing, border mode."""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path

import pytest

from fieldintake.app import backupsettings
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto import backupkey, recovery
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.errors import BackupKeyMissing, RestoreRefused, WrongPassphrase, WrongRecoveryKey
from fieldintake.exports import backup
from tests.backup_support import add_age_contact, assert_same_vault, fill_vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.helpers import files_containing

THIRD_PASSPHRASE = "amber trolleys hum past 23 quiet docks"


@pytest.fixture
def other_store(tmp_path: Path, memory_keyring) -> UserStore:
    """A second laptop: a fresh home (and its own keyring)."""
    from tests.keyring_memory import MemoryKeyring

    return UserStore(Home(tmp_path / "laptop2"), policy=FAST_FOR_TESTS, device=DeviceSecrets(MemoryKeyring()))


def test_the_backup_key_is_a_standard_age_identity(tmp_path: Path) -> None:
    key = recovery.generate()
    identity_file = tmp_path / "id.txt"
    identity_file.write_text(backupkey.identity_text(key) + "\n")
    derived = subprocess.run(["age-keygen", "-y", str(identity_file)], check=True, capture_output=True, text=True)
    assert derived.stdout.strip() == backupkey.recipient(key)
    assert backupkey.recipient(key) != backupkey.recipient(recovery.generate())
    assert backupkey.identity_text(key) == backupkey.identity_text(bytes(key))  # deterministic


def test_the_vault_keeps_only_the_public_recipient(store: UserStore) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        status = backupsettings.status(s.vault)
        key = recovery.parse(created.recovery_key)
        assert status.recipient == backupkey.recipient(key)
        secret = backupkey.identity_text(key)
        with s.vault.read() as conn:
            values = [str(r[0]) for r in conn.execute("SELECT value FROM settings")]
        assert all(secret not in v and created.recovery_key not in v for v in values)


def test_round_trip_restores_everything_into_a_fresh_home(store: UserStore, other_store: UserStore,
                                                          tmp_path: Path) -> None:
    created = store.create("alice", PASSPHRASE)
    bob = other_store.create("bob", NEW_PASSPHRASE)
    with created.session as alice, bob.session as b:
        originals = fill_vault(alice, tmp_path)
        alice.contacts.add("Bob", b.card().to_text(), verified=True)
        from fieldintake.exports import handover

        ids = [c.id for c in alice.cases.list(limit=None)]
        handover.export_bundle(alice, ids[:1], tmp_path / "to-bob.fibundle", contacts=["Bob"])  # a bundle log entry
        assert alice.bundles.vault.query("SELECT count(*) FROM bundles")[0][0] == 1
        target = tmp_path / "out" / "alice.fibackup"
        target.parent.mkdir()
        result = backup.create_backup(alice, target)
        assert result.attachments == len(originals)
        assert backupsettings.status(alice.vault).last_at is not None
        assert "backup.created" in [e[0] for e in alice.vault.query("SELECT action FROM audit")]
        fresh = UserStore(Home(tmp_path / "new-laptop"), policy=FAST_FOR_TESTS, device=store.device)
        restored = backup.restore_backup(fresh, target, backup.key_from_recovery(created.recovery_key),
                                         THIRD_PASSPHRASE)
        assert restored.name == "alice" and restored.recovery_key != created.recovery_key
        with fresh.unlock("alice", THIRD_PASSPHRASE) as again:
            # The backup was taken before its own 'backup.created' entry.
            assert_same_vault(alice, again, originals, later_in_source=("backup.created",))
            status = backupsettings.status(again.vault)
            assert status.recipient == backupkey.recipient(recovery.parse(restored.recovery_key))
        # The new recovery key opens the restored vault; the old one opens it no longer.
        with fresh.recover("alice", restored.recovery_key, PASSPHRASE):
            pass
        with pytest.raises(WrongRecoveryKey):
            fresh.recover("alice", created.recovery_key, NEW_PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            fresh.unlock("alice", THIRD_PASSPHRASE)  # the recovery above set PASSPHRASE


def test_an_escrow_contact_opens_the_backup_with_the_age_cli(store: UserStore, tmp_path: Path) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        originals = fill_vault(alice, tmp_path, cases=1)
        org_key = add_age_contact(alice, tmp_path)
        target = tmp_path / "escrow.fibackup"
        result = backup.create_backup(alice, target, escrow=["Escrow org"])
        assert "Escrow org" in [r.name for r in result.recipients]
        plain = subprocess.run(["age", "-d", "-i", str(org_key), str(target)], check=True, capture_output=True).stdout
        listing = tarfile.open(fileobj=__import__("io").BytesIO(plain), mode="r:").getnames()
        assert listing[:4] == ["manifest.json", "manifest.sig", "README.txt", "vault.sqlcipher"]
        assert len([n for n in listing if n.startswith("blobs/")]) == len(originals)
        # And through fieldintake, with that identity file instead of the recovery key.
        fresh = UserStore(Home(tmp_path / "org-laptop"), policy=FAST_FOR_TESTS, device=store.device)
        restored = backup.restore_backup(fresh, target, backup.key_from_identity_file(org_key), NEW_PASSPHRASE)
        with fresh.unlock(restored.name, NEW_PASSPHRASE) as again:
            assert again.vault.integrity_problems() == [] and again.vault.audit_report().ok
            assert len(again.cases.list(limit=None)) == 1


def test_a_vault_made_before_backups_asks_for_the_recovery_key_once(store: UserStore, tmp_path: Path) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        with alice.vault.transaction() as tx:  # as a vault made by an earlier version
            tx.execute("DELETE FROM settings WHERE key LIKE 'backup.%'")
            tx.audit("setting.changed", "setting", "test")
        with pytest.raises(BackupKeyMissing):
            backup.create_backup(alice, tmp_path / "b.fibackup")
        assert not (tmp_path / "b.fibackup").exists()
        other = recovery.encode(recovery.generate())
        with pytest.raises(WrongRecoveryKey):
            backup.learn_recovery_key(store, alice, other)
        backup.learn_recovery_key(store, alice, created.recovery_key)
        backup.create_backup(alice, tmp_path / "b.fibackup")
    summary = backup.verify_backup(tmp_path / "b.fibackup", backup.key_from_recovery(created.recovery_key))
    assert summary.meta.user_name == "alice"


def test_cli_backup_create_asks_for_the_recovery_key_of_an_old_vault(run_cli, tmp_path: Path, monkeypatch) -> None:
    code, out, _ = run_cli("user", "create", "alice")
    key = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 12)
    home = Home(tmp_path / "home")
    store = UserStore(home, policy=FAST_FOR_TESTS)
    with store.unlock("alice", PASSPHRASE) as s, s.vault.transaction() as tx:
        tx.execute("DELETE FROM settings WHERE key LIKE 'backup.%'")
        tx.audit("setting.changed", "setting", "test")
    code, _, err = run_cli("backup", "create", "-o", str(tmp_path / "b.fibackup"))
    assert code != 0 and "FIELDINTAKE_RECOVERY_KEY" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv("FIELDINTAKE_RECOVERY_KEY", key)
    code, out, err = run_cli("backup", "create", "-o", str(tmp_path / "b.fibackup"))
    assert code == 0, err
    code, out, err = run_cli("backup", "verify", "--recovery", str(tmp_path / "b.fibackup"))
    assert code == 0 and "Backup verified" in out, err
    monkeypatch.delenv("FIELDINTAKE_RECOVERY_KEY")
    code, out, err = run_cli("backup", "verify", str(tmp_path / "b.fibackup"))  # with the vault's own key
    assert code == 0 and "Backup verified" in out, err


def test_cli_restore_onto_a_new_laptop_passes_check_and_audit_verify(run_cli, tmp_path: Path, monkeypatch) -> None:
    code, out, _ = run_cli("user", "create", "alice")
    key = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 12)
    assert run_cli("case", "new", "--title", "Дело для проверки")[0] == 0
    target = tmp_path / "b.fibackup"
    assert run_cli("backup", "create", "-o", str(target))[0] == 0
    monkeypatch.setenv("FIELDINTAKE_HOME", str(tmp_path / "laptop2"))
    monkeypatch.setenv("FIELDINTAKE_RECOVERY_KEY", key)
    monkeypatch.setenv("FIELDINTAKE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, err = run_cli("backup", "restore", str(target))
    assert code == 0, err
    assert "New recovery key" in out
    monkeypatch.setenv("FIELDINTAKE_PASSPHRASE", NEW_PASSPHRASE)
    code, out, err = run_cli("check")
    assert code == 0 and "passed" in out, err
    code, out, err = run_cli("audit", "verify")
    assert code == 0 and "intact" in out, err
    code, out, _ = run_cli("audit", "log")
    assert out.strip().splitlines()[-1].split("\t")[3] == "backup.restored"
    code, out, _ = run_cli("case", "list")
    assert "Дело для проверки" in out


def test_restoring_over_the_same_user_needs_a_newer_backup_and_consent(store: UserStore, tmp_path: Path) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        alice.cases.create("Before the backup")
        old = tmp_path / "old.fibackup"
        backup.create_backup(alice, old)
    key = backup.key_from_recovery(created.recovery_key)
    with pytest.raises(RestoreRefused, match="already exists"):
        backup.restore_backup(store, old, key, NEW_PASSPHRASE)
    with pytest.raises(RestoreRefused, match="older than the vault"):  # the vault changed after (the backup entry)
        backup.restore_backup(store, old, key, NEW_PASSPHRASE, replace=True, confirm=lambda q: True)
    with store.unlock("alice", PASSPHRASE) as alice:
        alice.cases.create("After the backup")
        newer = tmp_path / "newer.fibackup"
        backup.create_backup(alice, newer)
    # The backup is newer than every write before it, but its own audit entry came after: make the vault older.
    import os

    paths = store.home.user("alice")
    for p in (paths.db, paths.db.with_name("vault.db-wal"), paths.keys):
        if p.exists():
            os.utime(p, (1_600_000_000, 1_600_000_000))
    with pytest.raises(RestoreRefused, match="Not confirmed"):
        backup.restore_backup(store, newer, key, NEW_PASSPHRASE, replace=True, confirm=lambda q: False)
    with store.unlock("alice", PASSPHRASE):
        pass  # untouched
    questions = []
    result = backup.restore_backup(store, newer, key, NEW_PASSPHRASE, replace=True,
                                   confirm=lambda q: questions.append(q) or True)
    assert result.replaced and "Replace the vault of 'alice'" in questions[0]
    with store.unlock("alice", NEW_PASSPHRASE) as alice:
        assert sorted(c.title for c in alice.cases.list(limit=None)) == ["After the backup", "Before the backup"]
        assert alice.vault.audit_report().ok
    assert not (store.home.root / ".staging").exists()


def test_border_mode_leaves_no_vault_and_no_user_name(store: UserStore, tmp_path: Path) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        fill_vault(alice, tmp_path, cases=1)
        org_key = add_age_contact(alice, tmp_path, "Trusted colleague")
        expected = sorted(c.title for c in alice.cases.list(limit=None))
    session = store.unlock("alice", PASSPHRASE)
    carried = tmp_path / "usb" / "carry.fibackup"
    carried.parent.mkdir()
    result = backup.prepare_travel(store, session, "Trusted colleague", carried)
    assert result.erased == "alice"
    assert store.names() == []
    assert not store.home.user("alice").dir.exists()
    assert files_containing(store.home.root, "alice") == [] if store.home.root.exists() else True
    assert not any("alice" in str(p) for p in store.home.root.rglob("*")) if store.home.root.exists() else True
    assert store.device.get(session.user_id) is None
    # Readable by the contact (the real age CLI) and by the recovery key.
    subprocess.run(["age", "-d", "-i", str(org_key), "-o", "/dev/null", str(carried)], check=True)
    backup.verify_backup(carried, backup.key_from_recovery(created.recovery_key))
    # After the crossing.
    restored = backup.restore_backup(store, carried, backup.key_from_recovery(created.recovery_key), NEW_PASSPHRASE)
    with store.unlock(restored.name, NEW_PASSPHRASE) as back:
        assert sorted(c.title for c in back.cases.list(limit=None)) == expected
        assert back.vault.integrity_problems() == [] and back.vault.audit_report().ok


def test_border_mode_erases_nothing_when_the_backup_cannot_be_written(store: UserStore, tmp_path: Path) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        add_age_contact(alice, tmp_path, "Trusted colleague")
    session = store.unlock("alice", PASSPHRASE)
    with pytest.raises(Exception):
        backup.prepare_travel(store, session, "Trusted colleague", tmp_path / "missing-folder" / "x.fibackup")
    session.close()
    assert store.names() == ["alice"]
    with store.unlock("alice", PASSPHRASE) as again:
        assert again.vault.audit_report().ok


def test_reminders_say_when_a_backup_is_due(store: UserStore, tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        status = backupsettings.status(alice.vault)
        assert status.last_at is None and status.overdue()
        backupsettings.set_reminder(alice.vault, folder=str(tmp_path), remind_days=2)
        backup.create_backup(alice, tmp_path / "b.fibackup")
        status = backupsettings.status(alice.vault)
        assert status.folder == str(tmp_path) and status.remind_days == 2
        assert not status.overdue()
        assert status.overdue(datetime.now(UTC) + timedelta(days=3))
        backupsettings.set_reminder(alice.vault, folder=None, remind_days=0)
        assert not backupsettings.status(alice.vault).overdue(datetime.now(UTC) + timedelta(days=999))


def test_no_plaintext_in_a_backup_or_a_restored_home(store: UserStore, tmp_path: Path) -> None:
    marker = "Зарема Вымышленная-Маркер"
    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        case = alice.cases.create(marker, notes=marker * 3)
        evidence = tmp_path / "evidence.txt"
        evidence.write_text(marker * 100, encoding="utf-8")
        alice.attachments.add(case.id, evidence)
        evidence.unlink()
        out = tmp_path / "out"
        out.mkdir()
        backup.create_backup(alice, out / "b.fibackup")
    assert files_containing(out, marker) == []
    fresh = UserStore(Home(tmp_path / "laptop2"), policy=FAST_FOR_TESTS, device=store.device)
    backup.restore_backup(fresh, out / "b.fibackup", backup.key_from_recovery(created.recovery_key), NEW_PASSPHRASE)
    assert files_containing(fresh.home.root, marker) == []
    assert files_containing(store.home.root, marker) == []


def test_cli_travel_prepare_and_restore(run_cli, tmp_path: Path, monkeypatch) -> None:
    code, out, _ = run_cli("user", "create", "alice")
    key = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 12)
    assert run_cli("case", "new", "--title", "Дело в дорогу")[0] == 0
    org = tmp_path / "org.key"
    subprocess.run(["age-keygen", "-o", str(org)], check=True, capture_output=True)
    public = subprocess.run(["age-keygen", "-y", str(org)], check=True, capture_output=True, text=True).stdout.strip()
    assert run_cli("contact", "add", "Colleague", public)[0] == 0
    carried = tmp_path / "carry.fibackup"
    code, _, err = run_cli("travel", "prepare", "--to", "Colleague", "-o", str(carried))
    assert code != 0 and "Not confirmed" in err and not carried.exists()  # no terminal, no --yes
    code, out, err = run_cli("travel", "prepare", "--to", "Colleague", "-o", str(carried), "--yes")
    assert code == 0, err
    assert "erased" in err and not (tmp_path / "home" / "users").exists()
    plain = subprocess.run(["age", "-d", "-i", str(org), str(carried)], check=True, capture_output=True).stdout
    assert b"vault.sqlcipher" in plain[:4096]
    monkeypatch.setenv("FIELDINTAKE_RECOVERY_KEY", key)
    monkeypatch.setenv("FIELDINTAKE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, err = run_cli("travel", "restore", str(carried))
    assert code == 0 and "Brought back 'alice'" in out, err
    monkeypatch.setenv("FIELDINTAKE_PASSPHRASE", NEW_PASSPHRASE)
    code, out, _ = run_cli("case", "list")
    assert "Дело в дорогу" in out
    # Restoring again over the restored vault: refused without --replace, and the backup is older anyway.
    code, _, err = run_cli("backup", "restore", str(carried))
    assert code != 0 and "already exists" in err and len(err.splitlines()) == 1
    code, _, err = run_cli("backup", "restore", str(carried), "--replace", "--yes")
    assert code != 0 and "older than the vault" in err


def test_a_backup_is_never_written_inside_the_vault_folders(store: UserStore, tmp_path: Path) -> None:
    """Border mode erases the user's folder: a backup written there would be erased with it."""
    from fieldintake.errors import InvalidInput

    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        add_age_contact(alice, tmp_path, "Trusted colleague")
    session = store.unlock("alice", PASSPHRASE)
    inside = store.home.user("alice").dir / "carry.fibackup"
    try:
        with pytest.raises(InvalidInput, match="inside"):
            backup.prepare_travel(store, session, "Trusted colleague", inside)
    finally:
        session.close()
    assert store.names() == ["alice"] and not inside.exists()
    with store.unlock("alice", PASSPHRASE) as again:
        with pytest.raises(InvalidInput, match="inside"):
            backup.create_backup(again, store.home.users_dir / "x.fibackup")
        assert again.vault.audit_report().ok


def test_a_vault_open_elsewhere_is_not_replaced(store: UserStore, tmp_path: Path) -> None:
    import os

    from fieldintake.errors import VaultInUse

    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        newer = backup.create_backup(alice, tmp_path / "b.fibackup").path
    paths = store.home.user("alice")
    for p in (paths.db, paths.db.with_name("vault.db-wal"), paths.keys):
        if p.exists():
            os.utime(p, (1_600_000_000, 1_600_000_000))
    with store.unlock("alice", PASSPHRASE):  # open in another window
        with pytest.raises(VaultInUse):
            backup.restore_backup(store, newer, backup.key_from_recovery(created.recovery_key), NEW_PASSPHRASE,
                                  replace=True, confirm=lambda q: True)
    with store.unlock("alice", PASSPHRASE) as again:
        assert again.vault.audit_report().ok
    assert not (store.home.root / ".staging").exists()


def test_one_user_is_never_restored_twice_into_one_home(store: UserStore, tmp_path: Path) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        made = backup.create_backup(alice, tmp_path / "b.fibackup").path
    with pytest.raises(RestoreRefused, match="already here as 'alice'"):
        backup.restore_backup(store, made, backup.key_from_recovery(created.recovery_key), NEW_PASSPHRASE,
                              as_name="alice2")
    assert store.names() == ["alice"]


def test_the_next_backup_reads_unchanged_attachment_files_once(store: UserStore, tmp_path: Path, monkeypatch) -> None:
    from fieldintake.errors import BundleSourceMismatch
    from fieldintake.exports.backup import create

    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        originals = fill_vault(alice, tmp_path, cases=2)
        hashed: list[str] = []
        real = create._hash_file
        monkeypatch.setattr(create, "_hash_file", lambda path, cancel, tick: hashed.append(path.name) or real(path, cancel, tick))
        backup.create_backup(alice, tmp_path / "first.fibackup")
        assert len(hashed) == 1 + len(originals)
        hashed.clear()
        backup.create_backup(alice, tmp_path / "second.fibackup")
        assert hashed == ["vault.db"]  # the snapshot only
        backup.verify_backup(tmp_path / "second.fibackup", backup.key_from_recovery(created.recovery_key))
        # A stored file altered since: the writer's own hashing refuses it, and no backup is left.
        blob = next(alice.paths.blobs.iterdir())
        data = bytearray(blob.read_bytes())
        data[-1] ^= 1
        blob.write_bytes(bytes(data))
        with pytest.raises(BundleSourceMismatch):
            backup.create_backup(alice, tmp_path / "third.fibackup")
        assert not (tmp_path / "third.fibackup").exists()


def test_cli_reminder_folder_and_status(run_cli, tmp_path: Path) -> None:
    assert run_cli("user", "create", "alice")[0] == 0
    code, out, _ = run_cli("backup", "status")
    assert code == 0 and "Last backup: never" in out and "Warning" in out
    code, _, err = run_cli("backup", "create")
    assert code != 0 and "-o FILE" in err
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run_cli("backup", "remind", "--days", "3", "--folder", str(folder))[0] == 0
    code, out, err = run_cli("backup", "create")
    assert code == 0, err
    made = Path(out.strip())
    assert made.parent == folder and made.suffix == ".fibackup" and "alice" not in made.name
    code, out, _ = run_cli("backup", "status")
    assert "Remind every: 3 day(s)" in out and str(folder) in out and "Warning" not in out
    assert "Last backup: never" not in out


@pytest.mark.slow
def test_backup_and_restore_stream_in_bounded_memory() -> None:
    """256 MiB of attachments through backup and restore, each in its own process, under 100 MiB of RSS."""
    from benchmarks.bench_backup import measure

    result = measure(256, parts=4, repeat=1)
    assert result["backup"]["size"] > 256 * 1024 * 1024
    assert result["backup"]["peak_rss_mib"] < 100, result
    assert result["restore"]["peak_rss_mib"] < 100, result
