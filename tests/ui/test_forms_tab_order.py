"""Issue 16 bug 5: Tab through a repeat group's entry goes on to the next control of the group (never
to something hidden or outside the form), and the focused control is scrolled into view."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fieldintake.ui.forms import InterviewEditor, make_interview_editor
from fieldintake.ui.forms.rows import RepeatInput
from tests.ui.forms_fixtures import FormsEnv


def open_editor(qtbot, env: FormsEnv) -> InterviewEditor:  # type: ignore[no-untyped-def]
    editor = make_interview_editor(env.context(), env.interview_id, None)
    assert isinstance(editor, InterviewEditor)
    qtbot.addWidget(editor)
    editor.resize(900, 420)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def in_view(editor: InterviewEditor, widget: QWidget) -> bool:
    viewport = editor.scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().intersects(QRect(top_left, widget.size()))


def tab(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def test_tab_after_the_last_field_of_an_entry_reaches_the_next_entry_and_add(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, forms_env)
    group = editor.rows["documents"].input
    assert isinstance(group, RepeatInput)
    group.add_button.click()
    group.add_button.click()  # two entries, added with the mouse: focus lands in the second
    first, second = group.entries
    last_of_first = list(first.rows.values())[-1].input.focus_target()
    last_of_first.setFocus()
    qtbot.waitUntil(last_of_first.hasFocus)
    focused = tab(qtbot, last_of_first)
    assert focused is first.remove_button or second.isAncestorOf(focused), focused
    while first.isAncestorOf(focused):
        focused = tab(qtbot, focused)
    assert second.isAncestorOf(focused)
    assert focused is list(second.rows.values())[0].input.focus_target()
    last_of_second = list(second.rows.values())[-1].input.focus_target()
    last_of_second.setFocus()
    focused = tab(qtbot, last_of_second)
    if focused is second.remove_button:
        focused = tab(qtbot, focused)
    assert focused is group.add_button
    assert focused.isVisible() and in_view(editor, focused)


def test_the_focused_field_is_scrolled_into_view(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, forms_env)
    far = editor.rows["narrative"].input.focus_target()
    editor.scroll.verticalScrollBar().setValue(0)
    assert not in_view(editor, far)
    far.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(far.hasFocus)
    assert in_view(editor, far)
