"""The urgent request for interim measures: built from the case, refused while an element is missing."""

from __future__ import annotations

import argparse
import io
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fieldintake.app import removals
from fieldintake.app.model import Deadline
from fieldintake.app.users import Session, UserStore
from fieldintake.cli import urgent as cli_urgent
from fieldintake.exports.urgent import RequestIncomplete, assemble, load_table, render_request
from fieldintake.exports.urgent.states import choose_forum, parse_table
from fieldintake.errors import InvalidInput, StorageError
from tests.conftest import PASSPHRASE
from tests.pdf_support import flat, make_case, page_texts
from tests.helpers import parse_with

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
DESTINATION = "Moscow, Russian Federation (flight from Almaty)"


def _with_removal(session: Session, ref: str) -> None:
    deadline = session.cases.add_deadline(ref, "removal", "Deportation flight", "2026-11-23T06:00:00Z")
    session.cases.update_deadline(deadline.id, notes=DESTINATION + "\nflight number unknown")


@pytest.fixture
def session(store: UserStore) -> Any:
    created = store.create("alice", PASSPHRASE)
    yield created.session
    created.session.close()


def _text(data: bytes) -> str:
    return flat(" ".join(page_texts(data)))


def test_a_complete_request_holds_every_element_of_its_checklist(session: Session) -> None:
    ref, files = make_case(session)
    _with_removal(session, ref)
    case = session.cases.get(ref)
    request = assemble(case, session.templates, lang="en", state_code="KZ", forum="cat", now=NOW)
    assert [c.key for c in request.checklist if not c.ok] == []
    data = render_request(request, generated=NOW, preparer="Lawyer C.", organisation="Invented Legal Aid")
    text = _text(data)
    assert "Committee against Torture" in text and "Kazakhstan" in text and "rule 114" in text
    assert "Качкуркин Тимур Асланович" in text
    assert "2026-11-23 06:00 UTC" in text and DESTINATION in text
    assert "Hours left when prepared 20" in text
    assert "Held for 48 hours in 2021" in text  # the risk, from the account
    assert "Specialised administrative court" in text  # the domestic decision
    assert "consented" in text and "UN bodies" in text
    for attachment in case.attachments:
        assert attachment.sha256 in text.replace(" ", "") or attachment.sha256 in text
    assert load_table().as_of in text
    assert "Lawyer C." in text
    assert not PdfReader(io.BytesIO(data)).is_encrypted


def test_the_request_in_russian_to_the_human_rights_committee(session: Session) -> None:
    ref, _ = make_case(session)
    _with_removal(session, ref)
    request = assemble(session.cases.get(ref), session.templates, lang="ru", state_code="KZ", forum="hrc", now=NOW)
    text = _text(render_request(request, generated=NOW))
    assert "Комитет по правам человека" in text and "правилом 94" in text and "Казахстан" in text


@pytest.mark.parametrize("element", ["removal_time", "destination", "consent", "documents", "forum", "state",
                                     "removal_date", "client"])
def test_a_missing_element_refuses_the_request_and_is_named(session: Session, element: str) -> None:
    ref, _ = make_case(session, exhibits=element != "documents")
    kwargs: dict[str, Any] = {"state_code": "KZ", "forum": "cat"}
    cases = session.cases
    case = cases.get(ref)
    interview = case.interviews[0]
    answers = dict(interview.answers)
    if element not in ("removal_time", "removal_date"):
        _with_removal(session, ref)
    if element == "removal_date":
        answers.pop("removal_date")
        kwargs["destination"] = DESTINATION
    if element == "removal_time":  # only the form's removal date, which has no time
        kwargs["destination"] = DESTINATION
    if element == "destination":
        deadline = next(d for d in cases.get(ref).deadlines if d.source == "manual")
        cases.update_deadline(deadline.id, notes="")
    if element == "consent":
        answers["consent_un_body"] = False
    if element == "forum":
        kwargs = {"state_code": "KG", "forum": "cat"}  # Kyrgyzstan: no article 22 declaration in the table
    if element == "state":
        kwargs = {"state_code": None, "forum": "cat"}
    if element == "client":
        for field in ("client_name_native", "client_name_passport", "client_aliases"):
            answers.pop(field)
    cases.save_answers(interview.id, answers)
    request = assemble(cases.get(ref), session.templates, lang="en", now=NOW, **kwargs)
    expected = ["removal_date", "removal_time"] if element == "removal_date" else [element]
    assert [c.key for c in request.missing] == expected
    with pytest.raises(RequestIncomplete) as caught:
        render_request(request, generated=NOW)
    assert [key for key, _ in caught.value.missing] == expected
    assert "missing" in str(caught.value)


def test_the_lawyers_authority_stands_in_for_missing_consent(session: Session) -> None:
    ref, _ = make_case(session)
    _with_removal(session, ref)
    case = session.cases.get(ref)
    interview = case.interviews[0]
    session.cases.save_answers(interview.id, {**interview.answers, "consent_un_body": False})
    request = assemble(session.cases.get(ref), session.templates, state_code="KZ", forum="cat", now=NOW,
                       authority="Power of attorney of 2026-11-21, attached as A-1")
    assert request.missing == []
    assert "Power of attorney of 2026-11-21" in _text(render_request(request, generated=NOW))


def test_a_confidential_request_leaves_the_name_out(session: Session) -> None:
    ref, _ = make_case(session)
    _with_removal(session, ref)
    request = assemble(session.cases.get(ref), session.templates, state_code="KZ", forum="cat", now=NOW,
                       confidential=True)
    text = _text(render_request(request, generated=NOW))
    for name in ("Качкуркин", "KACHKURKIN", "Тимур", "Kachkurkin"):
        assert name.lower() not in text.lower()
    assert "[the author]" in text  # where the account named them
    assert "Confidential request" in text


