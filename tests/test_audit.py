"""The hash-chained audit log: every write is in it, and tampering is found."""

from __future__ import annotations

import pytest
import sqlcipher3

from fieldintake.app import audit, schema
from fieldintake.app.users import UserStore
from tests.conftest import PASSPHRASE


@pytest.fixture
def session(store: UserStore, alice: str):
    with store.unlock("alice", PASSPHRASE) as s:
        for n in range(5):
            s.vault.set_setting(f"k{n}", f"v{n}")
        yield s


def _untrigger(conn) -> None:
    """What a tamperer with the key does first."""
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")


def test_intact_chain_verifies(session) -> None:
    report = session.vault.audit_report()
    assert report.ok, report.problems
    assert report.count == schema.LATEST + 1 + 5  # one per migration step, user creation, five settings


def test_every_write_has_an_entry_naming_its_object(session) -> None:
    with session.vault.read() as conn:
        newest = audit.entries(conn, limit=1)[0]
    assert (newest.action, newest.object_type, newest.object_id, newest.actor) == ("setting.changed", "setting", "k4", "alice")


def test_a_write_without_an_audit_entry_is_refused_and_rolled_back(session) -> None:
    with pytest.raises(AssertionError, match="without an audit entry"):
        with session.vault.transaction() as tx:
            tx.execute("INSERT INTO settings (key, value) VALUES ('sneaky', 'x')")
    assert session.vault.get_setting("sneaky") is None


def test_triggers_refuse_edits_and_deletes(session) -> None:
    with session.vault.read() as conn:
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 3")
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit WHERE seq = 3")


def test_an_edited_entry_is_named(session) -> None:
    with session.vault.read() as conn:
        _untrigger(conn)
        conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 4")
    report = session.vault.audit_report()
    assert not report.ok
    assert any("#4" in p and "altered" in p for p in report.problems), report.problems


def test_a_deleted_entry_is_found(session) -> None:
    with session.vault.read() as conn:
        _untrigger(conn)
        conn.execute("DELETE FROM audit WHERE seq = 3")
    problems = session.vault.audit_report().problems
    assert any("#3" in p and "missing" in p for p in problems), problems


def test_entries_cut_from_the_end_are_found(session) -> None:
    with session.vault.read() as conn:
        _untrigger(conn)
        conn.execute("DELETE FROM audit WHERE seq >= 6")
    problems = session.vault.audit_report().problems
    assert any("newest entries were removed" in p for p in problems), problems


def test_a_rewritten_hash_breaks_the_next_link(session) -> None:
    with session.vault.read() as conn:
        _untrigger(conn)
        row = conn.execute("SELECT seq, ts, actor, action, object_type, object_id, detail, prev_hash FROM audit WHERE seq = 4").fetchone()
        forged = list(row)
        forged[2] = "mallory"
        new_hash = audit.entry_hash(*forged)
        conn.execute("UPDATE audit SET actor = 'mallory', hash = ? WHERE seq = 4", (new_hash,))
    problems = session.vault.audit_report().problems
    assert any("#5" in p and "does not follow" in p for p in problems), problems
