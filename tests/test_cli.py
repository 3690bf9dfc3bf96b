"""The CLI: the same services, one clear line on errors, no tracebacks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fieldintake import __version__
from fieldintake.app import schema
from fieldintake.cli import main
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.helpers import snapshot


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    home = tmp_path / "home"

    def run(*argv: str, passphrase: str | None = PASSPHRASE, **env: str) -> tuple[int, str, str]:
        if passphrase is None:
            monkeypatch.delenv("FIELDINTAKE_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("FIELDINTAKE_PASSPHRASE", passphrase)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        code = main(["--home", str(home), *argv])
        captured = capsys.readouterr()
        for key in env:
            monkeypatch.delenv(key)
        return code, captured.out, captured.err

    run.home = home  # type: ignore[attr-defined]
    return run


def _recovery_key(out: str) -> str:
    match = re.search(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){12})$", out, re.M)
    assert match, out
    return match.group(1)


def test_create_then_identity(cli) -> None:
    code, out, err = cli("user", "create", "alice")
    assert code == 0, err
    _recovery_key(out)
    assert "Device binding: on" in out
    code, out, err = cli("--user", "alice", "identity")
    assert code == 0, err
    assert "BEGIN FIELDINTAKE CONTACT CARD" in out and "age: age1" in out
    assert re.search(r"Fingerprint: \d{5}( \d{5}){4}", out)


def test_the_only_user_is_the_default_and_list_shows_binding(cli) -> None:
    cli("user", "create", "alice")
    assert cli("identity")[0] == 0
    code, out, _ = cli("user", "list")
    assert (code, out) == (0, "alice\tdevice-bound\n")


def test_wrong_passphrase_is_one_line_and_changes_nothing(cli) -> None:
    cli("user", "create", "alice")
    before = snapshot(cli.home)
    code, out, err = cli("identity", passphrase="certainly not the passphrase")
    assert code != 0 and out == ""
    assert err == "fieldintake: Wrong passphrase.\n"
    assert snapshot(cli.home) == before


def test_passwd_and_recover(cli) -> None:
    _, out, _ = cli("user", "create", "alice")
    key = _recovery_key(out)
    assert cli("user", "passwd", FIELDINTAKE_NEW_PASSPHRASE=NEW_PASSPHRASE)[0] == 0
    assert cli("identity", passphrase=NEW_PASSPHRASE)[0] == 0
    code, _, err = cli("user", "recover", "alice", FIELDINTAKE_RECOVERY_KEY=key[:-1] + ("0" if key[-1] != "0" else "1"),
                       FIELDINTAKE_NEW_PASSPHRASE=PASSPHRASE)
    assert code != 0 and "Group 13" in err
    code, out, err = cli("user", "recover", "alice", FIELDINTAKE_RECOVERY_KEY=key, FIELDINTAKE_NEW_PASSPHRASE=PASSPHRASE)
    assert code == 0, err
    assert cli("identity")[0] == 0


def test_audit_log_verify_and_check(cli) -> None:
    cli("user", "create", "alice")
    code, out, _ = cli("audit", "log")
    assert code == 0 and "user.created" in out and "vault.migrated" in out
    code, out, _ = cli("audit", "verify")
    assert code == 0 and f"intact: {schema.LATEST + 1} entries" in out
    code, out, _ = cli("check")
    assert code == 0 and "passed" in out


def test_erase_needs_confirmation_then_destroys(cli, memory_keyring) -> None:
    cli("user", "create", "alice")
    code, _, err = cli("erase", "--user", "alice")
    assert code != 0 and "Not confirmed" in err
    assert (cli.home / "users" / "alice" / "keys.json").exists()
    code, out, _ = cli("erase", "--user", "alice", "--yes")
    assert code == 0 and "Erased" in out
    assert not (cli.home / "users" / "alice").exists() and memory_keyring.entries == {}
    code, _, err = cli("--user", "alice", "identity")
    assert code == 3 and "No user named 'alice'" in err


def test_no_secret_source_is_a_clear_error(cli) -> None:
    code, _, err = cli("user", "create", "alice", passphrase=None)
    assert code == 2 and "FIELDINTAKE_PASSPHRASE" in err


def test_errors_have_no_traceback_unless_debug(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDINTAKE_")}
    env.update(FIELDINTAKE_HOME=str(tmp_path), FIELDINTAKE_PASSPHRASE=PASSPHRASE, FIELDINTAKE_TEST_KDF="1")
    plain = subprocess.run([sys.executable, "-m", "fieldintake.cli", "identity"], env=env, capture_output=True, text=True)
    assert plain.returncode == 3
    assert plain.stderr.strip().count("\n") == 0 and "Traceback" not in plain.stderr
    assert "There is no user yet" in plain.stderr
    debug = subprocess.run([sys.executable, "-m", "fieldintake.cli", "--debug", "identity"], env=env, capture_output=True, text=True)
    assert "Traceback" in debug.stderr


def test_version() -> None:
    out = subprocess.run([sys.executable, "-m", "fieldintake.cli", "--version"], capture_output=True, text=True)
    assert out.stdout.startswith(f"fieldintake {__version__} (commit ")  # the commit: tests/test_version.py