def test_the_state_table_is_dated_sourced_and_says_what_needs_checking() -> None:
    table = load_table()
    assert table.as_of and table.sources
    kz = table.get("kz")
    assert kz.cat_art22.open and kz.iccpr_op1.open and kz.cat_art22.checked and not kz.coe
    for state in table.states.values():
        for procedure in (state.cat_art22, state.iccpr_op1):
            assert procedure.source  # every fact names where to check it
            if procedure.open:
                assert procedure.date
    assert not table.get("RU").cat_art22.checked  # not asserted as settled
    assert choose_forum(table.get("KG")) == "hrc"
    assert choose_forum(kz) == "cat"
    with pytest.raises(InvalidInput):
        table.get("XX")


def test_a_malformed_state_table_is_refused_naming_the_entry() -> None:
    text = """
as_of: "2026-12-02"
sources: [{id: s, name: "Source"}]
states:
  KZ:
    name: {en: Kazakhstan, ru: Казахстан}
    cat_art22: {status: maybe, source: s}
    iccpr_op1: {status: accepted, source: s}
"""
    with pytest.raises(ValueError, match="states.KZ.cat_art22"):
        parse_table(text)


def test_the_countdown_counts_hours_to_the_next_removal() -> None:
    deadlines = [Deadline("a", "removal", "by date", "2026-11-23"), Deadline("b", "removal", "flight",
                                                                            "2026-11-23T06:00:00Z"),
                 Deadline("c", "hearing", "hearing", "2026-11-22T12:00:00Z"),
                 Deadline("d", "removal", "old", "2026-11-01", done=False)]
    found = removals.next_removal(deadlines, NOW)
    assert found is not None and found.id == "b"  # the same day, with its time
    assert removals.hours_left(found.due, NOW) == 20
    assert removals.hours_left("2026-11-22T09:30:00Z", NOW) == -1
    assert removals.next_removal([deadlines[3]], NOW) is None  # long past


# --- the command ---------------------------------------------------------------


class _Ctx:
    def __init__(self, store: UserStore) -> None:
        self.store = store

    def open_session(self) -> Any:
        return self.store.unlock("alice", PASSPHRASE)


def _parse(argv: list[str]) -> argparse.Namespace:
    return parse_with(cli_urgent.register, argv)


def test_the_urgent_command_writes_the_request_or_names_what_is_missing(
        store: UserStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        ref, _ = make_case(s)
        s.vault.set_setting("state", "KZ")
    target = tmp_path / "request.pdf"
    base = ["urgent", ref, "--forum", "cat", "--lang", "ru", "--timestamp", "2026-11-22T10:00:00Z"]
    args = _parse(base + ["--check"])
    assert args.handler(args, _Ctx(store)) == 2
    out = capsys.readouterr().out
    assert "MISSING\tremoval_time" in out and "MISSING\tdestination" in out and "ok\tconsent" in out
    args = _parse(base + ["-o", str(target)])
    with pytest.raises(RequestIncomplete, match="the time of the removal"):
        args.handler(args, _Ctx(store))
    assert not target.exists()
    args = _parse(base + ["-o", str(target), "--removal-at", "2026-11-23T11:00+05:00", "--destination", "Москва"])
    assert args.handler(args, _Ctx(store)) == 0
    assert "cat\tKZ\tremoval 2026-11-23 06:00 UTC" in capsys.readouterr().out
    text = _text(target.read_bytes())
    assert "Москва" in text and "Комитет против пыток" in text
    from fieldintake.exports.pdf.verify import verify_pdf

    checks = {c.name: c.ok for c in verify_pdf(target.read_bytes())}
    assert checks == {"signature": True, "unchanged": True, "identity": True}
    assert target.stat().st_mode & 0o077 == 0


def test_a_written_request_is_in_the_audit_chain_and_the_ledger_and_a_failed_one_is_not(
        store: UserStore, tmp_path: Path) -> None:
    """The request names the client to a UN committee: it left the vault unrecorded before."""
    from fieldintake.app import audit, ledger

    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        ref, _ = make_case(s)
        s.vault.set_setting("state", "KZ")
        case_id = s.cases.get(ref).id
    base = ["urgent", ref, "--forum", "cat", "--timestamp", "2026-11-22T10:00:00Z",
            "--removal-at", "2099-11-23T11:00+05:00", "--destination", "Москва"]

    def exported() -> list[audit.AuditEntry]:
        with store.unlock("alice", PASSPHRASE) as s, s.vault.read() as conn:
            return [e for e in audit.entries(conn, object_id=case_id) if e.action == "urgent.exported"]

    args = _parse(base + ["-o", str(tmp_path / "no such folder" / "request.pdf")])
    with pytest.raises(StorageError):
        args.handler(args, _Ctx(store))
    assert exported() == []  # nothing written: nothing recorded
    target = tmp_path / "request.pdf"
    args = _parse(base + ["-o", str(target)])
    assert args.handler(args, _Ctx(store)) == 0
    [entry] = exported()
    import hashlib

    assert entry.detail["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert entry.detail["audience"] == "cat" and entry.detail["state"] == "KZ"
    with store.unlock("alice", PASSPHRASE) as s:
        [shown] = [d for d in ledger.of_case(s.vault, case_id) if d.kind == "urgent request"]
    assert shown.audience == "cat" and shown.sha256 == entry.detail["sha256"]
