"""Issue 10 item 4: an old key file must open nothing once the passphrase or recovery key changed.

The attack: the forensic lab carves a key file that ``os.replace`` freed when
the passphrase was changed, unwraps its data key with the old passphrase (or
the paper recovery key, which did not change) and reads the vault pages back.
Here the "carved" file is a copy taken before the change; the vault file is the
one on disk afterwards (pages rewritten in place).
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.app.vault import Vault
from fieldintake.crypto import keyfile, recovery
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.crypto.keyfile import KeyFile
from fieldintake.errors import VaultCorrupt, WrongPassphrase
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.keyring_memory import MemoryKeyring

THIRD_PASSPHRASE = "seven amber owls guard 42 winter gates"


def _carve(home: Home, memory_keyring: MemoryKeyring) -> tuple[bytes, dict]:
    """What a lab gets from a disk image and a seized keyring: the key file's bytes and the device secrets."""
    return home.user("alice").keys.read_bytes(), dict(memory_keyring.entries)


def _old_deks(old_keys: bytes, old_entries: dict, recovery_key: str) -> list[bytes]:
    """The data keys the old key file gives with the old passphrase and with the paper recovery key."""
    kf = KeyFile.from_bytes(old_keys)
    secret = None
    if kf.passphrase.device_backend is not None:
        from fieldintake.crypto.encoding import b64d

        secret = b64d(old_entries[("fieldintake", f"device-secret:{kf.user_id}")])
    return [
        bytes(keyfile.open_with_passphrase(kf, PASSPHRASE, secret)),
        bytes(keyfile.open_with_recovery(kf, recovery.parse(recovery_key))),
    ]


def _opens(db: Path, dek: bytes, tmp_path: Path) -> bool:
    copy = tmp_path / "carved" / "vault.db"
    shutil.rmtree(copy.parent, ignore_errors=True)
    copy.parent.mkdir()
    shutil.copy(db, copy)
    try:
        Vault.open(copy, dek, "lab").close()
    except VaultCorrupt:
        return False
    return True


def test_old_key_file_opens_nothing_after_a_passphrase_change(
    store: UserStore, home: Home, memory_keyring: MemoryKeyring, alice: str, tmp_path: Path
) -> None:
    with store.unlock("alice", PASSPHRASE) as s:
        case = s.cases.create("Rotation drill", notes="Адрес: Сейфуллина 12")
        evidence = tmp_path / "scan.bin"
        evidence.write_bytes(b"invented evidence " * 5000)
        attachment = s.attachments.add(case.id, evidence)
    old_keys, old_entries = _carve(home, memory_keyring)
    old = _old_deks(old_keys, old_entries, alice)
    assert all(_opens(home.user("alice").db, dek, tmp_path) for dek in old)  # the attack works before the change

    with store.unlock("alice", PASSPHRASE) as s:
        s.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)

    db = home.user("alice").db
    assert not any(_opens(db, dek, tmp_path) for dek in old), "the carved old key file still opens the vault"
    assert not db.with_name("vault.db-wal").exists() or db.with_name("vault.db-wal").stat().st_size == 0
    # Everything is still there with the new passphrase and with the (unchanged) paper recovery key.
    with store.unlock("alice", NEW_PASSPHRASE) as s:
        assert s.cases.get(case.id).notes == "Адрес: Сейфуллина 12"
        s.attachments.read_into(attachment.id, None)
        assert s.vault.integrity_problems() == []
        assert s.vault.audit_report().ok
    with store.recover("alice", alice, THIRD_PASSPHRASE) as s:
        assert s.cases.get(case.id).title == "Rotation drill"
    with pytest.raises(WrongPassphrase):
        store.unlock("alice", NEW_PASSPHRASE)


def test_recovery_rotates_the_data_key_too(
    store: UserStore, home: Home, memory_keyring: MemoryKeyring, alice: str, tmp_path: Path
) -> None:
    old_keys, old_entries = _carve(home, memory_keyring)
    old = _old_deks(old_keys, old_entries, alice)
    store.recover("alice", alice, NEW_PASSPHRASE).close()
    assert not any(_opens(home.user("alice").db, dek, tmp_path) for dek in old)
    store.unlock("alice", NEW_PASSPHRASE).close()


