"""fieldintake.case/1: export, import, round trip, and refusal of bad input."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from fieldintake.app import interchange
from fieldintake.app.users import Session, UserStore
from fieldintake.errors import InvalidInput
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE


@pytest.fixture
def two(store: UserStore):
    a = store.create("alice", PASSPHRASE).session
    b = store.create("bob", PASSPHRASE).session
    yield a, b
    a.close()
    b.close()


def _full_case(s: Session) -> str:
    case = s.cases.create("Round trip", urgency="critical", tags=["deserter"], notes="Ноты: всё важно.")
    s.cases.add_person(case.id, "client", "Качкуркин Тимур", name_latin="Kachkurkin Timur", aliases=["Тима"],
                       birth_date="1994-02-17")
    interview = s.cases.add_interview(case.id, "deportation-risk", answers=copy.deepcopy(FULL_ANSWERS))
    s.cases.add_deadline(case.id, "appeal", "Appeal to the city court", "2026-11-25")
    s.cases.add_redaction_mark(case.id, f"interviews/{interview.id}/answers/narrative", 3, 12, "name")
    return case.id


def test_round_trip_between_two_vaults_gives_the_same_document(two) -> None:
    a, b = two
    case_id = _full_case(a)
    doc = interchange.to_doc(a.cases.get(case_id))
    result = interchange.import_case(b.cases, json.loads(interchange.dumps(doc)))
    assert result.created and result.case_id == case_id
    assert interchange.to_doc(b.cases.get(case_id)) == doc
    assert b.cases.upcoming_deadlines()  # answer deadlines re-derived on import


def test_the_schema_in_docs_is_the_one_the_code_uses() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs" / "case-format.schema.json"
    assert json.loads(docs.read_text()) == interchange.schema()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("title"), r"\(top level\): 'title' is a required property"),
        (lambda d: d.update(urgency="panic"), r"at urgency: 'panic' is not one of"),
        (lambda d: d["people"][0].update(role="boss"), r"at people\[0\]\.role"),
        (lambda d: d["interviews"][0]["template"].update(version=99), r"interviews\[0\]\.template: unknown template"),
        (lambda d: d["interviews"][0]["answers"].update(birth_date="17.02.1994"), r"interviews\[0\]\.answers\.birth_date"),
        (lambda d: d["interviews"][0]["answers"]["documents"][1].update(expiry="soon"),
         r"interviews\[0\]\.answers\.documents\[1\]\.expiry"),
        (lambda d: d["deadlines"][0].update(due="next week"), r"deadlines\[0\]\.due"),
        (lambda d: d.update(format="fieldintake.case/9"), "Unsupported case format"),
        (lambda d: d["people"].append(copy.deepcopy(d["people"][0])), "used twice"),
    ],
)
def test_invalid_documents_are_refused_with_path_and_reason_and_nothing_is_written(two, mutate, message) -> None:
    a, b = two
    doc = interchange.to_doc(a.cases.get(_full_case(a)))
    mutate(doc)
    audit_before = b.vault.audit_report().count
    with pytest.raises(InvalidInput, match=message):
        interchange.import_case(b.cases, doc)
    assert b.cases.count() == 0 and b.vault.audit_report().count == audit_before


def test_invalid_json_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="not valid JSON: .* line 1, column"):
        interchange.parse(b'{"format": ', "case.json")


def test_attachments_need_their_bytes(two) -> None:
    a, b = two
    case_id = _full_case(a)
    doc = interchange.to_doc(a.cases.get(case_id))
    doc["attachments"].append({"id": "0b1e9a9e-0000-4000-8000-000000000001", "file_name": "scan.pdf",
                               "media_type": "application/pdf", "size": 3, "sha256": "0" * 64,
                               "imported_at": "2026-11-20T10:00:00Z", "sensitivity": "identifying"})
    with pytest.raises(InvalidInput, match="attachments travel in bundles"):
        interchange.import_case(b.cases, doc)


def test_an_existing_case_becomes_a_new_revision_with_its_origin(two) -> None:
    a, b = two
    case_id = _full_case(a)
    interchange.import_case(b.cases, interchange.export_doc(a.cases, case_id))
    a.cases.update(case_id, title="Round trip, updated by alice", urgency="high")
    interview = a.cases.get(case_id).interviews[0]
    a.cases.save_answers(interview.id, interview.answers | {"narrative": "A corrected account."})
    result = interchange.import_case(b.cases, interchange.export_doc(a.cases, case_id), origin="bundle:1234")
    assert not result.created
    assert set(result.changed) == {"title", "urgency", f"interviews/{interview.id}/answers/narrative"}
    history = b.cases.history(case_id)
    title = next(r for r in history if r.path == "title")
    assert (title.old, title.new, title.origin) == ("Round trip", "Round trip, updated by alice", "bundle:1234")
    assert b.cases.get(case_id).title == "Round trip, updated by alice"


def test_a_reference_taken_locally_gets_a_new_one(two) -> None:
    a, b = two
    b.cases.create("Bob's own first case")
    case_id = _full_case(a)
    result = interchange.import_case(b.cases, interchange.export_doc(a.cases, case_id))
    imported = b.cases.get(case_id)
    assert result.reference == imported.reference != a.cases.get(case_id).reference
    assert imported.origin["reference"] == a.cases.get(case_id).reference


def test_a_hostile_key_is_reported_on_one_line(two) -> None:
    a, b = two
    doc = interchange.to_doc(a.cases.get(_full_case(a)))
    doc["interviews"][0]["answers"]["messengers"] = [{"\n\x1b[2J": "x"}]
    with pytest.raises(InvalidInput) as caught:
        interchange.import_case(b.cases, doc)
    assert "\n" not in str(caught.value) and "\x1b" not in str(caught.value)
    assert "messengers[0]" in str(caught.value)


def test_a_document_that_is_not_an_object_is_refused_by_name() -> None:
    """A crafted bundle member holding a JSON list or number is not a case."""
    from fieldintake.app import interchange
    from fieldintake.errors import InvalidInput

    for text in ("[1, 2]", "7", '"case"'):
        with pytest.raises(InvalidInput, match="cases/x.json is not a case"):
            interchange.parse(text, "cases/x.json")


def _stamped_unit(d: dict) -> dict:
    return d["stamps"][sorted(d["stamps"])[0]]


@pytest.mark.parametrize("mutate", [
    lambda d: None,
    lambda d: d.update(id="not-a-uuid"),
    lambda d: d["people"][0].update(id="0000"),
    lambda d: d.update(created_at="2026-03-01 09:00"),
    lambda d: d["interviews"][0].update(updated_at="yesterday"),
    lambda d: _stamped_unit(d).update(by="no spaces allowed"),
    lambda d: _stamped_unit(d)["c"].update({"bad actor!": 1}),
    lambda d: _stamped_unit(d)["c"].update({"x": 0}),
    lambda d: _stamped_unit(d).update(at="2026"),
])
def test_the_schema_check_with_references_written_out_says_what_the_schema_says(two, mutate) -> None:
    """``interchange`` checks against the schema with its ``$ref``s written in place (made once, for
    speed): the verdict and the message are those of the schema as published."""
    import jsonschema

    a, _b = two
    doc = interchange.export_doc(a.cases, _full_case(a))
    mutate(doc)
    published = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(interchange.schema()).iter_errors(doc))
    ours = jsonschema.exceptions.best_match(interchange._validator().iter_errors(doc))
    assert (ours is None) == (published is None)
    if published is not None:
        assert ours is not None
        assert (list(ours.absolute_path), ours.message) == (list(published.absolute_path), published.message)
