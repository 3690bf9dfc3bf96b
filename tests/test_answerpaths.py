"""Answer paths: one module builds and parses the three spellings, and every writer agrees with it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldintake.app import answerpaths, formdata, interchange, merge
from fieldintake.app.users import Session, UserStore
from tests.conftest import PASSPHRASE

TEMPLATE = "deportation-risk"


@pytest.fixture
def session(store: UserStore) -> Iterator[Session]:
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        yield s


@pytest.mark.parametrize(("path", "parsed", "steps"), [
    ("narrative", answerpaths.FieldPath("narrative"), ["narrative"]),
    ("hearings[1].date", answerpaths.FieldPath("hearings", 1, "date"), ["hearings", 1, "date"]),
    ("family[0]", answerpaths.FieldPath("family", 0), ["family", 0]),
])
def test_field_paths_round_trip(path: str, parsed: answerpaths.FieldPath, steps: list[str | int]) -> None:
    assert answerpaths.parse_field_path(path) == parsed
    assert answerpaths.field_path(parsed.field_id, parsed.index, parsed.sub_id) == path
    assert answerpaths.steps(path) == steps


def test_unit_and_revision_paths_round_trip() -> None:
    unit = answerpaths.unit_path("0f0e", "hearings[1].date")
    assert unit == "interviews/0f0e/answers/hearings[1].date"
    assert answerpaths.parse_unit_path(unit) == answerpaths.UnitPath("0f0e", "hearings[1].date")
    for other in ("title", "notes", "interviews/0f0e/status", "interviews/0f0e", "deadlines/x", "interviews//answers/x"):
        assert answerpaths.parse_unit_path(other) is None
    assert answerpaths.revision_path("narrative") == "answers.narrative"
    assert answerpaths.field_of_revision("answers.narrative") == "narrative"
    assert answerpaths.field_of_revision("status") is None


def test_every_writer_spells_answer_paths_the_way_the_module_parses_them(session: Session) -> None:
    case = session.cases.create("Paths")
    interview = session.cases.add_interview(case.id, TEMPLATE)
    with session.change("interview.saved", case.id) as uow:
        uow.cases.patch_answers(interview.id, {"narrative": "Invented story", "registered": True})
    # what the change touched (units)
    touched = {answerpaths.parse_unit_path(p) for p in uow.changes.fields_of(case.id)}
    assert answerpaths.UnitPath(interview.id, "narrative") in touched
    # the revisions' path column
    rows = session.vault.query("SELECT path FROM revisions WHERE object_id = ?", (interview.id,))
    assert {answerpaths.field_of_revision(r[0]) for r in rows} >= {"narrative", "registered"}
    # the merge units of the interchange document
    units = merge.units_of(interchange.export_doc(session.cases, case.id))
    assert answerpaths.unit_path(interview.id, "narrative") in units
    # a redaction mark's path reads back the text through the same spelling
    full = session.cases.get(case.id)
    assert formdata.text_at(full, answerpaths.unit_path(interview.id, "narrative")) == "Invented story"
