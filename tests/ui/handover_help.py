"""Helpers for the handover screen tests: the export dialog of an open case, a second user."""

from __future__ import annotations

from fieldintake.app.users import UserStore
from fieldintake.ui.app import Controller, State
from fieldintake.ui.handover import ContactsPage, ExportDialog, InboxPage
from tests.ui.casehelp import open_view

BOB_PASSPHRASE = "copper meadow whistles 23 tangerines"


def export_dialog(controller: Controller, page, case_id: str) -> ExportDialog:  # type: ignore[no-untyped-def]
    page.open_case(case_id)
    dialog = open_view(page).open_export()
    assert isinstance(dialog, ExportDialog)
    return dialog


def contacts_page(controller: Controller) -> ContactsPage:
    assert controller.main_window is not None
    page = controller.main_window.page("identity")
    assert isinstance(page, ContactsPage)
    return page


def inbox_page(controller: Controller) -> InboxPage:
    assert controller.main_window is not None
    page = controller.main_window.page("inbox")
    assert isinstance(page, InboxPage)
    return page


def create_bob(store: UserStore) -> str:
    """A second user in the same home; returns bob's contact card text."""
    created = store.create("bob", BOB_PASSPHRASE)
    try:
        return created.session.card().to_text()
    finally:
        created.session.close()


def unlock_as(qtbot, controller: Controller, name: str, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    window = controller.unlock_window
    window.user.setCurrentIndex(window.user.findText(name))
    window.passphrase.setText(passphrase)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: controller.state is State.UNLOCKED, timeout=10_000)
