"""Fault drills: kill -9 at random points, a failing disk, two processes.

Each drill runs the real operation in a child process that prints a line at
each step; the parent kills it (SIGKILL) after a randomly chosen line, so the
kill lands somewhere in the middle of the work. Afterwards the vault must
open, pass ``check`` and ``audit verify``, and every case must be wholly
there or wholly absent.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from fieldintake.app import interchange
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.errors import StorageError, WrongPassphrase
from fieldintake.exports import handover
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 20
SEED = 20261122

PRELUDE = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from keyring.backends.fail import Keyring as FailKeyring
    from fieldintake.app import interchange
    from fieldintake.app.paths import Home
    from fieldintake.app.users import UserStore
    from fieldintake.crypto.device import DeviceSecrets
    from fieldintake.crypto.kdf import FAST_FOR_TESTS
    home = Path(sys.argv[1])
    store = UserStore(Home(home), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    P1, P2 = sys.argv[2], sys.argv[3]
    def step(text="."):
        sys.stdout.write(text + "\\n"); sys.stdout.flush()
    """
)

CHILDREN = {
    "bulk": """
        docs = json.loads(Path(sys.argv[4]).read_text())
        with store.unlock("bob", P1) as s:
            step()
            for doc in docs:
                interchange.import_case(s.cases, doc)
                step()
    """,
    "attach": """
        with store.unlock("bob", P1) as s:
            case = s.cases.create("Attachment drill")
            step()
            s.attachments.add(case.id, Path(sys.argv[4]), progress=lambda done, total: step())
            step()
    """,
    "bundle": """
        from fieldintake.exports import handover
        with store.unlock("bob", P1) as s:
            step()
            handover.import_bundle(s, Path(sys.argv[4]), trust_new_sender=True,
                                   progress=lambda done, total: step())
            step()
    """,
    "passwd": """
        current, other = P1, P2
        if sys.argv[4] == "swapped":
            current, other = P2, P1
        for _ in range(50):
            with store.unlock("bob", current) as s:
                step("changing")
                s.change_passphrase(current, other)
            current, other = other, current
            step(current)
    """,
}


def _store(home: Path) -> UserStore:
    return UserStore(Home(home), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))


def _run_and_kill(kind: str, home: Path, rng: random.Random, extra: str, expected_lines: int) -> list[str]:
    script = PRELUDE + textwrap.dedent(CHILDREN[kind])
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(home), PASSPHRASE, NEW_PASSPHRASE, extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
    )
    assert child.stdout is not None
    kill_after = rng.randint(1, expected_lines)
    lines: list[str] = []
    for line in child.stdout:
        lines.append(line.strip())
        if len(lines) >= kill_after:
            child.send_signal(signal.SIGKILL)
            break
    child.wait()
    child.stdout.close()
    return lines


def _healthy(session) -> None:
    assert session.vault.integrity_problems() == []
    report = session.vault.audit_report()
    assert report.ok, report.problems


@pytest.fixture
def prepared(tmp_path: Path):
    base = tmp_path / "base"
    _store(base).create("bob", PASSPHRASE).session.close()
    return base


def _fresh(base: Path, tmp_path: Path, n: int) -> Path:
    home = tmp_path / f"round{n}"
    shutil.copytree(base, home)
    return home


