"""The interview form: every field type typed through its widget, autosave, validation, language, clear."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from fieldintake.app.templates import Field, Text, country_name, language_name, validate_answers
from fieldintake.ui.forms import InterviewEditor, make_interview_editor
from fieldintake.ui.forms.autosave import SaveState
from fieldintake.ui.forms.inputs import (
    CodeInput,
    DateTimeInput,
    FieldInput,
    MultiChoiceInput,
    MultiCodeInput,
    NumberInput,
    YesNoInput,
    _Combo,
)
from fieldintake.ui.forms.rows import FieldRow, RepeatInput
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import visible_texts
from tests.ui.forms_fixtures import FormsEnv

ALMATY = ZoneInfo("Asia/Almaty")


def local(stored_utc: str) -> str:
    """What a caseworker in Almaty reads on the wall clock for a stored UTC time."""
    return datetime.fromisoformat(stored_utc.replace("Z", "+00:00")).astimezone(ALMATY).strftime("%Y-%m-%d %H:%M")


def type_into(widget: FieldInput, value: Any) -> None:
    """Enter ``value`` the way a caseworker would, through the widget's own controls."""
    kind = widget.field.type
    if isinstance(widget, RepeatInput):
        for row_value in value:
            entry = widget.add_row()
            for sub_id, sub_value in row_value.items():
                type_into(entry.rows[sub_id].input, sub_value)
    elif isinstance(widget, MultiCodeInput):
        for code in value:
            name = country_name(code) if kind == "country" else language_name(code)
            widget.picker.setEditText(name)
            widget.add_button.click()
    elif isinstance(widget, CodeInput):
        widget.combo.setEditText(country_name(value) if kind == "country" else language_name(value))
    elif isinstance(widget, MultiChoiceInput):
        for option_id in value:
            widget.boxes[option_id].click()
    elif isinstance(widget, _Combo):
        widget.combo.setCurrentIndex(widget.combo.findData(value))
        assert widget.value() == value
    elif isinstance(widget, DateTimeInput):
        widget.edit.setText(local(value))
    elif kind == "long_text":
        editor = widget.focus_target()
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(value)
    else:
        editor = widget.focus_target()
        assert isinstance(editor, QLineEdit)
        editor.setText(str(value))


def new_editor(qtbot, env: FormsEnv) -> InterviewEditor:  # type: ignore[no-untyped-def]
    editor = make_interview_editor(env.context(), env.interview_id, None)
    assert isinstance(editor, InterviewEditor)
    qtbot.addWidget(editor)
    return editor


def save(qtbot, editor: InterviewEditor) -> None:  # type: ignore[no-untyped-def]
    editor.autosave.timer.timeout.emit()  # what the timer does after its interval
    qtbot.waitUntil(lambda: editor.autosave.state is SaveState.SAVED, timeout=10_000)


def test_every_field_type_typed_in_is_saved_and_found_again(qtbot, forms_env: FormsEnv, almaty_time) -> None:
    editor = new_editor(qtbot, forms_env)
    template = editor.template
    expected = validate_answers(template, FULL_ANSWERS).cleaned
    assert {f.type for f in template.fields} | {s.type for f in template.fields for s in f.fields} >= {
        "text", "long_text", "date", "datetime", "yes_no", "single_choice", "multi_choice", "country",
        "language", "phone", "repeat"}

    detention_place = editor.rows["detention_place"]
    assert not detention_place.isVisibleTo(editor)
    for field in template.fields:
        if field.id in FULL_ANSWERS:
            type_into(editor.rows[field.id].input, FULL_ANSWERS[field.id])
        if field.id == "detained":
            assert detention_place.isVisibleTo(editor)  # appeared as soon as "yes" was chosen

    # A repeat group with an extra row, removed again; a show_if inside a row appears live.
    timeline = editor.rows["timeline"].input
    assert isinstance(timeline, RepeatInput)
    extra = timeline.add_row()
    type_into(extra.rows["event"].input, "A row typed by mistake")
    assert len(timeline.entries) == 2
    timeline.remove_row(timeline.entries[1])
    assert len(timeline.entries) == 1
    documents = editor.rows["documents"].input
    assert isinstance(documents, RepeatInput)
    other_type = documents.entries[0].rows["doc_type_other"]
    assert not other_type.isVisibleTo(editor)
    type_into(documents.entries[0].rows["doc_type"].input, "other")
    assert other_type.isVisibleTo(editor)
    type_into(documents.entries[0].rows["doc_type"].input, "foreign_passport")
    assert not other_type.isVisibleTo(editor)

    assert editor.autosave.dirty
    save(qtbot, editor)
    assert forms_env.stored() == expected
    assert editor.status.text().startswith("Saved ")
    assert forms_env.failures == []

    forms_env.reopen()
    again = new_editor(qtbot, forms_env)
    assert forms_env.stored() == expected
    assert validate_answers(template, again.answers()).cleaned == expected
    family_at_risk = again.rows["family"].input.entries[0].rows["at_risk"].input  # type: ignore[attr-defined]
    assert family_at_risk.value() is True
    interview_at = again.rows["interview_at"].input
    assert isinstance(interview_at, DateTimeInput)
    assert interview_at.edit.text() == "2026-11-20 14:30"  # 09:30 UTC on the wall clock in Almaty


