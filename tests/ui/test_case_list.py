"""The Cases page: new case, search across scripts, filters, opening with the keyboard, Russian labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldintake.ui.case.newcase import NewCaseDialog
from tests.ui.casehelp import column_texts, open_app, reload_and_wait, top_level_texts
from tests.ui.conftest import MakeController


def test_ctrl_n_creates_a_case_that_appears_in_the_list(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    window = controller.main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [dialog] = [d for d in page.findChildren(NewCaseDialog) if d.isVisible()]
    assert dialog.start_interview.isChecked()
    assert dialog.template.count() >= 1
    QTest.keyClicks(dialog.title, "Invented expulsion case")
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("critical"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.view is not None)
    assert page.view.tabs.currentWidget() is page.view.interviews  # the interview it started
    assert page.view.interviews.model.rowCount() == 1
    assert "Invented expulsion case" not in top_level_texts()  # never in a window title
    page.view.go_back()
    qtbot.waitUntil(lambda: "Invented expulsion case" in column_texts(page.table, 1))
    [urgency] = column_texts(page.table, 4)
    assert urgency == "critical"


def test_search_box_finds_a_client_by_a_transliterated_name(qtbot, make_controller: MakeController,
                                                             alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    cases = controller.session.cases
    wanted = cases.create("Appeal against removal")
    cases.add_person(wanted.id, "client", "Качкуркин Тимур")
    cases.create("Unrelated asylum case")
    reload_and_wait(qtbot, page)
    assert page.model.rowCount() == 2
    page.find_action.trigger()  # Ctrl+F
    assert page.search.hasFocus() or page.search.isVisible()
    QTest.keyClicks(page.search, "Kachkurkin")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0).summary.id == wanted.id,
                    timeout=10_000)
    assert not page.table.isColumnHidden(6)
    [snippet] = column_texts(page.table, 6)
    assert "[Качкуркин]" in snippet
    assert page.count_label.text() == "Matches: 1"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert page.table.isColumnHidden(6)


def test_filters_narrow_the_list(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    cases = controller.session.cases
    urgent = cases.create("Urgent one", urgency="critical", tags=["Almaty"])
    calm = cases.create("Calm one", urgency="low")
    cases.add_deadline(calm.id, "appeal", "Appeal", "2020-01-01")
    closed = cases.create("Closed one", status="closed")
    reload_and_wait(qtbot, page)
    assert {r.summary.id for r in page.model.rows} == {urgent.id, calm.id}  # open cases by default
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.urgency_filter.setCurrentIndex(page.urgency_filter.findData("critical"))
    assert [r.summary.id for r in page.model.rows] == [urgent.id]
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.urgency_filter.setCurrentIndex(0)
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.due_filter.setCurrentIndex(page.due_filter.findData(7))
    assert [r.summary.id for r in page.model.rows] == [calm.id]
    assert "(overdue)" in column_texts(page.table, 5)[0]
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.due_filter.setCurrentIndex(0)
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        QTest.keyClicks(page.tag_filter, "almaty")
    assert [r.summary.id for r in page.model.rows] == [urgent.id]
    page.tag_filter.clear()
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    assert [r.summary.id for r in page.model.rows] == [closed.id]


def test_enter_opens_the_case_and_alt_left_goes_back(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Keyboard case")
    reload_and_wait(qtbot, page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert page.view is not None and page.view.case_id == case.id
    assert page.stack.currentWidget() is page.view
    assert page.view.overview.title.text() == "Keyboard case"
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        controller.main_window.back_action.trigger()  # Alt+Left: the window's one Back action
    assert page.view is None and page.stack.currentWidget() is page.list_panel


def test_russian_labels(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Title"
    controller.set_language("ru")
    qtbot.waitUntil(lambda: page.heading.text() == "Дела")  # LanguageChange arrives on the next loop turn
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Название"
    assert page.urgency_filter.itemText(page.urgency_filter.findData("critical")) == "критическая"
