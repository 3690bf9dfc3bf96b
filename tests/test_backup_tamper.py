"""Hostile and wrong backups: each a clear one-line error, and nothing written.

The re-signed backup is the attack the signer tag exists for: someone who
can decrypt a backup (an escrow contact) rebuilds it, signs it with their
own key and encrypts it to the owner's recovery recipient again.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pyrage
import pytest

from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto import recovery
from fieldintake.crypto.identity import Identity
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.errors import (
    BackupForged,
    BackupTooNew,
    BundleTampered,
    FieldintakeError,
    NotABackup,
    RestoreRefused,
    WrongRecoveryKey,
)
from fieldintake.exports import backup, handover
from fieldintake.exports.backup.read import BackupKey
from fieldintake.exports.bundle import BundleReader, BytesMember, write_bundle
from tests.backup_support import add_age_contact, fill_vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.helpers import snapshot


@pytest.fixture
def made(store: UserStore, tmp_path: Path):
    """Alice's backup (also readable by an escrow key); returns (file, recovery key text, escrow key file)."""
    created = store.create("alice", PASSPHRASE)
    with created.session as alice:
        fill_vault(alice, tmp_path, cases=1, attachment_bytes=150_000)
        escrow = add_age_contact(alice, tmp_path)
        target = tmp_path / "alice.fibackup"
        backup.create_backup(alice, target, escrow=["Escrow org"])
    return target, created.recovery_key, escrow


def _fresh(tmp_path: Path, store: UserStore) -> UserStore:
    return UserStore(Home(tmp_path / "target-home"), policy=FAST_FOR_TESTS, device=store.device)


def _refused(fresh: UserStore, path: Path, key: BackupKey, error: type[FieldintakeError], match: str | None = None) -> str:
    before = snapshot(fresh.home.root) if fresh.home.root.exists() else {}
    with pytest.raises(error, match=match) as info:
        backup.restore_backup(fresh, path, key, NEW_PASSPHRASE)
    message = str(info.value)
    assert "\n" not in message and message
    after = snapshot(fresh.home.root) if fresh.home.root.exists() else {}
    assert after == before, "a refused restore wrote something"
    assert fresh.names() == [] or before
    assert not (fresh.home.root / ".staging").exists()
    with pytest.raises(error):
        backup.verify_backup(path, key)
    return message


def _payload(path: Path, identity: pyrage.x25519.Identity) -> tuple[dict, list[BytesMember]]:
    with open(path, "rb") as fh, BundleReader(fh, identity=identity) as reader:
        extra = dict(reader.manifest.extra)
        members = [BytesMember(m.path, m.read()) for m in reader.members() if m.path != "README.txt"]
    return extra, members


