"""Helpers for the case screen tests: reach the pages, wait for their workers, read every shown value."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from fieldintake.ui.app import Controller
from fieldintake.ui.case import CasesPage, DeadlinesPage
from fieldintake.ui.case.caseview import CaseView
from fieldintake.ui.widgets import InlineMessage
from tests.ui.conftest import unlock


def open_app(qtbot, make_controller, **kwargs) -> tuple[Controller, CasesPage]:  # type: ignore[no-untyped-def]
    controller = make_controller(**kwargs)
    unlock(qtbot, controller)
    page = cases_page(controller)
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
    return controller, page


def cases_page(controller: Controller) -> CasesPage:
    assert controller.main_window is not None
    page = controller.main_window.page("cases")
    assert isinstance(page, CasesPage)
    return page


def deadlines_page(controller: Controller) -> DeadlinesPage:
    assert controller.main_window is not None
    page = controller.main_window.page("deadlines")
    assert isinstance(page, DeadlinesPage)
    return page


def reload_and_wait(qtbot, page: CasesPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.reload()


def column_texts(view: QAbstractItemView, column: int) -> list[str]:
    model = view.model()
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def open_view(page: CasesPage) -> CaseView:
    assert page.view is not None
    return page.view


def model_texts(widget: QWidget) -> list[str]:
    """Every cell, header and tooltip of every item view under ``widget``."""
    texts: list[str] = []
    for view in [widget, *widget.findChildren(QWidget)]:
        if not isinstance(view, QAbstractItemView) or view.model() is None:
            continue
        model = view.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # list models hide columnCount: one column
            columns = 1
        for r in range(model.rowCount(QModelIndex())):
            for c in range(columns):
                index = model.index(r, c)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if value:
                        texts.append(str(value))
    return texts


def pixmaps_shown(widget: QWidget) -> int:
    """Labels showing a picture, leaving out the warning icons of inline messages (not data)."""
    return sum(1 for label in widget.findChildren(QLabel)
               if not label.pixmap().isNull() and not isinstance(label.parent(), InlineMessage))


def top_level_texts() -> str:
    return "\n".join(w.windowTitle() for w in QApplication.topLevelWidgets())


def texts_under(root: QWidget) -> list[str]:
    """Like ``visible_texts`` but without deleting what is scheduled for deletion: what ``clear()`` left."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.extend([widget.toolTip(), widget.accessibleDescription()])
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    return [*texts, *model_texts(root)]
