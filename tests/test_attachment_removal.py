"""Removing and replacing attachments: history, audit chain, the old file crypto-shredded."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from fieldintake.app import audit, interchange
from fieldintake.app.users import Session, UserStore
from fieldintake.errors import Cancelled, NotFound, ReadOnlyCase
from fieldintake.exports import handover
from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file
from tests.conftest import PASSPHRASE
from tests.pdf_support import page_texts

SECRET_BYTES = b"Invented witness statement, page 1\n" * 3000


@pytest.fixture
def session(store: UserStore) -> Iterator[Session]:
    with store.create("alice", PASSPHRASE).session as s:
        yield s


@pytest.fixture
def statement(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "statement-wrong.txt"
    path.parent.mkdir()
    path.write_bytes(SECRET_BYTES)
    return path


def _actions(session: Session, object_id: str) -> list[str]:
    with session.vault.read() as conn:
        return [e.action for e in audit.entries(conn, object_id)]


def test_remove_keeps_history_and_audit_and_shreds_the_file(session: Session, statement: Path) -> None:
    case = session.cases.create("Evidence")
    a = session.attachments.add(case.id, statement, description="first statement", sensitivity="sensitive")
    blob = session.paths.blobs / a.blob_id
    held = open(blob, "rb")  # the same inode, as a carver reading the freed blocks would see it
    try:
        changes = session.attachments.remove(a.id).changes
        assert changes.touches(case.id, "attachments") and f"attachments/{a.id}" in changes.fields_of(case.id)
        assert not blob.exists() and os.listdir(session.paths.blobs) == []
        with pytest.raises(pyrage.DecryptError):  # its header, holding the file's own key, is random now
            pyrage.decrypt(held.read(), [session.identity.age_identity])
    finally:
        held.close()
    assert session.cases.get(case.id).attachments == []
    with pytest.raises(NotFound):
        session.attachments.get(a.id)
    [rev] = [r for r in session.cases.history(case.id) if r.object_id == a.id]
    assert (rev.path, rev.new, rev.author) == ("attachment", None, "alice")
    assert rev.old["sha256"] == a.sha256 and rev.old["file_name"] == "statement-wrong.txt"
    assert rev.old["description"] == "first statement" and rev.old["size"] == len(SECRET_BYTES)
    assert _actions(session, a.id)[0] == "attachment.removed"
    with session.vault.read() as conn:
        entry = audit.entries(conn, a.id, limit=1)[0]
    assert entry.detail == {"case": case.id, "sha256": a.sha256, "size": a.size}
    assert session.vault.audit_report().problems == []


def test_replace_is_a_new_version_that_keeps_the_exhibits_metadata(session: Session, statement: Path,
                                                                    tmp_path: Path) -> None:
    case = session.cases.create("Evidence")
    interview = session.cases.add_interview(case.id, "deportation-risk")
    old = session.attachments.add(case.id, statement, description="statement of the client",
                                  sensitivity="shareable", interview_id=interview.id)
    better = tmp_path / "statement-signed.pdf"
    better.write_bytes(b"%PDF-1.4 invented signed statement\n" * 100)
    result = session.attachments.replace(old.id, better)
    new = result.value
    assert result.changes.fields_of(case.id) >= {f"attachments/{old.id}", f"attachments/{new.id}"}
    [stored] = session.cases.get(case.id).attachments
    assert stored == new and new.id != old.id
    assert (new.description, new.sensitivity, new.interview_id) == ("statement of the client", "shareable",
                                                                     interview.id)
    assert (new.file_name, new.media_type) == ("statement-signed.pdf", "application/pdf")
    assert new.sha256 == hashlib.sha256(better.read_bytes()).hexdigest()
    assert session.attachments.read_bytes(new.id) == better.read_bytes()
    assert os.listdir(session.paths.blobs) == [new.blob_id]  # the old version's file is shredded
    revisions = {(r.object_id, r.path): r for r in session.cases.history(case.id) if r.object_type == "attachment"}
    assert revisions[(old.id, "attachment")].old["sha256"] == old.sha256
    assert revisions[(new.id, "attachment")].new["replaces"] == old.id
    with session.vault.read() as conn:
        entry = audit.entries(conn, new.id, limit=1)[0]
    assert entry.action == "attachment.replaced"
    assert entry.detail["replaces"] == old.id and entry.detail["old_sha256"] == old.sha256
    assert entry.detail["sha256"] == new.sha256


def test_a_failure_before_commit_writes_nothing_and_keeps_the_file(session: Session, statement: Path,
                                                                     tmp_path: Path) -> None:
    case = session.cases.create("Evidence")
    a = session.attachments.add(case.id, statement)
    head = session.vault.audit_head()

    def cancelled() -> None:
        raise Cancelled("Cancelled; nothing was changed.")

    with pytest.raises(Cancelled):
        session.attachments.remove(a.id, checkpoint=cancelled)
    other = tmp_path / "other.txt"
    other.write_bytes(b"other")
    with pytest.raises(Cancelled):
        session.attachments.replace(a.id, other, checkpoint=cancelled)
    assert session.vault.audit_head() == head
    assert session.cases.get(case.id).attachments == [a]
    assert session.attachments.read_bytes(a.id) == SECRET_BYTES
    assert os.listdir(session.paths.blobs) == [a.blob_id]  # the staged new version was discarded
    assert [r for r in session.cases.history(case.id) if r.object_type == "attachment"] == []


def test_a_read_only_copy_refuses_remove_and_replace(session: Session, tmp_path: Path) -> None:
    case = session.cases.create("Original")
    a = session.attachments.add_stream(case.id, io.BytesIO(b"invented scan"), "scan.jpg")
    staged = session.attachments.stage(io.BytesIO(b"invented scan"))
    copy_id = interchange.import_case(session.cases, interchange.export_doc(session.cases, case.id),
                                      redacted_for="UNHCR", staged_blobs={a.id: staged.blob_id}).case_id
    [copied] = session.cases.get(copy_id).attachments
    head = session.vault.audit_head()
    with pytest.raises(ReadOnlyCase):
        session.attachments.remove(copied.id)
    other = tmp_path / "other.txt"
    other.write_bytes(b"other")
    with pytest.raises(ReadOnlyCase):
        session.attachments.replace(copied.id, other)
    assert session.cases.get(copy_id).attachments == [copied]
    assert session.attachments.read_bytes(copied.id) == b"invented scan"
    assert session.vault.audit_head() == head
    assert sorted(os.listdir(session.paths.blobs)) == sorted([a.blob_id, copied.blob_id])


def test_a_removed_file_is_in_no_case_file_pdf_and_no_bundle(store: UserStore, tmp_path: Path) -> None:
    alice = store.create("alice", PASSPHRASE).session
    bob = store.create("bob", PASSPHRASE).session
    try:
        alice.contacts.add("Bob", bob.card().to_text())
        case = alice.cases.create("Evidence")
        gone = alice.attachments.add_stream(case.id, io.BytesIO(b"wrong person's photo"), "wrong-photo.txt")
        kept = alice.attachments.add_stream(case.id, io.BytesIO(b"the right scan"), "right-scan.txt")
        alice.attachments.remove(gone.id)
        text = " ".join(page_texts(render_case_file(parts_from_session(alice, case.id), PdfOptions()).data))
        assert kept.sha256 in text and gone.sha256 not in text and "wrong-photo" not in text
        bundle = handover.export_bundle(alice, [case.id], tmp_path / "out.fibundle", contacts=["Bob"])
        handover.import_bundle(bob, bundle.path, trust_new_sender=True)
        assert [x.sha256 for x in bob.cases.get(case.id).attachments] == [kept.sha256]
    finally:
        alice.close()
        bob.close()


def test_a_crash_between_commit_and_shredding_is_shredded_at_the_next_sweep(session: Session,
                                                                               statement: Path) -> None:
    case = session.cases.create("Evidence")
    a = session.attachments.add(case.id, statement)
    with session.change("attachment.removed", case.id) as uow:  # the rows only, as if killed right after
        uow.cases.remove_attachment(a.id)
    blob = session.paths.blobs / a.blob_id
    held = open(blob, "rb")
    try:
        assert session.attachments.sweep() == 1
        assert not blob.exists()
        with pytest.raises(pyrage.DecryptError):
            pyrage.decrypt(held.read(), [session.identity.age_identity])
    finally:
        held.close()


def test_a_blob_a_running_backup_links_is_unlinked_not_overwritten(session: Session, statement: Path,
                                                                    tmp_path: Path) -> None:
    case = session.cases.create("Evidence")
    a = session.attachments.add(case.id, statement)
    snapshot_link = tmp_path / "backup-work" / a.blob_id  # what app.snapshot hard-links while a backup runs
    snapshot_link.parent.mkdir()
    os.link(session.paths.blobs / a.blob_id, snapshot_link)
    session.attachments.remove(a.id)
    assert not (session.paths.blobs / a.blob_id).exists()
    assert pyrage.decrypt(snapshot_link.read_bytes(), [session.identity.age_identity]) == SECRET_BYTES
