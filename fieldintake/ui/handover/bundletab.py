"""3. Hand the case over in a bundle: to contacts or a passphrase, full or redacted, to a file or the outbox."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldintake.errors import Cancelled, InvalidInput
from fieldintake.exports import handover
from fieldintake.exports.bundle import EXTENSION
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.handover.consent import AudienceConsent
from fieldintake.ui.format import size_text
from fieldintake.ui.handover.files import choose_save_path
from fieldintake.ui.pages import PageContext
from fieldintake.ui.settings import UserSettings
from fieldintake.ui.widgets import InlineMessage, PassphraseFields, monospace
from fieldintake.ui.workers import Progress
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class BundleTab(Retranslating, QWidget):
    exported = Signal(object)  # handover.ExportResult

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        # Who: contacts or a passphrase.
        self.to_contacts = QRadioButton(self)
        self.to_passphrase = QRadioButton(self)
        self._who = QButtonGroup(self)
        self._who.addButton(self.to_contacts)
        self._who.addButton(self.to_passphrase)
        self.contacts = QListWidget(self)
        self.unverified = InlineMessage(self)
        self.passphrase = PassphraseFields(self)
        self.passphrase_note = PlainLabel(self)
        self.passphrase_note.setWordWrap(True)
        self.who_box = QGroupBox(self)
        who = QVBoxLayout(self.who_box)
        who.addWidget(self.to_contacts)
        who.addWidget(self.contacts, 1)
        who.addWidget(self.unverified)
        who.addWidget(self.to_passphrase)
        who.addWidget(self.passphrase)
        who.addWidget(self.passphrase_note)
        # What: full or redacted, with PDFs.
        self.full = QRadioButton(self)
        self.redacted = QRadioButton(self)
        self._what = QButtonGroup(self)
        self._what.addButton(self.full)
        self._what.addButton(self.redacted)
        self.consent = AudienceConsent(context, case_id, self._language, self)
        self.with_pdf = QCheckBox(self)
        self.what_box = QGroupBox(self)
        what = QVBoxLayout(self.what_box)
        what.addWidget(self.full)
        what.addWidget(self.redacted)
        what.addWidget(self.consent)
        what.addWidget(self.with_pdf)
        # Where: a file or the outbox folder.
        self.to_file = QRadioButton(self)
        self.to_outbox = QRadioButton(self)
        self._where = QButtonGroup(self)
        self._where.addButton(self.to_file)
        self._where.addButton(self.to_outbox)
        self.outbox = UserSettings.load(context.session.vault).outbox
        self.where_box = QGroupBox(self)
        where = QVBoxLayout(self.where_box)
        where.addWidget(self.to_file)
        where.addWidget(self.to_outbox)
        self.create_button = QPushButton(self)
        self.problem = InlineMessage(self)
        # The result.
        self.bundle_id = QLineEdit(self)
        self.size = PlainLabel(self)
        self.sha256 = QLineEdit(self)
        self.path = QLineEdit(self)
        for edit in (self.bundle_id, self.sha256, self.path):
            edit.setReadOnly(True)
            edit.setFont(monospace())
        self.result_box = QGroupBox(self)
        self._result_labels = [PlainLabel(self) for _ in range(4)]
        result = QFormLayout(self.result_box)
        for label, field in zip(self._result_labels, (self.path, self.bundle_id, self.size, self.sha256), strict=True):
            result.addRow(label, field)
        self.result_box.hide()

        right = QVBoxLayout()
        right.addWidget(self.what_box)
        right.addWidget(self.where_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addWidget(self.problem)
        right.addWidget(self.result_box)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.who_box, 1)
        layout.addLayout(right, 1)

        self.to_contacts.setChecked(True)
        self.full.setChecked(True)
        self.to_outbox.setChecked(bool(self.outbox))
        self.to_file.setChecked(not self.outbox)
        self.to_outbox.setEnabled(bool(self.outbox))
        for button in (self.to_contacts, self.to_passphrase, self.full, self.redacted):
            button.toggled.connect(lambda _c: self._update())
        self.contacts.itemChanged.connect(lambda _i: self._update())
        self.passphrase.changed.connect(self._update)
        self.consent.checked.connect(self._update)
        self.create_button.clicked.connect(self.create)
        self._load_contacts()
        self._retranslate()
        self._update()

    def _language(self) -> str:
        """Placeholders in a redacted copy follow the UI language (English when it has none)."""
        current = self._context.current_language() if self._context is not None else "en"
        return current if current in ("en", "ru", "kk", "uk") else "en"

    def _load_contacts(self) -> None:
        if self._context is None:
            return
        self.contacts.clear()
        for contact in self._context.session.contacts.list():
            item = QListWidgetItem(self.contacts)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(NAME_ROLE, contact.name)
            item.setData(Qt.ItemDataRole.UserRole, contact.verified)
            mark = "✓ " if contact.verified else ""
            item.setText(f"{mark}{contact.name}    {contact.fingerprint}")

    def chosen_contacts(self) -> list[str]:
        return [str(self.contacts.item(i).data(NAME_ROLE)) for i in range(self.contacts.count())
                if self.contacts.item(i).checkState() == Qt.CheckState.Checked]

    def check_contact(self, name: str) -> None:
        for i in range(self.contacts.count()):
            if self.contacts.item(i).data(NAME_ROLE) == name:
                self.contacts.item(i).setCheckState(Qt.CheckState.Checked)

    def _unverified_chosen(self) -> list[str]:
        return [str(self.contacts.item(i).data(NAME_ROLE)) for i in range(self.contacts.count())
                if self.contacts.item(i).checkState() == Qt.CheckState.Checked
                and not self.contacts.item(i).data(Qt.ItemDataRole.UserRole)]

    def _update(self) -> None:
        by_contacts = self.to_contacts.isChecked()
        self.contacts.setEnabled(by_contacts)
        self.passphrase.setVisible(not by_contacts)
        self.passphrase_note.setVisible(not by_contacts)
        self.consent.setVisible(self.redacted.isChecked())
        if self.redacted.isChecked() and self.consent.result is None and not self.consent.status.text():
            self.consent.recheck()
        unverified = self._unverified_chosen() if by_contacts else []
        if unverified:
            self.unverified.show_message(self.tr(
                "Not verified yet: {names}. Compare their fingerprint by phone or in person before handing "
                "cases over.").format(names=", ".join(unverified)))
        else:
            self.unverified.clear()
        who_ok = bool(self.chosen_contacts()) if by_contacts else self.passphrase.acceptable
        what_ok = self.full.isChecked() or self.consent.ready
        self.create_button.setEnabled(who_ok and what_ok and self._context is not None)

    def create(self) -> None:
        if self._context is None or not self.create_button.isEnabled():
            return
        if self.to_outbox.isChecked() and self.outbox:
            if not Path(self.outbox).is_dir():
                self.problem.show_message(self.tr("The outbox folder {folder} does not exist: create it, or choose "
                                                  "another one in Settings.").format(folder=self.outbox))
                return
            self.export_to(Path(self.outbox))
        else:
            choose_save_path(self, self.tr("Save the bundle"), f"case{EXTENSION}",
                             self.tr("fieldintake bundles (*{ext})").format(ext=EXTENSION), self.export_to, EXTENSION)

    def export_to(self, output: Path) -> None:
        if self._context is None:
            return
        session = self._context.session
        case_id = self.case_id
        contacts = self.chosen_contacts() if self.to_contacts.isChecked() else []
        passphrase = None if self.to_contacts.isChecked() else self.passphrase.value()
        audience = self.consent.current_audience() if self.redacted.isChecked() else None
        reason = self.consent.override_reason if audience else None
        lang = self.consent.lang()
        with_pdf = self.with_pdf.isChecked()
        if not contacts and passphrase is None:
            self.problem.show_message(str(InvalidInput("Choose at least one contact, or use a passphrase.")))
            return
        self.problem.clear()

        def work(progress: Progress) -> handover.ExportResult:
            payload = handover.prepare_payload(session, [case_id], audience=audience, lang=lang,
                                               override_reason=reason, with_pdf=with_pdf)
            progress.check()
            return handover.export_bundle(
                session, [case_id], output, contacts=contacts, passphrase=passphrase, payload=payload,
                progress=lambda done, total: progress.update(done, total, ""),
                cancel=lambda: progress.cancelled)

        self._context.runner.run(self, work, self._exported, self._failed, label=self.tr("Writing the bundle…"))

    def _exported(self, result: handover.ExportResult) -> None:
        if self._context is None:
            return
        self.path.setText(str(result.path))
        self.bundle_id.setText(result.info.bundle_id)
        self.size.setText(size_text(result.info.size))
        self.sha256.setText(result.info.sha256)
        self.result_box.show()
        self.passphrase.clear()
        self.exported.emit(result)

    def _failed(self, exc: BaseException, details: str) -> None:
        if self._context is None or isinstance(exc, Cancelled):
            return
        show_error(self.window(), exc, details)

    def clear(self) -> None:
        self.consent.clear()
        self.contacts.clear()
        self.passphrase.clear()
        for edit in (self.bundle_id, self.sha256, self.path):
            edit.clear()
        self.size.clear()
        self.unverified.clear()
        self.problem.clear()
        self._context = None

    def _retranslate(self) -> None:
        self.who_box.setTitle(self.tr("Who can open it"))
        self.to_contacts.setText(self.tr("&Contacts (their cards' keys)"))
        self.contacts.setAccessibleName(self.tr("Contacts to hand the case over to"))
        self.to_passphrase.setText(self.tr("A &passphrase"))
        self.passphrase_note.setText(self.tr(
            "Give the passphrase through another channel (in person or by phone), never with the bundle."))
        self.what_box.setTitle(self.tr("What goes in"))
        self.full.setText(self.tr("The &full case"))
        self.redacted.setText(self.tr("A &redacted copy"))
        self.with_pdf.setText(self.tr("Include the &PDFs"))
        self.where_box.setTitle(self.tr("Where to write it"))
        self.to_file.setText(self.tr("Save to a &file…"))
        self.to_outbox.setText(self.tr("Into the &outbox folder ({folder})").format(folder=self.outbox)
                               if self.outbox else self.tr("Into the outbox folder (set one in Settings)"))
        self.create_button.setText(self.tr("Create the &bundle"))
        self.result_box.setTitle(self.tr("Bundle written"))
        for label, text in zip(self._result_labels, (self.tr("File:"), self.tr("Bundle id:"), self.tr("Size:"),
                                                     self.tr("SHA-256:")), strict=True):
            label.setText(text)
        self._update()