def test_an_invalid_date_is_flagged_kept_and_not_saved_while_the_rest_saves(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    type_into(editor.rows["interviewer"].input, "Caseworker A.")
    type_into(editor.rows["birth_date"].input, "31.02.2026")
    row = editor.rows["birth_date"]
    assert row.message.level == "error"
    assert "YYYY-MM-DD" in row.message.label.text()
    assert editor.status.held_back == 1
    save(qtbot, editor)
    assert forms_env.stored() == {"interviewer": "Caseworker A."}
    assert row.input.value() == "31.02.2026"  # never lost from the widget
    assert "answers not saved: 1" in editor.status.text()
    type_into(row.input, "2026-02-31")  # the right form, but no such day
    assert row.message.level == "error"
    type_into(row.input, "1994-02-17")
    assert row.message.level == ""
    save(qtbot, editor)
    assert forms_env.stored() == {"interviewer": "Caseworker A.", "birth_date": "1994-02-17"}


def test_a_sub_field_error_is_shown_in_its_row(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    documents = editor.rows["documents"].input
    assert isinstance(documents, RepeatInput)
    documents.add_row()
    second = documents.add_row()
    type_into(second.rows["number"].input, "75 1234567")
    type_into(second.rows["expiry"].input, "next year")
    assert second.rows["expiry"].message.level == "error"
    assert documents.entries[0].rows["expiry"].message.level == ""
    save(qtbot, editor)
    assert forms_env.stored() == {"documents": [{"number": "75 1234567"}]}


def test_a_local_time_is_stored_in_utc(qtbot, forms_env: FormsEnv, almaty_time) -> None:
    editor = new_editor(qtbot, forms_env)
    type_into(editor.rows["interview_at"].input, "2026-11-20T09:30:00Z")
    assert editor.rows["interview_at"].input.edit.text() == "2026-11-20 14:30"  # type: ignore[attr-defined]
    editor.rows["detained"].input.set_value(True)
    editor.rows["detained_since"].input.edit.setText("2026-11-20 01:15")  # type: ignore[attr-defined]
    save(qtbot, editor)
    stored = forms_env.stored()
    assert stored["interview_at"] == "2026-11-20T09:30:00Z"
    assert stored["detained_since"] == "2026-11-19T20:15:00Z"


def test_yes_no_starts_unanswered_and_never_defaults_to_no(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    detained = editor.rows["detained"].input
    assert isinstance(detained, YesNoInput)
    assert detained.value() is None
    detained.set_value(False)
    save(qtbot, editor)
    assert forms_env.stored() == {"detained": False}
    detained.set_value(None)
    save(qtbot, editor)
    assert forms_env.stored() == {}


def test_a_number_field_reads_numbers_and_flags_words(qapp) -> None:  # type: ignore[no-untyped-def]
    number = NumberInput(Field(id="children", type="number", label=Text("Children", "Дети"),
                               sensitivity="sensitive"), "en")
    number.edit.setText("3")
    assert number.value() == 3
    number.edit.setText("2,5")
    assert number.value() == 2.5
    number.edit.setText("three")
    assert number.value() == "three"  # kept as typed, so validation flags it
    number.edit.setText("")
    assert number.value() is None


def test_switching_to_russian_relabels_the_form(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    row = editor.rows["detained"]
    assert row.label.text() == "Detained now"
    assert editor.rows["interviewer"].label.text() == "Interviewer *"
    forms_env.translations.set_language("ru")
    qtbot.waitUntil(lambda: row.label.text() == "Сейчас под стражей")
    assert editor.rows["interviewer"].label.text() == "Интервьюер *"
    assert editor.navigator.item(0).text() == "Интервью"
    assert editor.sections[0].title() == "Интервью"
    citizenships = editor.rows["citizenships"].input
    assert isinstance(citizenships, MultiCodeInput)
    assert citizenships.picker.findText("Россия") > 0
    detained = editor.rows["detained"].input
    assert isinstance(detained, YesNoInput)
    assert [detained.combo.itemText(i) for i in range(3)] == ["— нет ответа —", "Да", "Нет"]
    assert "идентифицирующее" in editor.rows["interviewer"].mark.text()


def test_missing_required_lists_paths(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    assert {"interview_at", "interviewer", "urgency"} <= set(editor.missing_required())
    hearings = editor.rows["hearings"].input
    assert isinstance(hearings, RepeatInput)
    row = hearings.add_row()
    type_into(row.rows["court"].input, "Almaty city court")
    assert "hearings[0].at" in editor.missing_required()
    type_into(editor.rows["interviewer"].input, "Caseworker A.")
    assert "interviewer" not in editor.missing_required()


def test_clear_leaves_no_answer_in_any_widget(qtbot, forms_env: FormsEnv) -> None:
    answers = copy.deepcopy(FULL_ANSWERS)
    forms_env.session.cases.save_answers(forms_env.interview_id, answers)
    editor = new_editor(qtbot, forms_env)
    editor.show()
    assert "Office, Almaty" in visible_texts()
    editor.clear()
    texts = "\n".join(visible_texts())
    for value in ("Office, Almaty", "Качкуркин", "KACHKURKIN", "75 1234567", "Saratov", "@tk_invented",
                  "+77015550199", "Almaty city court", "2026-11-20", "Appeal against expulsion"):
        assert value not in texts
    assert editor.answers() == {}
    assert all(not row.message.isVisibleTo(editor) for row in editor.rows.values())


def test_closing_the_editor_mid_edit_saves(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    editor.show()
    type_into(editor.rows["narrative"].input, "Typed just before closing.")
    assert editor.autosave.timer.isActive()  # not saved yet
    editor.close()
    assert forms_env.stored() == {"narrative": "Typed just before closing."}
    forms_env.reopen()
    again = new_editor(qtbot, forms_env)
    assert again.rows["narrative"].input.value() == "Typed just before closing."


def test_the_lock_path_flushes_before_the_session_closes(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    type_into(editor.rows["threats"].input, "Calls at night.")
    editor.clear()  # what the case page's clear() does on lock
    forms_env.reopen()
    assert forms_env.stored() == {"threats": "Calls at night."}


def test_focus_leaving_the_editor_saves(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    outside = QLineEdit()
    qtbot.addWidget(outside)
    editor.show()
    outside.show()
    editor.activateWindow()
    target = editor.rows["interviewer"].input.focus_target()
    editor.autosave.timer.setInterval(3_600_000)  # only the focus change may save here
    editor._focus_changed(None, target)
    type_into(editor.rows["interviewer"].input, "Caseworker A.")
    editor._focus_changed(target, outside)
    qtbot.waitUntil(lambda: editor.autosave.state is SaveState.SAVED, timeout=10_000)
    assert forms_env.stored() == {"interviewer": "Caseworker A."}


def test_rows_show_the_required_and_sensitivity_marks(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    row: FieldRow = editor.rows["client_name_native"]
    assert "identifying" in row.mark.text() and "required" in row.mark.text()
    assert "required" in row.input.focus_target().accessibleDescription()
    assert editor.rows["urgency"].mark.text() == "required"  # shareable: no sensitivity word
    assert row.help.text()  # help as a muted line
    assert row.input.focus_target().toolTip() == row.help.text()


def test_a_failed_save_says_so_and_keeps_the_text(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    type_into(editor.rows["interviewer"].input, "Caseworker A.")
    forms_env.session.close()  # the vault goes away under the editor
    editor.autosave.timer.timeout.emit()
    qtbot.waitUntil(lambda: editor.autosave.state is SaveState.FAILED, timeout=10_000)
    assert editor.status.text().startswith("Not saved: ")
    assert editor.autosave.dirty and not editor.autosave.busy
    assert editor.rows["interviewer"].input.value() == "Caseworker A."
    forms_env.session = forms_env.store.unlock("alice", PASSPHRASE)


def test_closing_the_window_around_the_editor_saves(qtbot, forms_env: FormsEnv) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    editor = make_interview_editor(forms_env.context(), forms_env.interview_id, window)
    layout = QVBoxLayout(window)
    layout.addWidget(editor)
    window.show()
    type_into(editor.rows["interviewer"].input, "Caseworker A.")
    window.close()  # the editor is hidden with its window
    assert forms_env.stored() == {"interviewer": "Caseworker A."}


def test_a_long_text_grows_with_its_lines(qtbot, forms_env: FormsEnv) -> None:
    editor = new_editor(qtbot, forms_env)
    editor.resize(900, 700)
    editor.show()
    narrative = editor.rows["narrative"].input.focus_target()
    short = narrative.sizeHint().height()
    narrative.setPlainText("\n".join(f"Line {n}" for n in range(8)))
    assert narrative.sizeHint().height() > short
    narrative.setPlainText("\n".join(f"Line {n}" for n in range(200)))
    assert narrative.sizeHint().height() < 25 * narrative.fontMetrics().lineSpacing()  # then it scrolls
