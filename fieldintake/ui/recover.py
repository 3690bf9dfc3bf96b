"""Set a new passphrase with the recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.users import Session, UserStore
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.widgets import InlineMessage, PassphraseFields, monospace
from fieldintake.ui.workers import Runner
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


class RecoverDialog(Retranslating, QDialog):
    recovered = Signal(object)  # Session

    def __init__(self, store: UserStore, runner: Runner, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._store = store
        self._runner = runner
        self._name = name
        self._busy = False
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setFont(monospace(1.1))
        self._key_label = PlainLabel(self)
        self._key_label.setBuddy(self.key)
        self.fields = PassphraseFields(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self._key_label, self.key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.key.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self.setMinimumWidth(640)
        self._retranslate()
        self._update()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recover with the recovery key"))
        self.intro.setText(self.tr(
            "Type the recovery key of {name} from your paper copy (dashes and spaces do not matter), "
            "then choose a new passphrase.").format(name=self._name))
        self._key_label.setText(self.tr("Recovery &key:"))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.ok_button.setText(self.tr("&Set new passphrase"))

    @property
    def ok_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self.key.text().strip()) and self.fields.acceptable)

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        self._busy = True
        self.busy.show()
        self.error.clear()
        self._update()
        name, key, passphrase = self._name, self.key.text(), self.fields.value()
        self._runner.run(self, lambda _p: self._store.recover(name, key, passphrase), self._done, self._failed)

    def _done(self, session: Session) -> None:
        self._busy = False
        self.key.clear()
        self.fields.clear()
        self.accept()
        self.recovered.emit(session)

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._busy = False
        self.busy.hide()
        self.error.show_message(error_text(exc))
        self._update()
        self.key.setFocus()
