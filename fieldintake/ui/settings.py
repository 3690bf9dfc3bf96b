"""Settings: the language (in ui.json, needed before unlock) and per-user
defaults (in the encrypted vault)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import backupsettings, settingkeys
from fieldintake.app.vault import Vault
from fieldintake.ui.backup import status_text
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.i18n import LANGUAGES
from fieldintake.ui.icons import icon
from fieldintake.ui.pages import PageContext
from fieldintake.ui.safety.idle import DEFAULT_MINUTES
from fieldintake.ui.widgets import InlineMessage
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating

# Keys in the vault's settings table: one home (app/settingkeys.py), read by the exports and the CLI too.
IDLE_MINUTES = settingkeys.IDLE_MINUTES
ORGANISATION = settingkeys.ORGANISATION
PREPARER = settingkeys.PREPARER
BATES_PREFIX = settingkeys.BATES_PREFIX
INBOX_FOLDER = settingkeys.INBOX_FOLDER
OUTBOX_FOLDER = settingkeys.OUTBOX_FOLDER


@dataclass(frozen=True)
class UserSettings:
    idle_minutes: int = DEFAULT_MINUTES
    organisation: str = ""
    preparer: str = ""
    bates_prefix: str = ""
    inbox: str = ""
    outbox: str = ""
    backup_folder: str = ""
    remind_days: int = backupsettings.DEFAULT_REMIND_DAYS

    @classmethod
    def load(cls, vault: Vault) -> UserSettings:
        try:
            minutes = int(vault.get_setting(IDLE_MINUTES) or DEFAULT_MINUTES)
        except ValueError:
            minutes = DEFAULT_MINUTES
        return cls(
            idle_minutes=max(1, min(minutes, 240)),
            organisation=settingkeys.organisation(vault),
            preparer=vault.get_setting(PREPARER, "") or "",
            bates_prefix=vault.get_setting(BATES_PREFIX, "") or "",
            inbox=vault.get_setting(INBOX_FOLDER, "") or "",
            outbox=vault.get_setting(OUTBOX_FOLDER, "") or "",
            backup_folder=backupsettings.status(vault).folder or "",
            remind_days=min(backupsettings.status(vault).remind_days, 365),
        )

    def save(self, vault: Vault) -> None:
        with vault.transaction():  # one write, one commit
            for key, value in ((IDLE_MINUTES, str(self.idle_minutes)), (ORGANISATION, self.organisation),
                               (PREPARER, self.preparer), (BATES_PREFIX, self.bates_prefix), (INBOX_FOLDER, self.inbox),
                               (OUTBOX_FOLDER, self.outbox), (backupsettings.FOLDER, self.backup_folder),
                               (backupsettings.REMIND_DAYS, str(self.remind_days))):
                if vault.get_setting(key) != value:
                    vault.set_setting(key, value)


class FolderField(QWidget):
    """A path and a Browse button; Qt's own dialog (no native recent-files list), opened without a nested loop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.browse = QPushButton(icon("folder"), "", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.setFocusProxy(self.edit)
        self.browse.clicked.connect(self._choose)

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.browse.accessibleName())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if self.edit.text():
            dialog.setDirectory(self.edit.text())
        dialog.fileSelected.connect(self.edit.setText)
        dialog.open()


