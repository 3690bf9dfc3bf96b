"""Who may change a case: the attacks of issue 12, each with crafted bundles, none changing the case."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from fieldintake.app import interchange
from fieldintake.app.users import UserStore
from fieldintake.exports import handover
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE


@pytest.fixture
def trio(store: UserStore):
    alice = store.create("alice", PASSPHRASE).session
    bob = store.create("bob", PASSPHRASE).session
    mallory = store.create("mallory", PASSPHRASE).session
    alice.contacts.add("Bob", bob.card().to_text())
    bob.contacts.add("Alice", alice.card().to_text())
    mallory.contacts.add("Alice", alice.card().to_text())
    alice.contacts.add("Mallory", mallory.card().to_text(), verified=False)  # accepted once, never had the case
    yield alice, bob, mallory
    for s in (alice, bob, mallory):
        s.close()


def _protected_case(session) -> str:
    case = session.cases.create("Expulsion after a documents check", urgency="critical")
    interview = session.cases.add_interview(case.id, "deportation-risk", answers=copy.deepcopy(FULL_ANSWERS))
    session.cases.add_deadline(case.id, "hearing", "Hearing at the city court", "2026-12-10")
    session.cases.add_redaction_mark(case.id, f"interviews/{interview.id}/answers/narrative", 0, 8, "witness")
    return case.id


def _snapshot(session, case_id: str) -> dict:
    return interchange.to_doc(session.cases.get(case_id))


def test_a_bundle_from_someone_the_case_was_never_exchanged_with_changes_nothing(trio, tmp_path: Path) -> None:
    alice, _, mallory = trio
    case_id = _protected_case(alice)
    before = _snapshot(alice, case_id)
    forged = copy.deepcopy(before)
    forged.update(title="Case closed (no risk)", status="closed", urgency="low", deadlines=[], redaction_marks=[])
    interchange.import_case(mallory.cases, forged)  # mallory builds the case under alice's id in her own vault
    path = handover.export_bundle(mallory, [case_id], tmp_path / "m.fibundle", contacts=["Alice"]).path
    report = handover.import_bundle(alice, path)
    assert report.sender_known  # an accepted (unverified) contact, but not one the case went to or came from
    assert _snapshot(alice, case_id) == before
    assert [r.status for r in report.results] == ["held"]


def test_a_stranger_cannot_change_a_case_even_when_trusted_as_a_new_sender(store: UserStore, trio,
                                                                        tmp_path: Path) -> None:
    alice, _, _ = trio
    eve = store.create("eve", PASSPHRASE).session
    eve.contacts.add("Alice", alice.card().to_text())
    case_id = _protected_case(alice)
    before = _snapshot(alice, case_id)
    forged = copy.deepcopy(before) | {"title": "Case closed (no risk)", "deadlines": []}
    interchange.import_case(eve.cases, forged)
    path = handover.export_bundle(eve, [case_id], tmp_path / "e.fibundle", contacts=["Alice"]).path
    handover.import_bundle(alice, path, trust_new_sender=True)
    assert _snapshot(alice, case_id) == before
    eve.close()


def test_an_older_bundle_delivered_late_does_not_roll_the_case_back(trio, tmp_path: Path) -> None:
    alice, bob, _ = trio
    case_id = _protected_case(alice)
    old = handover.export_bundle(alice, [case_id], tmp_path / "1.fibundle", contacts=["Bob"]).path
    alice.cases.add_deadline(case_id, "appeal", "Appeal to the regional court", "2026-12-20")
    alice.cases.update(case_id, notes="Hearing moved; appeal filed.")
    new = handover.export_bundle(alice, [case_id], tmp_path / "2.fibundle", contacts=["Bob"]).path
    handover.import_bundle(bob, new)
    after_new = _snapshot(bob, case_id)
    assert any(d["title"] == "Appeal to the regional court" for d in after_new["deadlines"])
    handover.import_bundle(bob, old)  # the delayed first bundle
    assert _snapshot(bob, case_id) == after_new


def test_a_redacted_bundle_never_replaces_the_full_case(trio, tmp_path: Path) -> None:
    from tests.redaction_data import build_case

    alice, bob, _ = trio
    case_id = build_case(alice)
    first = handover.export_bundle(alice, [case_id], tmp_path / "full.fibundle", contacts=["Bob"]).path
    handover.import_bundle(bob, first)
    before = _snapshot(alice, case_id)
    payload = handover.prepare_payload(bob, [case_id], audience="ngo")
    redacted = handover.export_bundle(bob, [case_id], tmp_path / "r.fibundle", contacts=["Alice"],
                                      payload=payload).path
    report = handover.import_bundle(alice, redacted)
    assert _snapshot(alice, case_id) == before
    [result] = report.results
    assert result.case_id != case_id
    copy_case = alice.cases.get(result.case_id)
    assert copy_case.origin["copy_of"] == case_id


def test_a_held_update_is_merged_only_when_accepted_and_then_only_as_conflicts(trio, tmp_path: Path) -> None:
    from fieldintake.app import conflicts

    alice, _, mallory = trio
    case_id = _protected_case(alice)
    before = _snapshot(alice, case_id)
    forged = copy.deepcopy(before) | {"title": "Case closed (no risk)", "deadlines": [], "redaction_marks": []}
    interchange.import_case(mallory.cases, forged)
    path = handover.export_bundle(mallory, [case_id], tmp_path / "m.fibundle", contacts=["Alice"]).path
    handover.import_bundle(alice, path)
    [held] = conflicts.held(alice.cases, case_id)
    result, left_out = conflicts.accept_held(alice.cases, held.id)
    assert left_out == [] and conflicts.held(alice.cases, case_id) == []
    assert "title" in result.conflicts  # no shared history: a conflict, never applied blindly
    case = alice.cases.get(case_id)
    assert [d.title for d in case.deadlines if d.source == "manual"] == ["Hearing at the city court"]
    assert len(case.redaction_marks) == 1


def test_an_interview_is_never_removed_by_an_import(trio, tmp_path: Path) -> None:
    alice, bob, _ = trio
    case_id = _protected_case(alice)
    handover.import_bundle(bob, handover.export_bundle(alice, [case_id], tmp_path, contacts=["Bob"]).path)
    doc = interchange.export_doc(bob.cases, case_id)
    interview_id = doc["interviews"][0]["id"]
    stamp = doc["stamps"][f"interviews/{interview_id}"]
    actor = next(a for a in stamp["c"])
    doc["interviews"] = []
    doc["stamps"][f"interviews/{interview_id}"] = stamp | {"c": {actor: stamp["c"][actor], "bob": 5}}
    result = interchange.import_case(alice.cases, doc, origin="file:crafted.json")
    assert len(alice.cases.get(case_id).interviews) == 1 and f"interviews/{interview_id}" in result.kept


def test_a_held_update_is_shown_as_a_diff_on_the_command_line(trio, tmp_path: Path, monkeypatch, capsys) -> None:
    from fieldintake.cli import main

    alice, _, mallory = trio
    case_id = _protected_case(alice)
    forged = _snapshot(alice, case_id) | {"title": "Case closed (no risk)"}
    interchange.import_case(mallory.cases, forged)
    handover.import_bundle(alice, handover.export_bundle(mallory, [case_id], tmp_path, contacts=["Alice"]).path)
    alice.close()
    monkeypatch.setenv("FIELDINTAKE_PASSPHRASE", "violet kettle marching under 7 bridges")
    assert main(["--home", str(alice.home.root), "--user", "alice", "case", "conflicts", case_id]) == 0
    out = capsys.readouterr().out
    assert "Held update" in out and "    here:   Expulsion after a documents check" in out
    assert "theirs: Case closed (no risk)" in out
    assert "fieldintake case accept" in out
