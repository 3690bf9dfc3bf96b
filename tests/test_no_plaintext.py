"""Nothing written to the vault is readable on disk, in any file, in UTF-8 or UTF-16."""

from __future__ import annotations

from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from tests.conftest import PASSPHRASE
from tests.helpers import files_containing

MARKER = "Zhaksylyk-Маркер-7f3a91"


def test_a_marker_never_reaches_the_disk_in_plaintext(store: UserStore, home: Home) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as session:
        session.vault.set_setting("organisation", MARKER)
        with session.vault.transaction() as tx:
            tx.execute("UPDATE identity SET display_name = ?", (MARKER,))
            tx.audit("identity.renamed", "identity", "1")
        assert session.display_name == MARKER
        # While open (the WAL holds the newest pages)...
        assert (home.user("alice").dir / "vault.db-wal").exists()
        assert files_containing(home.root, MARKER) == []
    # ...and after closing (checkpointed into the main file).
    assert files_containing(home.root, MARKER) == []
    assert files_containing(home.root, "AGE-SECRET-KEY") == []


def test_the_scanner_itself_finds_plaintext(tmp_path) -> None:
    (tmp_path / "a.txt").write_bytes(MARKER.encode("utf-16-le"))
    assert files_containing(tmp_path, MARKER) == ["a.txt"]


def test_a_narrative_marker_never_reaches_the_disk(store: UserStore, home: Home) -> None:
    narrative_marker = "Nurlan-Наратив-Маркер-5e1d"
    created = store.create("alice", PASSPHRASE)
    with created.session as session:
        case = session.cases.create(f"Case of {narrative_marker}")
        interview = session.cases.add_interview(case.id, "deportation-risk")
        session.cases.save_answers(interview.id, {"narrative": f"Он сказал: {narrative_marker}. " * 50})
        session.cases.save_answers(interview.id, {"narrative": "replaced"})  # the old text lives on in history
        assert session.cases.search(narrative_marker.split("-")[0])
        assert files_containing(home.root, narrative_marker) == []
    assert files_containing(home.root, narrative_marker) == []
