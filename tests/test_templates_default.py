"""The default "Deportation / extradition risk intake" template, as a lawyer would check it."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from fieldintake.app.templates import (
    CONSENT_AUDIENCES,
    DEFAULT_TEMPLATE_ID,
    PII_KINDS,
    SENSITIVITIES,
    Field,
    Template,
    TemplateRegistry,
    Text,
    builtin_templates,
    parse_template,
    validate_answers,
)


@pytest.fixture(scope="module")
def template() -> Template:
    return TemplateRegistry().get(DEFAULT_TEMPLATE_ID, 1)


def test_every_builtin_template_passes_every_check() -> None:
    folder = resources.files("fieldintake.app.templates").joinpath("builtin")
    files = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".yaml"))
    assert "deportation-risk.v1.yaml" in files
    loaded = list(builtin_templates())
    assert len(loaded) == len(files)
    for entry_name in files:
        data = yaml.safe_load(folder.joinpath(entry_name).read_text(encoding="utf-8"))
        again = parse_template(data, entry_name)  # schema + semantic checks, raising on any problem
        assert again.key in {t.key for t in loaded}


def _texts(template: Template) -> list[tuple[str, Text]]:
    found: list[tuple[str, Text]] = [("title", template.title), ("description", template.description)]
    for section in template.sections:
        found.append((section.id, section.label))
        if section.help:
            found.append((f"{section.id} help", section.help))
    for path, field in template.iter_fields():
        found.append((path, field.label))
        if field.help:
            found.append((f"{path} help", field.help))
        found += [(f"{path}:{option.id}", option.label) for option in field.options]
    return found


def test_every_label_has_english_and_russian(template: Template) -> None:
    texts = _texts(template)
    assert len(texts) > 200
    for where, text in texts:
        assert text.en.strip() and text.ru.strip(), where
        assert any("а" <= ch <= "я" for ch in text.ru.lower()) or text.ru in {"Telegram", "WhatsApp", "Signal", "Viber"}, where
        assert text.get("ru") == text.ru and text.get("en") == text.en


_KAZAKH_ONLY = set("әғқңөұүһі")
_UKRAINIAN_ONLY = set("єіїґ")
_NAMES = {"Telegram", "WhatsApp", "Signal", "Viber", "ЛГБТ+"}


def test_every_label_help_and_option_has_kazakh_and_ukrainian(template: Template) -> None:
    texts = _texts(template)
    kazakh = ukrainian = 0
    for where, text in texts:
        assert text.kk and text.kk.strip() and text.uk and text.uk.strip(), where
        assert text.get("kk-KZ") == text.kk and text.get("uk_UA") == text.uk
        if text.en not in _NAMES:
            assert text.kk != text.en and text.uk != text.en, where  # written, not copied from English
        kazakh += bool(_KAZAKH_ONLY & set(text.kk.lower()))
        ukrainian += bool(_UKRAINIAN_ONLY & set(text.uk.lower()) or "’" in text.uk)
    assert kazakh > len(texts) * 0.6 and ukrainian > len(texts) * 0.5  # the letters of each language, not Russian
    assert template.field("urgency").label.get("kk") == "Шұғылдығы"
    assert template.field("urgency").label.get("uk") == "Терміновість"
    assert template.field("birth_date").label.get("kk") == "Туған күні"


def test_an_unknown_language_falls_back_to_english(template: Template) -> None:
    assert template.field("urgency").label.get("de") == "Urgency"


def test_every_field_has_a_sensitivity_and_pii_only_on_identifying_fields(template: Template) -> None:
    for path, field in template.iter_fields():
        assert field.sensitivity in SENSITIVITIES, path
        if field.pii is not None:
            assert field.pii in PII_KINDS and field.sensitivity == "identifying", path


def _by_path(template: Template) -> dict[str, Field]:
    return dict(template.iter_fields())


def test_sensitivities_fit_what_the_fields_hold(template: Template) -> None:
    fields = _by_path(template)
    identifying = [p for p, f in fields.items() if f.sensitivity == "identifying"]
    for path in [
        "client_name_native", "client_name_passport", "client_aliases", "birth_date", "birth_place",
        "client_phone", "messengers[].handle", "address", "safe_contact", "documents[].number",
        "detention_place", "lawyer_name", "lawyer_phone", "family[].name", "family[].phone",
        "timeline[].place", "interview_place", "interviewer", "interpreter",
    ]:  # fmt: skip
        assert path in identifying, path
    for path, field in fields.items():
        if field.type == "phone":
            assert field.sensitivity == "identifying" and field.pii == "phone", path
    for path in ["risk_factors", "criminal_cases[].article", "extradition_requested", "wanted", "narrative"]:
        assert fields[path].sensitivity == "sensitive", path
    for path in ["stay_basis", "urgency", "citizenships"]:
        assert fields[path].sensitivity == "shareable", path


def test_the_mapped_fields_exist_with_suitable_types(template: Template) -> None:
    types = {
        "date": {"datetime"}, "place": {"text"}, "interviewer": {"text"}, "language": {"language"},
        "interpreter": {"text"},
    }  # fmt: skip
    assert set(template.interview_fields) == set(types)
    for key, field_id in template.interview_fields.items():
        assert template.field(field_id).type in types[key], key
    assert set(CONSENT_AUDIENCES) <= set(template.consent)
    for key in ("record", *CONSENT_AUDIENCES, "withdrawn"):
        assert template.field(template.consent[key]).type == "yes_no", key
    assert template.field(template.consent["date"]).type == "date"
    assert template.field(template.consent["how"]).option_ids == ("written", "oral_recorded", "oral_interpreter")
    assert template.field(template.consent["record"]).required
    names = [template.field(field_id) for field_id in template.client_name_fields]
    assert [f.pii for f in names] == ["name", "name", "alias"]
    assert all(f.type in ("text", "long_text") and f.sensitivity == "identifying" for f in names)
    assert template.urgency_field is not None
    urgency = template.field(template.urgency_field)
    assert urgency.type == "single_choice" and urgency.option_ids == ("critical", "high", "normal", "low")
    assert urgency.help is not None and "72" in urgency.help.en and "72" in urgency.help.ru


def test_deadlines_are_where_a_lawyer_expects_them(template: Template) -> None:
    deadlines = {path: f.deadline for path, f in template.iter_fields() if f.deadline}
    assert deadlines["documents[].expiry"] == "document_expiry"
    assert deadlines["asylum_appeal_deadline"] == "appeal"
    assert deadlines["appeal_deadline"] == "appeal"
    assert deadlines["removal_date"] == "removal"
    assert deadlines["hearings[].at"] == "hearing"
    assert deadlines["asylum_decision_due"] == "asylum_decision"
    assert all(template.field(path).type in ("date", "datetime") for path in deadlines)


def test_the_choices_a_lawyer_looks_for(template: Template) -> None:
    risk = template.field("risk_factors")
    assert risk.type == "multi_choice"
    for option in ["deserter", "draft_evader", "conscientious_objector", "anti_war", "donations_ukraine", "lgbt",
                   "ukraine_citizen", "occupied_territory", "north_caucasus", "family_targeted"]:  # fmt: skip
        assert option in risk.option_ids
    assert template.field("wanted").option_ids == (
        "none_known", "national", "interstate", "interpol_red_notice", "interpol_diffusion",
    )  # fmt: skip
    assert "visa_free_90" in template.field("stay_basis").option_ids
    assert "military_id" in template.field("documents[].doc_type").option_ids
    assert template.field("interim_measures").option_ids == ("none", "cat", "hrc", "other")
    assert template.field("citizenships").multiple and template.field("languages").multiple


def test_conditional_fields_follow_their_questions(template: Template) -> None:
    assert {p for p, f in template.iter_fields() if f.show_if and f.show_if.field == "removal_order"} == {
        "removal_court", "removal_order_date", "removal_date",
    }  # fmt: skip
    assert template.field("interim_outcome").show_if.value == ("cat", "hrc", "other")  # type: ignore[union-attr]


INVENTED_INTERVIEW = {
    "interview_at": "2025-04-02T06:15:00Z",
    "interview_place": "Almaty, office",
    "interviewer": "A. K.",
    "interview_language": "ru",
    "consent_record": True,
    "consent_lawyer": True,
    "consent_unhcr": True,
    "consent_ngo": False,
    "consent_ngo_names": "left from an earlier answer",
    "consent_un_body": True,
    "consent_public": False,
    "consent_date": "2025-04-02",
    "consent_how": "oral_interpreter",
    "client_name_native": "Петров Дмитрий Сергеевич",
    "client_name_passport": "PETROV DMITRII",
    "client_aliases": "Dmitry Petrov\nДима",
    "birth_date": "1994-11-05",
    "citizenships": ["RU"],
    "languages": ["ru", "en"],
    "interpreter_needed": False,
    "client_phone": "+7 701 555 01 23",
    "messengers": [{"app": "signal", "handle": "@dp_example"}],
    "documents": [
        {"doc_type": "foreign_passport", "number": "75 0000000", "issuing_state": "RU", "expiry": "2029-01-31",
         "holder": "client"},
        {"doc_type": "internal_passport", "holder": "lost"},
    ],  # fmt: skip
    "stay_basis": "visa_free_90",
    "entry_date": "2022-09-26",
    "asylum_applied": True,
    "asylum_decision": "refused",
    "asylum_decision_date": "2025-03-20",
    "asylum_appeal_deadline": "2025-04-19",
    "risk_factors": ["draft_evader", "anti_war"],
    "criminal_cases": [{"article": "art. 328 Criminal Code RF", "opened": "2024-02", "case_status": "opened"}],
    "extradition_requested": False,
    "wanted": "interstate",
    "detained": False,
    "admin_charges": [{"article": "art. 517 CoAO RK", "date": "2025-03-30", "outcome": "pending"}],
    "removal_order": False,
    "hearings": [{"at": "2025-04-03T04:00:00Z", "court": "Specialised administrative court", "subject": "expulsion"}],
    "interim_measures": "none",
    "urgency": "critical",
    "family": [{"name": "Петрова Анна", "relation": "mother", "country": "RU", "at_risk": True}],
    "narrative": "I left after the summons came.",
    "timeline": [{"date": "2022-09", "event": "Summons delivered", "source": "client"}],
}


def test_an_invented_interview_is_complete_and_clean(template: Template) -> None:
    result = validate_answers(template, INVENTED_INTERVIEW, complete=True)
    assert result.errors == []
    assert [(w.path, w.code) for w in result.warnings] == [("consent_ngo_names", "hidden")]
    assert result.cleaned["client_phone"] == "+77015550123"
    assert "consent_ngo_names" not in result.cleaned
    assert result.cleaned["documents"][1] == {"doc_type": "internal_passport", "holder": "lost"}
