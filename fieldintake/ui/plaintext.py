"""Text on screen is plain text: the one way labels, message boxes and tooltips are made.

Qt guesses (``Qt.AutoText``) whether a QLabel's or QMessageBox's text is
markup, and tooltips are rendered as rich text whenever they look like it.
A contact card named ``<b>Your contact Alice, verified</b><span
style="font-size:1px">`` would then restyle the stranger warning into
invisibility (issue 10). So every label in the GUI is a ``PlainLabel``, every
message box comes from ``message_box`` and every tooltip that can hold data
goes through ``plain_tooltip``; tests/ui/test_plain_text.py checks the
source for stray ``QLabel(`` and ``QMessageBox(`` and walks the screens.
A label that really wants markup builds it with ``markup``, which escapes
every value put into it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget


class PlainLabel(QLabel):
    """A QLabel that never interprets its text as markup."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setTextFormat(self, fmt: Qt.TextFormat) -> None:  # noqa: N802 (Qt's name)
        if fmt is not Qt.TextFormat.PlainText:
            raise ValueError("A PlainLabel shows plain text only; build markup with plaintext.markup and a QLabel.")
        super().setTextFormat(fmt)


class ElidedLabel(PlainLabel):
    """One line cut with "…" to the width it is given: a long case title never widens the window.

    ``text()`` is the whole text; ``shown_text()`` what is drawn. Its size hint
    asks for at most ``max_hint`` pixels and its minimum is a few characters, so
    the layout, not the text, decides the width (issue 16, bug 8).
    """

    def __init__(self, parent: QWidget | None = None, max_hint: int = 480) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_hint = max_hint
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setWordWrap(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def clear(self) -> None:
        """Drop the text and the tooltip (a caller may have put the whole text there): nothing is left."""
        self._full = ""
        self.setToolTip("")
        super().clear()

    def shown_text(self) -> str:
        return super().text()

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = min(metrics.horizontalAdvance(self._full), self._max_hint) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance("M…") * 2, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins()
        room = max(0, self.width() - margins.left() - margins.right())
        one_line = " ".join(self._full.split())
        super().setText(self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, room))


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, *, informative: str = "",
                title: str = "fieldintake") -> QMessageBox:
    """A message box whose text and informative text are shown exactly as given."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # applies to the informative text too
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setWordWrap(True)  # Qt wraps only rich text by default; a long plain line would widen the box
    return box


def plain_tooltip(text: str | None) -> str:
    """A tooltip that shows ``text`` literally (Qt renders tooltips as rich text when they look like markup)."""
    if not text:
        return ""
    if not GuiQt.mightBeRichText(text):
        return text  # Qt shows it as it is
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)


def markup(template: str, **values: object) -> str:
    """Rich text from our own ``template`` (``"<b>{name}</b>"``) with every value escaped."""
    return template.format(**{k: html.escape(str(v), quote=True) for k, v in values.items()})
