"""Issue 16 bug 1: the wheel over an unfocused combo scrolls the interview and leaves the answer alone."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from fieldintake.ui.forms import InterviewEditor, make_interview_editor
from fieldintake.ui.forms.inputs import CodeInput, _Combo
from tests.ui.forms_fixtures import FormsEnv


def wheel_down(widget: QWidget) -> None:
    """One notch of the wheel down, with the pointer over the middle of ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def open_editor(qtbot, env: FormsEnv) -> InterviewEditor:  # type: ignore[no-untyped-def]
    editor = make_interview_editor(env.context(), env.interview_id, None)
    qtbot.addWidget(editor)
    editor.resize(900, 500)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_wheel_over_an_unfocused_combo_scrolls_and_keeps_the_answer(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, forms_env)
    row = editor.rows["interpreter_needed"]
    assert isinstance(row.input, _Combo)
    editor.scroll.ensureWidgetVisible(row, 0, 200)
    editor.navigator.setFocus()
    before = editor.scroll.verticalScrollBar().value()
    assert before < editor.scroll.verticalScrollBar().maximum()
    wheel_down(row.input.combo)
    assert row.input.value() is None  # still "not answered"
    assert not editor.autosave.dirty
    assert editor.scroll.verticalScrollBar().value() > before  # the form scrolled instead


def test_wheel_changes_a_combo_that_has_focus(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, forms_env)
    combo = editor.rows["interpreter_needed"].input.focus_target()
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel_down(combo)
    assert combo.currentIndex() == 1


def test_every_combo_of_the_form_is_guarded(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, forms_env)
    editor.rows["documents"].input.add_row()  # type: ignore[attr-defined]
    combos = editor.findChildren(QComboBox)
    assert any(isinstance(c.parent(), CodeInput) for c in combos)
    for combo in combos:
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus, combo.parent()
        index = combo.currentIndex()
        wheel_down(combo)
        assert combo.currentIndex() == index, combo.parent()


def test_the_deadline_and_person_dialogs_ignore_a_passing_wheel(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractSpinBox

    from fieldintake.ui.case.deadlinedialog import DeadlineDialog
    from fieldintake.ui.case.people import PersonDialog

    for dialog in (DeadlineDialog(), PersonDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        before = dialog.fields()
        controls = [*dialog.findChildren(QComboBox), *dialog.findChildren(QAbstractSpinBox)]
        assert controls
        for control in controls:
            assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus
            wheel_down(control)
        assert dialog.fields() == before
