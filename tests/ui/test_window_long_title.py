"""A very long case title does not widen the window (issue 16, bug 8: 3,402 px, Export and Lock off screen)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tests.ui.casehelp import open_app, open_view
from tests.ui.conftest import MakeController

LONG = "Appeal against the removal order of the migration service, " * 40  # ~2,400 characters, no break


def test_a_long_case_title_leaves_the_window_width(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    window = controller.main_window
    window.resize(1200, 700)
    QCoreApplication.processEvents()
    width = window.width()
    case = controller.session.cases.create(LONG.strip())
    page.open_case(case.id)
    view = open_view(page)
    for tab in ("overview", "interviews", "history"):
        view.show_tab(tab)
        QCoreApplication.processEvents()
        assert window.width() == width, tab
        assert window.minimumSizeHint().width() < 1366, tab
    assert view.export_button.isVisible()
    assert view.export_button.geometry().right() <= view.width()
    assert view.heading.text().endswith(LONG.strip())  # the whole title is kept, only its drawing is cut
    assert view.heading.shown_text().endswith("…")
    assert len(view.heading.shown_text()) < len(view.heading.text())


def test_a_long_user_name_is_elided_in_the_window_title() -> None:
    from fieldintake.ui.mainwindow import window_title

    title = window_title("a" * 500)
    assert len(title) < 120
    assert title.endswith("fieldintake")


def _as_the_platform_shows(title: str, display_name: str) -> str:
    """Qt's QPlatformWindow::formatWindowTitle: the display name is appended unless the title ends with it."""
    return title if title.endswith(display_name) else f"{title} — {display_name}"


def test_the_window_title_names_the_app_once(qtbot, make_controller: MakeController, alice: str) -> None:
    """Issue 16: "fieldintake — aigerim — fieldintake"."""
    from PySide6.QtGui import QGuiApplication

    controller, _page = open_app(qtbot, make_controller)
    before = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("fieldintake")  # as make_application() sets it
    try:
        shown = _as_the_platform_shows(controller.main_window.windowTitle(), "fieldintake")
    finally:
        QGuiApplication.setApplicationDisplayName(before)
    assert shown.count("fieldintake") == 1
    assert controller.session.name in shown
