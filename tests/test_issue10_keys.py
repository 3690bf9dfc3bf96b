"""Issue 10 items 10 (check), 12, 13, 14 and 15, each written as the attack."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.errors import KeyFileCorrupt
from tests.conftest import PASSPHRASE, child_pythonpath

ROOT = Path(__file__).resolve().parents[1]


# --- item 14: a key file's KDF parameters are bounded before any derivation ---------


@pytest.mark.parametrize("field,value", [
    ("iterations", 2**31), ("iterations", 0), ("lanes", 2**24), ("memory_kib", 2**40), ("iterations", "2"),
    ("iterations", True), pytest.param("iterations", 10**4000, id="iterations-4000-digits"),
    ("memory_kib", 3 * 1024 * 1024),
])
def test_a_key_file_asking_for_an_endless_kdf_is_refused_before_deriving(
    store: UserStore, home: Home, alice: str, field: str, value: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = home.user("alice").keys
    doc = json.loads(keys.read_text())
    doc["passphrase"]["kdf"][field] = value
    if field == "memory_kib" and value == 3 * 1024 * 1024:
        doc["passphrase"]["kdf"]["iterations"] = 64  # each bound alone is fine; the product is 192 GiB of passes
    keys.write_text(json.dumps(doc))
    from fieldintake.crypto import kdf

    def no_derivation(*args: object) -> None:
        raise AssertionError("the KDF ran with out-of-range parameters")

    monkeypatch.setattr(kdf, "_argon2", no_derivation)
    with pytest.raises(KeyFileCorrupt, match="out of range|not a whole number|exceeds"):
        store.unlock("alice", PASSPHRASE)


def test_a_deeply_nested_key_file_is_a_clear_error(store: UserStore, home: Home, alice: str) -> None:
    """A key file replaced by 20,000 nested brackets (under its size bound): json.loads raised
    RecursionError, which escaped the key file's format check as an internal error."""
    home.user("alice").keys.write_text("[" * 20_000 + "]" * 20_000)
    with pytest.raises(KeyFileCorrupt):
        store.unlock("alice", PASSPHRASE)


# --- item 12: erase while the vault is open in another window ------------------------


def test_an_open_session_does_not_bring_an_erased_user_back(
    store: UserStore, home: Home, alice: str, tmp_path: Path, memory_keyring
) -> None:
    from fieldintake.errors import VaultErased

    evidence = tmp_path / "photo.jpg"
    evidence.write_bytes(b"invented photo " * 100)
    session = store.unlock("alice", PASSPHRASE)  # the other window
    case = session.cases.create("Open elsewhere")
    store.erase("alice")
    with pytest.raises(VaultErased):
        session.attachments.add(case.id, evidence)
    with pytest.raises(VaultErased):
        session.cases.create("Typed after the erase")
    with pytest.raises(VaultErased):
        session.change_passphrase(PASSPHRASE, "another long passphrase 4 the test")
    session.close()
    assert not (home.root / "users" / "alice").exists(), sorted(str(p) for p in home.root.rglob("*"))
    assert memory_keyring.entries == {}  # no audit head recorded for the erased user on close


# --- item 13: an interrupted `attach get` leaves no plaintext temp file -------------


def _cli_env(home: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": child_pythonpath(), "FIELDINTAKE_HOME": str(home), "FIELDINTAKE_TEST_KDF": "1",
            "FIELDINTAKE_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _cli(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldintake.cli", *argv], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def large_attachment(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], str, str]:
    home = tmp_path_factory.mktemp("interrupt") / "home"
    env = _cli_env(home)
    assert _cli(env, "user", "create", "alice").returncode == 0
    case_id = _cli(env, "case", "new", "--title", "Large attachment").stdout.split()[0]
    video = home.parent / "video.bin"
    video.write_bytes(os.urandom(1 << 20) * 384)  # 384 MiB: long enough to interrupt mid-write
    added = _cli(env, "attach", "add", case_id, str(video))
    assert added.returncode == 0, added.stderr
    video.unlink()
    return env, case_id, added.stdout.strip()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGKILL])
