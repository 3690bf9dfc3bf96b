"""Issue 16 bug 4: Ctrl+M marks words in the interview's account box; a mark is made first and its kind
chosen (and changed) after, audited; a summary shows each mark as the placeholder of its kind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from fieldintake.app import audit
from fieldintake.exports import summary
from fieldintake.exports.redaction import preview_text
from fieldintake.ui.forms import InterviewEditor, NarrativeEditor, make_interview_editor, make_narrative_editor
from tests.case_data import NARRATIVE
from tests.ui.forms_fixtures import FormsEnv


def select(edit: QPlainTextEdit, text: str) -> None:
    start = edit.toPlainText().index(text)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def test_ctrl_m_in_the_account_box_marks_the_selected_words(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    forms_env.session.cases.save_answers(forms_env.interview_id, {"narrative": NARRATIVE})
    editor = make_interview_editor(forms_env.context(), forms_env.interview_id, None)
    assert isinstance(editor, InterviewEditor)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    account = editor.rows["narrative"].input.focus_target()
    assert isinstance(account, QPlainTextEdit)
    account.setFocus()
    qtbot.waitUntil(account.hasFocus)
    select(account, "Саратова")
    QTest.keyClick(account, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    cases = forms_env.session.cases
    qtbot.waitUntil(lambda: len(cases.get(forms_env.case_id).redaction_marks) == 1, timeout=10_000)
    mark = cases.get(forms_env.case_id).redaction_marks[0]
    assert (mark.path, mark.text) == (f"interviews/{forms_env.interview_id}/answers/narrative", "Саратова")
    qtbot.waitUntil(lambda: "Narrative" in editor.notice.text(), timeout=10_000)  # said once the mark is back
    assert editor.notice.isVisibleTo(editor)


def test_ctrl_m_in_an_identifying_answer_says_there_is_nothing_to_mark(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    forms_env.session.cases.save_answers(forms_env.interview_id, {"address": "ул. Абая 1"})
    editor = make_interview_editor(forms_env.context(), forms_env.interview_id, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    address = editor.rows["address"].input.focus_target()
    assert isinstance(address, QPlainTextEdit)
    address.setFocus()
    qtbot.waitUntil(address.hasFocus)
    select(address, "Абая")
    QTest.keyClick(address, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "nothing to mark" in editor.notice.text()
    assert forms_env.session.cases.get(forms_env.case_id).redaction_marks == []


def test_mark_first_then_choose_and_change_its_kind(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    cases = forms_env.session.cases
    cases.save_answers(forms_env.interview_id, {"narrative": NARRATIVE})
    editor = make_narrative_editor(forms_env.context(), forms_env.case_id, None)
    assert isinstance(editor, NarrativeEditor)
    qtbot.addWidget(editor)
    select(editor.text, "Саратова")
    editor.mark_action.trigger()
    qtbot.waitUntil(lambda: editor.mark_list.count() == 1, timeout=10_000)
    assert editor.mark_list.currentRow() == 0  # the new mark is the one the Kind box now changes
    editor.label_choice.setCurrentIndex(editor.label_choice.findData("place"))
    qtbot.waitUntil(lambda: editor.mark_list.item(0).text() == "place: Саратова", timeout=10_000)
    assert cases.get(forms_env.case_id).redaction_marks[0].label == "place"
    editor.label_choice.setCurrentIndex(editor.label_choice.findData("phone"))
    qtbot.waitUntil(lambda: editor.mark_list.item(0).text() == "phone: Саратова", timeout=10_000)
    assert cases.get(forms_env.case_id).redaction_marks[0].label == "phone"
    with forms_env.session.vault.read() as conn:
        relabelled = [e for e in audit.entries(conn, forms_env.case_id) if e.action == "redaction.relabelled"]
    assert len(relabelled) == 2


def test_a_summary_shows_each_mark_by_its_kind(forms_env: FormsEnv) -> None:
    cases = forms_env.session.cases
    text = "Мы встретились в Кокшетау. Позвоните по номеру сорок два. Спросите Жаныл."
    cases.save_answers(forms_env.interview_id, {"narrative": text})
    path = f"interviews/{forms_env.interview_id}/answers/narrative"
    for words, kind in (("Кокшетау", "place"), ("сорок два", "phone"), ("Жаныл", "name")):
        start = text.index(words)
        cases.change("redaction.marked", forms_env.case_id).run(
            lambda commands, s=start, w=words, k=kind: commands.add_redaction_mark(forms_env.case_id, path, s,
                                                                                   s + len(w), k))
    for lang, expected in (("ru", ("[место]", "[телефон]", "[имя ")), ("en", ("[place]", "[phone]", "[name "))):
        result = summary.redact(forms_env.session, forms_env.case_id, audience="lawyer", lang=lang,
                                override_reason="test of placeholders", skip_review=True)
        shown = preview_text(result, forms_env.session.templates, lang)
        assert "Кокшетау" not in shown and "сорок два" not in shown and "Жаныл" not in shown
        for placeholder in expected:
            assert placeholder in shown, (lang, placeholder)
        assert "[скрыто]" not in shown and "[marked]" not in shown


def _focus_entry_text(qtbot, editor: InterviewEditor, group: str, sub: str, text: str) -> QPlainTextEdit:  # type: ignore[no-untyped-def]
    from fieldintake.ui.forms.rows import RepeatInput

    repeat = editor.rows[group].input
    assert isinstance(repeat, RepeatInput) and repeat.entries
    edit = repeat.entries[0].rows[sub].input.focus_target()
    assert isinstance(edit, QPlainTextEdit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    select(edit, text)
    return edit


def test_ctrl_m_in_a_repeat_entrys_identifying_answer_says_so(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    """It said "Select words in a long answer" to someone who had just done that, in a family entry's notes."""
    forms_env.session.cases.save_answers(forms_env.interview_id, {"family": [{"name": "Айгерим", "notes": "живёт у Абая"}]})
    editor = make_interview_editor(forms_env.context(), forms_env.interview_id, None)
    assert isinstance(editor, InterviewEditor)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    edit = _focus_entry_text(qtbot, editor, "family", "notes", "Абая")
    QTest.keyClick(edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "nothing to mark" in editor.notice.text()
    assert forms_env.session.cases.get(forms_env.case_id).redaction_marks == []


def test_ctrl_m_in_a_repeat_entrys_long_answer_marks_it_there(qtbot, qapp, store) -> None:  # type: ignore[no-untyped-def]
    """A template of the organisation's own with a shared long answer in each entry (witnesses' accounts)."""
    import yaml

    from fieldintake.ui.workers import Runner
    from tests.conftest import PASSPHRASE
    from tests.test_templates_schema import label, minimal

    template = minimal("witnesses")
    template["sections"][0]["fields"].append({
        "id": "witnesses", "type": "repeat", "label": label("Witnesses"), "sensitivity": "sensitive",
        "fields": [{"id": "account", "type": "long_text", "label": label("Account"), "sensitivity": "sensitive"}]})
    store.home.templates_dir.mkdir(parents=True, exist_ok=True)
    (store.home.templates_dir / "witnesses.yaml").write_text(yaml.safe_dump(template, allow_unicode=True), "utf-8")
    session = store.create("alice", PASSPHRASE).session
    try:
        case = session.cases.create("Invented client")
        interview = session.cases.add_interview(case.id, "witnesses")
        session.cases.save_answers(interview.id, {"witnesses": [{"account": "Видел, как следователь Петров ушёл."}]})
        failures: list[BaseException] = []
        runner = Runner(lambda _parent, exc, _details: failures.append(exc))
        from fieldintake.ui.safety.clipboard import SensitiveClipboard
        from fieldintake.ui.pages import PageContext

        context = PageContext(session=session, runner=runner, clipboard=SensitiveClipboard(),
                              set_language=lambda _l: None, current_language=lambda: "en")
        editor = make_interview_editor(context, interview.id, None)
        assert isinstance(editor, InterviewEditor)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        edit = _focus_entry_text(qtbot, editor, "witnesses", "account", "Петров")
        QTest.keyClick(edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: len(session.cases.get(case.id).redaction_marks) == 1, timeout=10_000)
        mark = session.cases.get(case.id).redaction_marks[0]
        assert (mark.path, mark.text) == (f"interviews/{interview.id}/answers/witnesses[0].account", "Петров")
        runner.wait()
        assert failures == []
        editor.close()
    finally:
        session.close()


def _focus_entry_line(qtbot, editor: InterviewEditor, group: str, sub: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    from fieldintake.ui.forms.rows import RepeatInput

    repeat = editor.rows[group].input
    assert isinstance(repeat, RepeatInput) and repeat.entries
    edit = repeat.entries[0].rows[sub].input.focus_target()
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return edit


def test_ctrl_m_in_a_repeat_entrys_one_line_answer_marks_it_there(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    """A timeline entry's event is a shared one-line text: Ctrl+M said "Select words in a long answer"
    and marked nothing, though the event (with an officer's name in it) goes into summaries."""
    event = "Задержан следователем Петровым на вокзале"
    forms_env.session.cases.save_answers(forms_env.interview_id, {"timeline": [{"date": "2025-03-01", "event": event}]})
    editor = make_interview_editor(forms_env.context(), forms_env.interview_id, None)
    assert isinstance(editor, InterviewEditor)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    edit = _focus_entry_line(qtbot, editor, "timeline", "event")
    edit.setSelection(event.index("Петровым") - 1, len("Петровым") + 2)  # blanks around are left out
    QTest.keyClick(edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    cases = forms_env.session.cases
    qtbot.waitUntil(lambda: len(cases.get(forms_env.case_id).redaction_marks) == 1, timeout=10_000)
    mark = cases.get(forms_env.case_id).redaction_marks[0]
    assert (mark.path, mark.text) == (f"interviews/{forms_env.interview_id}/answers/timeline[0].event", "Петровым")
    qtbot.waitUntil(lambda: "Narrative" in editor.notice.text(), timeout=10_000)


def test_ctrl_m_in_a_date_says_where_marking_is_done(qtbot, forms_env: FormsEnv) -> None:  # type: ignore[no-untyped-def]
    forms_env.session.cases.save_answers(forms_env.interview_id, {"timeline": [{"date": "2025-03-01", "event": "x"}]})
    editor = make_interview_editor(forms_env.context(), forms_env.interview_id, None)
    assert isinstance(editor, InterviewEditor)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    edit = _focus_entry_line(qtbot, editor, "timeline", "date")
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "text answer" in editor.notice.text() and "entry" in editor.notice.text()
    assert forms_env.session.cases.get(forms_env.case_id).redaction_marks == []
