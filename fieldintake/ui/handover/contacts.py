"""The "Contacts & identity" page: the people cases go to and come from, and my own card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from fieldintake.app.contacts import Contact
from fieldintake.errors import FieldintakeError
from fieldintake.ui.widgets.common import confirm, make_table, select_first
from fieldintake.ui.format import local_time
from fieldintake.ui.widgets.table import Column, RowsModel, row_at, sorting_proxy
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.handover.contactdialogs import AddContactDialog, VerifyDialog
from fieldintake.ui.icons import icon
from fieldintake.ui.identity import IdentityPage
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


def _verified_word(contact: Contact) -> str:
    if contact.verified:
        return QCoreApplication.translate("ContactsPage", "✓ verified")
    return QCoreApplication.translate("ContactsPage", "not verified")


def _kind_word(contact: Contact) -> str:
    if contact.can_verify:
        return QCoreApplication.translate("ContactsPage", "card")
    return QCoreApplication.translate("ContactsPage", "recipient only")


def _kind_tip(contact: Contact) -> str:
    if contact.can_verify:
        return ""
    return QCoreApplication.translate("ContactsPage", "Cases can be sent to it, but nothing it sends can be verified.")


def _columns() -> list[Column[Contact]]:
    return [
        Column(lambda: QCoreApplication.translate("ContactsPage", "Name"), lambda c: c.name),
        Column(lambda: QCoreApplication.translate("ContactsPage", "Fingerprint"), lambda c: c.fingerprint),
        Column(lambda: QCoreApplication.translate("ContactsPage", "Verified"), _verified_word,
               sort=lambda c: c.verified),
        Column(lambda: QCoreApplication.translate("ContactsPage", "Kind"), _kind_word, tooltip=_kind_tip),
        Column(lambda: QCoreApplication.translate("ContactsPage", "Added"), lambda c: local_time(c.added_at),
               sort=lambda c: c.added_at),
    ]


class ContactsPage(Retranslating, QWidget):
    key = "identity"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.tabs = QTabWidget(self)
        self.contacts_tab = QWidget(self.tabs)
        self.intro = PlainLabel(self.contacts_tab)
        self.intro.setWordWrap(True)
        self.model: RowsModel[Contact] = RowsModel(_columns(), self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = make_table(self.contacts_tab)
        self.table.setModel(self.proxy)
        self.add_button = QPushButton(self.contacts_tab)
        self.verify_button = QPushButton(self.contacts_tab)
        self.remove_button = QPushButton(self.contacts_tab)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.verify_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QVBoxLayout(self.contacts_tab)
        inner.addWidget(self.intro)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        self.identity = IdentityPage(context, self.tabs)
        self.tabs.addTab(self.contacts_tab, "")
        self.tabs.addTab(self.identity, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.add_button.clicked.connect(self.open_add)
        self.verify_button.clicked.connect(self.open_verify)
        self.remove_button.clicked.connect(self.ask_remove)
        self.table.doubleClicked.connect(lambda _i: self.open_verify())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.dialogs: list[QWidget] = []
        self._retranslate()
        self.reload()

    @property
    def widget(self) -> QWidget:
        return self

    def title(self) -> str:
        return self.tr("Contacts & identity")

    def icon(self) -> QIcon:
        return icon("identity")

    # My card lives on the second tab; these keep the identity page's widgets reachable by name.
    @property
    def card_text(self) -> QPlainTextEdit:
        return self.identity.card_text

    @property
    def fingerprint(self) -> QLabel:
        return self.identity.fingerprint

    @property
    def qr(self) -> QLabel:
        return self.identity.qr

    @property
    def copy_button(self) -> QPushButton:
        return self.identity.copy_button

    def show_my_card(self) -> None:
        self.tabs.setCurrentWidget(self.identity)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        current = self.current()  # an import may have added a sender meanwhile
        self.reload(select=current.name if current is not None else None)

    def reload(self, select: str | None = None) -> None:
        if self._context is None:
            return
        try:
            contacts = self._context.session.contacts.list()
        except FieldintakeError as exc:
            show_error(self.window(), exc)
            return
        self.model.set_rows(contacts)
        self.table.resizeColumnsToContents()
        if select is not None:
            for row in range(self.proxy.rowCount()):
                if row_at(self.proxy.index(row, 0)).name == select:
                    self.table.setCurrentIndex(self.proxy.index(row, 0))
                    break
        else:
            select_first(self.table)
        self._update_buttons()

    def current(self) -> Contact | None:
        index = self.table.currentIndex()
        return row_at(index) if index.isValid() else None

    def _update_buttons(self) -> None:
        contact = self.current()
        self.verify_button.setEnabled(contact is not None and not contact.verified)
        self.remove_button.setEnabled(contact is not None)

    def _keep(self, dialog: QWidget) -> None:
        """Hold an open dialog until Qt deletes it (they delete on close): asking a deleted one
        anything raises, which made Verify… do nothing after Add (issue 16)."""
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda _obj=None, gone=dialog: self._forget(gone))

    def _forget(self, dialog: QWidget) -> None:
        self.dialogs = [d for d in self.dialogs if d is not dialog]

    def open_add(self) -> AddContactDialog | None:
        if self._context is None:
            return None
        dialog = AddContactDialog(self._context, self.window())
        dialog.added.connect(lambda contact: self.reload(select=contact.name))
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_verify(self) -> VerifyDialog | None:
        contact = self.current()
        if self._context is None or contact is None:
            return None
        dialog = VerifyDialog(self._context, contact, self.window())
        dialog.verified.connect(lambda c: self.reload(select=c.name))
        self._keep(dialog)
        dialog.open()
        return dialog

    def ask_remove(self) -> None:
        contact = self.current()
        if self._context is None or contact is None:
            return
        name = contact.name
        confirm(self.window(), self.tr("Remove the contact {name}? Bundles from them will then come from an "
                                       "unknown sender.").format(name=name), lambda: self.remove(name))

    def remove(self, name: str) -> None:
        if self._context is None:
            return
        try:
            self._context.session.contacts.remove(name)
        except FieldintakeError as exc:
            show_error(self.window(), exc)
            return
        self.reload()

    def clear(self) -> None:
        for dialog in self.dialogs:
            clear = getattr(dialog, "clear", None)
            try:
                if callable(clear):
                    clear()
                dialog.close()
            except RuntimeError:  # already deleted
                pass
        self.dialogs = []
        self.model.set_rows([])
        self.identity.clear()
        self._context = None

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Contacts"))
        self.tabs.setTabText(1, self.tr("&My card"))
        self.intro.setText(self.tr("The people you hand cases to and receive them from. Mark a contact verified "
                                   "only after comparing the fingerprint aloud or in person."))
        self.add_button.setText(self.tr("&Add a contact…"))
        self.verify_button.setText(self.tr("&Verify…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.table.setAccessibleName(self.tr("Contacts"))
        self.model.retranslate()
