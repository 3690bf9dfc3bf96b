"""Removing and replacing an attachment in the window: buttons, the Delete key, the context menu, a confirmation."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QMessageBox

from tests.ui.casehelp import column_texts, open_app, open_view
from tests.ui.conftest import MakeController


def _tab_with_file(qtbot, make_controller: MakeController, tmp_path: Path):  # type: ignore[no-untyped-def]
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Removal case")
    page.open_case(case.id, tab="attachments")
    tab = open_view(page).attachments
    source = tmp_path / "wrong-person.txt"
    source.write_bytes(b"Invented statement of the wrong person\n" * 100)
    with qtbot.waitSignal(tab.added, timeout=10_000):
        tab.add_files([source])
    assert column_texts(tab.table, 0) == ["wrong-person.txt"]
    return controller, case, tab


def _box(tab) -> QMessageBox:  # type: ignore[no-untyped-def]
    [box] = [b for b in tab.findChildren(QMessageBox) if b.isVisible()]
    return box


def test_remove_button_asks_naming_the_file_then_removes(qtbot, make_controller: MakeController, alice: str,
                                                          tmp_path: Path) -> None:
    controller, case, tab = _tab_with_file(qtbot, make_controller, tmp_path)
    assert tab.remove_button.isEnabled() and tab.replace_button.isEnabled()
    tab.remove_button.click()
    box = _box(tab)
    assert "wrong-person.txt" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: column_texts(tab.table, 0) == [], timeout=10_000)  # refreshed from the Changes
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
    assert controller.session.cases.get(case.id).attachments == []
    assert os.listdir(controller.session.paths.blobs) == []
    assert not tab.remove_button.isEnabled() and not tab.remove_action.isEnabled()
    assert any(r.object_type == "attachment" and r.new is None for r in controller.session.cases.history(case.id))


def test_the_delete_key_asks_and_no_keeps_the_file(qtbot, make_controller: MakeController, alice: str,
                                                  tmp_path: Path) -> None:
    controller, case, tab = _tab_with_file(qtbot, make_controller, tmp_path)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus, timeout=5_000)
    QTest.keyClick(tab.table, Qt.Key.Key_Delete)
    box = _box(tab)
    assert "wrong-person.txt" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
    assert column_texts(tab.table, 0) == ["wrong-person.txt"]
    [kept] = controller.session.cases.get(case.id).attachments
    assert controller.session.attachments.read_bytes(kept.id).startswith(b"Invented statement")


def test_the_context_menu_offers_replace_and_remove(qtbot, make_controller: MakeController, alice: str,
                                                   tmp_path: Path) -> None:
    _controller, _case, tab = _tab_with_file(qtbot, make_controller, tmp_path)
    tab._context_menu(tab.table.visualRect(tab.table.model().index(0, 0)).center())
    [menu] = [m for m in tab.table.findChildren(QMenu) if m.isVisible()]
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Save a copy…", "Replace…", "Remove…"]
    assert "Del" in tab.remove_action.shortcut().toString()
    menu.close()


def test_replace_keeps_the_description_and_selects_the_new_version(qtbot, make_controller: MakeController,
                                                                    alice: str, tmp_path: Path) -> None:
    controller, case, tab = _tab_with_file(qtbot, make_controller, tmp_path)
    tab.description.setText("statement, page 1")
    tab.description.editingFinished.emit()
    better = tmp_path / "right-person.txt"
    better.write_bytes(b"Invented statement of the right person\n" * 100)
    tab.confirm_replace(tab.current(), better)
    box = _box(tab)
    assert "wrong-person.txt" in box.text() and "right-person.txt" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: column_texts(tab.table, 0) == ["right-person.txt"], timeout=10_000)
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
    [stored] = controller.session.cases.get(case.id).attachments
    assert stored.description == "statement, page 1"
    assert tab.current().id == stored.id and tab.description.text() == "statement, page 1"
    assert tab.sha256.text() == hashlib.sha256(better.read_bytes()).hexdigest()


def test_a_refused_replace_says_why_and_keeps_the_file(qtbot, make_controller: MakeController, alice: str,
                                                       tmp_path: Path) -> None:
    controller, case, tab = _tab_with_file(qtbot, make_controller, tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    tab.replace(tab.current().id, empty)

    def errors() -> list[str]:
        return [b.text() for b in tab.window().findChildren(QMessageBox) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(errors()), timeout=10_000)
    assert "empty (0 bytes)" in errors()[0]
    assert column_texts(tab.table, 0) == ["wrong-person.txt"]
    assert len(os.listdir(controller.session.paths.blobs)) == 1
