"""The client's consent decides who may receive a summary; overrides and exports are audited."""

from __future__ import annotations

import copy
import json

import pytest

from fieldintake.app import audit
from fieldintake.app.users import Session, UserStore
from fieldintake.errors import ConsentMissing, InvalidInput
from fieldintake.exports.redaction import redact_case, source_sha256
from tests.conftest import PASSPHRASE
from tests.redaction_data import ANSWERS, FORBIDDEN, build_case, scrub


@pytest.fixture
def session(store: UserStore):
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        yield s


def _answers(**changes) -> dict:
    answers = copy.deepcopy(ANSWERS)
    for key, value in changes.items():
        if value is None:
            answers.pop(key, None)
        else:
            answers[key] = value
    return answers


def _audit_entries(session: Session, case_id: str) -> list[audit.AuditEntry]:
    with session.vault.read() as conn:
        return audit.entries(conn, case_id)


def test_no_consent_to_the_audience_is_refused_naming_it(session: Session) -> None:
    case_id = build_case(session, _answers(consent_unhcr=False))
    case = session.cases.get(case_id)
    with pytest.raises(ConsentMissing, match=r"UNHCR \(unhcr\): the client did not agree to sharing with UNHCR"):
        redact_case(case, session.templates, audience="unhcr", author="alice")
    redact_case(case, session.templates, audience="lawyer", author="alice")  # the others still work


def test_unanswered_consent_and_no_consent_at_all_are_refused(session: Session) -> None:
    case_id = build_case(session, _answers(consent_public=None))
    with pytest.raises(ConsentMissing, match="does not record an answer about sharing with the media"):
        redact_case(session.cases.get(case_id), session.templates, audience="public", author="alice")
    bare = session.cases.create("No interview yet")
    with pytest.raises(ConsentMissing, match="no interview of this case records the client's consent"):
        redact_case(session.cases.get(bare.id), session.templates, audience="lawyer", author="alice")
    case_id = build_case(session, _answers(consent_record=False))
    with pytest.raises(ConsentMissing, match="did not agree to the interview of 2026-11-20 being recorded"):
        redact_case(session.cases.get(case_id), session.templates, audience="lawyer", author="alice")


def test_withdrawn_consent_is_refused(session: Session) -> None:
    case_id = build_case(session, _answers(consent_withdrawn=True, consent_withdrawn_date="2026-11-21"))
    with pytest.raises(ConsentMissing, match="withdrew consent on 2026-11-21"):
        redact_case(session.cases.get(case_id), session.templates, audience="un-body", author="alice")


def test_the_most_recent_interview_with_consent_decides(session: Session) -> None:
    case_id = build_case(session)  # 2026-11-20: consent to UN bodies
    later = {"interview_at": "2026-11-21T10:00:00Z", "consent_record": True, "consent_un_body": False,
             "consent_lawyer": True}
    session.cases.add_interview(case_id, "deportation-risk", answers=later)
    session.cases.add_interview(case_id, "deportation-risk", answers={"narrative": "no consent questions here"})
    case = session.cases.get(case_id)
    with pytest.raises(ConsentMissing, match="interview of 2026-11-21"):
        redact_case(case, session.templates, audience="un-body", author="alice")
    result = redact_case(case, session.templates, audience="lawyer", author="alice")
    assert result.log.consent_interview_id == case.interviews[1].id
    assert any("the most recent of 2 interviews that record consent" in line for line in result.log.lines("en"))


def test_an_override_needs_a_reason_and_is_audited(session: Session) -> None:
    case_id = build_case(session, _answers(consent_un_body=False))
    case = session.cases.get(case_id)
    with pytest.raises(InvalidInput, match="needs a reason"):
        redact_case(case, session.templates, audience="un-body", author="alice", override_reason="  ")
    reason = "Removal within hours; the client cannot be reached to confirm"
    result = redact_case(case, session.templates, audience="un-body", author="alice", override_reason=reason)
    assert _audit_entries(session, case_id)[0].action != "redaction.consent_override"  # pure until recorded
    result.record(session.vault)
    entries = _audit_entries(session, case_id)
    exported, override = entries[0], entries[1]
    assert override.action == "redaction.consent_override"
    assert override.detail["audience"] == "un-body" and override.detail["reason"] == reason
    assert exported.action == "redaction.exported" and exported.detail["consent_overridden"] is True
    assert session.vault.audit_report().ok
    assert any(reason in line and "OVERRIDDEN" in line for line in result.log.lines("en"))


def test_the_audit_entry_holds_counts_audience_and_source_hash_but_no_value(session: Session) -> None:
    case_id = build_case(session)
    case = session.cases.get(case_id)
    result = redact_case(case, session.templates, audience="unhcr", author="alice")
    result.record(session.vault)
    entry = _audit_entries(session, case_id)[0]
    detail = entry.detail
    assert entry.action == "redaction.exported"
    assert detail["audience"] == "unhcr" and detail["author"] == "alice"
    assert detail["source_sha256"] == source_sha256(case) == result.log.source_sha256
    assert detail["removed"]["name"] >= 10 and detail["removed"]["phone"] >= 4
    assert detail["removed"]["document"] >= 2 and detail["removed"]["birth_date"] >= 3
    assert detail["identifying_fields"] > 10
    text = scrub(json.dumps(detail, ensure_ascii=False)).casefold()
    assert [f for f in FORBIDDEN if f in text] == []


def test_an_unknown_audience_is_refused(session: Session) -> None:
    case_id = build_case(session)
    with pytest.raises(InvalidInput, match="Audience must be one of"):
        redact_case(session.cases.get(case_id), session.templates, audience="press", author="alice")
