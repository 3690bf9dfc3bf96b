"""The window's shortcuts: one action per key, window-wide, so no key is ambiguous and none is dead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.casehelp import open_app, open_view
from tests.ui.conftest import MakeController


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def test_alt_left_goes_back_from_an_open_case(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented case for the back key")
    page.open_case(case.id)
    view = open_view(page)
    _activate(qtbot, controller.main_window)
    view.overview.title.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.view is None
    assert page.stack.currentWidget() is page.list_panel


def test_ctrl_f_from_an_open_case_goes_to_the_search(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented case for the find key")
    page.open_case(case.id)
    open_view(page).show_tab("history")
    _activate(qtbot, controller.main_window)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.view is None
    assert QApplication.focusWidget() is page.search


def test_ctrl_f_from_another_page_goes_to_the_case_search(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    window = controller.main_window
    window.show_page("settings")
    _activate(qtbot, window)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is page
    assert QApplication.focusWidget() is page.search


def test_every_window_shortcut_has_one_action(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented case for the shortcut census")
    page.open_case(case.id)
    window = controller.main_window
    from PySide6.QtGui import QAction

    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(QKeySequence.SequenceFormat.PortableText), []).append(action.text())
    doubled = {key: names for key, names in owners.items() if len(names) > 1}
    assert doubled == {}
