"""Issue 16 bug 6: no label shows a literal "&", and a time typed into the deadline's time box takes."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from fieldintake.ui.case.deadlinedialog import DeadlineDialog
from fieldintake.ui.case.people import PersonDialog

_MNEMONIC = re.compile(r"&(?!&)")


def literal_ampersands(root: QWidget) -> list[str]:
    """Labels whose "&" Qt would draw as typed: a mnemonic is only hidden when the label has a buddy."""
    return [label.text() for label in root.findChildren(QLabel)
            if _MNEMONIC.search(label.text().replace("&&", "")) and label.buddy() is None]


def test_deadline_and_person_dialogs_show_no_literal_ampersand(qtbot) -> None:  # type: ignore[no-untyped-def]
    for dialog in (DeadlineDialog(), PersonDialog()):
        qtbot.addWidget(dialog)
        assert literal_ampersands(dialog) == []


def test_due_label_mnemonic_focuses_the_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DeadlineDialog()
    qtbot.addWidget(dialog)
    due = next(label for label in dialog.findChildren(QLabel) if label.text() == "&Due:")
    assert due.buddy() is dialog.day


def test_typing_a_time_into_the_deadline_sets_the_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DeadlineDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(QDate(2026, 12, 24))
    dialog.time.setFocus()
    dialog.time.setSelectedSection(dialog.time.Section.HourSection)
    QTest.keyClicks(dialog.time, "1430")
    QTest.keyClick(dialog.time, Qt.Key.Key_Tab)
    assert dialog.time.time() == QTime(14, 30)
    expected = QDateTime(QDate(2026, 12, 24), QTime(14, 30)).toUTC().toString("yyyy-MM-ddTHH:mm:ss") + "Z"
    assert dialog.fields()["due"] == expected


def test_no_screen_of_the_window_shows_a_literal_ampersand(qtbot, make_controller, alice: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from fieldintake.ui.case.caseview import TAB_KEYS
    from tests.ui.casehelp import open_app, open_view

    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented client")
    controller.session.cases.add_interview(case.id, "deportation-risk")
    window = controller.main_window
    assert window is not None
    found: set[str] = set()
    for index in range(len(window.pages)):
        window.show_page_at(index)
        found |= set(literal_ampersands(window))
    page.open_case(case.id)
    view = open_view(page)
    window.show_page("cases")
    for key in TAB_KEYS:
        view.show_tab(key)
        qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
        for top in QApplication.topLevelWidgets():
            found |= set(literal_ampersands(top))
    assert found == set()
