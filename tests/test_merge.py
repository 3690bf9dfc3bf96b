"""Import as a three-way merge: one-sided changes combined, two-sided ones kept as conflicts, resolved, travelling."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from fieldintake.app import conflicts, interchange, ledger, merge
from fieldintake.app.users import UserStore
from fieldintake.errors import ForgedAncestry, InvalidInput, ReadOnlyCase
from fieldintake.exports import handover
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE


def _send(src, dst, case_id: str, tmp_path: Path, to: str) -> handover.ImportReport:
    path = handover.export_bundle(src, [case_id], tmp_path, contacts=[to]).path
    return handover.import_bundle(dst, path)


def _shared_case(alice, bob, tmp_path: Path) -> tuple[str, str]:
    case = alice.cases.create("Removal to the border", urgency="high")
    interview = alice.cases.add_interview(case.id, "deportation-risk", answers=copy.deepcopy(FULL_ANSWERS))
    _send(alice, bob, case.id, tmp_path, "Bob")
    return case.id, interview.id


def test_changes_made_on_each_side_are_combined(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id, interview_id = _shared_case(alice, bob, tmp_path)
    alice.cases.add_interview(case_id, "deportation-risk", answers={"narrative": "Second interview, by Alice."})
    bob.cases.add_deadline(case_id, "appeal", "Court decision: appeal within 10 days", "2026-12-15")
    bob.cases.update(case_id, notes="Bob: decision received.")
    report = _send(bob, alice, case_id, tmp_path, "Alice")
    [result] = report.results
    assert result.status == "merged" and result.conflicts == []
    _send(alice, bob, case_id, tmp_path, "Bob")
    a, b = alice.cases.get(case_id), bob.cases.get(case_id)
    assert len(a.interviews) == 2 and a.notes == "Bob: decision received."
    assert any(d.title.startswith("Court decision") for d in a.deadlines)
    assert interchange.to_doc(a) | {"updated_at": ""} == interchange.to_doc(b) | {"updated_at": ""}


def test_the_same_field_changed_on_both_sides_is_a_conflict_resolved_once_for_all(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id, interview_id = _shared_case(alice, bob, tmp_path)
    alice.cases.update(case_id, title="Alice's title")
    bob.cases.update(case_id, title="Bob's title")
    [result] = _send(bob, alice, case_id, tmp_path, "Alice").results
    assert result.conflicts == ["title"]
    [found] = conflicts.unresolved(alice.cases, case_id)
    assert sorted(v.value for v in found.versions) == ["Alice's title", "Bob's title"]
    assert {v.who for v in found.versions} == {"alice", "bob"} and all(v.at for v in found.versions)
    history = [r.path for r in alice.cases.history(case_id)]
    assert "conflict:title" in history
    _send(alice, bob, case_id, tmp_path, "Bob")  # the conflict travels
    assert [c.unit for c in conflicts.unresolved(bob.cases, case_id)] == ["title"]
    conflicts.resolve(bob.cases, case_id, "title", value="Agreed title")
    _send(bob, alice, case_id, tmp_path, "Alice")
    assert conflicts.unresolved(alice.cases, case_id) == []
    assert alice.cases.get(case_id).title == "Agreed title" == bob.cases.get(case_id).title
    assert "resolved:title" in [r.path for r in bob.cases.history(case_id)]


def test_deadlines_marks_and_attachments_survive_a_removal_elsewhere(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id, interview_id = _shared_case(alice, bob, tmp_path)
    scan = tmp_path / "decision.pdf"
    scan.write_bytes(b"%PDF-1.4 invented decision\n" * 50)
    alice.attachments.add(case_id, scan)
    deadline = alice.cases.add_deadline(case_id, "hearing", "Hearing", "2026-12-10")
    mark = alice.cases.add_redaction_mark(case_id, f"interviews/{interview_id}/answers/narrative", 0, 5, "name")
    _send(alice, bob, case_id, tmp_path, "Bob")
    bob.cases.remove_deadline(deadline.id)
    bob.cases.remove_redaction_mark(mark.id)
    [result] = _send(bob, alice, case_id, tmp_path, "Alice").results
    case = alice.cases.get(case_id)
    assert [d.id for d in case.deadlines if d.source == "manual"] == [deadline.id]
    assert [m.id for m in case.redaction_marks] == [mark.id] and len(case.attachments) == 1
    assert sorted(result.kept) == sorted([f"deadlines/{deadline.id}", f"redaction_marks/{mark.id}"])
    _send(alice, bob, case_id, tmp_path, "Bob")  # and they come back to bob: the same case on both sides
    assert [d.id for d in bob.cases.get(case_id).deadlines if d.source == "manual"] == [deadline.id]


def test_a_re_delivered_bundle_is_harmless(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id, _ = _shared_case(alice, bob, tmp_path)
    path = handover.export_bundle(alice, [case_id], tmp_path / "again.fibundle", contacts=["Bob"]).path
    handover.import_bundle(bob, path)
    before = interchange.to_doc(bob.cases.get(case_id))
    copied = tmp_path / "copy-of-again.fibundle"
    copied.write_bytes(path.read_bytes() + b"")
    with pytest.raises(Exception):
        handover.import_bundle(bob, copied)
    assert interchange.to_doc(bob.cases.get(case_id)) == before


def test_a_forged_ancestry_is_refused(pair, tmp_path: Path) -> None:
    """A document claiming to contain more of the recipient's own changes than it made."""
    alice, bob = pair
    case_id, _ = _shared_case(alice, bob, tmp_path)
    doc = interchange.export_doc(bob.cases, case_id)
    actor, _ = merge.local_actor(alice.vault)
    doc["title"] = "Case closed (no risk)"
    doc["stamps"]["title"] = {"c": {actor: 999}, "by": actor, "who": "alice", "at": "2026-12-01T00:00:00Z"}
    before = interchange.to_doc(alice.cases.get(case_id))
    with pytest.raises(ForgedAncestry):
        interchange.import_case(alice.cases, doc)
    assert interchange.to_doc(alice.cases.get(case_id)) == before


