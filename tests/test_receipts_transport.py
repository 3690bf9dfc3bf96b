"""Receipts back to the sender, the disclosure ledger, and inbox folders shared through a sync tool."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from fieldintake.app import ledger
from fieldintake.app.users import UserStore
from fieldintake.errors import InvalidInput
from fieldintake.exports import handover
from tests.conftest import PASSPHRASE


def test_a_receipt_acknowledges_the_bundle_in_the_ledger(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case = alice.cases.create("Receipt case")
    sent = handover.export_bundle(alice, [case.id], tmp_path / "case.fibundle", contacts=["Bob"])
    [entry] = ledger.of_case(alice.vault, case.id)
    assert (entry.kind, entry.recipients, entry.bundle_id, entry.acknowledged_at) == ("bundle", "Bob",
                                                                                      sent.info.bundle_id, None)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    report = handover.import_bundle(bob, sent.path, receipt_to=outbox)
    assert report.receipt is not None and report.receipt.parent == outbox
    back = handover.import_bundle(alice, report.receipt)
    assert back.receipt_for == sent.info.bundle_id and back.results == []
    [entry] = ledger.of_case(alice.vault, case.id)
    assert entry.acknowledged_at is not None
    assert alice.cases.get(case.id).title == "Receipt case"  # a receipt changes no case
    # what bob holds is now known: the next bundle to him is an update
    alice.cases.update(case.id, notes="After the receipt.")
    update = handover.export_bundle(alice, [case.id], tmp_path, contacts=["Bob"])
    assert update.updates == {case.id: 1}


def test_a_receipt_for_a_bundle_never_sent_to_its_signer_is_refused(pair, store: UserStore, tmp_path: Path) -> None:
    alice, bob = pair
    carol = store.create("carol", PASSPHRASE).session
    carol.contacts.add("Alice", alice.card().to_text())
    alice.contacts.add("Carol", carol.card().to_text())
    case = alice.cases.create("Not for carol")
    sent = handover.export_bundle(alice, [case.id], tmp_path / "b.fibundle", contacts=["Bob"])
    bob_report = handover.import_bundle(bob, sent.path)
    forged = handover.ImportReport(sent.info.bundle_id, "alice", "", True, False, contact="Alice",
                                   file_sha256=bob_report.file_sha256)
    path = handover.write_receipt(carol, forged, tmp_path / "forged.fibundle")
    with pytest.raises(InvalidInput, match="not sent from here to its signer"):
        handover.import_bundle(alice, path)
    assert ledger.of_case(alice.vault, case.id)[0].acknowledged_at is None
    carol.close()


def test_a_failed_bundle_export_leaves_no_ledger_entry(pair, tmp_path: Path) -> None:
    alice, _ = pair
    case = alice.cases.create("Nowhere to write")
    with pytest.raises(Exception):
        handover.export_bundle(alice, [case.id], tmp_path / "missing-folder" / "x.fibundle", contacts=["Bob"])
    assert ledger.of_case(alice.vault, case.id) == []


def test_a_file_still_syncing_is_not_imported_until_complete(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case = alice.cases.create("Synced case")
    data = handover.export_bundle(alice, [case.id], tmp_path / "src.fibundle", contacts=["Bob"]).path.read_bytes()
    inbox = tmp_path / "Sync"
    inbox.mkdir()
    later = time.time() + 60
    (inbox / ".syncthing.case.fibundle.tmp").write_bytes(data)  # Syncthing's temporary name
    (inbox / "~syncthing~case.fibundle.tmp").write_bytes(data)
    (inbox / ".case.fibundle.~1a2b").write_bytes(data)  # Nextcloud's
    growing = inbox / "case.fibundle"
    growing.write_bytes(data[: len(data) // 2])  # a sync tool writing in place
    [item] = handover.import_folder(bob, inbox, now=time.time())
    assert item.waiting and item.report is None and item.error is None  # changed just now
    [item] = handover.import_folder(bob, inbox, now=later)  # settled but incomplete: age's last chunk is missing
    assert item.error is not None and bob.cases.count() == 0
    growing.write_bytes(data)
    os.utime(growing, (time.time() - 120, time.time() - 120))
    [item] = handover.import_folder(bob, inbox, now=later)
    assert item.report is not None and bob.cases.count() == 1
    [item] = handover.import_folder(bob, inbox, now=later)
    assert item.skipped


def test_a_redacted_bundle_is_recorded_only_once_written(pair, tmp_path: Path) -> None:
    """A failed export left a false redaction entry before (prepare_payload recorded it first)."""
    from fieldintake.app import audit
    from tests.redaction_data import build_case

    alice, _ = pair
    case_id = build_case(alice)
    payload = handover.prepare_payload(alice, [case_id], audience="ngo")

    def redaction_entries() -> list[str]:
        with alice.vault.read() as conn:
            return [e.action for e in audit.entries(conn, object_id=case_id) if e.action.startswith("redaction.")]

    assert redaction_entries() == []
    with pytest.raises(Exception):
        handover.export_bundle(alice, [case_id], tmp_path / "no-such-folder" / "r.fibundle", contacts=["Bob"],
                               payload=payload)
    assert redaction_entries() == [] and ledger.of_case(alice.vault, case_id) == []
    handover.export_bundle(alice, [case_id], tmp_path / "r.fibundle", contacts=["Bob"], payload=payload)
    assert redaction_entries() == ["redaction.bundled"]
    assert [(e.kind, e.audience) for e in ledger.of_case(alice.vault, case_id)] == [("bundle", "ngo")]
