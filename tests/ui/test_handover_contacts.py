"""Contacts & identity: a contact added from a QR picture, verified by comparing the fingerprint, removed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from fieldintake.cli.contacts import qr_png
from fieldintake.app.users import UserStore
from tests.ui.casehelp import column_texts, open_app
from tests.ui.conftest import MakeController
from tests.ui.handover_help import contacts_page, create_bob


def test_add_a_contact_from_a_qr_picture_and_verify_it(qtbot, make_controller: MakeController, store: UserStore,
                                                       alice: str, tmp_path: Path) -> None:
    card = create_bob(store)
    picture = tmp_path / "bob-card.png"
    picture.write_bytes(qr_png(card))
    controller, _cases = open_app(qtbot, make_controller)
    page = contacts_page(controller)
    assert page.model.rowCount() == 0
    assert page.card_text.toPlainText() == controller.session.card().to_text()  # my card is still here
    dialog = page.open_add()
    assert dialog is not None and dialog.windowTitle() == "fieldintake"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.load_qr(picture)
    expected = _card_fingerprint(card)
    assert dialog.parsed_name.text() == "bob"
    assert dialog.parsed_fingerprint.text() == expected
    assert dialog.name.text() == "bob" and save.isEnabled()
    dialog.name.setText("Bob (invented lawyer)")
    save.click()
    assert column_texts(page.table, 0) == ["Bob (invented lawyer)"]
    assert column_texts(page.table, 1) == [expected]
    assert column_texts(page.table, 2) == ["not verified"]
    assert column_texts(page.table, 3) == ["card"]

    verify = page.open_verify()
    assert verify is not None
    assert verify.fingerprint.text() == expected
    assert verify.fingerprint.font().pointSizeF() > page.table.font().pointSizeF()
    verify.retype.setText("00000 00000 00000 00000 00000")
    assert not verify.match_button.isEnabled() and "differs" in verify.mismatch.text
    verify.retype.setText(expected.replace(" ", ""))
    assert verify.match_button.isEnabled()
    verify.match_button.click()
    assert controller.session.contacts.get("Bob (invented lawyer)").verified
    assert column_texts(page.table, 2) == ["✓ verified"]
    assert not page.verify_button.isEnabled()


def test_a_bare_recipient_and_removal_with_confirmation(qtbot, make_controller: MakeController, alice: str) -> None:
    import pyrage

    controller, _cases = open_app(qtbot, make_controller)
    page = contacts_page(controller)
    recipient = str(pyrage.x25519.Identity.generate().to_public())
    dialog = page.open_add()
    assert dialog is not None
    dialog.source.setPlainText("not a card at all")
    assert "Paste a fieldintake contact card" in dialog.message.text
    dialog.source.setPlainText(recipient)
    assert "bare recipient" in dialog.parsed_name.text()
    dialog.name.setText("Invented NGO desk")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert column_texts(page.table, 3) == ["recipient only"]
    page.ask_remove()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "Invented NGO desk" in boxes[0].text()
    boxes[0].button(QMessageBox.StandardButton.No).click()
    assert page.model.rowCount() == 1
    page.ask_remove()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    boxes[0].button(QMessageBox.StandardButton.Yes).click()
    assert page.model.rowCount() == 0
    assert controller.session.contacts.list() == []


def _card_fingerprint(card: str) -> str:
    from fieldintake.crypto.identity import ContactCard

    return ContactCard.parse(card).fingerprint
