"""Handing cases over between two users' vaults through signed, encrypted bundles."""

from __future__ import annotations

import copy
import io
import subprocess
import tarfile
import time
from pathlib import Path

import pytest

from fieldintake.app import audit, interchange
from fieldintake.app.users import UserStore
from fieldintake.errors import AlreadyImported, BundleDecryptError, FieldintakeError, InvalidInput, UnknownSender
from fieldintake.exports import handover
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE


@pytest.fixture
def pair(store: UserStore, tmp_path: Path):
    alice = store.create("alice", PASSPHRASE).session
    bob = store.create("bob", PASSPHRASE).session
    alice.contacts.add("Bob", bob.card().to_text())
    yield alice, bob
    alice.close()
    bob.close()


def _case_with_attachment(session, tmp_path: Path) -> str:
    case = session.cases.create("Handover", urgency="critical")
    session.cases.add_interview(case.id, "deportation-risk", answers=copy.deepcopy(FULL_ANSWERS))
    scan = tmp_path / "скан паспорта.jpg"
    scan.write_bytes(b"\xff\xd8 invented image bytes " * 4000)
    session.attachments.add(case.id, scan)
    return case.id


def test_round_trip_between_two_vaults(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id = _case_with_attachment(alice, tmp_path)
    result = handover.export_bundle(alice, [case_id], tmp_path / "out.fibundle", contacts=["Bob"])
    inspection = handover.inspect(bob, result.path)
    assert inspection.summary.signature_valid and not inspection.summary.forwarded
    assert inspection.sender is None  # bob does not know alice yet
    with pytest.raises(UnknownSender, match=alice.card().fingerprint):
        handover.import_bundle(bob, result.path)
    assert bob.cases.count() == 0 and list(bob.paths.blobs.iterdir()) == []
    report = handover.import_bundle(bob, result.path, trust_new_sender=True)
    assert [r.case_id for r in report.results] == [case_id] and not report.sender_known
    assert interchange.to_doc(bob.cases.get(case_id)) == interchange.to_doc(alice.cases.get(case_id))
    [a_att] = alice.cases.get(case_id).attachments
    [b_att] = bob.cases.get(case_id).attachments
    assert bob.attachments.read_bytes(b_att.id) == alice.attachments.read_bytes(a_att.id)
    assert bob.contacts.get("alice").verified is False
    with pytest.raises(AlreadyImported):
        handover.import_bundle(bob, result.path)
    with bob.vault.read() as conn:
        assert "bundle.imported" in [e.action for e in audit.entries(conn)]


def test_the_age_cli_reads_a_bundle(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id = _case_with_attachment(alice, tmp_path)
    result = handover.export_bundle(alice, [case_id], tmp_path / "out.fibundle", contacts=["Bob"])
    key = tmp_path / "bob.key"
    key.write_text(bob.identity.age_secret + "\n")
    plain = subprocess.run(["age", "-d", "-i", str(key), str(result.path)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        names = tar.getnames()
        doc = tar.extractfile(f"cases/{case_id}.json").read()
    assert names[:3] == ["manifest.json", "manifest.sig", "README.txt"]
    assert interchange.parse(doc)["id"] == case_id
    assert any(n.startswith("attachments/") and n.endswith("скан паспорта.jpg") for n in names)


def test_a_bundle_for_someone_else_is_refused_and_changes_nothing(store: UserStore, pair, tmp_path: Path) -> None:
    alice, bob = pair
    carol = store.create("carol", PASSPHRASE).session
    case_id = _case_with_attachment(alice, tmp_path)
    result = handover.export_bundle(alice, [case_id], tmp_path / "out.fibundle", contacts=["Bob"])
    with pytest.raises(BundleDecryptError):
        handover.import_bundle(carol, result.path, trust_new_sender=True)
    assert carol.cases.count() == 0 and carol.contacts.list() == []
    carol.close()


def test_a_changed_case_comes_back_as_a_new_revision(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id = _case_with_attachment(alice, tmp_path)
    first = handover.export_bundle(alice, [case_id], tmp_path / "1.fibundle", contacts=["Bob"])
    handover.import_bundle(bob, first.path, trust_new_sender=True)  # bob now has alice as a contact
    bob.cases.update(case_id, notes="Bob's note: called the lawyer.")
    back = handover.export_bundle(bob, [case_id], tmp_path / "2.fibundle", contacts=["alice"])
    report = handover.import_bundle(alice, back.path)
    [result] = report.results
    assert report.sender_known and not result.created and result.changed == ["notes"]
    note = next(r for r in alice.cases.history(case_id) if r.path == "notes")
    assert (note.old, note.new) == ("", "Bob's note: called the lawyer.") and note.origin.startswith("bundle:")
    assert len(alice.cases.get(case_id).attachments) == 1


def test_outbox_and_inbox_folders(pair, tmp_path: Path) -> None:
    alice, bob = pair
    outbox = tmp_path / "shared"
    outbox.mkdir()
    first = handover.export_bundle(alice, [_case_with_attachment(alice, tmp_path)], outbox, contacts=["Bob"])
    assert first.path.parent == outbox and first.path.suffix == ".fibundle"
    later = time.time() + 60  # past the settling time a synced folder needs
    items = handover.import_folder(bob, outbox, trust_new_sender=True, now=later)
    assert [i.report is not None for i in items] == [True]
    case2 = alice.cases.create("Second")
    handover.export_bundle(alice, [case2.id], outbox, contacts=["Bob"])
    items = handover.import_folder(bob, outbox, now=later)
    assert sorted((i.skipped, i.report is not None) for i in items) == [(False, True), (True, False)]
    assert bob.cases.count() == 2


def test_passphrase_bundles_and_bare_recipients(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case = alice.cases.create("Ad hoc")
    result = handover.export_bundle(alice, [case.id], tmp_path / "p.fibundle", passphrase="otter lantern 9 pebbles fall")
    report = handover.import_bundle(bob, result.path, passphrase="otter lantern 9 pebbles fall", trust_new_sender=True)
    assert report.results[0].case_id == case.id
    keygen = subprocess.run(["age-keygen"], capture_output=True, text=True, check=True).stdout
    recipient = next(line.split(": ")[1] for line in keygen.splitlines() if line.startswith("# public key"))
    alice.contacts.add("Partner NGO", recipient)
    assert not alice.contacts.get("Partner NGO").can_verify
    out = handover.export_bundle(alice, [case.id], tmp_path / "n.fibundle", contacts=["Partner NGO"])
    key = tmp_path / "ngo.key"
    key.write_text(keygen)
    assert subprocess.run(["age", "-d", "-i", str(key), "-o", str(tmp_path / "n.tar"), str(out.path)]).returncode == 0
    with pytest.raises(InvalidInput):
        handover.export_bundle(alice, [case.id], tmp_path / "x.fibundle")


@pytest.mark.parametrize("damage", ["header", "first_chunk", "last_chunk", "truncated"])
def test_a_damaged_bundle_imports_nothing(pair, tmp_path: Path, damage: str) -> None:
    alice, bob = pair
    case_id = _case_with_attachment(alice, tmp_path)
    path = handover.export_bundle(alice, [case_id], tmp_path / "out.fibundle", contacts=["Bob"]).path
    data = bytearray(path.read_bytes())
    header_end = data.index(b"\n---") + 4 + data[data.index(b"\n---") + 4:].index(b"\n") + 1
    if damage == "header":
        data[20] ^= 1
    elif damage == "first_chunk":
        data[header_end + 16 + 100] ^= 1  # past the 16-byte payload nonce
    elif damage == "last_chunk":
        data[-20] ^= 1
    else:
        del data[header_end + 16 + 65536 + 16:]
    path.write_bytes(bytes(data))
    audit_before = bob.vault.audit_report().count
    with pytest.raises(FieldintakeError):
        handover.import_bundle(bob, path, trust_new_sender=True)
    assert bob.cases.count() == 0 and bob.contacts.list() == []
    assert list(bob.paths.blobs.iterdir()) == [] and bob.vault.audit_report().count == audit_before


def test_a_redacted_bundle_with_pdfs_holds_no_identifying_value(pair, tmp_path: Path) -> None:
    from tests.redaction_data import build_case, jpeg_with_gps, leaks

    alice, bob = pair
    case_id = build_case(alice)
    photo = tmp_path / "street.jpg"
    photo.write_bytes(jpeg_with_gps())
    alice.attachments.add(case_id, photo, sensitivity="shareable")
    payload = handover.prepare_payload(alice, [case_id], audience="ngo", with_pdf=True)
    out = handover.export_bundle(alice, [case_id], tmp_path / "r.fibundle", contacts=["Bob"],
                                 payload=payload)
    key = tmp_path / "bob.key"
    key.write_text(bob.identity.age_secret + "\n")
    plain = subprocess.run(["age", "-d", "-i", str(key), str(out.path)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        names = tar.getnames()
        doc = tar.extractfile(f"cases/{case_id}.json").read().decode()
        manifest = tar.extractfile("manifest.json").read().decode()
    assert leaks(doc) == [] and '"level": "redacted"' in manifest and '"audience": "ngo"' in manifest
    assert any(n.startswith("pdf/") for n in names) and any(n.endswith("street.jpg") for n in names)
    report = handover.import_bundle(bob, out.path, trust_new_sender=True)
    [attachment] = bob.cases.get(report.results[0].case_id).attachments
    assert b"InventedCam" not in bob.attachments.read_bytes(attachment.id)


def test_export_refuses_a_stored_file_that_does_not_match_its_hash(pair, tmp_path: Path) -> None:
    """The bundle writer no longer hashes attachments a second time (issue 18): the decrypting stream's own
    check at the end must still stop the export. Two stored files of the same size swapped: both decrypt."""
    from fieldintake.app.attachments import AttachmentCorrupt

    alice, _ = pair
    case = alice.cases.create("Swapped")
    one = alice.attachments.add_stream(case.id, io.BytesIO(b"a" * 300_000), "one.bin")
    two = alice.attachments.add_stream(case.id, io.BytesIO(b"b" * 300_000), "two.bin")
    blobs = alice.attachments.blobs
    (blobs / one.blob_id).rename(blobs / "swap")
    (blobs / two.blob_id).rename(blobs / one.blob_id)
    (blobs / "swap").rename(blobs / two.blob_id)
    out = tmp_path / "swapped.fibundle"
    with pytest.raises(AttachmentCorrupt, match="does not match its recorded SHA-256"):
        handover.export_bundle(alice, [case.id], out, contacts=["Bob"])
    assert not out.exists() and not list(tmp_path.glob(".swapped*"))
