"""Backup… (main window) and Restore from a backup (unlock screen).

Both run the core services (``fieldintake.exports.backup``) on the worker
pool with a progress dialog and Cancel; closing a dialog while its work runs
asks the work to stop and waits for it. The new recovery key
after a restore is shown once, in the dialog, and cleared when it closes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import backupsettings
from fieldintake.app.users import Session, UserStore
from fieldintake.errors import BackupKeyMissing
from fieldintake.exports import backup
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.icons import icon
from fieldintake.ui.widgets import InlineMessage, PassphraseFields, monospace
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.workers import Op, Progress, Runner
from fieldintake.ui.retranslate import Retranslating


class _WorkDialog(QDialog):
    """A dialog whose work runs on the pool. Closing it while the work runs (Cancel, Escape, the close
    box) asks the work to stop and waits for its answer, instead of letting a restore, a backup or a
    border-mode erase finish unseen (a restored vault whose new recovery key nobody was shown)."""

    op: Op[object] | None
    error: InlineMessage
    _busy: bool

    def reject(self) -> None:
        if self._busy:
            if self.op is not None:
                self.op.cancel()
            self.error.show_message(QCoreApplication.translate(
                "backup", "Stopping… Nothing is changed unless the work had already finished."))
            return
        super().reject()


def status_text(status: backupsettings.BackupStatus, now: datetime | None = None) -> tuple[str, bool]:
    """The main window's line about backups, and whether it is a warning."""
    if status.last_at is None:
        return QCoreApplication.translate("backup", "No backup yet: make one (File ▸ Backup…)."), status.remind_days > 0
    days = max(0, ((now or datetime.now(UTC)) - status.last_at).days)
    when = status.last_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if status.overdue(now):
        text = QCoreApplication.translate(
            "backup", "Last backup {when}, {days} days ago: make a new one (File ▸ Backup…).")
        return text.format(when=when, days=days), True
    return QCoreApplication.translate("backup", "Last backup {when}.").format(when=when), False


def _file_field(parent: QWidget, save: bool) -> tuple[QWidget, QLineEdit, QPushButton]:
    box = QWidget(parent)
    edit = QLineEdit(box)
    browse = QPushButton(icon("folder"), "", box)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(browse)

    def choose() -> None:
        dialog = QFileDialog(box, browse.accessibleName())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        if edit.text():
            dialog.selectFile(edit.text())
        dialog.fileSelected.connect(edit.setText)
        dialog.open()

    browse.clicked.connect(choose)
    return box, edit, browse