def test_erase_after_a_passphrase_change_leaves_no_openable_key(
    store: UserStore, home: Home, memory_keyring: MemoryKeyring, alice: str, tmp_path: Path
) -> None:
    """The whole attack of the issue: change, erase, then carve the old key file and the vault pages."""
    old_keys, old_entries = _carve(home, memory_keyring)
    with store.unlock("alice", PASSPHRASE) as s:
        s.cases.create("Erased after a change")
        s.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    pages = home.user("alice").db.read_bytes()  # the pages the lab re-identifies on the raw disk
    store.erase("alice")
    carved = tmp_path / "pages.db"
    carved.write_bytes(pages)
    for dek in _old_deks(old_keys, old_entries, alice):
        assert not _opens(carved, dek, tmp_path)


def test_every_replaced_key_file_is_overwritten_not_just_unlinked(
    store: UserStore, home: Home, alice: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A replaced key file is shredded in place (same inode overwritten) before it is let go."""
    keys = home.user("alice").keys
    before = keys.read_bytes()
    held = open(keys, "rb")  # noqa: SIM115 - keeps the old inode alive, as the disk keeps its blocks
    try:
        with store.unlock("alice", PASSPHRASE) as s:
            s.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        held.seek(0)
        left = held.read()
    finally:
        held.close()
    assert left != before and b"passphrase" not in left
    assert [p.name for p in keys.parent.iterdir() if p.name.startswith(".keys")] == []


# --- kill -9 at every step of a rotation ---------------------------------------

ROOT = Path(__file__).resolve().parents[1]
_STEPPED_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from keyring.backends.fail import Keyring as FailKeyring
    from fieldintake import fsutil
    from fieldintake.app import users
    from fieldintake.app.paths import Home
    from fieldintake.app.vault import Vault
    from fieldintake.crypto.device import DeviceSecrets
    from fieldintake.crypto.kdf import FAST_FOR_TESTS

    def stepped(name, fn):
        def run(*args, **kwargs):
            for when in ("before", "after"):
                sys.stdout.write(f"{when} {name}\\n"); sys.stdout.flush()
                sys.stdin.readline()  # the parent answers, or kills us right here
                if when == "before":
                    result = fn(*args, **kwargs)
            return result
        return run

    users.replace_shredding_previous = stepped("write-keys", users.replace_shredding_previous)
    fsutil.shred_file = stepped("shred", fsutil.shred_file)
    Vault.rekey = stepped("rekey", Vault.rekey)
    store = users.UserStore(Home(Path(sys.argv[1])), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    if sys.argv[2] == "passwd":
        with store.unlock("bob", sys.argv[3]) as s:
            s.change_passphrase(sys.argv[3], sys.argv[4])
    else:
        store.recover("bob", sys.argv[5], sys.argv[4]).close()
    sys.stdout.write("done\\n"); sys.stdout.flush()
    """
)


def _kill_at(home: Path, kind: str, step: int, recovery_key: str) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _STEPPED_CHILD, str(home), kind, PASSPHRASE, NEW_PASSPHRASE, recovery_key],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert child.stdout is not None and child.stdin is not None
    lines: list[str] = []
    for line in child.stdout:
        lines.append(line.strip())
        if line.strip() == "done":
            break
        if len(lines) == step:
            child.send_signal(signal.SIGKILL)
            break
        child.stdin.write("\n")
        child.stdin.flush()
    child.wait()
    assert child.returncode in (0, -signal.SIGKILL), child.stderr.read() if child.stderr else ""
    return lines


def _fail_store(home: Path) -> UserStore:
    return UserStore(Home(home), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))


