"""The window fits a 1366×768 laptop, remembers its size and splitters outside the vault, folds the list when short."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize

from fieldintake.ui.layoutprefs import DEFAULT_SIZE, MAX_BYTES, WindowLayout, fitted_size
from tests.ui.casehelp import open_app, open_view
from tests.ui.conftest import MakeController, unlock

LAPTOP = QRect(0, 0, 1366, 768 - 32)  # a 1366×768 screen less its panel


def test_the_default_size_fits_a_laptop_and_a_smaller_screen() -> None:
    fitted = fitted_size(DEFAULT_SIZE, LAPTOP)
    assert fitted.width() == DEFAULT_SIZE.width() >= 1280
    assert fitted.width() <= 1366 and fitted.height() <= 768 - 32
    small = fitted_size(DEFAULT_SIZE, QRect(0, 0, 1024, 600))
    assert small.width() <= 1024 and small.height() <= 600


def test_the_main_window_opens_at_the_fitted_default(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, _page = open_app(qtbot, make_controller)
    window = controller.main_window
    available = window.screen().availableGeometry()
    assert window.size() == fitted_size(DEFAULT_SIZE, available)
    assert window.width() <= available.width() and window.height() <= available.height()


def test_size_and_splitter_survive_a_lock_in_ui_json_with_numbers_only(
        qtbot, make_controller: MakeController, alice: str, tmp_path: Path) -> None:
    file = tmp_path / "config" / "ui.json"
    controller, page = open_app(qtbot, make_controller, layout_file=file)
    case = controller.session.cases.create("Invented case for the layout")
    controller.session.cases.add_interview(case.id, controller.session.templates.all()[0].id)
    window = controller.main_window
    window.resize(760, 560)
    page.open_case(case.id, tab="interviews")
    tab = open_view(page).interviews
    window.resize(1240, 700)
    QCoreApplication.processEvents()
    split = tab.split
    split.moveSplitter(410, 1)
    QCoreApplication.processEvents()
    chosen = split.sizes()
    assert chosen[0] > 0
    controller.lock()

    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["width"] == 1240 and data["height"] == 700
    assert data["splitters"]["interviews"] == chosen
    text = file.read_text(encoding="utf-8")
    assert controller.store.names()[0] not in text and "Invented" not in text  # no user name, no case data
    assert str(controller.store.home.root) not in str(file)  # outside the vault's home

    fresh = make_controller(layout_file=file)
    unlock(qtbot, fresh)
    assert fresh.main_window.size() == fitted_size(QSize(1240, 700), fresh.main_window.screen().availableGeometry())
    assert WindowLayout.load(file).splitters["interviews"] == chosen


def test_the_interview_list_folds_away_when_the_window_is_narrow(
        qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented case for a narrow window")
    controller.session.cases.add_interview(case.id, controller.session.templates.all()[0].id)
    window = controller.main_window
    window.resize(1280, 720)
    page.open_case(case.id, tab="interviews")
    tab = open_view(page).interviews
    QCoreApplication.processEvents()
    assert tab.split.sizes()[0] > 0
    window.resize(800, 600)
    QCoreApplication.processEvents()
    assert tab.split.sizes()[0] == 0
    assert tab.split.sizes()[1] > 500  # the form has the room
    window.resize(1280, 720)
    QCoreApplication.processEvents()
    assert tab.split.sizes()[0] > 0


def test_a_hostile_ui_json_gives_the_defaults(tmp_path: Path) -> None:
    file = tmp_path / "ui.json"
    file.write_text(json.dumps({"width": 10**9, "height": True, "maximized": "yes",
                                "splitters": {"interviews": [1, "x"], "evil": [1, 2]}}))
    layout = WindowLayout.load(file)
    assert (layout.width, layout.height, layout.maximized, layout.splitters) == (None, None, False, {})
    file.write_bytes(b"{" + b" " * MAX_BYTES + b"}")
    assert WindowLayout.load(file).width is None
    file.write_bytes(b"\xff\xfe")
    assert WindowLayout.load(file).splitters == {}
    file.write_bytes(b"[" * 2000 + b"]" * 2000)  # under the size bound, past the parser's recursion limit
    assert WindowLayout.load(file).width is None


def test_a_deeply_nested_language_file_gives_the_default_language(tmp_path: Path) -> None:
    """The app's first read at start: a RecursionError here kept the window from opening."""
    from fieldintake.app.paths import Home
    from fieldintake.ui.prefs import UiPrefs

    (tmp_path / "ui.json").write_bytes(b"[" * 2000 + b"]" * 2000)
    assert UiPrefs.load(Home(tmp_path)).language == "en"
    (tmp_path / "ui.json").write_bytes(b'{"language": "ru"}' + b" " * 10_000)
    assert UiPrefs.load(Home(tmp_path)).language == "en"  # far larger than a language tag: not read


def test_the_list_button_folds_and_unfolds_the_interview_list(qtbot, make_controller: MakeController,
                                                              alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented case for the list button")
    controller.session.cases.add_interview(case.id, controller.session.templates.all()[0].id)
    controller.main_window.resize(1280, 720)
    page.open_case(case.id, tab="interviews")
    tab = open_view(page).interviews
    QCoreApplication.processEvents()
    assert tab.split.sizes()[0] > 0 and tab.list_toggle.text() == "Hide the list"
    tab.list_toggle.click()
    assert tab.split.sizes()[0] == 0 and tab.list_toggle.text() == "Show the list of interviews"
    tab.list_toggle.click()
    assert tab.split.sizes()[0] > 0
    controller.main_window.resize(800, 600)  # folded for lack of room: the button says how to get it back
    QCoreApplication.processEvents()
    assert tab.split.sizes()[0] == 0 and not tab.list_toggle.isChecked()
    tab.list_toggle.click()
    assert tab.split.sizes()[0] > 0
