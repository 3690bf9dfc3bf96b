"""Vaults written by older schema versions still open, and are upgraded step by step."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from fieldintake.app import schema
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.errors import SchemaTooNew

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def v1_home(tmp_path: Path) -> tuple[Home, dict]:
    shutil.copytree(FIXTURES / "vault-v1", tmp_path / "home")
    return Home(tmp_path / "home"), json.loads((FIXTURES / "vault-v1.json").read_text())


def _store(home: Home) -> UserStore:
    return UserStore(home, policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))


def test_a_vault_from_schema_1_opens_and_is_upgraded(v1_home) -> None:
    home, info = v1_home
    assert info["schema_version"] == 1
    with _store(home).unlock(info["user"], info["passphrase"]) as session:
        assert schema.version(session.vault._conn) == schema.LATEST
        assert session.identity.age_recipient == info["age_recipient"]
        assert session.card().fingerprint == info["fingerprint"]
        assert session.vault.get_setting("organisation") == info["settings"]["organisation"]
        report = session.vault.audit_report()
        assert report.ok, report.problems
        assert session.vault.integrity_problems() == []


def test_the_fixture_recovery_key_still_works(v1_home) -> None:
    home, info = v1_home
    _store(home).recover(info["user"], info["recovery_key"], "a brand new passphrase for 2026 use").close()


def test_a_vault_from_a_newer_program_is_refused(v1_home) -> None:
    home, info = v1_home
    store = _store(home)
    with store.unlock(info["user"], info["passphrase"]) as session, session.vault.read() as conn:
        conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    with pytest.raises(SchemaTooNew, match="newer fieldintake"):
        store.unlock(info["user"], info["passphrase"])
