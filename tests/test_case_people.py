"""People named in interviews appear in People, once, alongside the people entered by hand (issue 16, bug 10)."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest

from fieldintake.app import interchange
from fieldintake.app.derived import case_people
from fieldintake.app.users import Session, UserStore
from fieldintake.exports.redaction import redact_case
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE

TEMPLATE = "deportation-risk"


@pytest.fixture
def session(store: UserStore) -> Iterator[Session]:
    with store.create("alice", PASSPHRASE).session as s:
        yield s


def _shown(session: Session, case_id: str, lang: str = "en") -> list[tuple[str, str, str, bool, list[int]]]:
    return [(e.person.role, e.person.name, e.person.relation, e.entered, [n for n, _ in e.interviews])
            for e in case_people(session.cases.get(case_id), session.templates, lang)]


def test_the_client_and_his_wife_from_the_interview_are_in_people(session: Session) -> None:
    case = session.cases.create("Expulsion")
    interview = session.cases.add_interview(case.id, TEMPLATE, answers=copy.deepcopy(FULL_ANSWERS))
    entries = case_people(session.cases.get(case.id), session.templates)
    client, wife = entries[0], entries[1]
    assert (client.person.role, client.person.name, client.person.name_latin) == (
        "client", "Качкуркин Тимур Асланович", "KACHKURKIN TIMUR")
    assert client.person.aliases == ["Тима", "Tim Kachkurkin"] and client.person.birth_date == "1994-02-17"
    assert not client.entered and client.interviews == ((1, interview.id),)
    assert (wife.person.role, wife.person.name, wife.person.relation) == ("family", "Качкуркина Алия", "wife")
    assert {(e.person.name, e.person.relation) for e in entries[2:]} == {
        ("Caseworker A.", "Interviewer"), ("Interpreter B.", "Interpreter"), ("Lawyer C.", "Lawyer")}
    assert ("Lawyer C.", "Адвокат") in {(e.person.name, e.person.relation)
                                       for e in case_people(session.cases.get(case.id), session.templates, "ru")}
    assert session.cases.get(case.id).people == []  # derived when shown, not stored twice


def test_a_person_entered_and_named_in_interviews_is_shown_once(session: Session) -> None:
    case = session.cases.create("Expulsion")
    session.cases.add_person(case.id, "client", "Качкуркин Тимур Асланович")
    session.cases.add_person(case.id, "family", "качкуркина  алия", relation="жена")
    session.cases.add_interview(case.id, TEMPLATE, answers=copy.deepcopy(FULL_ANSWERS))
    second = copy.deepcopy(FULL_ANSWERS)
    second["family"].append({"name": "Качкуркин Аслан", "relation": "father"})
    session.cases.add_interview(case.id, TEMPLATE, answers=second)
    shown = _shown(session, case.id)
    assert shown[:2] == [
        ("client", "Качкуркин Тимур Асланович", "", True, [1, 2]),
        ("family", "качкуркина  алия", "жена", True, [1, 2]),  # what was entered wins
    ]
    assert ("family", "Качкуркин Аслан", "father", False, [2]) in shown
    assert ("contact", "Lawyer C.", "Lawyer", False, [1, 2]) in shown and len(shown) == 6


def test_an_answer_changed_in_the_interview_is_what_people_shows(session: Session) -> None:
    case = session.cases.create("Expulsion")
    interview = session.cases.add_interview(case.id, TEMPLATE, answers={"client_name_native": "Тимур",
                                                                        "family": [{"name": "Алия"}]})
    assert [s[1] for s in _shown(session, case.id)] == ["Тимур", "Алия"]
    with session.change("interview.saved", case.id) as uow:
        uow.cases.patch_answers(interview.id, {"family": [{"name": "Алия", "relation": "wife"}, {"name": "Дина"}]})
    assert [(s[1], s[2]) for s in _shown(session, case.id)] == [("Тимур", ""), ("Алия", "wife"), ("Дина", "")]


def test_redaction_still_removes_every_named_person(session: Session) -> None:
    case = session.cases.create("Expulsion")
    session.cases.add_person(case.id, "contact", "Ержан Сапаров")
    session.cases.add_interview(case.id, TEMPLATE, answers=copy.deepcopy(FULL_ANSWERS))
    names = [e.person.name for e in case_people(session.cases.get(case.id), session.templates)]
    result = redact_case(session.cases.get(case.id), session.templates, audience="unhcr", author="alice")
    doc = interchange.dumps(interchange.to_doc(result.case))
    assert names and all(name not in doc for name in names)


def test_the_case_file_lists_the_people_the_interviews_name(session: Session) -> None:
    from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file
    from fieldintake.exports.pdf.labels import label
    from tests.pdf_support import page_texts

    case = session.cases.create("Expulsion")
    session.cases.add_interview(case.id, TEMPLATE, answers={"client_name_native": "Тимур Качкуркин",
                                                            "family": [{"name": "Алия Качкуркина",
                                                                        "relation": "wife"}]})
    pages = page_texts(render_case_file(parts_from_session(session, case.id), PdfOptions()).data)
    [people_page] = [p for p in pages if label("people", "en") in p and label("relation", "en") in p]
    assert "Тимур Качкуркин" in people_page and "Алия Качкуркина" in people_page and "wife" in people_page
