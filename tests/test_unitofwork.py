"""The unit of work: one transaction, one read and one validation per save, one audit entry per burst.

Real vault throughout; the counted functions are the real ones, wrapped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from fieldintake.app import audit, caserows, formdata, interchange
from fieldintake.app.users import Session, UserStore
from fieldintake.errors import Cancelled, ReadOnlyCase
from tests.conftest import PASSPHRASE

TEMPLATE = "deportation-risk"


@pytest.fixture
def session(store: UserStore) -> Iterator[Session]:
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        yield s


class Counted:
    """Wraps a real function and counts its calls."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.fn(*args, **kwargs)


def _entries(session: Session, action: str) -> list[audit.AuditEntry]:
    with session.vault.read() as conn:
        return [e for e in audit.entries(conn) if e.action == action]


def _revisions(session: Session, interview_id: str, path: str) -> list[tuple[Any, Any]]:
    rows = session.vault.query("SELECT old, new FROM revisions WHERE object_id = ? AND path = ?", (interview_id, path))
    return [tuple(r) for r in rows]


def _autosave(session: Session, case_id: str, interview_id: str, text: str) -> None:
    with session.change("interview.saved", case_id, coalesce=True) as uow:
        uow.cases.patch_answers(interview_id, {"narrative": text})


def test_a_save_burst_is_one_read_one_validation_per_save_and_one_audit_entry(
        session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    case = session.cases.create("Burst")
    interview = session.cases.add_interview(case.id, TEMPLATE)
    reads = Counted(caserows.load_interview)
    cleans = Counted(formdata.clean)
    appends = Counted(audit.append)
    monkeypatch.setattr(caserows, "load_interview", reads)
    monkeypatch.setattr(formdata, "clean", cleans)
    monkeypatch.setattr(audit, "append", appends)

    for text in ("He was", "He was summoned", "He was summoned twice"):
        _autosave(session, case.id, interview.id, text)

    assert reads.calls == 3 and cleans.calls == 3  # one read and one validation per save
    assert appends.calls == 1  # one audit entry for the burst
    [entry] = _entries(session, "interview.saved")
    assert entry.object_id == interview.id and entry.detail == {"case": case.id, "fields": ["narrative"]}
    assert _revisions(session, interview.id, "answers.narrative") == [(None, '"He was summoned twice"')]
    assert session.cases.interview(interview.id).answers["narrative"] == "He was summoned twice"
    assert session.vault.audit_report().ok


def test_a_head_handed_out_or_another_entry_ends_the_burst(session: Session) -> None:
    case = session.cases.create("Sealed")
    interview = session.cases.add_interview(case.id, TEMPLATE)
    _autosave(session, case.id, interview.id, "one")
    _autosave(session, case.id, interview.id, "two")
    assert len(_entries(session, "interview.saved")) == 1
    count, head = session.vault.audit_head()  # what a PDF's integrity page or a bundle manifest records
    _autosave(session, case.id, interview.id, "three")
    assert len(_entries(session, "interview.saved")) == 2  # the recorded head is never what a later save joined
    with session.vault.read() as conn:
        assert audit.compare_with(conn, count, head, "the PDF") is None
    session.vault.set_setting("k", "v")  # any other entry in between
    _autosave(session, case.id, interview.id, "four")
    assert len(_entries(session, "interview.saved")) == 3
    session.cases.patch_answers(interview.id, {"narrative": "five"}, coalesce=False)  # a deliberate save
    assert len(_entries(session, "interview.saved")) == 4


def test_the_keyring_head_recorded_at_lock_is_never_joined(store: UserStore, memory_keyring: Any) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        case = s.cases.create("Across a lock")
        interview = s.cases.add_interview(case.id, TEMPLATE)
        case_id, interview_id = case.id, interview.id
        _autosave(s, case_id, interview_id, "before the lock")
    with store.unlock("alice", PASSPHRASE) as again:
        assert again.rollback is None
        _autosave(again, case_id, interview_id, "after the lock")
        assert len(_entries(again, "interview.saved")) == 2
        assert again.check_rollback() is None and again.vault.audit_report().ok


def test_changes_say_which_cases_kinds_and_fields(session: Session) -> None:
    case = session.cases.create("Changes")
    interview = session.cases.add_interview(case.id, TEMPLATE)
    with session.change("interview.saved", case.id) as uow:
        uow.cases.patch_answers(interview.id, {"registered": True, "registered_until": "2031-05-06"})
    changes = uow.changes
    assert changes.action == "interview.saved" and changes.case_ids == {case.id}
    assert changes.touches(case.id, "interviews") and changes.touches(case.id, "deadlines")  # taken from the answer
    assert not changes.touches(case.id, "people") and not changes.touches("another", "interviews")
    assert changes.fields_of(case.id) >= {f"interviews/{interview.id}/answers/registered",
                                          f"interviews/{interview.id}/answers/registered_until", "next_due"}

    with session.change("person.added", case.id) as uow:
        person = uow.cases.add_person(case.id, "client", "Invented Client")
    assert uow.changes.of(case.id) is not None
    assert uow.changes.touches(case.id, "people", "case")
    assert {f"people/{person.id}", "client_name"} <= uow.changes.fields_of(case.id)

    with session.change("nothing", case.id) as uow:
        assert uow.cases.update(case.id, title="Changes") == []
    assert uow.changes.empty


def test_several_commands_are_one_transaction_with_one_refresh_per_case(
        session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldintake.app import derived

    refreshes = Counted(derived.refresh)
    monkeypatch.setattr(derived, "refresh", refreshes)
    with session.change("cases.entered") as uow:
        first = uow.cases.create("First")
        uow.cases.add_person(first.id, "client", "Invented One")
        uow.cases.add_deadline(first.id, "hearing", "Invented hearing", "2031-01-10")
        second = session.cases.create("Second")  # a unit opened inside joins this one
    assert refreshes.calls == 2
    assert uow.changes.case_ids == {first.id, second.id}
    actions = [e.action for e in reversed(_entries(session, "case.created") + _entries(session, "person.added"))]
    assert sorted(actions) == ["case.created", "case.created", "person.added"]


def test_a_failed_unit_writes_nothing(session: Session) -> None:
    case = session.cases.create("Failing")
    interview = session.cases.add_interview(case.id, TEMPLATE)
    before = session.vault.audit_head()
    revisions_before = session.vault.query("SELECT count(*) FROM revisions")[0][0]

    with pytest.raises(RuntimeError, match="half-way"):
        with session.change("interview.saved", case.id, coalesce=True) as uow:
            uow.cases.patch_answers(interview.id, {"narrative": "never stored"})
            uow.cases.add_person(case.id, "family", "Never Stored")
            raise RuntimeError("half-way")
    with pytest.raises(Cancelled):  # a lock pressed while the save was on its way
        with session.change("interview.saved", case.id, coalesce=True, checkpoint=_cancelled) as uow:
            uow.cases.patch_answers(interview.id, {"narrative": "never stored either"})

    assert session.vault.audit_head() == before
    assert session.vault.query("SELECT count(*) FROM revisions")[0][0] == revisions_before
    stored = session.cases.get(case.id)
    assert stored.people == [] and "narrative" not in stored.interviews[0].answers
    with session.change("interview.saved", case.id) as uow:  # the vault takes the next unit as usual
        uow.cases.patch_answers(interview.id, {"narrative": "stored"})
    assert session.cases.interview(interview.id).answers["narrative"] == "stored"


def _cancelled() -> None:
    raise Cancelled("Cancelled; nothing was changed.")


def test_a_read_only_copy_is_refused_through_the_unit(session: Session) -> None:
    case = session.cases.create("Original")
    session.cases.add_interview(case.id, TEMPLATE, answers={"narrative": "An invented account."})
    doc = interchange.export_doc(session.cases, case.id)
    copy_id = interchange.import_case(session.cases, doc, redacted_for="UNHCR").case_id
    copy = session.cases.get(copy_id)
    before = session.vault.audit_head()

    with pytest.raises(ReadOnlyCase):
        with session.change("case.updated", copy_id) as uow:
            uow.cases.update(copy_id, title="Edited copy")
    with pytest.raises(ReadOnlyCase):
        with session.change("interview.saved", copy_id) as uow:
            uow.cases.patch_answers(copy.interviews[0].id, {"narrative": "Edited"})
    with pytest.raises(ReadOnlyCase):
        with session.change("redaction.marked", copy_id) as uow:
            uow.cases.add_redaction_mark(copy_id, "title", 0, 3)

    assert session.vault.audit_head() == before
    assert session.cases.get(copy_id).title == copy.title


def test_patch_keeps_the_other_answers_and_none_removes_one(session: Session) -> None:
    case = session.cases.create("Patch")
    interview = session.cases.add_interview(case.id, TEMPLATE, answers={"narrative": "Kept", "registered": True})
    result = session.cases.patch_answers(interview.id, {"registered": None, "narrative": "Kept"})
    assert result.changed == ["registered"]
    assert session.cases.interview(interview.id).answers == {"narrative": "Kept"}
