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

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


class PlainLabel(QLabel):
    """A QLabel that never interprets its text as markup."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setTextFormat(self, fmt: Qt.TextFormat) -> None:  # noqa: N802 (Qt's name)
        if fmt is not Qt.TextFormat.PlainText:
            raise ValueError("A PlainLabel shows plain text only; build markup with plaintext.markup and a QLabel.")
        super().setTextFormat(fmt)


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
