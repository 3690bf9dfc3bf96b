"""Issue 16 bug 3: before import the Inbox shows each case's reference, title and urgency (plain, sanitised)
and readable member names; after import the Cases list shows the case at once and "Open case" opens it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt

from fieldintake.app.users import UserStore
from fieldintake.exports import handover
from fieldintake.ui.case.caseview import CaseView
from fieldintake.ui.handover.inbox import case_headings, heading_text
from fieldintake.ui.settings import INBOX_FOLDER
from tests.conftest import PASSPHRASE
from tests.ui.casehelp import cases_page
from tests.ui.conftest import MakeController
from tests.ui.handover_help import BOB_PASSPHRASE, create_bob, inbox_page, unlock_as

TITLE = "Invented removal appeal"


def _bundle_from_alice(store: UserStore, folder: Path, tmp_path: Path) -> str:
    """Alice hands a case with one attachment to bob, whose inbox is ``folder``; returns the case reference."""
    bob_card = create_bob(store)
    bob = store.unlock("bob", BOB_PASSPHRASE)
    bob.vault.set_setting(INBOX_FOLDER, str(folder))
    alice = store.unlock("alice", PASSPHRASE)
    try:
        bob.contacts.add("alice", alice.card().to_text())
        alice.contacts.add("bob", bob_card)
        case = alice.cases.create(TITLE, urgency="critical")
        letter = tmp_path / "decision-letter.pdf"
        letter.write_bytes(b"%PDF-1.4 invented decision letter\n")
        alice.attachments.add(case.id, letter)
        handover.export_bundle(alice, [case.id], folder, contacts=["bob"])
        return case.reference
    finally:
        alice.close()
        bob.close()


def test_inbox_shows_the_case_before_import_and_the_list_after(qtbot, make_controller: MakeController,
                                                               store: UserStore, alice: str, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    reference = _bundle_from_alice(store, folder, tmp_path)
    controller = make_controller()
    controller.start()
    unlock_as(qtbot, controller, "bob", BOB_PASSPHRASE)
    assert controller.main_window is not None
    cases = cases_page(controller)
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
    assert cases.model.rowCount() == 0
    inbox = inbox_page(controller)
    controller.main_window.show_page("inbox")
    with qtbot.waitSignal(inbox.inspected, timeout=30_000):
        inbox.files.setCurrentRow(0)
    assert reference in inbox.cases.text() and TITLE in inbox.cases.text() and "critical" in inbox.cases.text()
    members = [inbox.members_model.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
               for r in range(inbox.members_model.rowCount())]
    assert "decision-letter.pdf" in members and f"Case record {reference}" in members
    assert not any("/" in m for m in members)  # no internal UUID paths
    assert not inbox.open_case_button.isVisibleTo(inbox)

    with qtbot.waitSignal(inbox.imported, timeout=30_000):
        inbox.import_button.click()
    controller.main_window.show_page("cases")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=10_000)  # no search typed
    assert cases.count_label.text() == "Cases: 1"

    controller.main_window.show_page("inbox")
    assert inbox.open_case_button.isVisibleTo(inbox)
    inbox.open_case_button.click()
    assert controller.main_window.stack.currentWidget() is cases
    assert isinstance(cases.view, CaseView) and cases.view.case_id == inbox.imported_case_id


def test_headings_from_a_crafted_manifest_are_plain_bounded_and_checked() -> None:
    class Summary:
        cases = ("a", "b", "c")
        extra = {handover.CASE_HEADINGS: {
            "a": {"reference": "R-1\u202egpj.exe", "title": "<b>bold</b>\nsecond line" + "x" * 500,
                  "urgency": "critical"},
            "b": {"reference": 7, "title": ["no"], "urgency": "<script>"},
            "c": "not a mapping",
        }}

    headings = case_headings(Summary())  # type: ignore[arg-type]
    a = headings["a"]
    assert "\u202e" not in a.reference and "\n" not in a.title and len(a.title) <= 120
    assert a.title.startswith("<b>bold</b> second line")  # shown as text, never as markup
    assert a.urgency == "critical"
    assert dataclasses.astuple(headings["b"]) == ("", "", "")
    assert heading_text(headings["c"]) == "a case (the bundle does not say which)"
