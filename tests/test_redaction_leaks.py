"""No identifying value, in any form, survives redaction for any audience."""

from __future__ import annotations

import re

import pytest

from fieldintake.app import interchange
from fieldintake.app.templates import validate_answers
from fieldintake.app.users import Session, UserStore
from fieldintake.exports.redaction import AUDIENCES, preview_text, redact_case
from tests.conftest import PASSPHRASE
from tests.redaction_data import ANSWERS, KEPT, build_case, leaks


@pytest.fixture
def session(store: UserStore):
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        yield s


@pytest.fixture
def case_id(session: Session) -> str:
    return build_case(session)


def _narrative(result) -> str:
    return result.case.interviews[0].answers["narrative"]


def test_the_test_data_does_leak_before_redaction(session: Session, case_id: str) -> None:
    """The leak check finds every kind of value in the unredacted case (so it cannot pass by accident)."""
    text = interchange.dumps(interchange.to_doc(session.cases.get(case_id)))
    found = set(leaks(text))
    assert {"качкуркин", "kachkurkin", "тима", "алия", "7015550123", "1234567", "0000001", "17.02",
            "17 февраля", "february 17", "вымышленная", "саратов", "timur.k.invented", "tk_invented"} <= found


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_nothing_identifying_survives(session: Session, case_id: str, audience: str, lang: str) -> None:
    case = session.cases.get(case_id)
    result = redact_case(case, session.templates, audience=audience, author="alice", lang=lang)
    doc = interchange.dumps(interchange.to_doc(result.case))
    assert leaks(doc) == []
    preview = preview_text(result, session.templates, lang)
    assert leaks(preview) == []
    assert leaks("\n".join(result.log.lines(lang))) == []
    # What remains still fits the form it was filled in with.
    template = session.templates.get("deportation-risk", 1)
    assert validate_answers(template, result.case.interviews[0].answers).errors == []
    assert result.case.redaction_marks == [] and result.case.origin is None


def test_the_story_still_reads_with_numbered_people(session: Session, case_id: str) -> None:
    result = redact_case(session.cases.get(case_id), session.templates, audience="un-body", author="alice")
    narrative = _narrative(result)
    for phrase in KEPT:
        assert phrase in narrative
    assert narrative.startswith("Я, [name 1], родился [date of birth] в [place] и уехал из [place] в сентябре 2022")
    assert "полиция искала [name 1] дважды и оставила повестку [name 1] у соседей" in narrative
    assert "Друзья зовут меня [name 1]." in narrative
    wife = re.search(r"Жена, (\[name \d+\]), звонила", narrative).group(1)
    assert wife != "[name 1]"
    assert f"С {wife} мы говорили" in narrative and f"wife {wife} can be reached at [phone]" in narrative
    assert "мой номер [phone], раньше был [phone]" in narrative
    assert "Пишите на [e-mail] или в телеграм [messenger]" in narrative
    assert "Паспорт [document no.] забрали, военный билет [document no.] утерян" in narrative
    assert "Живём по адресу [address]." in narrative
    assert "born [date of birth] ([date of birth])" in narrative
    answers = result.case.interviews[0].answers
    assert answers["client_name_native"] == answers["client_name_passport"] == "[name 1]"
    assert answers["family"][0]["name"] == wife and answers["family"][0]["relation"] == "wife"
    assert "phone" not in answers["family"][0] and "birth_date" not in answers and "client_phone" not in answers
    assert "messengers" not in answers
    assert {p.name for p in result.case.people} == {"[name 1]", wife}
    assert result.case.client_name == "[name 1]"
    assert result.case.title == "[name 1]: expulsion after a staged citation"
    assert [d.title for d in result.case.deadlines if d.source == "manual"] == ["Appeal for [name 1]"]
    # The interviewer, interpreter and lawyer are other people again.
    others = {answers["interviewer"], answers["interpreter"], answers["lawyer_name"]}
    assert len(others) == 3 and "[name 1]" not in others and wife not in others


def test_placeholders_in_russian(session: Session, case_id: str) -> None:
    result = redact_case(session.cases.get(case_id), session.templates, audience="lawyer", author="alice", lang="ru")
    narrative = _narrative(result)
    assert narrative.startswith("Я, [имя 1], родился [дата рождения] в [место]")
    assert "мой номер [телефон]" in narrative and "Паспорт [номер документа]" in narrative
    assert "Журнал обезличивания" in preview_text(result, session.templates, "ru")


def test_public_gets_only_shareable_facts(session: Session, case_id: str) -> None:
    result = redact_case(session.cases.get(case_id), session.templates, audience="public", author="alice")
    answers = result.case.interviews[0].answers
    assert "narrative" not in answers and "criminal_cases" not in answers and "family" not in answers
    assert answers["citizenships"] == ["RU"] and answers["urgency"] == "critical"
    assert result.case.notes == "" and result.case.tags == [] and result.case.deadlines == []
    assert result.log.sensitive_fields > 10
    assert all(not p.relation and not p.notes for p in result.case.people)


def test_meaning_is_kept_where_nothing_identifies(session: Session, case_id: str) -> None:
    result = redact_case(session.cases.get(case_id), session.templates, audience="unhcr", author="alice")
    answers = result.case.interviews[0].answers
    assert answers["criminal_cases"][0]["article"] == "art. 337 Criminal Code RF"
    assert answers["admin_charges"][0]["article"] == "art. 517 CoAO RK"
    assert answers["asylum_appeal_deadline"] == "2026-11-25"
    assert answers["hearings"][0]["court"] == "Almaty city court"
    assert answers["asylum_authority"] == "Migration service, Almaty"
    assert answers["timeline"][1]["event"] == "Stopped in Almaty; [name 1] was questioned"
    assert answers["risk_other"] == "Posted a video against the war."
    assert result.case.notes == "Call [name 1] only via the lawyer. E-mail [e-mail]. Hearing 2026-11-25."


def test_a_dated_answer_on_the_birthday_is_dropped(session: Session) -> None:
    answers = dict(ANSWERS, timeline=[{"date": "1994-02-17", "event": "Born", "source": "document"}])
    case_id = build_case(session, answers)
    result = redact_case(session.cases.get(case_id), session.templates, audience="lawyer", author="alice")
    assert result.case.interviews[0].answers["timeline"] == [{"event": "Born", "source": "document"}]
    assert result.log.counts["birth_date"] >= 1
