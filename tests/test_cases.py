"""Cases, interviews and their history in a real SQLCipher vault."""

from __future__ import annotations

import copy

import pytest

from fieldintake.app.users import Session, UserStore
from fieldintake.errors import InvalidInput, NotFound
from tests.case_data import FULL_ANSWERS, NARRATIVE
from tests.conftest import PASSPHRASE

TEMPLATE = "deportation-risk"


@pytest.fixture
def session(store: UserStore):
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        yield s


def test_create_list_resolve(session: Session) -> None:
    cases = session.cases
    a = cases.create("Expulsion after a staged citation", urgency="critical", tags=["deserter", "Almaty"])
    b = cases.create("Asylum appeal")
    assert a.reference.endswith("-0001") and b.reference.endswith("-0002")
    assert cases.resolve(a.reference) == a.id
    assert cases.resolve(a.reference.lower()) == a.id
    assert cases.resolve(a.id[:8]) == a.id
    with pytest.raises(NotFound):
        cases.resolve("FI-1999-0001")
    assert [s.id for s in cases.list()] == [a.id, b.id]  # critical first
    assert [s.id for s in cases.list(urgency="normal")] == [b.id]
    assert [s.id for s in cases.list(tag="almaty")] == [a.id]
    with pytest.raises(InvalidInput):
        cases.create("   ")
    with pytest.raises(InvalidInput):
        cases.create("x", urgency="panic")


def test_every_field_type_round_trips_through_the_vault(session: Session, store: UserStore) -> None:
    case = session.cases.create("Every field")
    interview = session.cases.add_interview(case.id, TEMPLATE)
    result = session.cases.save_answers(interview.id, copy.deepcopy(FULL_ANSWERS))
    assert result.warnings == []
    session.close()
    with store.unlock("alice", PASSPHRASE) as again:
        saved = again.cases.get(case.reference).interviews[0].answers
    expected = copy.deepcopy(FULL_ANSWERS)
    expected["client_phone"] = "+77015550123"  # normalised to E.164
    assert saved == expected
    types = {f.type for _, f in again.templates.latest(TEMPLATE).iter_fields()}
    assert types == {"text", "long_text", "date", "datetime", "number", "yes_no", "single_choice", "multi_choice",
                     "country", "language", "phone", "repeat"} - ({"number"} - types)


def test_show_if_hidden_answers_are_not_kept(session: Session) -> None:
    case = session.cases.create("Hidden")
    interview = session.cases.add_interview(case.id, TEMPLATE)
    result = session.cases.save_answers(interview.id, {"detained": False, "detention_place": "somewhere"})
    assert session.cases.interview(interview.id).answers == {"detained": False}
    assert any("detention_place" in w for w in result.warnings)


def test_invalid_answers_are_refused_with_their_path_and_nothing_changes(session: Session) -> None:
    case = session.cases.create("Invalid")
    interview = session.cases.add_interview(case.id, TEMPLATE)
    session.cases.save_answers(interview.id, {"narrative": "first"})
    audit_before = session.vault.audit_report().count
    with pytest.raises(InvalidInput, match=r"documents\[0\]\.expiry"):
        session.cases.save_answers(interview.id, {"narrative": "second", "documents": [{"expiry": "tomorrow"}]})
    with pytest.raises(InvalidInput, match="no_such_field"):
        session.cases.save_answers(interview.id, {"no_such_field": 1})
    assert session.cases.interview(interview.id).answers == {"narrative": "first"}
    assert session.vault.audit_report().count == audit_before


def test_completeness_is_checked_when_marking_complete(session: Session) -> None:
    case = session.cases.create("Complete?")
    interview = session.cases.add_interview(case.id, TEMPLATE)
    with pytest.raises(InvalidInput, match="not complete"):
        session.cases.set_interview_status(interview.id, "complete")
    session.cases.save_answers(interview.id, copy.deepcopy(FULL_ANSWERS))
    session.cases.set_interview_status(interview.id, "complete")
    assert session.cases.interview(interview.id).status == "complete"


def test_history_keeps_every_earlier_value(session: Session) -> None:
    cases = session.cases
    case = cases.create("First title")
    cases.update(case.id, title="Second title", urgency="high")
    cases.update(case.id, title="Third title")
    interview = cases.add_interview(case.id, TEMPLATE)
    cases.save_answers(interview.id, {"narrative": "version one"}, coalesce=False)
    cases.save_answers(interview.id, {"narrative": "version two"}, coalesce=False)
    history = cases.history(case.id)
    titles = [(r.old, r.new) for r in history if r.path == "title"]
    assert titles == [("Second title", "Third title"), ("First title", "Second title")]
    narratives = [(r.old, r.new) for r in history if r.path == "answers.narrative"]
    assert narratives == [("version one", "version two"), (None, "version one")]
    assert all(r.author == "alice" and r.ts.endswith("Z") for r in history)


def test_autosave_coalesces_a_burst_of_typing_but_keeps_the_value_before_it(session: Session) -> None:
    cases = session.cases
    case = cases.create("Typing")
    interview = cases.add_interview(case.id, TEMPLATE, answers={"narrative": "before the interview"})
    for text in ("Я", "Я уехал", "Я уехал из Саратова"):
        cases.save_answers(interview.id, {"narrative": text})
    revisions = [r for r in cases.history(case.id) if r.path == "answers.narrative"]
    assert [(r.old, r.new) for r in revisions] == [
        ("before the interview", "Я уехал из Саратова"),
        (None, "before the interview"),
    ]


