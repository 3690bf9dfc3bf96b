"""The unlock screen: pick a user, type the passphrase; recover or erase from here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.users import Session, UserStore
from fieldintake.errors import WrongPassphrase
from fieldintake.exports.backup import staging
from fieldintake.ui.backup import RestoreDialog
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.erase import EraseDialog
from fieldintake.ui.icons import icon
from fieldintake.ui.recover import RecoverDialog
from fieldintake.ui.widgets import InlineMessage
from fieldintake.ui.workers import Runner
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


class UnlockWindow(Retranslating, QWidget):
    unlocked = Signal(object)  # Session
    new_user_requested = Signal()
    erased = Signal(str)
    quit_requested = Signal()

    def __init__(self, store: UserStore, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._busy = False
        self.setWindowTitle("fieldintake")
        self.heading = PlainLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.user = QComboBox(self)
        self._user_label = PlainLabel(self)
        self._user_label.setBuddy(self.user)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self._passphrase_label = PlainLabel(self)
        self._passphrase_label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(icon("lock"), "", self)
        self.unlock_button.setDefault(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.busy.hide()
        self.error = InlineMessage(self)
        self.forgot_button = QPushButton(self)
        self.forgot_button.setFlat(True)
        self.erase_button = QPushButton(self)
        self.erase_button.setFlat(True)
        self.new_user_button = QPushButton(self)
        self.new_user_button.setFlat(True)
        self.restore_button = QPushButton(self)
        self.restore_button.setFlat(True)

        form = QFormLayout()
        form.addRow(self._user_label, self.user)
        form.addRow(self._passphrase_label, self.passphrase)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.unlock_button)
        links = QHBoxLayout()
        links.addWidget(self.forgot_button)
        links.addWidget(self.new_user_button)
        links.addWidget(self.restore_button)
        links.addStretch(1)
        links.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(self.heading)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addLayout(links)
        self.setMinimumWidth(520)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.textEdited.connect(lambda _t: self.error.clear())
        self.forgot_button.clicked.connect(self.open_recover)
        self.erase_button.clicked.connect(self.open_erase)
        self.new_user_button.clicked.connect(self.new_user_requested)
        self.restore_button.clicked.connect(self.open_restore)
        self.setTabOrder(self.user, self.passphrase)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self._retranslate()
        staging.sweep(store.home)  # finish what an interrupted backup or restore left
        self.refresh_users()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("fieldintake is locked"))
        self._user_label.setText(self.tr("&User:"))
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self.user.setAccessibleName(self.tr("User"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("Un&lock"))
        self.forgot_button.setText(self.tr("&Forgot the passphrase?"))
        self.erase_button.setText(self.tr("&Emergency erase…"))
        self.new_user_button.setText(self.tr("&New user…"))
        self.restore_button.setText(self.tr("Restore from a &backup…"))
        self.busy.setAccessibleName(self.tr("Unlocking"))

    # --- state -------------------------------------------------------------

    def refresh_users(self, select: str | None = None) -> None:
        current = select or self.user.currentText()
        self.user.clear()
        self.user.addItems(self._store.names())
        index = self.user.findText(current)
        if index >= 0:
            self.user.setCurrentIndex(index)

    def reset(self) -> None:
        """Back to a clean screen: after a lock nothing typed before survives."""
        self.passphrase.clear()
        self.error.clear()
        self.refresh_users()
        self._set_busy(False)
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.user, self.passphrase, self.unlock_button, self.forgot_button, self.erase_button,
                       self.new_user_button, self.restore_button):
            widget.setEnabled(not busy)

    @property
    def is_busy(self) -> bool:
        return self._busy

    # --- unlock --------------------------------------------------------------

    def try_unlock(self) -> None:
        name = self.user.currentText()
        passphrase = self.passphrase.text()
        if self._busy or not name:
            return
        if not passphrase:
            self.error.show_message(self.tr("Type your passphrase."))
            return
        self.error.clear()
        self._set_busy(True)
        self._runner.run(self, lambda _p: self._store.unlock(name, passphrase), self._unlocked, self._failed)

    def _unlocked(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        if isinstance(exc, WrongPassphrase):
            self.error.show_message(self.tr("Wrong passphrase. Try again."))
        else:
            self.error.show_message(error_text(exc))
        self.passphrase.setFocus()

    # --- recover and erase -------------------------------------------------------

    def open_recover(self) -> RecoverDialog:
        dialog = RecoverDialog(self._store, self._runner, self.user.currentText(), self)
        dialog.recovered.connect(self.unlocked)
        dialog.open()
        return dialog

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self._store, self._runner, self)
        dialog.restored.connect(lambda name: self.refresh_users(select=name))
        dialog.open()
        return dialog

    def open_erase(self) -> EraseDialog:
        dialog = EraseDialog(self._store, self._runner, self.user.currentText(), self)
        dialog.erased.connect(self._erased)
        dialog.open()
        return dialog

    def _erased(self, name: str) -> None:
        self.refresh_users()
        self.erased.emit(name)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():  # the user closed it, not a lock or unlock
            self.quit_requested.emit()
        super().closeEvent(event)
