"""Adding a contact (pasted text or a QR image) and verifying one (the fingerprint compared aloud)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.contacts import Contact, decode_qr
from fieldintake.crypto.identity import CARD_HEADER, ContactCard, fingerprint
from fieldintake.errors import FieldintakeError, InvalidInput
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.handover.files import choose_open_path
from fieldintake.ui.pages import PageContext
from fieldintake.ui.widgets import InlineMessage, monospace
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


@dataclass(frozen=True)
class ParsedSource:
    name: str  # the name on a card; empty for a bare recipient
    fingerprint: str
    is_card: bool


def parse_source(text: str) -> ParsedSource:
    """What a pasted card or recipient says, before anything is saved."""
    text = text.strip()
    if CARD_HEADER in text:
        card = ContactCard.parse(text)
        return ParsedSource(card.name, card.fingerprint, True)
    recipient = " ".join(text.split())
    if recipient.startswith(("age1", "ssh-")):
        return ParsedSource("", fingerprint(recipient, b""), False)
    raise InvalidInput("Paste a fieldintake contact card, an age1… recipient or an ssh-… public key.")


def _grouped(fp: str) -> str:
    """Five groups of five digits, as read aloud."""
    return " ".join(fp.split())


class AddContactDialog(Retranslating, QDialog):
    added = Signal(object)  # Contact

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("fieldintake")
        self._context: PageContext | None = context
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self.source = QPlainTextEdit(self)
        self.source.setFont(monospace())
        self.from_qr = QPushButton(self)
        self.name = QLineEdit(self)
        self.parsed_name = PlainLabel(self)
        self.parsed_fingerprint = PlainLabel(self)
        self.parsed_fingerprint.setFont(monospace(1.2))
        self.parsed_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = InlineMessage(self)
        self._labels = [PlainLabel(self) for _ in range(4)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.source)
        form.addRow("", self.from_qr)
        form.addRow(self._labels[1], self.parsed_name)
        form.addRow(self._labels[2], self.parsed_fingerprint)
        form.addRow(self._labels[3], self.name)
        self._labels[0].setBuddy(self.source)
        self._labels[3].setBuddy(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.source.textChanged.connect(self._parse)
        self.from_qr.clicked.connect(self._choose_qr)
        self.name.textChanged.connect(lambda _t: self._update_save())
        self.parsed: ParsedSource | None = None
        self.resize(640, 480)
        self._retranslate()
        self._parse()

    def _choose_qr(self) -> None:
        choose_open_path(self, self.tr("A picture of a contact card's QR code"),
                         self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"), self.load_qr)

    def load_qr(self, path: Path) -> None:
        try:
            text = decode_qr(path)
        except FieldintakeError as exc:
            self.message.show_message(error_text(exc))
            return
        self.source.setPlainText(text)

    def _parse(self) -> None:
        text = self.source.toPlainText()
        self.parsed = None
        self.message.clear()
        self.parsed_name.clear()
        self.parsed_fingerprint.clear()
        if text.strip():
            try:
                self.parsed = parse_source(text)
            except FieldintakeError as exc:
                self.message.show_message(error_text(exc))
            else:
                self.parsed_name.setText(self.parsed.name or self.tr("(a bare recipient: no name, cannot sign)"))
                self.parsed_fingerprint.setText(_grouped(self.parsed.fingerprint))
                if self.parsed.name and not self.name.text().strip():
                    self.name.setText(self.parsed.name)
        self._update_save()

    def _update_save(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.parsed is not None and bool(self.name.text().strip()))

    def save(self) -> None:
        if self._context is None or self.parsed is None:
            return
        try:
            contact = self._context.session.contacts.add(self.name.text(), self.source.toPlainText())
        except FieldintakeError as exc:
            self.message.show_message(error_text(exc))
            return
        self.added.emit(contact)
        self.accept()

    def clear(self) -> None:
        self.source.clear()
        self.name.clear()
        self.parsed = None
        self._context = None

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)

    def _retranslate(self) -> None:
        self.intro.setText(self.tr("Paste the contact card they gave you (or an age1… or ssh-… recipient), or "
                                   "read it from a picture of their QR code. Check the fingerprint before saving."))
        texts = (self.tr("&Card or recipient:"), self.tr("Name on the card:"), self.tr("Fingerprint:"),
                 self.tr("Save &as:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.from_qr.setText(self.tr("Read a &QR code picture…"))
        self.source.setAccessibleName(self.tr("Contact card or recipient"))
        self.name.setAccessibleName(self.tr("Name of the contact"))


class VerifyDialog(Retranslating, QDialog):
    """The fingerprint in large digits, to compare aloud or in person; optionally typed back."""

    verified = Signal(object)  # Contact

    def __init__(self, context: PageContext, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("fieldintake")
        self._context: PageContext | None = context
        self.contact_name = contact.name
        self._fingerprint = contact.fingerprint
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self.fingerprint = PlainLabel(_grouped(contact.fingerprint), self)
        self.fingerprint.setFont(monospace(2.2))
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retype = QLineEdit(self)
        self.retype.setFont(monospace())
        self._retype_label = PlainLabel(self)
        self._retype_label.setBuddy(self.retype)
        self.mismatch = InlineMessage(self)
        self.match_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.match_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self._retype_label)
        layout.addWidget(self.retype)
        layout.addWidget(self.mismatch)
        layout.addLayout(row)
        self.retype.textChanged.connect(self._check)
        self.match_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    @staticmethod
    def _plain(text: str) -> str:
        return "".join(ch for ch in text if ch.isalnum()).lower()

    def _check(self) -> None:
        typed = self._plain(self.retype.text())
        expected = self._plain(self._fingerprint)
        wrong = bool(typed) and typed != expected
        if wrong and len(typed) >= len(expected):
            self.mismatch.show_message(self.tr("What you typed differs from the fingerprint: do not mark it verified."))
        else:
            self.mismatch.clear()
        self.match_button.setEnabled(not wrong)

    def confirm(self) -> None:
        if self._context is None or not self.match_button.isEnabled():
            return
        try:
            contact = self._context.session.contacts.set_verified(self.contact_name, True)
        except FieldintakeError as exc:
            self.mismatch.show_message(error_text(exc))
            return
        self.verified.emit(contact)
        self.accept()

    def clear(self) -> None:
        self.fingerprint.clear()
        self.retype.clear()
        self.intro.clear()
        self._context = None

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)

    def _retranslate(self) -> None:
        if self._context is not None:
            self.intro.setText(self.tr(
                "Ask {name} to read the fingerprint shown on their own screen (Contacts & identity), by phone "
                "or in person, and compare it with this one group by group. Never compare it over the channel the "
                "card came through.").format(name=self.contact_name))
        self._retype_label.setText(self.tr("&Optionally, type what they read out:"))
        self.retype.setAccessibleName(self.tr("The fingerprint as they read it"))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the contact"))
        self.match_button.setText(self.tr("They &match: mark verified"))
        self.cancel_button.setText(self.tr("&Cancel"))