def test_a_truncated_backup(made, store, tmp_path) -> None:
    path, rkey, _ = made
    data = path.read_bytes()
    for cut, name in ((len(data) // 2, "half"), (len(data) - 1, "one-byte")):
        short = tmp_path / f"{name}.fibackup"
        short.write_bytes(data[:cut])
        _refused(_fresh(tmp_path, store), short, backup.key_from_recovery(rkey), BundleTampered)


def test_an_altered_backup(made, store, tmp_path) -> None:
    path, rkey, _ = made
    data = bytearray(path.read_bytes())
    data[int(len(data) * 0.6)] ^= 0x01
    altered = tmp_path / "altered.fibackup"
    altered.write_bytes(bytes(data))
    _refused(_fresh(tmp_path, store), altered, backup.key_from_recovery(rkey), BundleTampered)


def test_a_backup_re_signed_by_someone_who_could_decrypt_it(made, store, tmp_path) -> None:
    path, rkey, escrow_file = made
    escrow = backup.key_from_identity_file(escrow_file)
    extra, members = _payload(path, escrow.identity)
    attacker = Identity.generate()
    forged = tmp_path / "forged.fibackup"
    recipient = extra["backup"]["recovery_recipient"]
    with open(forged, "wb") as out:
        write_bundle(out, sender=attacker, sender_card=attacker.card("alice"), members=members,
                     recipients=[recipient, str(escrow.identity.to_public())], extra=extra)
    message = _refused(_fresh(tmp_path, store), forged, backup.key_from_recovery(rkey), BackupForged)
    assert "re-signed" in message
    # Opened with the escrow key (no recovery key to check against): the vault inside is not the signer's.
    with pytest.raises(BackupForged):
        backup.restore_backup(_fresh(tmp_path, store), forged, escrow, NEW_PASSPHRASE)
    assert _fresh(tmp_path, store).names() == []


def test_a_rebuilt_vault_re_signed_with_the_attackers_own_keys(made, store, tmp_path) -> None:
    """The escrow holder swaps the identity inside the snapshot for their own and re-signs: only the tag catches it."""
    import sqlcipher3

    path, rkey, escrow_file = made
    escrow = backup.key_from_identity_file(escrow_file)
    extra, members = _payload(path, escrow.identity)
    attacker = Identity.generate()
    snap = tmp_path / "snap.db"
    snap.write_bytes(members[0].data)
    conn = sqlcipher3.connect(str(snap), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{extra['backup']['snapshot_key']}'\"")
    conn.execute("UPDATE identity SET age_secret = ?, signing_seed = ?", (attacker.age_secret, attacker.signing_seed))
    conn.execute("INSERT INTO settings (key, value) VALUES ('planted', 'by the escrow holder')")
    conn.close()
    members[0] = BytesMember(members[0].path, snap.read_bytes())
    forged = tmp_path / "rebuilt.fibackup"
    with open(forged, "wb") as out:
        write_bundle(out, sender=attacker, sender_card=attacker.card("alice"), members=members,
                     recipients=[extra["backup"]["recovery_recipient"]], extra=extra)
    message = _refused(_fresh(tmp_path, store), forged, backup.key_from_recovery(rkey), BackupForged)
    assert "re-signed" in message


def test_a_foreign_file_or_a_hand_over_bundle(made, store, tmp_path) -> None:
    path, rkey, _ = made
    key = backup.key_from_recovery(rkey)
    noise = tmp_path / "noise.fibackup"
    noise.write_bytes(os.urandom(5000))
    _refused(_fresh(tmp_path, store), noise, key, NotABackup)
    with store.unlock("alice", PASSPHRASE) as alice:
        case = alice.cases.list(limit=None)[0]
        recipient = alice.vault.get_setting("backup.recipient")
        bundle = handover.export_bundle(alice, [case.id], tmp_path / "case.fibundle", recipients=[recipient]).path
    _refused(_fresh(tmp_path, store), bundle, key, NotABackup, "hand-over bundle")
    plain_age = tmp_path / "plain.age"
    plain_age.write_bytes(pyrage.encrypt(b"not a tar" * 100, [pyrage.x25519.Recipient.from_str(recipient)]))
    _refused(_fresh(tmp_path, store), plain_age, key, BundleTampered)


def test_a_wrong_recovery_key(made, store, tmp_path) -> None:
    path, _, _ = made
    other = backup.key_from_recovery(recovery.encode(recovery.generate()))
    _refused(_fresh(tmp_path, store), path, other, WrongRecoveryKey)


def test_a_backup_of_another_user_never_replaces_a_vault(made, store, tmp_path) -> None:
    path, rkey, _ = made
    bob_store = UserStore(Home(tmp_path / "bob-home"), policy=FAST_FOR_TESTS, device=store.device)
    bob = bob_store.create("bob", PASSPHRASE)
    with bob.session as b:
        bob_backup = tmp_path / "bob.fibackup"
        backup.create_backup(b, bob_backup)
    before = snapshot(store.home.root)
    with pytest.raises(RestoreRefused, match="another user's vault"):
        backup.restore_backup(store, bob_backup, backup.key_from_recovery(bob.recovery_key), NEW_PASSPHRASE,
                              as_name="alice", replace=True, confirm=lambda q: True)
    assert snapshot(store.home.root) == before
    # Alice's recovery key does not open Bob's backup at all.
    _refused(_fresh(tmp_path, store), bob_backup, backup.key_from_recovery(rkey), WrongRecoveryKey)


def test_a_backup_from_a_newer_format(made, store, tmp_path) -> None:
    path, rkey, _ = made
    with store.unlock("alice", PASSPHRASE) as alice:
        extra, members = _payload(path, alice.identity.age_identity)
        extra["backup"] = dict(extra["backup"], format="fieldintake.backup/2")
        newer = tmp_path / "newer.fibackup"
        with open(newer, "wb") as out:
            write_bundle(out, sender=alice.identity, sender_card=alice.card(), members=members,
                         recipients=[extra["backup"]["recovery_recipient"]], extra=extra)
    _refused(_fresh(tmp_path, store), newer, backup.key_from_recovery(rkey), BackupTooNew, "newer fieldintake")


@pytest.mark.parametrize("damage", ["truncated", "noise", "wrong-key"])
def test_cli_errors_are_one_line(made, run_cli, tmp_path, monkeypatch, damage) -> None:
    path, rkey, _ = made
    bad = tmp_path / "bad.fibackup"
    if damage == "truncated":
        bad.write_bytes(path.read_bytes()[:-100])
    elif damage == "noise":
        bad.write_bytes(os.urandom(1000))
    else:
        bad.write_bytes(path.read_bytes())
        rkey = recovery.encode(recovery.generate())
    monkeypatch.setenv("FIELDINTAKE_HOME", str(tmp_path / "cli-home"))
    monkeypatch.setenv("FIELDINTAKE_RECOVERY_KEY", rkey)
    monkeypatch.setenv("FIELDINTAKE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    for command in (("backup", "restore", str(bad)), ("backup", "verify", "--recovery", str(bad))):
        code, out, err = run_cli(*command)
        assert code != 0 and out == ""
        assert len(err.splitlines()) == 1 and err.startswith("fieldintake: ") and "Traceback" not in err
    assert not (tmp_path / "cli-home" / "users").exists()


def test_bytes_member_helper_reads_back(made) -> None:
    """The helper above hands the real payload on (guards the forged-backup test against a vacuous pass)."""
    path, rkey, _ = made
    extra, members = _payload(path, backup.key_from_recovery(rkey).identity)
    assert [m.path for m in members][0] == "vault.sqlcipher" and len(members) == 2
    assert extra["backup"]["user_name"] == "alice"
    assert io.BytesIO(members[1].data).read(21) == b"age-encryption.org/v1"
