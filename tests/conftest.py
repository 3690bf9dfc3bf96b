"""Shared fixtures: a fresh home, an in-memory OS keyring, the fast KDF profile.

The fast profile is chosen here, never by the product: in this process by setting
``fieldintake.app.core.KDF_PROFILE``; in child processes (``python -m fieldintake.cli``)
by ``FIELDINTAKE_TEST_KDF=1`` plus tests/fastkdf/ on their PYTHONPATH, whose
sitecustomize sets the same attribute at start-up.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest

from fieldintake.app import core
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from tests.keyring_memory import MemoryKeyring

PASSPHRASE = "violet kettle marching under 7 bridges"
NEW_PASSPHRASE = "quiet harbour lanterns drift 19 miles"

ROOT = Path(__file__).resolve().parents[1]
FAST_KDF_PATH = Path(__file__).resolve().parent / "fastkdf"


def child_pythonpath() -> str:
    """PYTHONPATH for a child running fieldintake from this checkout with the tests' fast KDF hook."""
    return os.pathsep.join([str(ROOT), str(FAST_KDF_PATH)])


def pytest_configure(config: pytest.Config) -> None:
    """Children that inherit this environment (most subprocess tests) load tests/fastkdf/sitecustomize.py."""
    parts = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if str(FAST_KDF_PATH) not in parts:
        os.environ["PYTHONPATH"] = os.pathsep.join([*parts, str(FAST_KDF_PATH)])


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """No test ever touches the real OS keyring; the CLI sees this one too."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(core, "KDF_PROFILE", FAST_FOR_TESTS)
    monkeypatch.setenv("FIELDINTAKE_TEST_KDF", "1")  # for children, through tests/fastkdf/sitecustomize.py
    for name in ("FIELDINTAKE_HOME", "FIELDINTAKE_USER", "FIELDINTAKE_PASSPHRASE",
                 "FIELDINTAKE_NEW_PASSPHRASE", "FIELDINTAKE_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def home(tmp_path) -> Home:
    return Home(tmp_path / "home")


@pytest.fixture
def store(home: Home, memory_keyring: MemoryKeyring) -> UserStore:
    return UserStore(home, policy=FAST_FOR_TESTS, device=DeviceSecrets(memory_keyring))


@pytest.fixture
def alice(store: UserStore):
    """A created user, its session closed again; yields (store, recovery_key)."""
    created = store.create("alice", PASSPHRASE)
    created.session.close()
    return created.recovery_key


@pytest.fixture
def run_cli(tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run the ``fieldintake`` command in this process on a fresh home: returns (exit code, stdout, stderr)."""
    from fieldintake.cli import main

    monkeypatch.setenv("FIELDINTAKE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDINTAKE_HOME", str(tmp_path / "home"))

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def pair(store: UserStore):
    """Alice and Bob, unlocked, each in the other's contacts."""
    alice = store.create("alice", PASSPHRASE).session
    bob = store.create("bob", PASSPHRASE).session
    alice.contacts.add("Bob", bob.card().to_text())
    bob.contacts.add("Alice", alice.card().to_text())
    yield alice, bob
    alice.close()
    bob.close()