def test_a_document_without_ancestry_can_only_conflict(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id, _ = _shared_case(alice, bob, tmp_path)
    doc = interchange.to_doc(alice.cases.get(case_id)) | {"format": "fieldintake.case/1", "title": "Rewritten"}
    result = interchange.import_case(alice.cases, doc, origin="file:old.json")
    assert result.conflicts == ["title"] and alice.cases.get(case_id).title in ("Rewritten", "Removal to the border")
    assert len(conflicts.unresolved(alice.cases, case_id)[0].versions) == 2


def test_an_item_id_of_another_case_is_a_clear_error_and_changes_nothing(pair, tmp_path: Path) -> None:
    """Issue 10, item 10: a person or attachment id that belongs to another case (was an IntegrityError)."""
    alice, bob = pair
    victim = alice.cases.create("Victim case")
    person = alice.cases.add_person(victim.id, "client", "Invented Person")
    crafted = interchange.to_doc(bob.cases.create("Crafted"))
    crafted["people"] = [{"id": person.id, "role": "client", "name": "Grafted"}]
    audit_before = alice.vault.audit_report().count
    with pytest.raises(InvalidInput, match="belongs to another case"):
        interchange.import_case(alice.cases, crafted)
    assert alice.vault.audit_report().count == audit_before
    assert alice.cases.get(victim.id).people[0].name == "Invented Person"


def test_a_redacted_copy_is_read_only(pair, tmp_path: Path) -> None:
    from tests.redaction_data import build_case

    alice, bob = pair
    case_id = build_case(alice)
    payload = handover.prepare_payload(alice, [case_id], audience="ngo")
    out = handover.export_bundle(alice, [case_id], tmp_path / "r.fibundle", contacts=["Bob"],
                                 payload=payload)
    [result] = handover.import_bundle(bob, out.path).results
    assert result.status == "copy" and result.copy_of == case_id
    with pytest.raises(ReadOnlyCase):
        bob.cases.update(result.case_id, title="Edited")
    extra = tmp_path / "added.txt"
    extra.write_text("invented")
    blobs = sorted(bob.paths.blobs.iterdir()) if bob.paths.blobs.exists() else []
    attachments = len(bob.cases.get(result.case_id).attachments)
    with pytest.raises(ReadOnlyCase):
        bob.attachments.add(result.case_id, extra)
    with pytest.raises(ReadOnlyCase):
        bob.cases.add_person(result.case_id, "client", "Someone Invented")
    assert (sorted(bob.paths.blobs.iterdir()) if bob.paths.blobs.exists() else []) == blobs
    assert len(bob.cases.get(result.case_id).attachments) == attachments
    entries = ledger.of_case(alice.vault, case_id)
    assert [(e.kind, e.audience, e.redaction, e.recipients) for e in entries] == [("bundle", "ngo", "redacted", "Bob")]


def test_cli_lists_and_resolves_conflicts(pair, tmp_path: Path, monkeypatch, capsys) -> None:
    from fieldintake.cli import main

    alice, bob = pair
    case_id, interview_id = _shared_case(alice, bob, tmp_path)
    alice.cases.update(case_id, urgency="critical")
    bob.cases.update(case_id, urgency="low")
    _send(bob, alice, case_id, tmp_path, "Alice")
    alice.close()  # the CLI opens the vault itself
    monkeypatch.setenv("FIELDINTAKE_PASSPHRASE", PASSPHRASE)
    args = ["--home", str(alice.home.root), "--user", "alice"]
    assert main([*args, "case", "conflicts", case_id]) == 0
    out = capsys.readouterr().out
    assert "urgency" in out and "critical" in out and "low" in out and "by alice" in out and "by bob" in out
    assert main([*args, "case", "resolve", case_id, "urgency", "--keep", "9"]) == 2
    assert main([*args, "case", "resolve", case_id, "urgency", "--value", json.dumps("high")]) == 0
    capsys.readouterr()
    assert main([*args, "case", "conflicts", case_id]) == 0
    assert "No unresolved conflicts." in capsys.readouterr().out
    assert main([*args, "case", "ledger", case_id]) == 0
    assert "bundle (full)" in capsys.readouterr().out


def test_the_court_file_says_a_case_has_unresolved_conflicts_and_lists_the_ledger(pair, tmp_path: Path) -> None:
    import io

    import pypdf

    from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file

    alice, bob = pair
    case_id, _ = _shared_case(alice, bob, tmp_path)
    alice.cases.update(case_id, notes="Alice's note")
    bob.cases.update(case_id, notes="Bob's note")
    _send(bob, alice, case_id, tmp_path, "Alice")

    def pdf_text() -> str:
        data = render_case_file(parts_from_session(alice, case_id), PdfOptions(lang="en")).data
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages)

    text = pdf_text()
    assert "UNRESOLVED CONFLICTS" in text and "1 item(s) of this case" in text
    assert "bundle to Bob; no receipt" in text
    conflicts.resolve(alice.cases, case_id, "notes", keep=1)
    assert "UNRESOLVED CONFLICTS" not in pdf_text()


