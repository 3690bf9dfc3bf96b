"""The panic key with the Export dialog open, and the handover screens in Russian."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldintake.app.users import UserStore
from fieldintake.ui.app import State
from fieldintake.ui.handover import ExportDialog
from tests.conftest import PASSPHRASE
from tests.redaction_data import TITLE, build_case
from tests.ui.casehelp import open_app, open_view, texts_under
from tests.ui.conftest import MakeController, visible_texts
from tests.ui.handover_help import contacts_page, export_dialog, inbox_page


def test_panic_with_the_export_dialog_drops_the_pdf_and_the_summary(qtbot, make_controller: MakeController,
                                                                    store: UserStore, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case_id = build_case(controller.session)
    reference = controller.session.cases.get(case_id).reference
    dialog = export_dialog(controller, page, case_id)
    with qtbot.waitSignal(dialog.pdf.preview.loaded, timeout=30_000):
        dialog.pdf.preview_button.click()
    dialog.show_choice("summary")
    qtbot.waitUntil(lambda: dialog.summary.consent.result is not None, timeout=20_000)
    shown = "\n".join(texts_under(dialog))
    assert reference in dialog.summary.text.toPlainText() and dialog.pdf.preview.sha256.text() in shown
    sha = dialog.pdf.preview.sha256.text()
    summary_text = dialog.summary.text.toPlainText()
    pdf, summary_tab = dialog.pdf, dialog.summary

    QTest.keyClick(dialog.summary.text, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.state is State.LOCKED and controller.session is None
    assert pdf.preview.document.pageCount() == 0 and pdf.preview.rendered is None
    assert summary_tab.text.toPlainText() == "" and summary_tab.consent.result is None
    left = "\n".join(texts_under(dialog))
    for secret in (sha, TITLE, reference, summary_text.splitlines()[0]):
        assert secret not in left
    texts = "\n".join(visible_texts())
    assert not any(isinstance(w, ExportDialog) for w in QApplication.topLevelWidgets())
    for secret in (sha, TITLE, reference):
        assert secret not in texts
    store.unlock("alice", PASSPHRASE).close()  # the vault lock was released


def test_the_handover_screens_follow_the_language(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented language case")
    dialog = export_dialog(controller, page, case.id)
    contacts = contacts_page(controller)
    inbox = inbox_page(controller)
    view = open_view(page)
    english = (dialog.tabs.tabText(0), dialog.bundle.create_button.text(), contacts.add_button.text(),
               inbox.import_button.text(), view.export_action.text(), contacts.title(), inbox.title())
    assert english[2] == "&Add a contact…"
    controller.set_language("ru")
    qtbot.waitUntil(lambda: contacts.add_button.text() != english[2])  # LanguageChange arrives on the next turn
    russian = (dialog.tabs.tabText(0), dialog.bundle.create_button.text(), contacts.add_button.text(),
               inbox.import_button.text(), view.export_action.text(), contacts.title(), inbox.title())
    for before, after in zip(english, russian, strict=True):
        assert before != after
        assert any("а" <= ch.lower() <= "я" for ch in after), after
    assert contacts.model.headerData(0, Qt.Orientation.Horizontal) == "Имя"
    controller.set_language("en")
    qtbot.waitUntil(lambda: contacts.add_button.text() == "&Add a contact…")
