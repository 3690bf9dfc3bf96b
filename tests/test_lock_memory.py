"""Issue 10 item 3: after the panic lock, the process's memory holds no secret of the session.

The real desktop app runs in a child process (offscreen Qt, started through
``fieldintake.ui.main.run`` as the ``fieldintake`` command does). The test types
the passphrase (sent on stdin, never on the command line), waits for the
unlock, reads the child's memory through /proc/<pid>/mem and finds the secrets
there (the scan works), presses Ctrl+Shift+L, and reads the memory again: the
passphrase, the data key (raw and as hex) and the AGE-SECRET-KEY must be gone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto import keyfile
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.crypto.keyfile import KeyFile
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/<pid>/mem (Linux)")

ROOT = Path(__file__).resolve().parents[1]

DRIVER = textwrap.dedent(
    """
    import os, select, sys
    from pathlib import Path
    from keyring.backends.fail import Keyring as FailKeyring
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from fieldintake.app.core import Core
    from fieldintake.app.paths import Home
    from fieldintake.app.users import UserStore
    from fieldintake.crypto.device import DeviceSecrets
    from fieldintake.crypto.kdf import FAST_FOR_TESTS
    from fieldintake.ui.main import make_application, run

    def say(text):
        sys.stdout.write(text + "\\n"); sys.stdout.flush()

    def line_ready():
        return bool(select.select([sys.stdin], [], [], 0)[0])

    app = make_application()
    relaunched = os.environ.get("FIELDINTAKE_RELAUNCHED") == "1"

    def controller():
        from fieldintake.ui.app import Controller
        return app.findChild(Controller)

    def wait_for(condition, then):
        if condition():
            then()
        else:
            QTimer.singleShot(50, lambda: wait_for(condition, then))

    def start():
        from fieldintake.ui.app import State
        c = controller()
        if relaunched:
            wait_for(lambda: c.state is State.LOCKED, lambda: say(f"relaunched {os.getpid()}"))
            return
        say("passphrase?")
        c.unlock_window.passphrase.setText(sys.stdin.readline().rstrip("\\n"))
        c.unlock_window.unlock_button.click()
        def unlocked():
            c.session.identity  # the age identity, as opening an attachment or a bundle reads it
            say(f"unlocked {os.getpid()}")
            wait_for(line_ready, lock)
        def lock():
            sys.stdin.readline()
            QTest.keyClick(c.main_window, Qt.Key.Key_L,
                           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            say("still here")  # only if the lock did not start a new process
        wait_for(lambda: c.state is State.UNLOCKED, unlocked)

    QTimer.singleShot(0, start)
    store = UserStore(Home(Path(sys.argv[1])), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    sys.exit(run(Core(store.home, store)))
    """
)


def _memory(pid: int) -> bytes:
    """Every private writable mapping of ``pid`` (heap, anonymous memory, stacks)."""
    chunks = []
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            if not fields[1].startswith("rw") or (len(fields) > 5 and fields[5] in ("[vvar]", "[vsyscall]")):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(start)
                chunks.append(mem.read(end - start))
            except OSError:
                continue
    return b"\0".join(chunks)


def _secrets(home: Path) -> dict[str, list[bytes]]:
    store = UserStore(Home(home), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    kf = KeyFile.from_bytes(store.home.user("alice").keys.read_bytes())
    dek = bytes(keyfile.open_with_passphrase(kf, PASSPHRASE, None))
    with store.unlock("alice", PASSPHRASE) as session:
        age_secret = session.identity.age_secret
    return {
        "passphrase": [PASSPHRASE.encode("utf-8"), PASSPHRASE.encode("utf-16-le")],
        "data key": [dek],
        "data key as hex": [dek.hex().encode(), dek.hex().upper().encode(), dek.hex().encode("utf-16-le")],
        "age identity": [age_secret.encode(), age_secret.encode("utf-16-le")],
    }


def _found(memory: bytes, secrets: dict[str, list[bytes]]) -> list[str]:
    return [name for name, forms in secrets.items() if any(form in memory for form in forms)]


def test_no_secret_is_left_in_memory_after_the_panic_lock(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = UserStore(Home(home), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    with store.create("alice", PASSPHRASE).session as session:
        session.cases.create("Memory drill", notes="Invented client Ivan Petrov")
    secrets = _secrets(home)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # the window layout file (ui/layoutprefs.py) goes there
    env.pop("FIELDINTAKE_RELAUNCHED", None)
    env.pop("FIELDINTAKE_NO_RELAUNCH", None)
    child = subprocess.Popen([sys.executable, "-c", DRIVER, str(home)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "passphrase?"
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        word, pid = child.stdout.readline().split()
        assert word == "unlocked" and int(pid) == child.pid
    except BaseException:
        child.kill()
        raise
    try:
        before = _found(_memory(child.pid), secrets)
        assert "age identity" in before and "passphrase" in before, before  # the scan finds what is there
        assert "data key as hex" not in before, before  # never a `PRAGMA key = "x'…'"` string, even unlocked
        child.stdin.write("lock\n")
        child.stdin.flush()
        word, pid = child.stdout.readline().split()
        assert word == "relaunched" and int(pid) == child.pid, word  # the same process, a new program image
        after = _found(_memory(child.pid), secrets)
        assert after == [], f"still in memory after the lock: {after}"
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stdin.close()
        if child.stderr is not None:
            child.stderr.close()


def test_relaunch_starts_the_same_program_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldintake.ui.safety import relaunch

    calls: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(sys, "orig_argv", [sys.executable, "-X", "utf8", "/venv/bin/fieldintake", "gui"])
    monkeypatch.setenv(relaunch.RELAUNCHED_ENV, "0")  # restored (removed) after the test
    relaunch.relaunch(execv=lambda path, argv: calls.append((path, argv)))
    assert calls == [(sys.executable, [sys.executable, "-X", "utf8", "/venv/bin/fieldintake", "gui"])]
    assert os.environ[relaunch.RELAUNCHED_ENV] == "1"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/fieldintake/fieldintake", "gui"])
    assert relaunch.command_line() == [sys.executable, "gui"]  # the packaged binary: itself, same arguments
    monkeypatch.setenv("PYINSTALLER_RESET_ENVIRONMENT", "0")
    relaunch.relaunch(execv=lambda path, argv: calls.append((path, argv)))
    assert calls[-1] == (sys.executable, [sys.executable, "gui"])
    assert os.environ["PYINSTALLER_RESET_ENVIRONMENT"] == "1"
    monkeypatch.setenv(relaunch.NO_RELAUNCH_ENV, "1")
    assert relaunch.relaunch_hook() is None
    monkeypatch.delenv(relaunch.NO_RELAUNCH_ENV)
    assert relaunch.relaunch_hook() is relaunch.relaunch
