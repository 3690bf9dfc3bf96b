"""The redacted summary as a PDF: nothing removed is anywhere in the file."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader

from fieldintake.app import audit
from fieldintake.app.users import UserStore
from fieldintake.errors import ConsentMissing
from fieldintake.exports import summary
from fieldintake.exports.pdf import PdfOptions
from tests.conftest import PASSPHRASE
from tests.pdf_support import all_objects, flat, image_objects, page_texts
from tests.redaction_data import KEPT, build_case, jpeg_with_gps, leaks

FIXED = PdfOptions(timestamp=datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc))


@pytest.fixture
def session(store: UserStore):
    with store.create("alice", PASSPHRASE).session as s:
        yield s


def _decompressed(data: bytes) -> str:
    """Every stream decompressed plus every string object, decoded every way a name could hide.

    Embedded font programs are left out: their tables hold every byte value in
    order ("0123456789") and would match any digits; the glyphs they draw are
    checked through the extracted text.
    """
    pieces: list[str] = []
    for obj in all_objects(data):
        raw: bytes | None = None
        if hasattr(obj, "get") and any(k in obj for k in ("/Length1", "/Length2", "/Length3")):
            continue
        if hasattr(obj, "get_data"):
            try:
                raw = obj.get_data()
            except Exception:
                raw = None
        elif isinstance(obj, (str, bytes)):
            raw = obj.encode("utf-8", "replace") if isinstance(obj, str) else obj
        if raw:
            pieces.extend(raw.decode(enc, "ignore") for enc in ("utf-8", "utf-16-be", "utf-16-le", "latin-1"))
    return "\n".join(pieces)


@pytest.mark.parametrize("audience", ["lawyer", "unhcr", "ngo", "un-body", "public"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_identifying_value_in_text_streams_or_metadata(session, tmp_path, audience: str, lang: str) -> None:
    case_id = build_case(session)
    photo = tmp_path / "street.jpg"
    photo.write_bytes(jpeg_with_gps())
    session.attachments.add(case_id, photo, sensitivity="shareable", description="the street")
    result = summary.redact(session, case_id, audience=audience, lang=lang)
    pdf = summary.render_summary(session, result, FIXED.__class__(**{**FIXED.__dict__, "lang": lang}))
    text = "\n".join(page_texts(pdf.data))
    assert leaks(text) == [], "extracted text"
    assert leaks(_decompressed(pdf.data)) == [], "decompressed objects"
    metadata = PdfReader(io.BytesIO(pdf.data)).metadata or {}
    assert leaks(" ".join(str(v) for v in metadata.values())) == [], "metadata"
    images = [img for page in PdfReader(io.BytesIO(pdf.data)).pages for img in image_objects(page)]
    if audience != "public":
        assert images, "the shareable photo is an exhibit of the summary"
    assert "InventedCam" not in _decompressed(pdf.data)  # ...and its EXIF is gone
    assert pdf.data.count(b"%%EOF") == 1
    if audience in ("lawyer", "un-body"):
        flat_text = flat(text)
        for kept in KEPT:
            assert flat(kept) in flat_text, kept


def test_the_log_is_in_the_file_and_in_the_audit_chain(session) -> None:
    case_id = build_case(session)
    pdf = summary.render_summary(session, summary.redact(session, case_id, audience="unhcr"), FIXED)
    text = flat("\n".join(page_texts(pdf.data)))
    assert "Redaction log" in text and "Redacted summary for UNHCR" in text
    with session.vault.read() as conn:
        assert "redaction.exported" in [e.action for e in audit.entries(conn, object_id=case_id)]


def test_same_case_same_options_same_bytes(session) -> None:
    case_id = build_case(session)
    first, second = (summary.redact(session, case_id, audience="lawyer") for _ in range(2))
    assert first.case == second.case  # the log's "prepared on" minute may differ between the two runs
    one = summary.render_summary(session, first, FIXED, record=False)
    two = summary.render_summary(session, first, FIXED, record=False)
    assert one.data == two.data


def test_no_consent_no_summary(session) -> None:
    case_id = build_case(session, answers={"consent_record": True, "consent_lawyer": True, "consent_public": False})
    with pytest.raises(ConsentMissing, match="public"):
        summary.redact(session, case_id, audience="public")
    result = summary.redact(session, case_id, audience="public", override_reason="client asked by phone")
    summary.render_summary(session, result, FIXED)
    with session.vault.read() as conn:
        actions = [e.action for e in audit.entries(conn, object_id=case_id)]
    assert "redaction.consent_override" in actions