class SettingsPage(Retranslating, QWidget):
    key = "settings"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 240)
        self.organisation = QLineEdit(self)
        self.preparer = QLineEdit(self)
        self.bates = QLineEdit(self)
        self.bates.setMaxLength(16)
        self.inbox = FolderField(self)
        self.outbox = FolderField(self)
        self.backup_folder = FolderField(self)
        self.remind_days = QSpinBox(self)
        self.remind_days.setRange(0, 365)
        self.last_backup = PlainLabel(self)
        self.last_backup.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.status = PlainLabel(self)
        self.error = InlineMessage(self)
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, field_widget in (("language", self.language), ("idle", self.idle),
                                  ("organisation", self.organisation), ("preparer", self.preparer),
                                  ("bates", self.bates),
                                  ("inbox", self.inbox), ("outbox", self.outbox),
                                  ("backup_folder", self.backup_folder), ("remind_days", self.remind_days)):
            label = PlainLabel(self)
            label.setBuddy(field_widget)
            self._labels[key] = label
            form.addRow(label, field_widget)
        self._language_note = PlainLabel(self)
        self._language_note.setWordWrap(True)
        form.insertRow(1, "", self._language_note)
        form.addRow("", self.last_backup)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QHBoxLayout(self)  # a readable line length on wide screens
        layout.addLayout(column, 3)
        layout.addStretch(1)
        self._load()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._retranslate()

    @property
    def widget(self) -> QWidget:
        return self

    def title(self) -> str:
        return self.tr("Settings")

    def icon(self) -> QIcon:
        return icon("settings")

    def _retranslate(self) -> None:
        texts = {
            "language": self.tr("&Language:"),
            "idle": self.tr("Lock after &idle minutes:"),
            "organisation": self.tr("Default &organisation:"),
            "preparer": self.tr("Default &preparer:"),
            "bates": self.tr("Default &Bates prefix:"),
            "inbox": self.tr("In&box folder:"),
            "outbox": self.tr("O&utbox folder:"),
            "backup_folder": self.tr("Ba&ckup folder:"),
            "remind_days": self.tr("Remind me to back up e&very:"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
            buddy = self._labels[key].buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self._language_note.setText(self.tr("The language is kept outside the vault, so the unlock screen can use it."))
        self.idle.setSuffix(self.tr(" min"))
        self.bates.setPlaceholderText(self.tr("e.g. FI-"))
        self.inbox.browse.setText(self.tr("Browse…"))
        self.outbox.browse.setText(self.tr("Browse…"))
        self.inbox.browse.setAccessibleName(self.tr("Choose the inbox folder"))
        self.outbox.browse.setAccessibleName(self.tr("Choose the outbox folder"))
        self.backup_folder.browse.setText(self.tr("Browse…"))
        self.backup_folder.browse.setAccessibleName(self.tr("Choose the backup folder"))
        self.remind_days.setSuffix(self.tr(" days"))
        self.remind_days.setSpecialValueText(self.tr("never"))
        self._show_last_backup()
        self.save_button.setText(self.tr("&Save"))
        self.status.clear()

    def _load(self) -> None:
        if self._context is None:
            return
        current = self._context.current_language()
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(index, 0))
        values = UserSettings.load(self._context.session.vault)
        self.idle.setValue(values.idle_minutes)
        self.organisation.setText(values.organisation)
        self.preparer.setText(values.preparer)
        self.bates.setText(values.bates_prefix)
        self.inbox.edit.setText(values.inbox)
        self.outbox.edit.setText(values.outbox)
        self.backup_folder.edit.setText(values.backup_folder)
        self.remind_days.setValue(values.remind_days)
        self._show_last_backup()

    def _show_last_backup(self) -> None:
        if self._context is None:
            self.last_backup.clear()
            return
        self.last_backup.setText(status_text(backupsettings.status(self._context.session.vault))[0])

    def _language_chosen(self, _index: int) -> None:
        if self._context is not None:
            self._context.set_language(str(self.language.currentData()))

    def values(self) -> UserSettings:
        return UserSettings(
            idle_minutes=self.idle.value(),
            organisation=self.organisation.text().strip(),
            preparer=self.preparer.text().strip(),
            bates_prefix=self.bates.text().strip(),
            inbox=self.inbox.edit.text().strip(),
            outbox=self.outbox.edit.text().strip(),
            backup_folder=self.backup_folder.edit.text().strip(),
            remind_days=self.remind_days.value(),
        )

    def save(self) -> None:
        if self._context is None:
            return
        context = self._context
        values = self.values()
        self.error.clear()
        self.save_button.setEnabled(False)
        context.runner.run(self, lambda _p: values.save(context.session.vault), lambda _r: self._saved(),
                           self._failed)

    def _saved(self) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved."))
        self._show_last_backup()
        if self._context is not None:
            self._context.settings_changed()

    def _failed(self, exc: BaseException, _details: str) -> None:
        self.save_button.setEnabled(True)
        self.error.show_message(error_text(exc))

    def clear(self) -> None:
        for edit in (self.organisation, self.bates, self.inbox.edit, self.outbox.edit, self.backup_folder.edit):
            edit.clear()
        self._context = None
