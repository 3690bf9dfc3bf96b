"""Invented people and answers for case tests (never real persons)."""

from __future__ import annotations

from typing import Any

NARRATIVE = (
    "Я, Качкуркин Тимур Асланович, уехал из Саратова в сентябре 2022 года после повестки. "
    "Брат сказал, что полиция искала Качкуркина дважды и оставила повестку Качкуркину у соседей. "
    "In Almaty I was stopped for a documents check on 3 March; the officer wrote a jaywalking citation. "
    "Менің атым Тимур. Українською: їжак, ґанок, єнот. Нохчийн: Ӏаьржа."
)

FULL_ANSWERS: dict[str, Any] = {
    "interview_at": "2026-11-20T09:30:00Z",
    "interview_place": "Office, Almaty",
    "interviewer": "Caseworker A.",
    "interview_language": "ru",
    "interpreter": "Interpreter B.",
    "consent_record": True,
    "consent_lawyer": True,
    "consent_unhcr": True,
    "consent_ngo": False,
    "consent_un_body": True,
    "consent_public": False,
    "consent_date": "2026-11-20",
    "consent_how": "oral_interpreter",
    "client_name_native": "Качкуркин Тимур Асланович",
    "client_name_passport": "KACHKURKIN TIMUR",
    "client_aliases": "Тима\nTim Kachkurkin",
    "birth_date": "1994-02-17",
    "birth_place": "Saratov",
    "citizenships": ["RU"],
    "languages": ["ru", "en"],
    "interpreter_needed": True,
    "interpreter_language": "kk",
    "client_phone": "+7 701 555 01 23",
    "messengers": [{"app": "telegram", "handle": "@tk_invented"}],
    "address": "ул. Вымышленная 1, кв. 2, Алматы",
    "safe_contact": "Only via the lawyer; code word: 'apricot'.",
    "documents": [
        {"doc_type": "foreign_passport", "number": "75 1234567", "issuing_state": "RU", "expiry": "2030-05-01",
         "holder": "client"},
        {"doc_type": "military_id", "number": "АК 0000001", "issuing_state": "RU", "holder": "lost"},
    ],
    "entry_date": "2022-09-24",
    "entry_place": "Mashtakovo border crossing",
    "stay_basis": "visa_free_90",
    "registered": True,
    "registered_until": "2026-12-01",
    "asylum_applied": True,
    "asylum_date": "2026-10-01",
    "asylum_authority": "Migration service, Almaty",
    "asylum_decision": "refused",
    "asylum_decision_date": "2026-11-10",
    "asylum_appeal_deadline": "2026-11-25",
    "risk_factors": ["deserter", "anti_war", "other"],
    "risk_other": "Posted a video against the war.",
    "criminal_cases": [
        {"article": "art. 337 Criminal Code RF", "opened": "2023-01-15", "investigating_body": "Military investigators",
         "case_status": "arrest_in_absentia"},
    ],
    "extradition_requested": False,
    "wanted": "interstate",
    "past_detention": "Held for 48 hours in 2021 after a protest.",
    "detained": True,
    "detention_place": "Temporary detention centre, Almaty",
    "detained_since": "2026-11-19T18:00:00Z",
    "admin_charges": [{"article": "art. 517 CoAO RK", "date": "2026-11-19", "court": "Specialised administrative court",
                      "outcome": "expulsion"}],
    "removal_order": True,
    "removal_court": "Specialised administrative court",
    "removal_order_date": "2026-11-20",
    "removal_date": "2026-11-23",
    "hearings": [{"at": "2026-11-24T05:00:00Z", "court": "Almaty city court", "subject": "Appeal against expulsion"}],
    "appeal_deadline": "2026-11-22",
    "lawyer_name": "Lawyer C.",
    "lawyer_phone": "+77015550199",
    "interim_measures": "cat",
    "interim_requested_at": "2026-11-21T07:00:00Z",
    "interim_case_number": "CAT/0000/2026",
    "interim_outcome": "pending",
    "urgency": "critical",
    "family": [{"name": "Качкуркина Алия", "relation": "wife", "country": "KZ", "phone": "+77015550150", "at_risk": True}],
    "narrative": NARRATIVE,
    "timeline": [{"date": "2022-09-21", "event": "Call-up papers delivered", "place": "Saratov", "source": "client"}],
}
