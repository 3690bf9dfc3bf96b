"""My contact card: what others need to hand cases over to me and check it is me."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldintake.ui.icons import icon
from fieldintake.ui.pages import PageContext
from fieldintake.ui.qr import qr_pixmap
from fieldintake.ui.widgets import monospace
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


class IdentityPage(Retranslating, QWidget):
    key = "identity"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self._fingerprint_label = PlainLabel(self)
        self.fingerprint = PlainLabel(self)
        self.fingerprint.setFont(monospace(2.0))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fingerprint_label.setBuddy(self.fingerprint)
        self.card_text = QPlainTextEdit(self)
        self.card_text.setReadOnly(True)
        self.card_text.setFont(monospace())
        self.card_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        lines = 10  # the card has 8 lines; room for a scroll bar
        self.card_text.setMaximumHeight(self.card_text.fontMetrics().lineSpacing() * lines + 16)
        self._card_label = PlainLabel(self)
        self._card_label.setBuddy(self.card_text)
        self.copy_button = QPushButton(icon("copy"), "", self)
        self.copy_button.clicked.connect(self.copy_card)
        self.qr = PlainLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self._card_label, 0, 0)
        grid.addWidget(self.card_text, 1, 0)
        grid.addLayout(buttons, 2, 0)
        grid.addWidget(self.qr, 0, 1, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self._fingerprint_label)
        layout.addWidget(self.fingerprint)
        layout.addSpacing(8)
        layout.addLayout(grid, 1)
        self._retranslate()
        self._show_card()

    @property
    def widget(self) -> QWidget:
        return self

    def title(self) -> str:
        return self.tr("Contacts & identity")

    def icon(self) -> QIcon:
        return icon("identity")

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Give this card to the people who hand cases over to you. Before trusting a card, compare "
            "its fingerprint by phone or in person."))
        self._fingerprint_label.setText(self.tr("My fingerprint:"))
        self._card_label.setText(self.tr("My &contact card:"))
        self.copy_button.setText(self.tr("&Copy the card"))
        self.card_text.setAccessibleName(self.tr("My contact card"))
        self.fingerprint.setAccessibleName(self.tr("My fingerprint"))
        self.qr.setAccessibleName(self.tr("My contact card as a QR code"))

    def _show_card(self) -> None:
        if self._context is None:
            return
        card = self._context.session.card()
        text = card.to_text()
        self.card_text.setPlainText(text)
        self.fingerprint.setText(card.fingerprint)
        self.qr.setPixmap(qr_pixmap(text))

    def copy_card(self) -> None:
        if self._context is not None:
            self._context.clipboard.copy(self.card_text.toPlainText())

    def clear(self) -> None:
        self.card_text.clear()
        self.fingerprint.clear()
        self.qr.clear()
        self._context = None
