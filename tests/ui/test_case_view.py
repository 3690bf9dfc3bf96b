"""The open case: editing with the saved state, people, deadlines, interviews, timeline, history."""

from __future__ import annotations

from fieldintake.ui.forms.editor import InterviewEditor

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldintake.ui.case.deadlinedialog import DeadlineDialog
from fieldintake.ui.case.people import PersonDialog
from tests.ui.casehelp import column_texts, deadlines_page, open_app, open_view
from tests.ui.conftest import MakeController, unlock


def test_title_and_notes_are_saved_and_survive_a_lock(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Old invented title")
    page.open_case(case.id)
    overview = open_view(page).overview
    overview.title.selectAll()
    QTest.keyClicks(overview.title, "New invented title")
    assert overview.save_label.text() == "Unsaved changes…"
    QTest.keyClicks(overview.notes, "Met at the office; documents seized at the border.")
    qtbot.waitUntil(lambda: overview.state == "saved" and overview.save_label.text() == "✓ Saved", timeout=5_000)
    assert "New invented title" in open_view(page).heading.text()

    history = open_view(page).history
    open_view(page).show_tab("history")
    rows = [r for r in history.revisions.rows if r.path == "title"]
    assert [(r.old, r.new) for r in rows] == [("Old invented title", "New invented title")]
    assert "Old invented title" in column_texts(history.revision_table, 4)
    assert "New invented title" in column_texts(history.revision_table, 5)
    assert "case changed" in column_texts(history.audit_table, 1)  # the action in words (its code in the tooltip)

    controller.lock()
    unlock(qtbot, controller)
    page = controller.main_window.page("cases")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Enter)
    overview = open_view(page).overview
    assert overview.title.text() == "New invented title"
    assert overview.notes.toPlainText() == "Met at the office; documents seized at the border."


