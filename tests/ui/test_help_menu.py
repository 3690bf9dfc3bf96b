"""Help: the caseworker's and lawyer's guides in the app (offline, UI language) and a shortcut list from the actions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence

from fieldintake.ui.help import FALLBACK, GUIDES, guide_text
from fieldintake.ui.help.dialogs import GuideDialog, ShortcutsDialog
from tests.ui.casehelp import open_app
from tests.ui.conftest import MakeController

HELP = Path(__file__).resolve().parents[2] / "fieldintake" / "ui" / "help"
ROOT = HELP.parents[2]


def test_the_help_menu_has_both_guides_shortcuts_and_about(qtbot, make_controller: MakeController,
                                                           alice: str) -> None:
    controller, _page = open_app(qtbot, make_controller)
    texts = [a.text() for a in controller.main_window.help_menu.actions() if not a.isSeparator()]
    assert texts == ["&Caseworker's guide", "&Lawyer's guide", "&Keyboard shortcuts", "&About fieldintake"]


@pytest.mark.parametrize(("language", "shown", "phrase"), [
    ("en", "en", "Caseworker's guide"), ("ru", "ru", "Руководство сотрудника"),
    ("kk", "ru", "Руководство сотрудника"), ("uk", "ru", "Руководство сотрудника")])
def test_the_caseworker_guide_opens_in_the_ui_language_or_says_which_it_fell_back_to(
        qtbot, make_controller: MakeController, alice: str, language: str, shown: str, phrase: str) -> None:
    controller, _page = open_app(qtbot, make_controller)
    controller.set_language(language)
    try:
        controller.main_window.caseworker_guide_action.trigger()
        dialogs = [d for d in controller.main_window.findChildren(GuideDialog) if d.isVisible()]
        assert len(dialogs) == 1
        dialog = dialogs[0]
        assert dialog.shown.language == shown
        assert phrase in dialog.browser.toPlainText()
        assert dialog.browser.isReadOnly()
        assert dialog.browser.verticalScrollBar().value() == 0  # opens at the top
        assert dialog.note.isVisible() == (shown != language)
        if shown != language:
            assert "Русский" in dialog.note.text() and "guide" not in dialog.note.text()  # in the UI language
    finally:
        controller.set_language("en")


def test_every_guide_exists_in_english_and_russian_and_is_packaged() -> None:
    for guide in GUIDES:
        for language in ("en", "ru"):
            assert guide_text(guide, language).language == language
    assert set(FALLBACK["kk"]) <= {"ru", "en"} and set(FALLBACK["uk"]) <= {"ru", "en"}
    assert '"**/*.md"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"**/*.md"' in (ROOT / "packaging" / "fieldintake.spec").read_text(encoding="utf-8")


def test_a_guide_loads_nothing_and_opens_no_link(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GuideDialog("lawyer", "en")
    qtbot.addWidget(dialog)
    browser = dialog.browser
    browser.show_markdown("![x](https://example.invalid/pixel.png) [a link](https://example.invalid/) "
                          "<img src='file:///etc/passwd'> <b>bold?</b>")
    assert browser.toHtml().count("<img") <= 1
    assert all(browser.loadResource(2, QUrl(u)) is None for u in ("https://example.invalid/pixel.png",))
    assert "<b>bold?</b>" in browser.toPlainText()  # raw HTML in a guide is text, not markup
    assert not browser.openLinks() and not browser.openExternalLinks()
    before = browser.source()
    browser.anchorClicked.emit(QUrl("https://example.invalid/"))
    assert browser.source() == before
    for guide in GUIDES:
        for language in ("en", "ru"):
            text = guide_text(guide, language).text
            assert not re.search(r"!\[|<img|https?://", text), (guide, language)  # no remote resource at all


def test_the_shortcut_list_is_read_from_the_window_actions(qtbot, make_controller: MakeController,
                                                           alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    window = controller.main_window
    case = controller.session.cases.create("Invented case for the shortcut list")
    page.open_case(case.id)
    window.shortcuts_action.trigger()
    dialog = next(d for d in window.findChildren(ShortcutsDialog) if d.isVisible())
    rows = dict(dialog.rows)
    native = QKeySequence.SequenceFormat.NativeText
    assert rows[QKeySequence("Alt+Left").toString(native)] == "Back"
    assert rows[QKeySequence("Ctrl+F").toString(native)] == "Search cases"
    assert rows[QKeySequence("Ctrl+L").toString(native)] == "Lock"
    assert rows[QKeySequence("Ctrl+Shift+L").toString(native)].startswith("Panic lock")
    assert rows[QKeySequence("Ctrl+E").toString(native)] == "Export"  # the open case's own action
    # A new action with a key shows up without touching the dialog's code: it cannot go stale.
    extra = QAction("Invented action", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    assert dict(ShortcutsDialog(window).rows)[QKeySequence("Ctrl+Alt+J").toString(native)] == "Invented action"
    assert dialog.table.rowCount() == len(dialog.rows)