@pytest.mark.parametrize("kind", ["passwd", "recover"])
def test_kill_at_every_step_of_a_rotation_leaves_a_vault_that_opens(tmp_path: Path, kind: str) -> None:
    base = tmp_path / "base"
    created = _fail_store(base).create("bob", PASSPHRASE)
    rkey = created.recovery_key
    with created.session as s:
        case_id = s.cases.create("Rotation kill drill", notes="Заметки").id
    full = _kill_at(_copy(base, tmp_path / "full"), kind, 10_000, rkey)
    assert full[-1] == "done" and any("rekey" in line for line in full)
    steps = range(1, len(full)) if kind == "passwd" else [full.index("after write-keys") + 1, full.index("after rekey") + 1]
    for step in steps:
        home = _copy(base, tmp_path / f"step{step}")
        killed_at = _kill_at(home, kind, step, rkey)[-1]
        opened = []
        for candidate in (PASSPHRASE, NEW_PASSPHRASE):
            try:
                with _fail_store(home).unlock("bob", candidate) as s:
                    assert s.vault.integrity_problems() == [], killed_at
                    assert s.vault.audit_report().ok, killed_at
                    assert s.cases.get(case_id).notes == "Заметки"
                    opened.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, f"killed at {killed_at!r}: {len(opened)} passphrases open the vault"
        user_dir = home / "users" / "bob"
        assert sorted(p.name for p in user_dir.iterdir() if p.name.startswith(".keys")) == [], killed_at
        assert "next" not in json.loads((user_dir / "keys.json").read_text()), killed_at
        with _fail_store(home).recover("bob", rkey, "a fresh passphrase for 3 more drills") as s:
            assert s.cases.get(case_id).title == "Rotation kill drill"


def _copy(base: Path, home: Path) -> Path:
    shutil.copytree(base, home)
    return home


# --- key files of format 1 (recovery slot wrapped symmetrically) -----------------

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_format_1_key_file_is_upgraded_and_rotated_by_recovery(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "vault-v1", tmp_path / "home")
    info = json.loads((FIXTURES / "vault-v1.json").read_text())
    home = Home(tmp_path / "home")
    keys = home.user(info["user"]).keys
    old = KeyFile.from_bytes(keys.read_bytes())
    assert old.recovery.legacy
    old_dek = bytes(keyfile.open_with_recovery(old, recovery.parse(info["recovery_key"])))
    store = _fail_store(home.root)
    # A passphrase change alone cannot re-make a format-1 recovery slot: the data key stays (and the audit says so).
    with store.unlock(info["user"], info["passphrase"]) as s:
        s.change_passphrase(info["passphrase"], NEW_PASSPHRASE)
        assert s.vault.query("SELECT detail FROM audit ORDER BY seq DESC LIMIT 1")[0][0] == '{"data_key_rotated":false}'
    with store.recover(info["user"], info["recovery_key"], THIRD_PASSPHRASE) as s:
        assert s.vault.get_setting("organisation") == info["settings"]["organisation"]
    upgraded = KeyFile.from_bytes(keys.read_bytes())
    assert not upgraded.recovery.legacy and json.loads(keys.read_text())["format"] == keyfile.FORMAT
    assert not _opens(keys.parent / "vault.db", old_dek, tmp_path)
    store.unlock(info["user"], THIRD_PASSPHRASE).close()
    store.recover(info["user"], info["recovery_key"], NEW_PASSPHRASE).close()


def test_candidate_keys_of_an_interrupted_rotation() -> None:
    """What a reader of a copied folder (a backup) gets from a key file caught mid-rotation."""
    rkey = recovery.generate()
    old, new = keyfile.new_dek(), keyfile.new_dek()
    kf = keyfile.new_key_file("u-1", "2026-12-01T00:00:00Z", old, PASSPHRASE, rkey, FAST_FOR_TESTS, None, None)
    slot = keyfile.wrap_passphrase_slot("u-1", new, NEW_PASSPHRASE, FAST_FOR_TESTS, None, None)
    pending = KeyFile.from_bytes(keyfile.begin_rotation(kf, old, new, slot, keyfile.recovery_public_key(rkey)).to_bytes())
    assert keyfile.candidate_deks_with_passphrase(pending, NEW_PASSPHRASE, None) == [new, old]
    assert keyfile.candidate_deks_with_passphrase(pending, PASSPHRASE, None) == [old]  # the old slots reach the old key only
    assert keyfile.candidate_deks_with_recovery(pending, rkey) == [new, old]
    finished = keyfile.finish_rotation(pending)
    assert keyfile.candidate_deks_with_recovery(finished, rkey) == [new]
    with pytest.raises(keyfile.UnwrapFailed):
        keyfile.open_with_passphrase(finished, PASSPHRASE, None)