def test_kill_during_a_bulk_import_of_200_cases(prepared: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    with _store(prepared).unlock("bob", PASSPHRASE) as s:
        source = s.cases.create("Template case", urgency="high", notes="Заметки " * 40)
        s.cases.add_interview(source.id, "deportation-risk", answers={"narrative": "Рассказ " * 300})
        template = interchange.to_doc(s.cases.get(source.id))
    docs = []
    for i in range(200):
        doc = json.loads(json.dumps(template))
        doc["id"] = f"00000000-0000-4000-8000-{i:012d}"
        doc["reference"] = f"DRILL-{i:04d}"
        doc["interviews"][0]["id"] = f"00000000-0000-4000-9000-{i:012d}"
        docs.append(doc)
    docs_file = tmp_path / "docs.json"
    docs_file.write_text(json.dumps(docs, ensure_ascii=False))
    by_id = {d["id"]: d for d in docs}
    for n in range(ROUNDS):
        home = _fresh(prepared, tmp_path, n)
        _run_and_kill("bulk", home, rng, str(docs_file), 201)
        with _store(home).unlock("bob", PASSPHRASE) as s:
            _healthy(s)
            present = [c for c in s.cases.list(limit=None) if c.id in by_id]
            for summary in present:
                assert interchange.to_doc(s.cases.get(summary.id)) == by_id[summary.id], f"round {n}: torn case"
        shutil.rmtree(home)


def test_kill_during_an_attachment_add(prepared: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    video = tmp_path / "video.mp4"
    video.write_bytes(os.urandom(24 << 20))
    for n in range(ROUNDS):
        home = _fresh(prepared, tmp_path, n)
        _run_and_kill("attach", home, rng, str(video), 27)
        with _store(home).unlock("bob", PASSPHRASE) as s:
            _healthy(s)
            for case in s.cases.list(limit=None):
                for attachment in s.cases.get(case.id).attachments:
                    s.attachments.read_into(attachment.id, None)  # wholly there: verifies size and SHA-256
            referenced = {a.blob_id for c in s.cases.list(limit=None) for a in s.cases.get(c.id).attachments}
            assert {p.name for p in s.paths.blobs.iterdir()} == referenced  # no torn or orphaned blob left
        shutil.rmtree(home)


def test_kill_during_a_bundle_import(prepared: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 2)
    sender_home = tmp_path / "sender"
    sender_store = _store(sender_home)
    with sender_store.create("alice", PASSPHRASE).session as alice, _store(prepared).unlock("bob", PASSPHRASE) as bob:
        alice.contacts.add("Bob", bob.card().to_text())
        ids = []
        for i in range(3):
            case = alice.cases.create(f"Bundle drill {i}")
            evidence = tmp_path / f"e{i}.bin"
            evidence.write_bytes(os.urandom(3 << 20))
            alice.attachments.add(case.id, evidence)
            ids.append(case.id)
        bundle = handover.export_bundle(alice, ids, tmp_path / "drill.fibundle", contacts=["Bob"]).path
        expected = {i: interchange.to_doc(alice.cases.get(i)) for i in ids}
    for n in range(ROUNDS):
        home = _fresh(prepared, tmp_path, n)
        _run_and_kill("bundle", home, rng, str(bundle), 12)
        with _store(home).unlock("bob", PASSPHRASE) as s:
            _healthy(s)
            present = [c.id for c in s.cases.list(limit=None)]
            assert present == [] or sorted(present) == sorted(ids), f"round {n}: a partial import"
            for case_id in present:
                assert interchange.to_doc(s.cases.get(case_id)) == expected[case_id]
            assert s.paths.blobs.exists() is False or len(list(s.paths.blobs.iterdir())) == len(present)
        shutil.rmtree(home)


def test_kill_during_a_passphrase_change(prepared: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 3)
    for n in range(ROUNDS):
        home = _fresh(prepared, tmp_path, n)
        _run_and_kill("passwd", home, rng, "", 30)
        opened = 0
        for candidate in (PASSPHRASE, NEW_PASSPHRASE):
            try:
                with _store(home).unlock("bob", candidate) as s:
                    _healthy(s)
                    opened += 1
            except WrongPassphrase:
                pass
        assert opened == 1, f"round {n}: exactly one of the two passphrases must open the vault"
        shutil.rmtree(home)


def test_a_disk_that_fails_partway_keeps_the_last_committed_state(prepared: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes that fail half-way (in the spirit of KeePassXC's failing device test)."""
    video = tmp_path / "video.mp4"
    video.write_bytes(os.urandom(4 << 20))
    with _store(prepared).unlock("bob", PASSPHRASE) as s:
        case = s.cases.create("Before the failure")

        class FailingDisk(io.FileIO):
            """A file whose third write fails as a full disk would."""

            writes = 0

            def write(self, data) -> int:  # type: ignore[override]
                FailingDisk.writes += 1
                if FailingDisk.writes > 2:
                    raise OSError(28, "No space left on device")
                return super().write(data)

        monkeypatch.setattr(os, "fdopen", lambda fd, mode="r", *a, **k: FailingDisk(fd, "wb", closefd=True))
        with pytest.raises(StorageError, match="disk is full"):
            s.attachments.add(case.id, video)
        monkeypatch.undo()
        assert s.cases.get(case.id).attachments == []
        assert list(s.paths.blobs.iterdir()) == []
        _healthy(s)


def test_a_second_process_gets_in_use(prepared: Path) -> None:
    with _store(prepared).unlock("bob", PASSPHRASE):
        script = PRELUDE + textwrap.dedent(
            """
            from fieldintake.errors import VaultInUse
            try:
                store.unlock("bob", P1)
            except VaultInUse as exc:
                print("in use:", exc)
            """
        )
        out = subprocess.run([sys.executable, "-c", script, str(prepared), PASSPHRASE, NEW_PASSPHRASE, ""],
                             capture_output=True, text=True, cwd=ROOT)
        assert "in use: This vault is in use" in out.stdout, out.stderr
    with _store(prepared).unlock("bob", PASSPHRASE) as s:
        _healthy(s)