def test_an_update_carries_only_what_the_contact_lacks(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id, interview_id = _shared_case(alice, bob, tmp_path)
    scan = tmp_path / "passport.jpg"
    scan.write_bytes(b"\xff\xd8 invented scan " * 20_000)
    alice.attachments.add(case_id, scan)
    _send(alice, bob, case_id, tmp_path, "Bob")  # bob now holds the attachment; he knows what alice holds
    bob.cases.update(case_id, notes="Bob: decision received.")
    update = handover.export_bundle(bob, [case_id], tmp_path / "u.fibundle", contacts=["Alice"])
    assert update.updates == {case_id: 1}
    assert not any(m.path.startswith("attachments/") for m in update.info.manifest.members)
    whole = handover.export_bundle(bob, [case_id], tmp_path / "w.fibundle", contacts=["Alice"], whole=True)
    assert whole.updates == {} and any(m.path.startswith("attachments/") for m in whole.info.manifest.members)
    assert update.info.size < whole.info.size / 4
    [result] = handover.import_bundle(alice, update.path).results
    assert result.status == "merged" and result.changed == ["notes"]
    case = alice.cases.get(case_id)
    assert case.notes == "Bob: decision received." and len(case.attachments) == 1 and len(case.interviews) == 1
    [again] = handover.import_bundle(alice, whole.path).results  # the same changes again: harmless
    assert again.status == "unchanged"


def test_an_update_of_a_case_that_is_not_here_is_refused(pair, store: UserStore, tmp_path: Path) -> None:
    alice, bob = pair
    case_id, _ = _shared_case(alice, bob, tmp_path)
    carol = store.create("carol", PASSPHRASE).session
    doc = interchange.export_doc(bob.cases, case_id, lacking_for=[interchange.holds(
        interchange.export_doc(alice.cases, case_id))])
    assert doc["update_only"] and doc["interviews"] == []
    with pytest.raises(InvalidInput, match="not here"):
        interchange.import_case(carol.cases, doc)
    assert carol.cases.count() == 0
    carol.close()


def test_a_competing_value_that_fails_its_template_is_refused(pair, tmp_path: Path) -> None:
    """A conflict's versions come from someone else's document: the one shown is checked like any answer."""
    alice, bob = pair
    case_id, interview_id = _shared_case(alice, bob, tmp_path)
    doc = interchange.export_doc(bob.cases, case_id)
    unit = f"interviews/{interview_id}/answers/birth_date"
    stamp = doc["stamps"][unit]
    doc["conflicts"] = {unit: [
        {"value": "not a date", "c": {"9" * 25: 1}, "by": "9" * 25, "who": "x", "at": "2099-01-01T00:00:00Z"},
        {"value": doc["interviews"][0]["answers"]["birth_date"], **stamp}]}
    before = interchange.to_doc(alice.cases.get(case_id))
    with pytest.raises(InvalidInput, match="birth_date"):
        interchange.import_case(alice.cases, doc)
    assert interchange.to_doc(alice.cases.get(case_id)) == before


def test_a_full_document_cannot_take_over_a_read_only_copy(pair, tmp_path: Path) -> None:
    from tests.redaction_data import build_case

    alice, bob = pair
    case_id = build_case(alice)
    payload = handover.prepare_payload(alice, [case_id], audience="ngo")
    out = handover.export_bundle(alice, [case_id], tmp_path / "r.fibundle", contacts=["Bob"], payload=payload)
    [result] = handover.import_bundle(bob, out.path).results
    crafted = interchange.to_doc(bob.cases.get(result.case_id)) | {"title": "Taken over"}
    with pytest.raises(InvalidInput, match="read-only redacted copy"):
        interchange.import_case(bob.cases, crafted)
    assert bob.cases.get(result.case_id).title != "Taken over"


def test_a_bundle_with_a_forged_ancestry_is_refused_whole(pair, tmp_path: Path) -> None:
    alice, bob = pair
    case_id, _ = _shared_case(alice, bob, tmp_path)
    _send(bob, alice, case_id, tmp_path, "Alice")  # bob is someone this case was exchanged with
    doc = interchange.export_doc(bob.cases, case_id)
    actor, _ = merge.local_actor(alice.vault)
    doc["status"] = "closed"
    doc["stamps"]["status"] = {"c": {actor: 50}, "by": actor, "who": "alice", "at": "2026-12-01T00:00:00Z"}
    path = handover.export_bundle(bob, [case_id], tmp_path / "forged.fibundle", contacts=["Alice"],
                                  documents=[doc]).path
    before, audit_before = interchange.to_doc(alice.cases.get(case_id)), alice.vault.audit_report().count
    with pytest.raises(ForgedAncestry):
        handover.import_bundle(alice, path)
    assert interchange.to_doc(alice.cases.get(case_id)) == before
    assert alice.vault.audit_report().count == audit_before