def test_an_empty_title_is_not_saved_and_says_why(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Keeps its title")
    page.open_case(case.id)
    overview = open_view(page).overview
    overview.title.selectAll()
    QTest.keyClick(overview.title, Qt.Key.Key_Delete)
    overview.flush()
    assert overview.state == "failed"
    assert "needs a title" in overview.save_label.text()
    assert controller.session.cases.get(case.id).title == "Keeps its title"


def test_add_edit_and_remove_a_person(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("People case")
    page.open_case(case.id)
    overview = open_view(page).overview
    overview.add_person_button.click()
    [dialog] = [d for d in overview.findChildren(PersonDialog) if d.isVisible()]
    dialog.role.setCurrentIndex(dialog.role.findData("client"))
    dialog.name.setText("Качкуркин Тимур")  # QTest types ASCII only
    QTest.keyClicks(dialog.name_latin, "Kachkurkin Timur")
    dialog.aliases.setPlainText("Tima\nТимур К.")
    dialog.has_birth_date.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert column_texts(overview.people, 1) == ["Качкуркин Тимур"]
    [person] = controller.session.cases.get(case.id).people
    assert person.role == "client" and person.aliases == ["Tima", "Тимур К."] and person.birth_date == "1990-01-01"
    assert controller.session.cases.get(case.id).client_name == "Качкуркин Тимур"

    overview.people.setCurrentIndex(overview.people.model().index(0, 0))
    overview.edit_person_button.click()
    [dialog] = [d for d in overview.findChildren(PersonDialog) if d.isVisible()]
    assert dialog.name_latin.text() == "Kachkurkin Timur"
    dialog.relation.setText("himself")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert column_texts(overview.people, 3) == ["himself"]


def test_a_deadline_shows_in_the_deadlines_page_and_opens_its_case(qtbot, make_controller: MakeController,
                                                                   alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Deadline case")
    page.open_case(case.id)
    overview = open_view(page).overview
    overview.add_deadline_button.click()
    [dialog] = [d for d in overview.findChildren(DeadlineDialog) if d.isVisible()]
    dialog.kind.setCurrentIndex(dialog.kind.findData("appeal"))
    QTest.keyClicks(dialog.title, "Invented appeal to the city court")
    dialog.has_time.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert column_texts(overview.deadlines, 1) == ["Invented appeal to the city court"]
    [deadline] = controller.session.cases.get(case.id).deadlines
    assert deadline.due.endswith("Z") and deadline.kind == "appeal"

    deadlines = deadlines_page(controller)
    with qtbot.waitSignal(deadlines.results_shown, timeout=10_000):
        controller.main_window.show_page("deadlines")
    assert column_texts(deadlines.table, 1) == ["Invented appeal to the city court"]
    assert column_texts(deadlines.table, 3) == [case.reference]
    page.close_case(reload=False)
    deadlines.table.setFocus()
    deadlines.table.setCurrentIndex(deadlines.table.model().index(0, 0))
    QTest.keyClick(deadlines.table, Qt.Key.Key_Return)
    assert controller.main_window.stack.currentWidget() is page
    assert page.view is not None and page.view.case_id == case.id

    overview = open_view(page).overview
    overview.deadlines.setCurrentIndex(overview.deadlines.model().index(0, 0))
    overview.done_button.click()
    assert column_texts(overview.deadlines, 4) == ["done"]
    with qtbot.waitSignal(deadlines.results_shown, timeout=10_000):
        deadlines.days.setCurrentIndex(deadlines.days.findData(None))
    assert deadlines.model.rowCount() == 0  # done ones are not due any more


def test_interview_summary_timeline_and_incomplete_message(qtbot, make_controller: MakeController,
                                                           alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    cases = controller.session.cases
    case = cases.create("Interview case")
    interview = cases.add_interview(case.id, "deportation-risk", answers={
        "timeline": [{"date": "2019-05", "event": "Summoned to the military office", "place": "Invented town"},
                     {"date": "2021-03-02", "event": "Crossed the border"}],
    })
    cases.add_deadline(case.id, "hearing", "Invented hearing", "2031-01-10")
    page.open_case(case.id, tab="interviews")
    tab = open_view(page).interviews
    assert tab.model.rowCount() == 1
    assert isinstance(tab.editor, InterviewEditor)  # the form generated from the template
    assert tab.editor.answers()["timeline"][0]["event"] == "Summoned to the military office"
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    tab.complete_button.click()
    assert tab.message.isVisibleTo(tab) and "not complete" in tab.message.text
    assert cases.interview(interview.id).status == "draft"

    tab.new_button.click()
    assert tab.model.rowCount() == 2 and tab.editor is not None

    open_view(page).show_tab("timeline")
    timeline = open_view(page).timeline
    assert column_texts(timeline.table, 1) == ["Summoned to the military office", "Crossed the border",
                                               "Invented hearing"]
    assert column_texts(timeline.table, 2)[0] == "Invented town"
    assert column_texts(timeline.table, 0)[:2] == ["2019-05", "2021-03-02"]


def test_removing_a_person_asks_first(qtbot, make_controller: MakeController, alice: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Removal case")
    controller.session.cases.add_person(case.id, "family", "Invented Sister")
    page.open_case(case.id)
    overview = open_view(page).overview
    overview.people.setCurrentIndex(overview.people.model().index(0, 0))
    overview.remove_person_button.click()
    [box] = [b for b in overview.findChildren(QMessageBox) if b.isVisible()]
    box.button(QMessageBox.StandardButton.No).click()
    assert overview.people_model.rowCount() == 1
    overview.remove_person_button.click()
    [box] = [b for b in overview.findChildren(QMessageBox) if b.isVisible()]
    box.button(QMessageBox.StandardButton.Yes).click()
    assert overview.people_model.rowCount() == 0
    assert controller.session.cases.get(case.id).people == []


def test_a_deadline_from_an_answer_is_read_only_but_can_be_marked_done(qtbot, make_controller: MakeController,
                                                                       alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    cases = controller.session.cases
    case = cases.create("Answer deadline case")
    cases.add_interview(case.id, "deportation-risk", answers={"registered": True, "registered_until": "2031-05-06"})
    page.open_case(case.id)
    overview = open_view(page).overview
    assert column_texts(overview.deadlines, 3) == ["interview answer"]
    overview.deadlines.setCurrentIndex(overview.deadlines.model().index(0, 0))
    assert not overview.edit_deadline_button.isEnabled() and not overview.remove_deadline_button.isEnabled()
    overview.edit_deadline_button.click()
    assert not [d for d in overview.findChildren(DeadlineDialog) if d.isVisible()]
    assert overview.done_button.isEnabled()
    overview.done_button.click()
    assert column_texts(overview.deadlines, 4) == ["done"]
    assert cases.get(case.id).deadlines[0].done
