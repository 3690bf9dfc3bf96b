"""Fault drills for backups: kill -9 at random points of backup, restore and border mode.

As in test_fault_drills.py, the real operation runs in a child that prints a
line at each progress step; the parent kills it after a random line. One
uninterrupted run first counts the lines, so kills spread over the whole
operation. Afterwards (and after the clean-up the app runs when it starts)
the previous state must be usable: the source vault unchanged and healthy,
never erased without a verified backup, no half-restored vault.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyrage
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from fieldintake.app import interchange
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.errors import WrongPassphrase
from fieldintake.exports import backup
from fieldintake.exports.backup import staging
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 20
SEED = 20261202

PRELUDE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from keyring.backends.fail import Keyring as FailKeyring
    from fieldintake.app.paths import Home
    from fieldintake.app.users import UserStore
    from fieldintake.crypto.device import DeviceSecrets
    from fieldintake.crypto.kdf import FAST_FOR_TESTS
    from fieldintake.exports import backup
    from fieldintake.exports.bundle import reader, writer
    reader.CHILD_MIN_BYTES = writer.CHILD_MIN_BYTES = 0  # age in its child process (crypto/agechild.py) too
    home, P1, P2, extra, rkey = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4]), sys.argv[5]
    store = UserStore(Home(home), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    def step(*_):
        sys.stdout.write(".\\n"); sys.stdout.flush()
    """
)

CHILDREN = {
    "backup": """
        with store.unlock("bob", P1) as s:
            step()
            backup.create_backup(s, extra, progress=step)
            step()
    """,
    "restore": """
        backup.restore_backup(store, extra, backup.key_from_recovery(rkey), P2, replace=True,
                              confirm=lambda q: True, progress=step)
        step()
    """,
    "travel": """
        s = store.unlock("bob", P1)
        step()
        backup.prepare_travel(store, s, "Colleague", extra, progress=step)
        step()
    """,
}


def _store(home: Path) -> UserStore:
    return UserStore(Home(home), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))


def _run(kind: str, home: Path, extra: Path, rkey: str, kill_after: int | None) -> int:
    script = PRELUDE + textwrap.dedent(CHILDREN[kind])
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(home), PASSPHRASE, NEW_PASSPHRASE, str(extra), rkey],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT, start_new_session=True,
    )
    assert child.stdout is not None
    lines = 0
    for _ in child.stdout:
        lines += 1
        if kill_after is not None and lines >= kill_after:
            child.send_signal(signal.SIGKILL)
            break
    child.wait()
    child.stdout.close()
    if kill_after is None:
        assert child.returncode == 0, f"the uninterrupted {kind} failed"
    _no_age_child_left(child.pid)
    return lines


