"""A case handed over as a bundle through the Export dialog and taken in through bob's Inbox page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldintake.app.users import UserStore
from fieldintake.ui.app import State
from fieldintake.ui.settings import INBOX_FOLDER
from tests.conftest import PASSPHRASE
from tests.ui.casehelp import cases_page, column_texts, model_texts, open_app, reload_and_wait, texts_under
from tests.ui.conftest import MakeController, visible_texts
from tests.ui.handover_help import BOB_PASSPHRASE, create_bob, export_dialog, inbox_page, unlock_as

TITLE = "Invented handover: detained at the border"


def _export_to_bob(qtbot, controller, page, folder: Path, *, bob_card: str, add_bob: bool = True) -> str:  # type: ignore[no-untyped-def]
    session = controller.session
    if add_bob:
        session.contacts.add("bob", bob_card)
    case = session.cases.create(TITLE, urgency="high")
    session.cases.add_person(case.id, "client", "Invented Person", name_latin="Invented Person")
    dialog = export_dialog(controller, page, case.id)
    dialog.show_choice("bundle")
    tab = dialog.bundle
    assert not tab.create_button.isEnabled()  # nobody chosen yet
    tab.check_contact("bob")
    assert tab.unverified.isVisibleTo(dialog) and "bob" in tab.unverified.text
    assert tab.create_button.isEnabled()
    with qtbot.waitSignal(tab.exported, timeout=30_000) as blocker:
        tab.export_to(folder)
    result = blocker.args[0]
    assert result.path.parent == folder and result.path.exists()
    assert tab.bundle_id.text() == result.info.bundle_id
    assert tab.sha256.text() == result.info.sha256 and len(tab.sha256.text()) == 64
    assert tab.size.text()
    return case.id


def _two_users(store: UserStore, folder: Path) -> tuple[str, str]:
    """Bob exists and knows alice's card; bob's inbox folder is ``folder``. Returns (alice card, bob card)."""
    bob_card = create_bob(store)
    alice_session = store.unlock("alice", PASSPHRASE)
    alice_card = alice_session.card().to_text()
    alice_session.close()
    bob = store.unlock("bob", BOB_PASSPHRASE)
    bob.vault.set_setting(INBOX_FOLDER, str(folder))
    bob.close()
    return alice_card, bob_card


def test_bundle_to_a_contact_is_imported_by_bob_through_the_inbox(qtbot, make_controller: MakeController,
                                                                  store: UserStore, alice: str,
                                                                  tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    alice_card, bob_card = _two_users(store, folder)
    bob = store.unlock("bob", BOB_PASSPHRASE)
    bob.contacts.add("alice", alice_card)
    bob.close()
    controller, page = open_app(qtbot, make_controller)
    _export_to_bob(qtbot, controller, page, folder, bob_card=bob_card)
    controller.lock()
    assert controller.state is State.LOCKED

    unlock_as(qtbot, controller, "bob", BOB_PASSPHRASE)
    inbox = inbox_page(controller)
    assert controller.main_window is not None
    controller.main_window.show_page("inbox")
    assert inbox.files.count() == 1
    with qtbot.waitSignal(inbox.inspected, timeout=30_000):
        inbox.files.setCurrentRow(0)
    assert inbox.sender.text() == "alice"
    assert "not verified" in inbox.standing.text()
    assert inbox.fingerprint.text() == bob_contact_fingerprint(controller, "alice")
    assert inbox.signature.text().startswith("Valid")
    assert not inbox.forwarded.isVisibleTo(inbox)
    assert inbox.redaction.text() == "Full cases"
    assert TITLE in inbox.cases.text() and inbox.cases.text().count("\n") == 0  # one case, by its title
    assert any(t.startswith("Case record ") for t in model_texts(inbox.members))
    with qtbot.waitSignal(inbox.imported, timeout=30_000):
        inbox.import_button.click()
    assert "imported as a new case" in inbox.report.toPlainText()
    cases = cases_page(controller)
    reload_and_wait(qtbot, cases)
    assert TITLE in column_texts(cases.table, 1) or TITLE in model_texts(cases.table)

    # The same file again: recognised, nothing imported twice.
    inbox.reject()
    assert "left where it is" in inbox.status.text()
    assert (folder / inbox.files.item(0).text()).exists()
    with qtbot.waitSignal(inbox.inspected, timeout=30_000):
        inbox.inspect(None)
    assert "imported before" in inbox.status.text() and not inbox.import_button.isEnabled()


def bob_contact_fingerprint(controller, name: str) -> str:  # type: ignore[no-untyped-def]
    return controller.session.contacts.get(name).fingerprint


def test_unknown_sender_is_confirmed_then_added_unverified(qtbot, make_controller: MakeController, store: UserStore,
                                                           alice: str, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    _alice_card, bob_card = _two_users(store, folder)
    controller, page = open_app(qtbot, make_controller)
    alice_fingerprint = controller.session.card().fingerprint
    _export_to_bob(qtbot, controller, page, folder, bob_card=bob_card)
    controller.lock()
    unlock_as(qtbot, controller, "bob", BOB_PASSPHRASE)
    inbox = inbox_page(controller)
    with qtbot.waitSignal(inbox.inspected, timeout=30_000):
        inbox.files.setCurrentRow(0)
    assert "NOT one of your contacts" in inbox.standing.text()
    assert inbox.unknown.isVisibleTo(inbox)
    inbox.ask_import()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and alice_fingerprint in boxes[0].text()
    with qtbot.waitSignal(inbox.imported, timeout=30_000):
        boxes[0].button(QMessageBox.StandardButton.Yes).click()
    assert "unverified contact" in inbox.report.toPlainText()
    added = controller.session.contacts.get("alice")
    assert not added.verified and added.fingerprint == alice_fingerprint


def test_a_damaged_bundle_is_shown_as_not_imported(qtbot, make_controller: MakeController, alice: str,
                                                   tmp_path: Path) -> None:
    controller, _page = open_app(qtbot, make_controller)
    inbox = inbox_page(controller)
    damaged = tmp_path / "damaged.fibundle"
    damaged.write_bytes(b"age-encryption.org/v1\n-> X25519 nonsense\n--- broken\n" + b"\0" * 64)
    with qtbot.waitSignal(inbox.failed, timeout=30_000):
        inbox.open_file(damaged)
    assert inbox.error.text.startswith("Not imported:")
    assert not inbox.import_button.isEnabled()
    assert damaged.exists()


def test_panic_with_an_inspected_bundle_clears_the_inbox(qtbot, make_controller: MakeController, store: UserStore,
                                                         alice: str, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    alice_card, bob_card = _two_users(store, folder)
    controller, page = open_app(qtbot, make_controller)
    alice_fingerprint = controller.session.card().fingerprint
    _export_to_bob(qtbot, controller, page, folder, bob_card=bob_card)
    controller.lock()
    unlock_as(qtbot, controller, "bob", BOB_PASSPHRASE)
    inbox = inbox_page(controller)
    assert controller.main_window is not None
    controller.main_window.show_page("inbox")
    with qtbot.waitSignal(inbox.inspected, timeout=30_000):
        inbox.files.setCurrentRow(0)
    assert alice_fingerprint in texts_under(inbox)
    QTest.keyClick(inbox.members, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.state is State.LOCKED and controller.session is None
    left = texts_under(inbox)
    assert alice_fingerprint not in left and "alice" not in left and not any("cases/" in t for t in left)
    texts = "\n".join(visible_texts())
    assert alice_fingerprint not in texts and TITLE not in texts
    store.unlock("bob", BOB_PASSPHRASE).close()  # bob's vault lock was released


def test_a_passphrase_bundle_asks_for_the_passphrase_before_inspecting(qtbot, make_controller: MakeController,
                                                                       alice: str, tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create(TITLE)
    dialog = export_dialog(controller, page, case.id)
    dialog.show_choice("bundle")
    tab = dialog.bundle
    tab.to_passphrase.setChecked(True)
    assert tab.passphrase_note.isVisibleTo(dialog) and "another channel" in tab.passphrase_note.text()
    secret = "saffron tunnel quietly 58 owls"
    tab.passphrase.passphrase.setText(secret)
    assert not tab.create_button.isEnabled()  # not repeated yet
    tab.passphrase.confirm.setText(secret)
    assert tab.create_button.isEnabled()
    target = tmp_path / "by-passphrase.fibundle"
    with qtbot.waitSignal(tab.exported, timeout=30_000):
        tab.export_to(target)
    assert tab.passphrase.value() == ""  # not kept once written
    dialog.close()

    inbox = inbox_page(controller)
    inbox.open_file(target)
    assert inbox.passphrase_box.isVisibleTo(inbox) and "passphrase" in inbox.status.text()
    inbox.passphrase.setText("wrong words entirely here")
    with qtbot.waitSignal(inbox.failed, timeout=30_000):
        inbox.unlock_button.click()
    assert inbox.error.text.startswith("Not imported:") and inbox.passphrase.text() == ""
    inbox.passphrase.setText(secret)
    with qtbot.waitSignal(inbox.inspected, timeout=30_000):
        inbox.unlock_button.click()
    assert inbox.passphrase.text() == "" and not inbox.passphrase_box.isVisibleTo(inbox)
    assert TITLE in inbox.cases.text() and inbox.cases.text().count("\n") == 0  # one case, by its title


def test_a_redacted_bundle_with_its_pdf_into_the_outbox(qtbot, make_controller: MakeController, alice: str,
                                                        tmp_path: Path) -> None:
    from fieldintake.ui.settings import OUTBOX_FOLDER
    from tests.redaction_data import build_case

    outbox = tmp_path / "outbox"
    controller, page = open_app(qtbot, make_controller)
    controller.session.vault.set_setting(OUTBOX_FOLDER, str(outbox))
    case_id = build_case(controller.session)
    dialog = export_dialog(controller, page, case_id)
    dialog.show_choice("bundle")
    tab = dialog.bundle
    assert tab.to_outbox.isChecked() and str(outbox) in tab.to_outbox.text()
    tab.to_passphrase.setChecked(True)
    secret = "saffron tunnel quietly 58 owls"
    tab.passphrase.passphrase.setText(secret)
    tab.passphrase.confirm.setText(secret)
    tab.redacted.setChecked(True)
    tab.consent.set_audience("ngo")
    qtbot.waitUntil(lambda: tab.consent.ready, timeout=20_000)
    tab.with_pdf.setChecked(True)
    tab.create()
    assert "does not exist" in tab.problem.text  # the outbox folder is not there yet
    outbox.mkdir()
    with qtbot.waitSignal(tab.exported, timeout=60_000) as blocker:
        tab.create()
    written = blocker.args[0].path
    assert written.parent == outbox and written.suffix == ".fibundle"
    dialog.close()

    inbox = inbox_page(controller)
    inbox.open_file(written)
    inbox.passphrase.setText(secret)
    with qtbot.waitSignal(inbox.inspected, timeout=30_000):
        inbox.unlock_button.click()
    assert inbox.redaction.text() == "Redacted for Partner organisations (NGOs)"
    members = model_texts(inbox.members)
    assert any(t.startswith("pdf/") and t.endswith("-ngo.pdf") for t in members)
