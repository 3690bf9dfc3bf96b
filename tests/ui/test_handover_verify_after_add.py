"""Issue 16 bug 2: Verify… works right after "Add contact" (the add dialog is deleted by then)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fieldintake.app.users import UserStore
from fieldintake.ui.handover.contactdialogs import VerifyDialog
from tests.ui.casehelp import open_app
from tests.ui.conftest import MakeController
from tests.ui.handover_help import contacts_page, create_bob


def test_verify_opens_right_after_adding_a_contact(qtbot, make_controller: MakeController, store: UserStore,
                                                    alice: str) -> None:
    card = create_bob(store)
    controller, _cases = open_app(qtbot, make_controller)
    page = contacts_page(controller)
    page.add_button.click()
    add = next(d for d in page.dialogs if d.isVisible())
    add.source.setPlainText(card)  # type: ignore[attr-defined]
    add.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # type: ignore[attr-defined]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # Qt deletes the closed dialog
    assert page.current() is not None and page.verify_button.isEnabled()
    page.verify_button.click()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, VerifyDialog) and w.isVisible()]
    assert len(shown) == 1
    assert shown[0].fingerprint.text()