def test_an_interrupted_attach_get_removes_its_temp_file(large_attachment, tmp_path: Path, signum: int,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed while the plaintext copy is half written; with O_TMPFILE disabled for the named-temp-file path."""
    env, case_id, attachment_id = large_attachment
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    unnamed = signum == signal.SIGKILL  # nothing can clean up after kill -9: the file must have no name
    script = ("import os, sys\n" + ("" if unnamed else "del os.O_TMPFILE\n")
              + "from fieldintake.cli import main\nsys.exit(main(sys.argv[1:]))\n")
    child = subprocess.Popen([sys.executable, "-c", script, "attach", "get", case_id, attachment_id,
                              "-o", str(out_dir / "video.bin")], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(6000):  # wait until the plaintext is being written
            partial = [p for p in out_dir.iterdir() if p.name.endswith(".tmp")]
            if partial and partial[0].stat().st_size > (1 << 20):
                break
            if unnamed and _writing_unnamed(child.pid, out_dir):
                break
            assert child.poll() is None, child.communicate()
            import time

            time.sleep(0.01)
        else:
            pytest.fail("the temp file never appeared")
        child.send_signal(signum)
        _, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode != 0
    assert sorted(p.name for p in out_dir.iterdir()) == [], "a plaintext temp file was left behind"
    assert not (out_dir / "video.bin").exists()
    assert "Traceback" not in err, err


def _writing_unnamed(pid: int, folder: Path) -> bool:
    """The child holds an O_TMPFILE file in ``folder`` with more than a megabyte in it."""
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
            if link.startswith(f"{folder}/#") and os.stat(f"/proc/{pid}/fd/{fd}").st_size > (1 << 20):
                return True
    except OSError:
        pass
    return False


def test_a_failing_write_during_attach_get_leaves_nothing(store: UserStore, alice: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldintake.errors import StorageError

    source = tmp_path / "scan.bin"
    source.write_bytes(os.urandom(3 << 20))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with store.unlock("alice", PASSPHRASE) as s:
        case = s.cases.create("Failing disk")
        attachment = s.attachments.add(case.id, source)

        class FailingDisk(io.FileIO):
            """The destination disk fills up after the first megabyte."""

            writes = 0

            def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
                FailingDisk.writes += 1
                if FailingDisk.writes > 1:
                    raise OSError(28, "No space left on device")
                return super().write(data)

        monkeypatch.setattr(os, "fdopen", lambda fd, mode="r", *a, **k: FailingDisk(fd, "wb", closefd=True))
        with pytest.raises(StorageError):
            s.attachments.save_copy(attachment.id, out_dir / "scan.bin")
        monkeypatch.undo()
        assert list(out_dir.iterdir()) == []
        with pytest.raises(KeyboardInterrupt):
            s.attachments.save_copy(attachment.id, out_dir / "scan.bin",
                                    progress=lambda done, total: (_ for _ in ()).throw(KeyboardInterrupt()))
        assert list(out_dir.iterdir()) == []


# --- item 15: starting the app runs no compiler or linker -----------------------------

_SPAWN_RECORDER = textwrap.dedent(
    """
    import sys
    spawned = []
    sys.addaudithook(lambda event, args: spawned.append(repr(args[0])[:200])
                     if event in ("subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn", "os.system") else None)
    from fieldintake.cli import main
    code = main(sys.argv[1:])
    sys.stderr.write("SPAWNED " + "|".join(spawned) + "\\n")
    sys.exit(code)
    """
)


def test_starting_the_cli_runs_no_gcc_ld_or_ldconfig(tmp_path: Path) -> None:
    shims = tmp_path / "shims"
    shims.mkdir()
    calls = tmp_path / "calls.log"
    for tool in ("gcc", "cc", "ld", "ld.bfd", "ldconfig", "objdump"):
        shim = shims / tool
        shim.write_text(f"#!/bin/sh\necho {tool} >> {calls}\nexit 1\n")
        shim.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON_KEYRING", "FIELDINTAKE_"))}
    env.update({"PATH": f"{shims}:{os.environ.get('PATH', '')}", "PYTHONPATH": child_pythonpath(),
                "FIELDINTAKE_HOME": str(tmp_path / "home"), "FIELDINTAKE_TEST_KDF": "1",
                "FIELDINTAKE_PASSPHRASE": PASSPHRASE})
    for argv in (["user", "create", "alice"], ["user", "list"], ["check"]):
        done = subprocess.run([sys.executable, "-c", _SPAWN_RECORDER, *argv], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        spawned = done.stderr.rsplit("SPAWNED ", 1)[1].strip()
        assert spawned == "", f"{argv}: started {spawned}"
    assert not calls.exists(), calls.read_text()


# --- item 10: `check` on the very page corruption it exists to report ---------------------


def test_check_reports_a_damaged_page_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from fieldintake.cli import main

    home = tmp_path / "home"
    monkeypatch.setenv("FIELDINTAKE_PASSPHRASE", PASSPHRASE)
    assert main(["--home", str(home), "user", "create", "alice"]) == 0
    for i in range(40):
        assert main(["--home", str(home), "case", "new", "--title", f"Case {i} " + "текст " * 200]) == 0
    capsys.readouterr()
    db = home / "users" / "alice" / "vault.db"
    original = db.read_bytes()
    page = 4096
    for number in range(2, min(len(original) // page, 20) + 1):  # every page in turn (page 1 holds the header)
        data = bytearray(original)
        data[(number - 1) * page + 100:(number - 1) * page + 132] = os.urandom(32)
        db.write_bytes(bytes(data))
        code = main(["--home", str(home), "check"])
        err = capsys.readouterr().err
        assert code != 0, f"page {number}"
        assert "internal error" not in err and err.count("\n") == 1, f"page {number}: {err}"
        assert f"page {number}" in err, f"page {number}: {err}"  # names the damaged page
    db.write_bytes(original)
    assert main(["--home", str(home), "check"]) == 0


def test_attach_get_copies_are_complete_and_private(store: UserStore, alice: str, tmp_path: Path) -> None:
    """The unnamed-file path (and its fallback) gives the same complete, 0600 copy."""
    source = tmp_path / "scan.bin"
    source.write_bytes(os.urandom(5 << 20))
    with store.unlock("alice", PASSPHRASE) as s:
        attachment = s.attachments.add(s.cases.create("Copies").id, source)
        for name in ("first.bin", "second.bin"):
            out = s.attachments.save_copy(attachment.id, tmp_path / name)
            assert out.read_bytes() == source.read_bytes() and out.stat().st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
