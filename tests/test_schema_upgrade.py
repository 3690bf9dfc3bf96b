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


def test_a_schema_6_vault_gets_its_search_index_rebuilt(tmp_path: Path) -> None:
    """A vault indexed by the older analysis (no phone terms, ch only as Ч) finds by the new one after upgrade."""
    shutil.copytree(FIXTURES / "vault-v6", tmp_path / "home")
    info = json.loads((FIXTURES / "vault-v6.json").read_text())
    assert info["schema_version"] == 6
    with _store(Home(tmp_path / "home")).unlock(info["user"], info["passphrase"]) as session:
        assert schema.version(session.vault._conn) == schema.LATEST
        hits = session.cases.search("8 (702) 111-22-33")  # the phone of the first case, typed another way
        assert [h.case.id for h in hits] == [info["cases"]["hramov"]]
        assert "702" in hits[0].snippet and hits[0].where == "client_phone"
        # Latin Chramov (stored) and Cyrillic Храмов find each other: Latin ch read as Х too.
        assert {h.case.id for h in session.cases.search("Храмов")} == set(info["cases"].values())
        report = session.vault.audit_report()
        assert report.ok, report.problems
        assert session.vault.query("SELECT count(*) FROM meta WHERE key = 'search_index_stale'")[0][0] == 0
        assert session.vault.query("SELECT count(*) FROM audit WHERE action = 'search.rebuilt'")[0][0] == 1


def test_without_the_rebuild_the_old_index_misses_them(tmp_path: Path, monkeypatch) -> None:
    """The fixture really holds the old terms: searching it before the rebuild finds neither."""
    from fieldintake.app import search

    shutil.copytree(FIXTURES / "vault-v6", tmp_path / "home")
    info = json.loads((FIXTURES / "vault-v6.json").read_text())
    monkeypatch.setattr(search, "rebuild_if_stale", lambda vault, templates, **_: False)
    with _store(Home(tmp_path / "home")).unlock(info["user"], info["passphrase"]) as session:
        assert session.cases.search("8 (702) 111-22-33") == []
        exact = search.textindex.match_query("Храмов")  # without typing errors: the Latin case is Жрамов away
        nums = session.vault.query("SELECT rowid FROM search_terms WHERE search_terms MATCH ?", (exact,))
        assert len(nums) == 1


def test_the_rebuild_reports_progress_and_a_cancel_leaves_it_for_the_next_search(tmp_path: Path,
                                                                                 monkeypatch) -> None:
    from fieldintake.app import search
    from fieldintake.errors import Cancelled

    monkeypatch.setattr(search, "REBUILD_STEP", 1)  # the fixture has a few cases: each one a step
    shutil.copytree(FIXTURES / "vault-v6", tmp_path / "home")
    info = json.loads((FIXTURES / "vault-v6.json").read_text())
    with _store(Home(tmp_path / "home")).unlock(info["user"], info["passphrase"]) as session:
        heard: list[tuple[int, int]] = []
        with pytest.raises(Cancelled):
            session.cases.search("8 (702) 111-22-33", progress=lambda done, total: heard.append((done, total)),
                                 cancel=lambda: len(heard) == 1)  # after the first case
        assert heard == [(0, len(info["cases"]))]
        assert session.vault.query("SELECT count(*) FROM meta WHERE key = 'search_index_stale'")[0][0] == 1
        assert session.vault.query("SELECT count(*) FROM audit WHERE action = 'search.rebuilt'")[0][0] == 0
        heard.clear()
        hits = session.cases.search("8 (702) 111-22-33", progress=lambda done, total: heard.append((done, total)))
        assert [h.case.id for h in hits] == [info["cases"]["hramov"]]
        assert heard[-1] == (len(info["cases"]), len(info["cases"])) and len(heard) == len(info["cases"]) + 1
        assert session.vault.query("SELECT count(*) FROM meta WHERE key = 'search_index_stale'")[0][0] == 0


def test_a_new_vault_has_no_rebuild_to_do(store) -> None:
    from tests.conftest import PASSPHRASE

    with store.create("fresh", PASSPHRASE).session as session:
        assert session.vault.query("SELECT count(*) FROM meta WHERE key = 'search_index_stale'")[0][0] == 0
