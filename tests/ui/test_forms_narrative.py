"""The narrative: editing through autosave, marking spans for redaction, highlighting, removing marks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from fieldintake.ui.forms import NarrativeEditor, make_narrative_editor
from fieldintake.ui.forms.narrative import answer_path
from tests.case_data import NARRATIVE
from tests.ui.conftest import visible_texts
from tests.ui.forms_fixtures import FormsEnv


def new_editor(qtbot, env: FormsEnv) -> NarrativeEditor:  # type: ignore[no-untyped-def]
    editor = make_narrative_editor(env.context(), env.case_id, None)
    assert isinstance(editor, NarrativeEditor)
    qtbot.addWidget(editor)
    return editor


def select(editor: NarrativeEditor, text: str, occurrence: int = 0) -> None:
    shown = editor.text.toPlainText()
    start = -1
    for _ in range(occurrence + 1):
        start = shown.index(text, start + 1)
    cursor = editor.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    editor.text.setTextCursor(cursor)


def test_it_opens_on_the_narrative_and_lists_the_long_texts(qtbot, forms_env: FormsEnv) -> None:
    forms_env.session.cases.save_answers(forms_env.interview_id, {"narrative": NARRATIVE, "threats": "Calls."})
    editor = new_editor(qtbot, forms_env)
    assert editor.text.toPlainText() == NARRATIVE
    assert editor.path == answer_path(forms_env.interview_id, "narrative")
    fields = [field_id for _, field_id, _ in editor.texts]
    assert "narrative" in fields and "threats" in fields
    assert "address" not in fields  # identifying: replaced whole, nothing to mark
    assert editor.chooser.currentText() == "Interview 1: The client's account in their own words"


def test_marking_a_span_stores_highlights_and_removes_it(qtbot, forms_env: FormsEnv) -> None:
    forms_env.session.cases.save_answers(forms_env.interview_id, {"narrative": NARRATIVE})
    editor = new_editor(qtbot, forms_env)
    assert editor.text.extraSelections() == []
    select(editor, "Саратова")
    editor.label_choice.setCurrentIndex(editor.label_choice.findData("place"))
    editor.mark_action.trigger()
    qtbot.waitUntil(lambda: editor.mark_list.count() == 1, timeout=10_000)
    marks = forms_env.session.cases.get(forms_env.case_id).redaction_marks
    assert [(m.path, m.text, m.label) for m in marks] == [
        (answer_path(forms_env.interview_id, "narrative"), "Саратова", "place")]
    assert NARRATIVE[marks[0].start:marks[0].end] == "Саратова"
    assert len(editor.text.extraSelections()) == 1
    assert editor.text.extraSelections()[0].cursor.selectedText() == "Саратова"
    assert editor.mark_list.item(0).text() == "place: Саратова"

    editor.mark_list.setCurrentRow(0)
    editor.remove_button.click()
    qtbot.waitUntil(lambda: editor.mark_list.count() == 0, timeout=10_000)
    assert forms_env.session.cases.get(forms_env.case_id).redaction_marks == []
    assert editor.text.extraSelections() == []


def test_ctrl_m_marks_text_typed_just_now(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    assert editor.path == answer_path(forms_env.interview_id, "narrative")
    qtbot.keyClicks(editor.text, "  Brother Ruslan called from Grozny.")
    select(editor, "Ruslan")
    # Offscreen windows never get keyboard focus, so the shortcut is checked and its action triggered.
    assert editor.mark_action.shortcut() == QKeySequence("Ctrl+M")
    assert editor.mark_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert editor.mark_action in editor.actions()
    editor.mark_action.trigger()
    qtbot.waitUntil(lambda: editor.mark_list.count() == 1, timeout=10_000)
    (mark,) = forms_env.session.cases.get(forms_env.case_id).redaction_marks
    # The stored text is trimmed: the mark points into it, not into the widget's leading spaces.
    assert forms_env.stored()["narrative"][mark.start:mark.end] == "Ruslan" == mark.text
    assert mark.label == "name"


def test_every_occurrence_is_highlighted_even_after_edits_move_it(qtbot, forms_env: FormsEnv) -> None:
    forms_env.session.cases.save_answers(forms_env.interview_id, {"narrative": NARRATIVE})
    editor = new_editor(qtbot, forms_env)
    select(editor, "Качкуркин", occurrence=1)
    editor.mark_selection()
    qtbot.waitUntil(lambda: editor.mark_list.count() == 1, timeout=10_000)
    occurrences = NARRATIVE.count("Качкуркин")
    assert occurrences == 3
    assert len(editor.text.extraSelections()) == occurrences
    cursor = editor.text.textCursor()
    cursor.setPosition(0)
    editor.text.setTextCursor(cursor)
    editor.text.insertPlainText("Added later. ")
    assert len(editor.text.extraSelections()) == occurrences
    assert all(s.cursor.selectedText() == "Качкуркин" for s in editor.text.extraSelections())


def test_without_a_selection_nothing_is_marked(qtbot, forms_env: FormsEnv) -> None:
    forms_env.session.cases.save_answers(forms_env.interview_id, {"narrative": NARRATIVE})
    editor = new_editor(qtbot, forms_env)
    editor.mark_selection()
    assert editor.notice.text() == "Select the words to mark first."
    assert forms_env.session.cases.get(forms_env.case_id).redaction_marks == []


def test_narrative_typed_then_closed_is_there_after_unlock(qtbot, forms_env: FormsEnv) -> None:
    forms_env.session.cases.save_answers(forms_env.interview_id, {"interviewer": "Caseworker A.",
                                                                  "narrative": "First line."})
    editor = new_editor(qtbot, forms_env)
    editor.show()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.text, " Second line.")
    assert editor.autosave(forms_env.interview_id).timer.isActive()  # not saved yet
    editor.close()
    forms_env.reopen()
    assert forms_env.stored() == {"interviewer": "Caseworker A.", "narrative": "First line. Second line."}
    again = new_editor(qtbot, forms_env)
    assert again.text.toPlainText() == "First line. Second line."


def test_autosave_replaces_only_the_edited_text(qtbot, forms_env: FormsEnv) -> None:
    forms_env.session.cases.save_answers(forms_env.interview_id, {"narrative": "Old."})
    editor = new_editor(qtbot, forms_env)
    editor.text.setPlainText("New.")
    # Someone else (the form) saved another answer meanwhile: it must survive.
    forms_env.session.cases.save_answers(forms_env.interview_id, {"narrative": "Old.", "threats": "Calls."})
    save = editor.autosave(forms_env.interview_id)
    save.timer.timeout.emit()
    qtbot.waitUntil(lambda: not save.dirty and not save.busy, timeout=10_000)
    assert forms_env.stored() == {"narrative": "New.", "threats": "Calls."}
    assert editor.statuses[forms_env.interview_id].text().startswith("Saved ")


def test_clear_drops_texts_and_marks(qtbot, forms_env: FormsEnv) -> None:
    forms_env.session.cases.save_answers(forms_env.interview_id, {"narrative": NARRATIVE})
    start = NARRATIVE.index("Саратова")
    forms_env.session.cases.add_redaction_mark(forms_env.case_id, answer_path(forms_env.interview_id, "narrative"),
                                               start, start + len("Саратова"), "place")
    editor = new_editor(qtbot, forms_env)
    editor.show()
    assert editor.mark_list.count() == 1
    editor.clear()
    texts = "\n".join(visible_texts())
    assert "Саратова" not in texts and "Качкуркин" not in texts
    assert editor.text.extraSelections() == []


def test_the_narrative_follows_the_ui_language(qtbot, forms_env: FormsEnv) -> None:
    forms_env.session.cases.save_answers(forms_env.interview_id, {"narrative": NARRATIVE})
    editor = new_editor(qtbot, forms_env)
    forms_env.translations.set_language("ru")
    qtbot.waitUntil(lambda: editor.chooser.currentText() == "Интервью 1: Рассказ клиента своими словами")
    assert editor.mark_action.text() == "Отметить для скрытия"
    assert editor.label_choice.currentText() == "имя" and editor.label_choice.currentData() == "name"
    assert editor.text.toPlainText() == NARRATIVE
