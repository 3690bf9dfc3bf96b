"""The Inbox page: bundles waiting in the inbox folder, inspected before anything is imported.

Selecting a bundle decrypts and verifies all of it in a worker without
writing to the vault (the parsing itself runs in a separate, CPU-limited
process: ``exports/bundle/isolated.py``, so the window and the panic lock
never wait on it); Import runs the same checks again and then writes the
cases in one transaction. Reject imports nothing and leaves the file alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.attachments import display_name
from fieldintake.app.model import URGENCIES
from fieldintake.app.unitofwork import KINDS, CaseChange, Changes
from fieldintake.errors import Cancelled, FieldintakeError
from fieldintake.exports import handover
from fieldintake.exports.bundle import EXTENSION, BundleSummary, ManifestMember
from fieldintake.exports.bundle.agehdr import read_header
from fieldintake.ui.widgets.common import make_table
from fieldintake.ui.format import local_time, size_text, urgency_word
from fieldintake.ui.widgets.table import Column, RowsModel
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.handover.consent import audience_name
from fieldintake.ui.handover.files import choose_open_path
from fieldintake.ui.icons import icon
from fieldintake.ui.pages import PageContext
from fieldintake.ui.settings import UserSettings
from fieldintake.ui.widgets import InlineMessage, monospace
from fieldintake.ui.plaintext import PlainLabel, plain_tooltip
from fieldintake.ui.retranslate import Retranslating

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def needs_passphrase(path: Path) -> bool:
    """Whether the bundle is encrypted to a passphrase (its age header says so; nothing is decrypted)."""
    try:
        with open(path, "rb") as src:
            header, _read = read_header(src)
    except (OSError, FieldintakeError):
        return False  # the inspection itself reports what is wrong with the file
    return header.is_passphrase


SHOWN_CHARS = 120
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class CaseHeading:
    """What the sender's signed manifest says of one case, made safe to show (plain, bounded, one line)."""

    reference: str = ""
    title: str = ""
    urgency: str = ""  # one of URGENCIES, or "" when the manifest says nothing usable


