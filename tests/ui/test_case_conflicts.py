"""Conflicts in the GUI: a badge in the list and on the case, side by side, resolved, and the resolution travels."""

from __future__ import annotations

from pathlib import Path

from fieldintake.app import conflicts
from fieldintake.app.users import UserStore
from fieldintake.exports import handover
from tests.conftest import PASSPHRASE
from tests.ui.casehelp import column_texts, open_app, open_view, reload_and_wait
from tests.ui.conftest import MakeController


def _send(src, dst, case_id: str, folder: Path, to: str) -> None:
    handover.import_bundle(dst, handover.export_bundle(src, [case_id], folder, contacts=[to]).path)


def test_a_conflict_is_shown_resolved_and_the_resolution_travels_back(qtbot, make_controller: MakeController,
                                                                      store: UserStore, alice: str,
                                                                      tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    me = controller.session
    bob = store.create("bob", PASSPHRASE).session
    me.contacts.add("Bob", bob.card().to_text())
    bob.contacts.add("Alice", me.card().to_text())
    case = me.cases.create("Shared invented case")
    _send(me, bob, case.id, tmp_path, "Bob")
    me.cases.update(case.id, notes="Alice: the hearing is on Monday.")
    bob.cases.update(case.id, notes="Bob: the court moved the hearing to Friday.")
    _send(bob, me, case.id, tmp_path, "Alice")

    reload_and_wait(qtbot, page)
    assert any("⚠" in text for text in column_texts(page.table, 0))
    page.open_case(case.id)
    view = open_view(page)
    assert view.conflict_badge.isVisibleTo(view) and view.conflict_badge.text() == "Unresolved conflicts: 1"
    controller.set_language("ru")
    qtbot.waitUntil(lambda: view.conflict_badge.text() == "Неразрешённые расхождения: 1", timeout=5_000)
    controller.set_language("en")
    qtbot.waitUntil(lambda: view.conflict_badge.text() == "Unresolved conflicts: 1", timeout=5_000)
    view.show_tab("conflicts")
    tab = view.conflicts
    assert tab.items.count() == 1 and tab.items.item(0).text() == "notes"
    shown = sorted(pane.toPlainText() for pane in tab.panes)
    assert shown == ["Alice: the hearing is on Monday.", "Bob: the court moved the hearing to Friday."]
    assert sorted(label.text().split(":")[0] for label in tab.who_labels) == ["Version 1", "Version 2"]
    assert {"alice", "bob"} == {label.text().split(": ")[1].split(",")[0] for label in tab.who_labels}

    tab.edited.setPlainText("Hearing on Friday (agreed with Bob).")
    tab.use_edited.click()
    qtbot.waitUntil(lambda: not view.conflict_badge.isVisibleTo(view), timeout=5_000)
    assert conflicts.unresolved(me.cases, case.id) == []
    assert me.cases.get(case.id).notes == "Hearing on Friday (agreed with Bob)."

    _send(me, bob, case.id, tmp_path, "Bob")  # the resolution travels back
    assert bob.cases.get(case.id).notes == "Hearing on Friday (agreed with Bob)."
    assert conflicts.unresolved(bob.cases, case.id) == []
    bob.close()


def test_the_case_shows_what_was_handed_over_and_the_receipt(qtbot, make_controller: MakeController,
                                                            store: UserStore, alice: str, tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    me = controller.session
    bob = store.create("bob", PASSPHRASE).session
    me.contacts.add("Bob", bob.card().to_text())
    bob.contacts.add("Alice", me.card().to_text())
    case = me.cases.create("Ledger invented case")
    sent = handover.export_bundle(me, [case.id], tmp_path / "b.fibundle", contacts=["Bob"])
    page.open_case(case.id)
    view = open_view(page)
    view.show_tab("ledger")
    assert column_texts(view.ledger.table, 1) == ["bundle — full case"]
    assert column_texts(view.ledger.table, 2) == ["Bob"] and column_texts(view.ledger.table, 3) == ["no receipt yet"]
    receipt = handover.import_bundle(bob, sent.path, receipt_to=tmp_path).receipt
    handover.import_bundle(me, receipt)
    view.show_tab("overview")
    view.show_tab("ledger")
    assert column_texts(view.ledger.table, 3) != ["no receipt yet"]
    bob.close()


def test_a_held_update_is_shown_as_a_diff_and_accepted_only_on_request(qtbot, make_controller: MakeController,
                                                                       store: UserStore, alice: str,
                                                                       tmp_path: Path) -> None:
    from fieldintake.app import interchange

    controller, page = open_app(qtbot, make_controller)
    me = controller.session
    carol = store.create("carol", PASSPHRASE).session
    carol.contacts.add("Alice", me.card().to_text())
    me.contacts.add("Carol", carol.card().to_text())
    case = me.cases.create("Held invented case")
    doc = interchange.to_doc(me.cases.get(case.id)) | {"notes": "Carol's note."}
    interchange.import_case(carol.cases, doc)
    _send(carol, me, case.id, tmp_path, "Alice")
    assert me.cases.get(case.id).notes == ""
    page.open_case(case.id)
    view = open_view(page)
    assert view.conflict_badge.text() == "Held updates: 1"
    view.show_tab("conflicts")
    tab = view.conflicts
    assert tab.held_items.count() == 1 and tab.held_items.item(0).text().startswith("From Carol")
    assert "notes\n  here: \n  theirs: Carol's note." in tab.held_diff.toPlainText()
    tab.accept_held.click()
    qtbot.waitUntil(lambda: tab.held_items.count() == 0, timeout=5_000)
    assert conflicts.held(me.cases, case.id) == []
    carol.close()
