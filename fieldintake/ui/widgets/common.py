"""Small pieces the case screens share: a confirm box, a table view set up for keyboard use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from fieldintake.ui.plaintext import message_box


def confirm(parent: QWidget, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask with ``open()`` (no nested loop, so a lock can close it); ``on_yes`` only on Yes."""
    box = message_box(parent, QMessageBox.Icon.Question, text)  # shows names and titles: plain text
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.finished.connect(lambda result: on_yes() if result == QMessageBox.StandardButton.Yes else None)
    box.open()
    return box


def make_table(parent: QWidget, sortable: bool = True, cls: type[QTableView] = QTableView) -> QTableView:
    table = cls(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(sortable)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setWordWrap(False)
    return table


def select_first(table: QTableView) -> None:
    model = table.model()
    if model is not None and model.rowCount() > 0:
        table.setCurrentIndex(model.index(0, 0))


def attempt(parent: QWidget, action: Callable[[], object]) -> bool:
    """Run a quick service call on the UI thread; a user-facing failure becomes an error box."""
    from fieldintake.errors import FieldintakeError
    from fieldintake.ui.dialogs import show_error

    try:
        action()
    except FieldintakeError as exc:
        show_error(parent.window(), exc)
        return False
    return True


def heading_font(widget: QWidget, scale: float = 1.3):  # type: ignore[no-untyped-def]
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    return font
