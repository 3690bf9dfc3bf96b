"""People shows the persons named in the case's interviews, marked where they come from (issue 16, bug 10)."""

from __future__ import annotations

from fieldintake.ui.case.people import PersonDialog
from fieldintake.ui.widgets.table import row_at
from tests.ui.casehelp import column_texts, open_app, open_view
from tests.ui.conftest import MakeController

TEMPLATE = "deportation-risk"


def test_the_client_and_his_wife_from_the_interview_are_listed(qtbot, make_controller: MakeController,
                                                               alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    session = controller.session
    case = session.cases.create("Expulsion")
    session.cases.add_person(case.id, "contact", "Ержан Сапаров", relation="neighbour")
    interview = session.cases.add_interview(case.id, TEMPLATE, answers={
        "client_name_native": "Качкуркин Тимур", "client_name_passport": "KACHKURKIN TIMUR",
        "family": [{"name": "Качкуркина Алия", "relation": "wife"}, {"name": "ержан  сапаров"}],
    })
    page.open_case(case.id)
    overview = open_view(page).overview
    assert column_texts(overview.people, 1) == ["Ержан Сапаров", "Качкуркин Тимур", "Качкуркина Алия"]
    assert column_texts(overview.people, 3) == ["neighbour", "", "wife"]
    assert column_texts(overview.people, 5) == ["entered; interview 1", "interview 1", "interview 1"]

    overview.people.setCurrentIndex(overview.people.model().index(2, 0))  # the wife: named in the interview
    assert overview.edit_person_button.isEnabled() and not overview.remove_person_button.isEnabled()
    assert "interview" in overview.edit_person_button.toolTip()
    view = open_view(page)
    overview.edit_person_button.click()  # opens the interview, where she is edited
    assert view.tabs.currentWidget() is view.interviews
    assert row_at(view.interviews.table.currentIndex()).id == interview.id
    assert not [d for d in overview.findChildren(PersonDialog) if d.isVisible()]

    with session.change("interview.saved", case.id) as uow:
        uow.cases.patch_answers(interview.id, {"family": [{"name": "Качкуркина Алия", "relation": "wife"},
                                                          {"name": "Дина", "relation": "daughter"}]})
    view.show_tab("overview")
    assert column_texts(overview.people, 1) == ["Ержан Сапаров", "Качкуркин Тимур", "Качкуркина Алия", "Дина"]
    assert column_texts(overview.people, 5)[0] == "entered"

    overview.people.setCurrentIndex(overview.people.model().index(0, 0))  # entered here: edited here
    assert overview.remove_person_button.isEnabled()
    overview.edit_person_button.click()
    [dialog] = [d for d in overview.findChildren(PersonDialog) if d.isVisible()]
    assert dialog.name.text() == "Ержан Сапаров"
    dialog.reject()
