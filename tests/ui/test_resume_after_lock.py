"""After an idle lock and unlock the user is back at the case, tab and field (issue 16); a panic lock forgets it."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication

from fieldintake.ui.app import State
from fieldintake.ui.resume import RESUME_ENV, Place
from tests.ui.casehelp import open_app, open_view
from tests.ui.conftest import MakeController, unlock


def _case_with_interview(controller):  # type: ignore[no-untyped-def]
    session = controller.session
    case = session.cases.create("Invented case to come back to")
    interview = session.cases.add_interview(case.id, session.templates.all()[0].id)
    return case, interview


def _focus_a_later_field(qtbot, controller, page, case_id: str):  # type: ignore[no-untyped-def]
    page.open_case(case_id, tab="interviews")
    view = open_view(page)
    controller.main_window.activateWindow()
    editor = view.interviews.editor
    assert editor is not None
    field_id = list(editor.rows)[3]  # not the first: the return must find this one
    target = editor.rows[field_id].input.focus_target()
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=5_000)
    return field_id


@pytest.fixture(autouse=True)
def _no_resume_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RESUME_ENV, raising=False)


def test_an_idle_lock_returns_to_the_case_tab_and_field(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller, idle_timeout_ms=400)
    case, interview = _case_with_interview(controller)
    field_id = _focus_a_later_field(qtbot, controller, page, case.id)
    qtbot.waitUntil(lambda: controller.state is State.LOCKED, timeout=10_000)  # nobody touches anything
    assert os.environ.get(RESUME_ENV) is None  # in memory only (no relaunch in tests)
    unlock(qtbot, controller)
    page = controller.main_window.page("cases")
    view = open_view(page)
    assert view.case_id == case.id
    assert view.tabs.currentWidget() is view.interviews
    assert view.interviews.shown_interview() == interview.id
    target = view.interviews.editor.rows[field_id].input.focus_target()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=5_000)


def test_a_panic_lock_forgets_where_the_user_was(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case, _interview = _case_with_interview(controller)
    _focus_a_later_field(qtbot, controller, page, case.id)
    controller.panic.triggered.emit()  # Ctrl+Shift+L
    unlock(qtbot, controller)
    page = controller.main_window.page("cases")
    assert page.view is None
    assert controller.main_window.stack.currentWidget() is page


def test_across_the_relaunch_the_place_travels_as_ids_in_the_environment_only(
        qtbot, make_controller: MakeController, alice: str, store) -> None:  # type: ignore[no-untyped-def]
    relaunched: list[str | None] = []
    controller, page = open_app(qtbot, make_controller,
                                relaunch=lambda: relaunched.append(os.environ.get(RESUME_ENV)))
    case, interview = _case_with_interview(controller)
    field_id = _focus_a_later_field(qtbot, controller, page, case.id)
    controller.lock()
    assert relaunched and relaunched[0] is not None
    text = relaunched[0]
    assert "Invented" not in text
    place = Place.take_from_env()
    assert place == Place(controller.store.names()[0], "cases", case.id, "interviews", interview.id,
                          f"field:{field_id}")
    assert RESUME_ENV not in os.environ  # taken out: no child process inherits it
    files = [p for p in store.home.root.rglob("*") if p.is_file()]
    assert not any(case.id.encode() in p.read_bytes() for p in files if p.suffix in (".json", ""))

    os.environ[RESUME_ENV] = text
    controller.panic_lock()
    assert RESUME_ENV not in os.environ


def test_a_crafted_resume_variable_is_ignored() -> None:
    good = Place("alice", "cases", "a" * 36, "overview", None, "widget:title").encode()
    assert Place.decode(good) is not None
    for bad in ('{"user":"../x"}', good.replace("overview", "Overview<"), "x" * 5000, "[]",
                good.replace('"alice"', '"-x"'), good.replace("widget:title", "widget:a b")):
        assert Place.decode(bad) is None


def test_the_lock_action_returns_to_the_overview_notes(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented case, notes open")
    page.open_case(case.id, tab="overview")
    notes = open_view(page).overview.notes
    controller.main_window.activateWindow()
    notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes, timeout=5_000)
    controller.main_window.lock_action.trigger()
    unlock(qtbot, controller)
    view = open_view(controller.main_window.page("cases"))
    assert view.case_id == case.id and view.tabs.currentWidget() is view.overview
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.overview.notes, timeout=5_000)
