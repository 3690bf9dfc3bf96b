"""Deadlines that lead to action: the next thing to do, and answer deadlines with proper titles in each language."""

from __future__ import annotations

import copy
from datetime import datetime, timezone
from typing import Any

import pytest

from fieldintake.app import removals
from fieldintake.app.deadlinetitles import deadline_title
from fieldintake.app.model import Deadline
from fieldintake.app.users import UserStore
from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE
from tests.pdf_support import flat, page_texts

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


def test_an_expired_registration_is_not_the_next_thing_to_do() -> None:
    deadlines = [Deadline("r", "other", "Registration until", "2026-11-01"),
                 Deadline("h", "hearing", "Hearing 1", "2026-11-24T05:00:00Z"),
                 Deadline("p", "document_expiry", "Passport", "2030-05-01")]
    assert removals.next_action(deadlines, NOW).id == "h"
    # nothing ahead: the latest missed hearing, removal or appeal, never the old registration
    missed = [Deadline("r", "other", "Registration until", "2026-11-01"),
              Deadline("a", "appeal", "Appeal deadline", "2026-11-20")]
    assert removals.next_action(missed, NOW).id == "a"
    assert removals.next_action([missed[0]], NOW) is None
    # a date alone lasts its whole day
    today = [Deadline("x", "appeal", "Appeal deadline", "2026-11-22"), Deadline("h", "hearing", "H", "2026-11-23")]
    assert removals.next_action(today, NOW).id == "x"


@pytest.fixture
def session(store: UserStore) -> Any:
    created = store.create("alice", PASSPHRASE)
    yield created.session
    created.session.close()


def test_hearing_deadlines_have_titles_in_each_language(session: Any) -> None:
    case = session.cases.create("Invented hearing titles")
    interview = session.cases.add_interview(case.id, "deportation-risk")
    answers = copy.deepcopy(FULL_ANSWERS)
    answers["hearings"] = [{"at": "2029-11-24T05:00:00Z", "court": "Almaty city court",
                            "subject": "Appeal against expulsion"}]
    session.cases.save_answers(interview.id, answers)
    case = session.cases.get(case.id)
    hearing = next(d for d in case.deadlines if d.kind == "hearing")
    assert hearing.title == "Hearing 1: Almaty city court — Appeal against expulsion"
    ru = deadline_title(hearing, case, session.templates, "ru")
    assert ru == "Судебное заседание 1: Almaty city court — Appeal against expulsion"
    removal = next(d for d in case.deadlines if d.kind == "removal")
    assert deadline_title(removal, case, session.templates, "ru") == "Дата выдворения"
    assert deadline_title(hearing, case, session.templates, "kk").startswith("Сот отырысы 1: Almaty city court")
    assert deadline_title(hearing, case, session.templates, "uk").startswith("Судове засідання 1: Almaty city court")
    assert deadline_title(removal, case, session.templates, "kk") == "Шығарып жіберу күні"
    assert deadline_title(removal, case, session.templates, "uk") == "Дата видворення"
    assert "Date and time" not in {d.title for d in case.deadlines}
    text = flat(" ".join(page_texts(render_case_file(parts_from_session(session, case.id),
                                                     PdfOptions(lang="ru", timestamp=NOW)).data)))
    assert "Судебное заседание 1: Almaty city court" in text
    summary = session.cases.list()[0]
    # the hearing (before the 2030 passport expiry of FULL_ANSWERS), not the registration that ran out in 2026
    assert summary.next_due == "2029-11-24T05:00:00Z"