def _shown(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    text = display_name(_SPACES.sub(" ", value[:4 * SHOWN_CHARS]).strip())  # one line; no controls or direction overrides
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


def case_headings(summary: BundleSummary) -> dict[str, CaseHeading]:
    """The headings of the bundle's cases from its verified manifest (``handover.CASE_HEADINGS``); a case
    the manifest says nothing about, or a malformed entry, gets an empty heading."""
    raw = summary.extra.get(handover.CASE_HEADINGS) if isinstance(summary.extra, Mapping) else None
    raw = raw if isinstance(raw, Mapping) else {}
    headings: dict[str, CaseHeading] = {}
    for case_id in summary.cases:
        entry = raw.get(case_id)
        if not isinstance(entry, Mapping):
            headings[case_id] = CaseHeading()
            continue
        urgency = entry.get("urgency")
        headings[case_id] = CaseHeading(_shown(entry.get("reference")), _shown(entry.get("title")),
                                        urgency if isinstance(urgency, str) and urgency in URGENCIES else "")
    return headings


def heading_text(heading: CaseHeading) -> str:
    if not heading.reference and not heading.title:
        return QCoreApplication.translate("InboxPage", "a case (the bundle does not say which)")
    text = " — ".join(part for part in (heading.reference, heading.title) if part)
    if heading.urgency:
        text = QCoreApplication.translate("InboxPage", "{case} · urgency: {urgency}").format(
            case=text, urgency=urgency_word(heading.urgency))
    return text


def member_name(member: ManifestMember, headings: Mapping[str, CaseHeading]) -> str:
    """A member as a person reads it: the file's own name, or which case's record it is; never a UUID path."""
    parts = member.path.split("/")
    if parts[0] == "attachments" and len(parts) >= 3:
        return display_name(parts[-1])
    if parts[0] == "cases" and len(parts) == 2 and parts[1].endswith(".json"):
        heading = headings.get(parts[1][:-len(".json")])
        if heading is not None and heading.reference:
            return QCoreApplication.translate("InboxPage", "Case record {reference}").format(reference=heading.reference)
        return QCoreApplication.translate("InboxPage", "Case record")
    return display_name(member.path)


def _member_columns(headings: Callable[[], Mapping[str, CaseHeading]]) -> list[Column[ManifestMember]]:
    return [
        Column(lambda: QCoreApplication.translate("InboxPage", "Member"), lambda m: member_name(m, headings()),
               tooltip=lambda m: display_name(m.path)),
        Column(lambda: QCoreApplication.translate("InboxPage", "Size"), lambda m: size_text(m.size),
               sort=lambda m: m.size),
        Column(lambda: QCoreApplication.translate("InboxPage", "SHA-256"), lambda m: m.sha256),
    ]


class InboxPage(Retranslating, QWidget):
    key = "inbox"
    inspected = Signal()
    imported = Signal(object)  # handover.ImportReport
    open_case_requested = Signal(str)  # a case id, after import
    failed = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.folder_label = PlainLabel(self)
        self.folder_label.setWordWrap(True)
        self.files = QListWidget(self)
        self.open_button = QPushButton(icon("folder"), "", self)
        self.refresh_button = QPushButton(self)
        left = QVBoxLayout()
        left.addWidget(self.folder_label)
        left.addWidget(self.files, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        left.addLayout(row)
        left_widget = QWidget(self)
        left_widget.setLayout(left)

        # Passphrase bundles: asked inline, never kept after the inspection.
        self.passphrase_box = QWidget(self)
        self.passphrase = QLineEdit(self.passphrase_box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self.passphrase_box)
        self._passphrase_label = PlainLabel(self.passphrase_box)
        self._passphrase_label.setBuddy(self.passphrase)
        prow = QHBoxLayout(self.passphrase_box)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self._passphrase_label)
        prow.addWidget(self.passphrase, 1)
        prow.addWidget(self.unlock_button)
        self.passphrase_box.hide()

        self.status = PlainLabel(self)
        self.status.setWordWrap(True)
        self.error = InlineMessage(self)
        self.forwarded = InlineMessage(self)
        bold = self.forwarded.label.font()
        bold.setBold(True)
        self.forwarded.label.setFont(bold)
        self.unknown = InlineMessage(self)
        self.details = QGroupBox(self)
        self.sender = PlainLabel(self.details)
        self.fingerprint = PlainLabel(self.details)
        self.fingerprint.setFont(monospace(1.2))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.standing = PlainLabel(self.details)
        self.signature = PlainLabel(self.details)
        self.redaction = PlainLabel(self.details)
        self.made = PlainLabel(self.details)
        self.cases = PlainLabel(self.details)
        self.cases.setWordWrap(True)
        self.headings: dict[str, CaseHeading] = {}
        self._detail_labels = [PlainLabel(self.details) for _ in range(7)]
        form = QFormLayout(self.details)
        for label, field in zip(self._detail_labels, (self.sender, self.fingerprint, self.standing, self.signature,
                                                      self.redaction, self.made, self.cases), strict=True):
            form.addRow(label, field)
        self.members_model: RowsModel[ManifestMember] = RowsModel(_member_columns(lambda: self.headings), self)
        self.members = make_table(self, sortable=False)
        self.members.setModel(self.members_model)
        self.import_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.open_case_button = QPushButton(self)
        self.open_case_button.hide()
        self.imported_case_id: str | None = None
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(self.report.fontMetrics().lineSpacing() * 8 + 16)
        self.report.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.open_case_button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.passphrase_box)
        right.addWidget(self.status)
        right.addWidget(self.error)
        right.addWidget(self.forwarded)
        right.addWidget(self.unknown)
        right.addWidget(self.details)
        right.addWidget(self.members, 1)
        right.addLayout(actions)
        right.addWidget(self.report)
        right_widget = QWidget(self)
        right_widget.setLayout(right)
        split = QSplitter(self)
        split.addWidget(left_widget)
        split.addWidget(right_widget)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.current_path: Path | None = None
        self.inspection: handover.Inspection | None = None
        self._passphrase_used: str | None = None
        self._seq = 0
        self.dialogs: list[QWidget] = []
        self.files.currentItemChanged.connect(lambda item, _prev: self._selected(item))
        self.open_button.clicked.connect(self._choose_file)
        self.refresh_button.clicked.connect(self.refresh)
        self.unlock_button.clicked.connect(self._inspect_with_passphrase)
        self.passphrase.returnPressed.connect(self._inspect_with_passphrase)
        self.import_button.clicked.connect(self.ask_import)
        self.reject_button.clicked.connect(self.reject)
        self.open_case_button.clicked.connect(self._open_imported)
        self._retranslate()
        self._show_nothing()
        self.refresh()

    # --- page -----------------------------------------------------------------------

    @property
    def widget(self) -> QWidget:
        return self

    def title(self) -> str:
        return self.tr("Inbox")

    def icon(self) -> QIcon:
        return icon("inbox")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current_path is None:  # new files may have arrived; never drop a bundle being looked at
            self.refresh()

    def inbox_folder(self) -> str:
        return UserSettings.load(self._context.session.vault).inbox if self._context is not None else ""

    def refresh(self) -> None:
        if self._context is None:
            return
        folder = self.inbox_folder()
        self.files.blockSignals(True)
        self.files.clear()
        self.files.blockSignals(False)
        if folder and Path(folder).is_dir():
            self.folder_label.setText(self.tr("Bundles in {folder}:").format(folder=folder))
            for path in sorted(Path(folder).glob(f"*{EXTENSION}")):
                self._add_file(path)
        elif folder:
            self.folder_label.setText(self.tr("The inbox folder {folder} does not exist.").format(folder=folder))
        else:
            self.folder_label.setText(self.tr("No inbox folder yet: choose one in Settings, or open a bundle file."))

    def _add_file(self, path: Path) -> QListWidgetItem:
        item = QListWidgetItem(path.name, self.files)
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(plain_tooltip(str(path)))
        return item

    def _choose_file(self) -> None:
        choose_open_path(self, self.tr("Open a bundle"), self.tr("fieldintake bundles (*{ext})").format(ext=EXTENSION),
                         self.open_file, self.inbox_folder())

    def open_file(self, path: Path) -> None:
        """Show a bundle from anywhere (added to the list for this visit only) and inspect it."""
        for i in range(self.files.count()):
            if self.files.item(i).data(PATH_ROLE) == str(path):
                self.files.setCurrentRow(i)
                return
        self.files.setCurrentItem(self._add_file(path))

    # --- inspect ----------------------------------------------------------------------

    def _selected(self, item: QListWidgetItem | None) -> None:
        self._show_nothing()
        if item is None or self._context is None:
            self.current_path = None
            return
        self.current_path = Path(str(item.data(PATH_ROLE)))
        if needs_passphrase(self.current_path):
            self.passphrase_box.show()
            self.status.setText(self.tr("This bundle is locked with a passphrase. Type the passphrase the sender "
                                        "gave you through another channel."))
            self.passphrase.setFocus()
            return
        self.inspect(None)

    def _inspect_with_passphrase(self) -> None:
        if self.passphrase.text():
            self.inspect(self.passphrase.text())

    def inspect(self, passphrase: str | None) -> None:
        if self._context is None or self.current_path is None:
            return
        self._seq += 1
        seq = self._seq
        session, path = self._context.session, self.current_path
        self._passphrase_used = passphrase
        self.error.clear()
        self.status.setText(self.tr("Checking the bundle: decrypting and verifying everything, importing nothing…"))

        def work(progress):  # type: ignore[no-untyped-def]
            return handover.inspect(session, path, passphrase=passphrase,
                                    progress=lambda done, total: progress.update(done, total, ""),
                                    cancel=lambda: progress.cancelled)

        self._context.runner.run(self, work, lambda result: self._inspected(seq, result),
                                 lambda exc, _d: self._inspect_failed(seq, exc), label=self.tr("Checking the bundle…"))

    def _inspected(self, seq: int, inspection: handover.Inspection) -> None:
        if seq != self._seq or self._context is None:
            return
        self.inspection = inspection
        self.passphrase.clear()
        self.passphrase_box.hide()
        s = inspection.summary
        sender = inspection.sender
        self.details.show()
        self.members.show()
        self.sender.setText(s.sender_card.name)
        self.fingerprint.setText(s.sender_fingerprint)
        if sender is None:
            self.standing.setText(self.tr("NOT one of your contacts"))
            self.unknown.show_message(self.tr(
                "The sender is not one of your contacts. Before importing, compare the fingerprint above with "
                "them by phone or in person."))
        elif sender.verified:
            self.standing.setText(self.tr("Your contact {name}, verified").format(name=sender.name))
        else:
            self.standing.setText(self.tr("Your contact {name}, not verified yet").format(name=sender.name))
        self.signature.setText(self.tr("Valid: the contents are exactly what the sender signed")
                               if s.signature_valid else self.tr("INVALID"))
        if s.forwarded:
            self.forwarded.show_message(self.tr(
                "Forwarded: this bundle was re-encrypted by someone other than its sender after it was sent. "
                "Ask the sender whether they expected that before you import it."))
        if s.redaction.level == "full":
            self.redaction.setText(self.tr("Full cases"))
        else:
            audience = audience_name(s.redaction.audience) if s.redaction.audience else "?"
            self.redaction.setText(self.tr("Redacted for {audience}").format(audience=audience))
        self.made.setText(local_time(s.created_at.isoformat() if hasattr(s.created_at, "isoformat")
                                     else str(s.created_at)))
        self.headings = case_headings(s)
        self.cases.setText("\n".join(heading_text(h) for h in self.headings.values()) or "0")
        self.members_model.set_rows(list(s.members))
        self.members.resizeColumnsToContents()
        if inspection.already_imported:
            self.status.setText(self.tr("Verified. This bundle was imported before."))
        else:
            self.status.setText(self.tr("Verified: decrypted and checked in full. Nothing is imported until you "
                                        "choose Import."))
        self.import_button.setEnabled(not inspection.already_imported)
        self.reject_button.setEnabled(True)
        self.inspected.emit()

    def _inspect_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq or self._context is None:
            return
        self.passphrase.clear()
        self.status.clear()
        if not isinstance(exc, Cancelled):
            self.error.show_message(self.tr("Not imported: {why}").format(why=error_text(exc)))
            self.failed.emit(error_text(exc))
        if self._passphrase_used is not None and self.current_path is not None:
            self.passphrase_box.show()

    # --- import or reject ------------------------------------------------------------------

    def ask_import(self) -> None:
        inspection = self.inspection
        if self._context is None or inspection is None:
            return
        if inspection.sender is not None:
            self.import_bundle(trust_new_sender=False)
            return
        from fieldintake.ui.widgets.common import confirm

        s = inspection.summary
        box = confirm(self.window(), self.tr(
            "{name} is not one of your contacts. Their fingerprint is\n\n{fingerprint}\n\nImport anyway? They will "
            "be added as an unverified contact; verify them later on the Contacts page.").format(
                name=s.sender_card.name, fingerprint=s.sender_fingerprint),
            lambda: self.import_bundle(trust_new_sender=True))
        self.dialogs = [*self.dialogs, box]

    def import_bundle(self, trust_new_sender: bool) -> None:
        if self._context is None or self.current_path is None:
            return
        session, path, passphrase = self._context.session, self.current_path, self._passphrase_used
        self.import_button.setEnabled(False)

        def work(progress):  # type: ignore[no-untyped-def]
            return handover.import_bundle(session, path, passphrase=passphrase, trust_new_sender=trust_new_sender,
                                          progress=lambda done, total: progress.update(done, total, ""),
                                          cancel=lambda: progress.cancelled)

        self._context.runner.run(self, work, self._imported, self._import_failed, label=self.tr("Importing…"))

    def _imported(self, report: handover.ImportReport) -> None:
        if self._context is None:
            return
        self._passphrase_used = None
        lines = []
        if not report.sender_known:
            lines.append(self.tr("Added {name} as an unverified contact.").format(name=report.sender_name))
        for result in report.results:
            if result.created:
                lines.append(self.tr("{reference}: imported as a new case").format(reference=result.reference))
            else:
                lines.append(self.tr("{reference}: updated; {count} field(s) differ").format(
                    reference=result.reference, count=len(result.changed)))
                lines.extend(f"    {path}" for path in result.changed)
        self.report.setPlainText("\n".join(lines))
        self.report.show()
        self.status.setText(self.tr("Imported."))
        self.unknown.clear()
        self.reject_button.setEnabled(False)
        self.imported_case_id = report.results[0].case_id if report.results else None
        self.open_case_button.setVisible(self.imported_case_id is not None)
        # Every page showing cases refreshes from this, as from any committed unit of work.
        self._context.changes.publish(Changes("bundle.imported", tuple(
            CaseChange(r.case_id, frozenset(KINDS), frozenset()) for r in report.results)), self)
        self.imported.emit(report)

    def _open_imported(self) -> None:
        if self._context is not None and self.imported_case_id is not None:
            self.open_case_requested.emit(self.imported_case_id)

    def _import_failed(self, exc: BaseException, _details: str) -> None:
        if self._context is None:
            return
        self.import_button.setEnabled(self.inspection is not None and not self.inspection.already_imported)
        if not isinstance(exc, Cancelled):
            self.error.show_message(self.tr("Not imported: {why}").format(why=error_text(exc)))
            self.failed.emit(error_text(exc))

    def reject(self) -> None:
        """Import nothing; the file stays where it is (deleting it is the user's own decision)."""
        self._show_nothing()
        self.status.setText(self.tr("Not imported. The file was left where it is."))

    # --- clearing ---------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self._seq += 1
        self.inspection = None
        self._passphrase_used = None
        for label in (self.sender, self.fingerprint, self.standing, self.signature, self.redaction, self.made,
                      self.cases, self.status):
            label.clear()
        for message in (self.error, self.forwarded, self.unknown):
            message.clear()
        self.headings = {}
        self.members_model.set_rows([])
        self.imported_case_id = None
        self.open_case_button.hide()
        self.report.clear()
        self.report.hide()
        self.passphrase.clear()
        self.passphrase_box.hide()
        self.details.hide()
        self.members.hide()
        self.import_button.setEnabled(False)
        self.reject_button.setEnabled(False)

    def clear(self) -> None:
        for dialog in self.dialogs:
            try:
                dialog.close()
            except RuntimeError:  # already deleted
                pass
        self.dialogs = []
        self._show_nothing()
        self.files.blockSignals(True)
        self.files.clear()
        self.files.blockSignals(False)
        self.folder_label.clear()
        self.current_path = None
        self._context = None

    def _retranslate(self) -> None:
        self.open_button.setText(self.tr("&Open a bundle file…"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.files.setAccessibleName(self.tr("Bundles in the inbox"))
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self.unlock_button.setText(self.tr("&Check the bundle"))
        self.details.setTitle(self.tr("From"))
        texts = (self.tr("Sender:"), self.tr("Fingerprint:"), self.tr("Contact:"), self.tr("Signature:"),
                 self.tr("Contents:"), self.tr("Made:"), self.tr("Cases:"))
        for label, text in zip(self._detail_labels, texts, strict=True):
            label.setText(text)
        self.members.setAccessibleName(self.tr("Files in the bundle"))
        self.import_button.setText(self.tr("&Import"))
        self.reject_button.setText(self.tr("&Reject"))
        self.open_case_button.setText(self.tr("Open &case"))
        self.report.setAccessibleName(self.tr("What was imported"))
        self.members_model.retranslate()
