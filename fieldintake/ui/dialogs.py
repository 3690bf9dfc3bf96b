"""Small, non-blocking dialogs: errors and confirmations.

Every dialog here is opened with ``open()`` (window-modal, no nested event
loop) and deletes itself on close, so the panic lock can close it at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldintake.errors import FieldintakeError


def error_text(exc: BaseException) -> str:
    """What a person is told: the error's own words, or a generic line for a bug."""
    if isinstance(exc, FieldintakeError):
        return str(exc)
    return QCoreApplication.translate("dialogs", "Something went wrong. Nothing was saved by the step that failed.")


def show_error(parent: QWidget | None, exc: BaseException, details: str = "", debug: bool = False) -> QMessageBox:
    """Tell the user about a failure. Details (a traceback) only in debug mode:
    a traceback may quote values, and values may be case data."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("fieldintake")
    box.setText(error_text(exc))
    if debug and details and not isinstance(exc, FieldintakeError):
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("fieldintake")
    box.setText(text)
    box.open()
    return box
