"""The certificate of authenticity: each exhibit's hash, acquisition and custody from the audit chain."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from fieldintake.app.users import UserStore
from fieldintake.exports.handover import export_bundle
from fieldintake.exports.pdf import PdfOptions, parts_from_session, record_export, render_case_file
from tests.conftest import PASSPHRASE
from tests.pdf_support import flat, make_case, page_texts

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


def _certificate_text(data: bytes, title: str) -> str:
    pages = [flat(t) for t in page_texts(data)]
    start = next(i for i, t in enumerate(pages) if title in t and "SHA-256" in t)
    return " ".join(pages[start:start + 2])


@pytest.fixture
def session(store: UserStore) -> Any:
    created = store.create("alice", PASSPHRASE)
    yield created.session
    created.session.close()


def test_each_exhibit_has_its_hash_acquisition_and_custody(session: Any, store: UserStore, tmp_path: Path) -> None:
    bob = store.create("bob", "another long invented passphrase 42")
    card = bob.session.card().to_text()
    bob.session.close()
    ref, _files = make_case(session)
    session.contacts.add("Bob Lawyer", card, verified=True)
    export_bundle(session, [ref], tmp_path, contacts=["Bob Lawyer"])
    parts = parts_from_session(session, ref)
    first = render_case_file(parts, PdfOptions(timestamp=STAMP, preparer="Lawyer C.", organisation="Invented Aid"))
    record_export(session, parts.case, first.sha256, [a.id for a in parts.case.attachments])
    data = render_case_file(parts_from_session(session, ref),
                            PdfOptions(timestamp=STAMP, preparer="Lawyer C.", organisation="Invented Aid")).data
    text = _certificate_text(data, "Certificate of authenticity of the exhibits")
    for attachment in parts.case.attachments:
        assert attachment.sha256 in text.replace(" ", "") or attachment.sha256 in text
    assert "by alice" in text  # who added each file (the audit chain's actor)
    assert "handed over in a bundle to Bob Lawyer" in text
    assert "included in an exported case file" in text
    assert "I, Lawyer C., of Invented Aid, certify" in text and "2026-11-22" in text
    assert "902(14)" in text and "Berkeley Protocol" in text


def test_the_certificate_in_russian(session: Any) -> None:
    ref, _files = make_case(session)
    data = render_case_file(parts_from_session(session, ref),
                            PdfOptions(lang="ru", timestamp=STAMP, preparer="Юрист С.")).data
    text = _certificate_text(data, "Удостоверение подлинности приложений")
    assert "Я, Юрист С., удостоверяю" in text and "— alice" in text and "Берклийскому протоколу" in text


def test_a_redacted_summary_carries_no_custody_names(session: Any) -> None:
    from fieldintake.exports import summary

    ref, _files = make_case(session)
    result = summary.redact(session, ref, audience="unhcr", skip_review=True)  # (suggestions: not the subject)
    data = summary.render_summary(session, result, PdfOptions(timestamp=STAMP), record=False).data
    assert "Certificate of authenticity" not in flat(" ".join(page_texts(data)))