def _in_session(sid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _no_age_child_left(sid: int) -> None:
    """The age child of a killed backup or restore ends on its own (a broken pipe), within a few seconds."""
    deadline = time.monotonic() + 10
    while (left := _in_session(sid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not left, f"processes of the killed operation still run: {left}"


def _healthy(session) -> None:
    assert session.vault.integrity_problems() == []
    report = session.vault.audit_report()
    assert report.ok, report.problems


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, str, dict]:
    """Bob's vault: three cases, 6 MiB of attachments, a contact; returns (home, recovery key, case docs)."""
    tmp = tmp_path_factory.mktemp("drill")
    base = tmp / "base"
    created = _store(base).create("bob", PASSPHRASE)
    with created.session as s:
        for i in range(3):
            case = s.cases.create(f"Дело для учений {i}")
            evidence = tmp / f"e{i}.bin"
            evidence.write_bytes(os.urandom(2 << 20))
            s.attachments.add(case.id, evidence)
        s.contacts.add("Colleague", str(pyrage.x25519.Identity.generate().to_public()))
        docs = {c.id: interchange.to_doc(s.cases.get(c.id)) for c in s.cases.list(limit=None)}
    return base, created.recovery_key, docs


def _fresh(base: Path, tmp_path: Path, n: int) -> Path:
    home = tmp_path / f"round{n}"
    shutil.copytree(base, home)
    return home


def _same_cases(session, docs: dict) -> None:
    assert {c.id: interchange.to_doc(session.cases.get(c.id)) for c in session.cases.list(limit=None)} == docs


def test_kill_during_a_backup(prepared, tmp_path: Path) -> None:
    base, rkey, docs = prepared
    rng = random.Random(SEED)
    probe = _fresh(base, tmp_path, 99)
    total = _run("backup", probe, tmp_path / "probe.fibackup", rkey, None)
    for n in range(ROUNDS):
        home = _fresh(base, tmp_path, n)
        target = tmp_path / f"b{n}.fibackup"
        _run("backup", home, target, rkey, rng.randint(1, total))
        with _store(home).unlock("bob", PASSPHRASE) as s:  # the source vault is untouched and healthy
            _healthy(s)
            _same_cases(s, docs)
        staging.sweep(Home(home))
        assert not (home / staging.DIR_NAME).exists()
        if target.exists():  # the backup file is either absent or whole (atomic replace)
            backup.verify_backup(target, backup.key_from_recovery(rkey))
        shutil.rmtree(home)


def test_kill_during_a_restore_over_an_older_vault(prepared, tmp_path: Path) -> None:
    base, rkey, docs = prepared
    rng = random.Random(SEED + 1)
    source = _fresh(base, tmp_path, 98)
    with _store(source).unlock("bob", PASSPHRASE) as s:
        s.cases.create("Only in the backup")
        made = backup.create_backup(s, tmp_path / "newer.fibackup").path
        newer_docs = {c.id: interchange.to_doc(s.cases.get(c.id)) for c in s.cases.list(limit=None)}
    probe = _fresh(base, tmp_path, 97)
    _age(probe)
    total = _run("restore", probe, made, rkey, None)
    outcomes = set()
    for n in range(ROUNDS):
        home = _fresh(base, tmp_path, n)
        _age(home)
        _run("restore", home, made, rkey, rng.randint(1, total + 1))
        staging.sweep(Home(home))  # what the app does when it starts
        assert not (home / staging.DIR_NAME).exists()
        opened = []
        for passphrase, expected in ((PASSPHRASE, docs), (NEW_PASSPHRASE, newer_docs)):
            try:
                with _store(home).unlock("bob", passphrase) as s:
                    _healthy(s)
                    _same_cases(s, expected)
                    opened.append(passphrase)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, f"round {n}: exactly one vault, old or restored, must open"
        outcomes.add(opened[0])
        shutil.rmtree(home)
    assert outcomes, "no round ran"


def _age(home: Path) -> None:
    """Make the vault older than the backup, as a vault left at home during a trip would be."""
    user = home / "users" / "bob"
    for name in ("vault.db", "vault.db-wal", "keys.json"):
        if (user / name).exists():
            os.utime(user / name, (1_600_000_000, 1_600_000_000))


def test_kill_during_border_mode_never_erases_before_the_backup_verified(prepared, tmp_path: Path) -> None:
    base, rkey, docs = prepared
    rng = random.Random(SEED + 2)
    probe = _fresh(base, tmp_path, 96)
    total = _run("travel", probe, tmp_path / "probe-travel.fibackup", rkey, None)
    assert _store(probe).names() == []
    for n in range(ROUNDS):
        home = _fresh(base, tmp_path, n)
        target = tmp_path / f"t{n}.fibackup"
        _run("travel", home, target, rkey, rng.randint(1, total))
        staging.sweep(Home(home))
        if _store(home).names() == ["bob"]:
            with _store(home).unlock("bob", PASSPHRASE) as s:
                _healthy(s)
                _same_cases(s, docs)
        else:
            # The vault is gone (or going): then the backup must be whole and open with the recovery key.
            summary = backup.verify_backup(target, backup.key_from_recovery(rkey))
            assert summary.meta.user_name == "bob"
            fresh = _store(tmp_path / f"after{n}")
            backup.restore_backup(fresh, target, backup.key_from_recovery(rkey), NEW_PASSPHRASE)
            with fresh.unlock("bob", NEW_PASSPHRASE) as s:
                _healthy(s)
                _same_cases(s, docs)
            shutil.rmtree(tmp_path / f"after{n}")
        shutil.rmtree(home)


def test_sweep_rolls_back_a_swap_cut_between_its_two_renames(prepared, tmp_path: Path) -> None:
    """The narrowest window of a replace, forced: the old vault is out, the new one not yet in."""
    base, _, docs = prepared
    home = _fresh(base, tmp_path, 0)
    with staging.scratch(Home(home), "restore") as work:
        staging.mark_swap(work, "bob")
        os.rename(home / "users" / "bob", work / staging.OLD_NAME)
        assert _store(home).names() == []
        os.unlink(work / staging.LOCK_NAME)  # as if the process died: its lock is gone with it
        staging.sweep(Home(home))
    assert _store(home).names() == ["bob"]
    with _store(home).unlock("bob", PASSPHRASE) as s:
        _healthy(s)
        _same_cases(s, docs)

