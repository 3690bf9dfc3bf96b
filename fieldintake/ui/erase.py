"""Emergency erase: crypto-shred a user after typing its name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from fieldintake.app.users import UserStore
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.widgets import InlineMessage
from fieldintake.ui.workers import Runner
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


class EraseDialog(Retranslating, QDialog):
    erased = Signal(str)

    def __init__(self, store: UserStore, runner: Runner, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._store = store
        self._runner = runner
        self._name = name
        self._busy = False
        self.warning = PlainLabel(self)
        self.warning.setWordWrap(True)
        self.prompt = PlainLabel(self)
        self.prompt.setWordWrap(True)
        self.confirm = QLineEdit(self)
        self.prompt.setBuddy(self.confirm)
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.prompt)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.confirm.textChanged.connect(self._update)
        self.setMinimumWidth(520)
        self._retranslate()
        self._update()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency erase"))
        self.warning.setText(self.tr(
            "This destroys the keys and every file of {name} on this computer, at once and for ever. "
            "The recovery key will not bring anything back.").format(name=self._name))
        self.prompt.setText(self.tr("To confirm, &type the user name:"))
        self.confirm.setAccessibleName(self.tr("User name to erase"))
        self.erase_button.setText(self.tr("&Erase for ever"))

    def _matches(self) -> bool:
        return bool(self._name) and self.confirm.text() == self._name

    def _update(self) -> None:
        self.erase_button.setEnabled(not self._busy and self._matches())

    def submit(self) -> None:
        if self._busy:
            return
        if not self._matches():
            self.error.show_message(self.tr("The name does not match; nothing was erased."))
            return
        self._busy = True
        self._update()
        name = self._name
        self._runner.run(self, lambda _p: self._store.erase(name), lambda _r: self._done(), self._failed)

    def _done(self) -> None:
        self._busy = False
        self.accept()
        self.erased.emit(self._name)

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._busy = False
        self.error.show_message(error_text(exc))
        self._update()