class BackupDialog(Retranslating, _WorkDialog):
    """Where to write the backup, who else may open it; then a cancellable progress dialog."""

    finished_backup = Signal(object)  # BackupResult

    def __init__(self, session: Session, store: UserStore, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._store = store
        self._runner = runner
        self._busy = False
        self.op = None
        status = backupsettings.status(session.vault)
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self.last = PlainLabel(self)
        self.last.setWordWrap(True)
        box, self.target, self.browse = _file_field(self, save=True)
        if status.folder:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            self.target.setText(str(Path(status.folder) / f"backup-{stamp}{backup.EXTENSION}"))
        self.escrow = QListWidget(self)
        for contact in session.contacts.list():
            item = QListWidgetItem(contact.name, self.escrow)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.escrow.setMaximumHeight(120)
        self.recovery = QLineEdit(self)
        self.recovery.setFont(monospace(1.0))
        self._needs_key = not status.ready
        self._target_label, self._escrow_label, self._recovery_label = PlainLabel(self), PlainLabel(self), PlainLabel(self)
        self._target_label.setBuddy(self.target)
        self._escrow_label.setBuddy(self.escrow)
        self._recovery_label.setBuddy(self.recovery)
        form = QFormLayout()
        form.addRow(self._target_label, box)
        form.addRow(self._escrow_label, self.escrow)
        form.addRow(self._recovery_label, self.recovery)
        self.recovery.setVisible(self._needs_key)
        self._recovery_label.setVisible(self._needs_key)
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.last)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.target.textChanged.connect(self._update)
        self.recovery.textChanged.connect(self._update)
        self.setMinimumWidth(620)
        self._status = status
        self._retranslate()
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backup"))
        self.intro.setText(self.tr(
            "A backup holds the whole vault: every case, interview, attachment, contact and setting, and the "
            "audit log. It is encrypted: it opens with your recovery key, and with the contacts you tick below. "
            "Keep it away from this computer."))
        self.last.setText(status_text(self._status)[0])
        self._target_label.setText(self.tr("Backup &file:"))
        self.browse.setText(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose where to write the backup"))
        self._escrow_label.setText(self.tr("Also &readable by:"))
        self.escrow.setAccessibleName(self.tr("Contacts who may also open the backup"))
        self._recovery_label.setText(self.tr("Recovery &key (once):"))
        self.recovery.setPlaceholderText(self.tr("needed once, to set up backups for this vault"))
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.ok_button.setText(self.tr("&Make backup"))

    def _update(self) -> None:
        ready = bool(self.target.text().strip()) and (not self._needs_key or bool(self.recovery.text().strip()))
        self.ok_button.setEnabled(ready and not self._busy)

    def escrow_names(self) -> list[str]:
        return [self.escrow.item(i).text() for i in range(self.escrow.count())
                if self.escrow.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        self._busy = True
        self.error.clear()
        self._update()
        session, store = self._session, self._store
        target, escrow, key = Path(self.target.text().strip()), self.escrow_names(), self.recovery.text()

        def work(progress: Progress) -> backup.BackupResult:
            if key.strip():
                backup.learn_recovery_key(store, session, key)
            return backup.create_backup(session, target, escrow=escrow,
                                        progress=lambda done, total: progress.update(done, total),
                                        cancel=lambda: progress.cancelled)

        self.op = self._runner.run(self, work, self._done, self._failed, label=self.tr("Writing the backup…"))

    def _done(self, result: backup.BackupResult) -> None:
        self._busy = False
        self.recovery.clear()
        self.finished_backup.emit(result)
        self.accept()

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._busy = False
        if isinstance(exc, BackupKeyMissing):
            self._needs_key = True
            self.recovery.show()
            self._recovery_label.show()
        self.error.show_message(error_text(exc))
        self._update()


class RestoreDialog(Retranslating, _WorkDialog):
    """A backup file, what opens it (recovery key or an age identity file), a new passphrase."""

    restored = Signal(str)  # the user name

    def __init__(self, store: UserStore, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._store = store
        self._runner = runner
        self._busy = False
        self.op = None
        self.result_name: str | None = None
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        file_box, self.file, self.browse = _file_field(self, save=False)
        self.use_recovery = QRadioButton(self)
        self.use_identity = QRadioButton(self)
        self.use_recovery.setChecked(True)
        self.recovery = QLineEdit(self)
        self.recovery.setFont(monospace(1.0))
        identity_box, self.identity, self.identity_browse = _file_field(self, save=False)
        self.identity_box = identity_box
        self.identity_box.setEnabled(False)
        self.replace = QCheckBox(self)
        self.fields = PassphraseFields(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.error = InlineMessage(self)
        self.new_key_label = PlainLabel(self)
        self.new_key_label.setWordWrap(True)
        self.new_key = QLineEdit(self)
        self.new_key.setReadOnly(True)
        self.new_key.setFont(monospace(1.1))
        self.new_key_label.hide()
        self.new_key.hide()
        self._file_label, self._recovery_label = PlainLabel(self), PlainLabel(self)
        self._file_label.setBuddy(self.file)
        self._recovery_label.setBuddy(self.recovery)
        form = QFormLayout()
        form.addRow(self._file_label, file_box)
        form.addRow(self.use_recovery, self.recovery)
        form.addRow(self.use_identity, identity_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.replace)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.new_key_label)
        layout.addWidget(self.new_key)
        layout.addWidget(self.buttons)
        for signal in (self.file.textChanged, self.recovery.textChanged, self.identity.textChanged):
            signal.connect(self._update)
        self.fields.changed.connect(self._update)
        self.use_recovery.toggled.connect(self._toggle)
        self.setMinimumWidth(660)
        self._retranslate()
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(self.tr(
            "Bring a whole vault back from a backup file: on a new laptop, after an erase, or after a border "
            "crossing. It opens with your recovery key (or with the key file of the contact who kept it). "
            "Choose a new passphrase; you get a new recovery key."))
        self._file_label.setText(self.tr("Backup &file:"))
        self.browse.setText(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the backup file"))
        self.use_recovery.setText(self.tr("Recovery &key:"))
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.use_identity.setText(self.tr("Contact's key &file:"))
        self.identity_browse.setText(self.tr("Browse…"))
        self.identity_browse.setAccessibleName(self.tr("Choose the contact's age key file"))
        self.replace.setText(self.tr(
            "Replace this user's vault on this computer if the backup is newer (work since the backup is lost)"))
        self.new_key_label.setText(self.tr(
            "Restored. Your NEW recovery key, shown only this once: write it on paper and keep it apart from this "
            "computer. The old one no longer opens this vault or new backups."))
        self.new_key.setAccessibleName(self.tr("New recovery key"))
        if self.result_name is None:
            self.ok_button.setText(self.tr("&Restore"))
        else:
            self.ok_button.setText(self.tr("I have written it &down"))

    def _toggle(self, recovery: bool) -> None:
        self.recovery.setEnabled(recovery)
        self.identity_box.setEnabled(not recovery)
        self._update()

    def _update(self) -> None:
        if self.result_name is not None:
            self.ok_button.setEnabled(True)
            return
        opener = self.recovery.text().strip() if self.use_recovery.isChecked() else self.identity.text().strip()
        self.ok_button.setEnabled(not self._busy and bool(self.file.text().strip()) and bool(opener)
                                  and self.fields.acceptable)

    def submit(self) -> None:
        if self.result_name is not None:
            self.accept()
            return
        if self._busy or not self.ok_button.isEnabled():
            return
        self._busy = True
        self.busy.show()
        self.error.clear()
        self._update()
        store, path, passphrase = self._store, Path(self.file.text().strip()), self.fields.value()
        recovery_text = self.recovery.text() if self.use_recovery.isChecked() else None
        identity = None if recovery_text is not None else Path(self.identity.text().strip())
        replace = self.replace.isChecked()

        def work(progress: Progress) -> backup.RestoreResult:
            key = backup.key_from_recovery(recovery_text) if recovery_text is not None \
                else backup.key_from_identity_file(identity)  # type: ignore[arg-type]
            return backup.restore_backup(store, path, key, passphrase, replace=replace,
                                         confirm=lambda _question: replace,
                                         progress=lambda done, total: progress.update(done, total),
                                         cancel=lambda: progress.cancelled)

        self.op = self._runner.run(self, work, self._done, self._failed, label=self.tr("Restoring the backup…"))

    def _done(self, result: backup.RestoreResult) -> None:
        self._busy = False
        self.busy.hide()
        self.result_name = result.name
        self.recovery.clear()
        self.fields.clear()
        for widget in (self.fields, self.replace, self.file.parentWidget(), self.use_recovery, self.use_identity,
                       self.recovery, self.identity_box):
            widget.setEnabled(False)
        self.new_key.setText(result.recovery_key)
        self.new_key_label.show()
        self.new_key.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self._retranslate()
        self._update()
        self.restored.emit(result.name)

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._busy = False
        self.busy.hide()
        self.error.show_message(error_text(exc))
        self._update()

    def done(self, code: int) -> None:  # closing any way clears the shown key
        self.new_key.clear()
        super().done(code)


class TravelDialog(Retranslating, _WorkDialog):
    """Border mode: a backup to a contact, read back, then the vault erased here."""

    travelled = Signal(str)  # the erased user's name

    def __init__(self, session: Session, store: UserStore, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._store = store
        self._runner = runner
        self._busy = False
        self.op = None
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self.contact = QListWidget(self)
        for contact in session.contacts.list():
            QListWidgetItem(contact.name, self.contact)
        self.contact.setMaximumHeight(120)
        box, self.target, self.browse = _file_field(self, save=True)
        self.confirm = QLineEdit(self)
        self.recovery = QLineEdit(self)
        self.recovery.setFont(monospace(1.0))
        self._needs_key = not backupsettings.status(session.vault).ready
        self._labels = [PlainLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, field_widget in zip(self._labels, (self.contact, box, self.recovery, self.confirm)):
            label.setBuddy(field_widget)
            form.addRow(label, field_widget)
        self.recovery.setVisible(self._needs_key)
        self._labels[2].setVisible(self._needs_key)
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (self.target.textChanged, self.confirm.textChanged, self.recovery.textChanged):
            signal.connect(self._update)
        self.contact.currentRowChanged.connect(lambda _row: self._update())
        self.setMinimumWidth(640)
        self._retranslate()
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Border mode"))
        self.intro.setText(self.tr(
            "Before a border crossing: the whole vault is handed to the contact you choose, in a backup that they "
            "and your recovery key can open. It is read back and checked; only then is the vault ERASED from this "
            "computer, with your user name. Afterwards, restore it with your recovery key. Move the backup file "
            "off this computer."))
        texts = (self.tr("Keep it with &contact:"), self.tr("Backup &file:"), self.tr("Recovery &key (once):"),
                 self.tr("Type your &user name to confirm:"))
        for label, text in zip(self._labels, texts):
            label.setText(text)
        self.contact.setAccessibleName(self.tr("The contact who keeps the backup"))
        self.browse.setText(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose where to write the backup"))
        self.ok_button.setText(self.tr("Back up and &erase"))

    def _update(self) -> None:
        ready = (self.contact.currentItem() is not None and bool(self.target.text().strip())
                 and self.confirm.text() == self._session.name
                 and (not self._needs_key or bool(self.recovery.text().strip())))
        self.ok_button.setEnabled(ready and not self._busy)

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        self._busy = True
        self.error.clear()
        self._update()
        session, store = self._session, self._store
        contact, target, key = self.contact.currentItem().text(), Path(self.target.text().strip()), self.recovery.text()

        def work(progress: Progress) -> backup.TravelResult:
            if key.strip():
                backup.learn_recovery_key(store, session, key)
            return backup.prepare_travel(store, session, contact, target,
                                         progress=lambda done, total: progress.update(done, total),
                                         cancel=lambda: progress.cancelled)

        self.op = self._runner.run(self, work, self._done, self._failed,
                                   label=self.tr("Writing and checking the backup…"))

    def _done(self, result: backup.TravelResult) -> None:
        self._busy = False
        self.recovery.clear()
        self.accept()
        self.travelled.emit(result.erased)

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._busy = False
        self.error.show_message(error_text(exc))
        self._update()
