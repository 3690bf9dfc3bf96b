"""Small widgets shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QStyle,
    QWidget,
)

from fieldintake.app.passphrase import MIN_SCORE, strength
from fieldintake.ui.icons import icon
from fieldintake.ui.passphrasewords import translated_advice
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


def monospace(point_scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * point_scale)
    return font


class WrappedCheckBox(QWidget):
    """A check box whose long text wraps to the width it is given, instead of holding its whole
    panel as wide as the sentence (the export dialog's preview was squeezed to 80 px by one).
    Clicking the words ticks it, as on a plain check box."""

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = PlainLabel(self)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.box.toggled.connect(self.toggled)
        self.setFocusProxy(self.box)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease and self.box.isEnabled():
            self.box.toggle()
            return True
        return super().eventFilter(watched, event)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.label.setText(text)
        self.box.setAccessibleName(text.replace("&", ""))

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:  # noqa: N802 (Qt's name)
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802 (Qt's name)
        self.box.setChecked(checked)


class InlineMessage(QWidget):
    """An error or note under a field: an icon and words, not a colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._icon = PlainLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(icon("warning").pixmap(size, size))
        self.label = PlainLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setAccessibleName("message")
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()


class PassphraseFields(Retranslating, QWidget):
    """New passphrase, confirmation and a strength meter; ``acceptable`` when both agree and are strong."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.advice = PlainLabel(self)
        self.advice.setWordWrap(True)
        self.mismatch = PlainLabel(self)
        self._passphrase_label = PlainLabel(self)
        self._passphrase_label.setBuddy(self.passphrase)
        self._confirm_label = PlainLabel(self)
        self._confirm_label.setBuddy(self.confirm)
        self._meter_label = PlainLabel(self)
        form.addRow(self._passphrase_label, self.passphrase)
        form.addRow(self._confirm_label, self.confirm)
        form.addRow(self._meter_label, self.meter)
        form.addRow("", self.advice)
        form.addRow("", self.mismatch)
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._acceptable = False
        self._retranslate()
        self._update()

    def _retranslate(self) -> None:
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self._confirm_label.setText(self.tr("&Repeat it:"))
        self._meter_label.setText(self.tr("Strength:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self._update()

    def _score_word(self, score: int) -> str:
        words = [self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("strong"), self.tr("very strong")]
        return words[max(0, min(score, 4))]

    def _update(self) -> None:
        text = self.passphrase.text()
        verdict = strength(text)
        self.meter.setValue(verdict.score)
        self.meter.setAccessibleDescription(self._score_word(verdict.score))
        if not text:
            self.advice.setText(self.tr("At least 12 characters; a few unrelated words work well."))
        else:
            summary = self.tr("{word} ({score} of 4; {needed} needed).").format(
                word=self._score_word(verdict.score), score=verdict.score, needed=MIN_SCORE)
            self.advice.setText(f"{summary} {translated_advice(verdict.notes)}".strip())
        matches = self.confirm.text() == text
        self.mismatch.setText("" if matches or not self.confirm.text() else self.tr("The two passphrases differ."))
        self._acceptable = verdict.acceptable and matches
        self.changed.emit()

    @property
    def acceptable(self) -> bool:
        return self._acceptable

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