def test_people_and_client_name(session: Session) -> None:
    cases = session.cases
    case = cases.create("People")
    interview = cases.add_interview(case.id, TEMPLATE, answers={"client_name_native": "Качкуркин Тимур"})
    assert cases.list()[0].client_name == "Качкуркин Тимур"
    person = cases.add_person(case.id, "client", "Качкуркин Тимур Асланович", name_latin="Kachkurkin Timur",
                              aliases=["Тима"])
    assert cases.list()[0].client_name == "Качкуркин Тимур Асланович"
    cases.update_person(person.id, aliases=["Тима", "Tim"])
    cases.add_person(case.id, "family", "Качкуркина Алия", relation="wife")
    got = cases.get(case.id)
    assert [p.role for p in got.people] == ["client", "family"] and got.people[0].aliases == ["Тима", "Tim"]
    cases.remove_person(got.people[1].id)
    assert len(cases.get(case.id).people) == 1
    assert interview.template_version == 1


def test_deadlines_from_answers_and_by_hand_soonest_first(session: Session) -> None:
    cases = session.cases
    urgent = cases.create("Removal imminent", urgency="critical")
    interview = cases.add_interview(urgent.id, TEMPLATE)
    cases.save_answers(interview.id, {"removal_order": True, "removal_date": "2099-01-03",
                                      "hearings": [{"at": "2099-01-02T05:00:00Z", "court": "City court"}]})
    other = cases.create("Appeal")
    manual = cases.add_deadline(other.id, "appeal", "File the appeal", "2099-01-01")
    items = cases.upcoming_deadlines()
    assert [(i.reference, i.deadline.due) for i in items] == [
        (other.reference, "2099-01-01"), (urgent.reference, "2099-01-02T05:00:00Z"), (urgent.reference, "2099-01-03"),
    ]
    assert [i.deadline.kind for i in items] == ["appeal", "hearing", "removal"]
    assert cases.list(due_within_days=3) == []
    assert cases.list()[0].next_due == "2099-01-02T05:00:00Z"
    cases.update_deadline(manual.id, done=True)
    assert [i.deadline.due for i in cases.upcoming_deadlines()][0] == "2099-01-02T05:00:00Z"
    with pytest.raises(InvalidInput, match="interview answer"):
        cases.remove_deadline(items[1].deadline.id)
    with pytest.raises(InvalidInput, match="time zone"):
        cases.add_deadline(other.id, "hearing", "Hearing", "2099-01-01T10:00:00")
    soon = cases.add_deadline(other.id, "hearing", "Hearing", "2000-01-01")  # overdue still shows
    assert cases.upcoming_deadlines(days=2)[0].deadline.id == soon.id


def test_the_audit_chain_covers_every_write(session: Session) -> None:
    cases = session.cases
    start = session.vault.audit_report().count
    case = cases.create("Audited")                               # 1
    cases.update(case.id, notes="note")                          # 2
    person = cases.add_person(case.id, "client", "Айгерим")     # 3
    cases.update_person(person.id, name_latin="Aigerim")         # 4
    interview = cases.add_interview(case.id, TEMPLATE)           # 5
    cases.save_answers(interview.id, {"narrative": "x"})         # 6
    deadline = cases.add_deadline(case.id, "other", "Call back", "2099-05-01")  # 7
    cases.update_deadline(deadline.id, title="Call back today")   # 8
    cases.remove_deadline(deadline.id)                           # 9
    cases.add_redaction_mark(case.id, "notes", 0, 4)             # 10
    cases.remove_person(person.id)                               # 11
    report = session.vault.audit_report()
    assert report.ok and report.count == start + 11
    with session.vault.read() as conn:
        objects = {r[0] for r in conn.execute("SELECT object_id FROM audit")}
    assert {case.id, person.id, interview.id, deadline.id} <= objects


def test_redaction_marks_point_at_real_text(session: Session) -> None:
    cases = session.cases
    case = cases.create("Marks")
    interview = cases.add_interview(case.id, TEMPLATE, answers={"narrative": NARRATIVE})
    start = NARRATIVE.index("Саратова")
    mark = cases.add_redaction_mark(case.id, f"interviews/{interview.id}/answers/narrative", start, start + 8, "place")
    assert mark.text == "Саратова"
    with pytest.raises(InvalidInput, match="outside"):
        cases.add_redaction_mark(case.id, f"interviews/{interview.id}/answers/narrative", 0, 10_000)
    with pytest.raises(InvalidInput, match="No text"):
        cases.add_redaction_mark(case.id, "interviews/nope/answers/narrative", 0, 1)


def test_an_answer_deadline_marked_done_stays_done_when_the_answers_are_saved_again(session: Session) -> None:
    """The refresh reads a case's deadlines once: what was marked done, and the next thing to do, survive it."""
    cases = session.cases
    case = cases.create("Removal and hearing")
    interview = cases.add_interview(case.id, TEMPLATE)
    cases.save_answers(interview.id, {"removal_order": True, "removal_date": "2099-01-03",
                                      "hearings": [{"at": "2099-01-02T05:00:00Z", "court": "City court"}]})
    hearing = next(i.deadline for i in cases.upcoming_deadlines() if i.deadline.kind == "hearing")
    cases.update_deadline(hearing.id, done=True)
    assert cases.list()[0].next_due == "2099-01-03"
    cases.patch_answers(interview.id, {"narrative": "saved again"})
    stored = {d.kind: d.done for d in cases.get(case.id).deadlines}
    assert stored == {"hearing": True, "removal": False}
    assert cases.list()[0].next_due == "2099-01-03"
    cases.patch_answers(interview.id, {"hearings": None})  # the hearing answer gone: its deadline goes too
    assert [d.kind for d in cases.get(case.id).deadlines] == ["removal"]
