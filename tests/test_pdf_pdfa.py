"""PDF/A-2b and -3b, each requirement checked directly with pypdf (veraPDF is not installable here)."""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from typing import Any

import pytest
from PIL import ImageCms
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.pdfgen.canvas import Canvas

from fieldintake.app.users import Session, UserStore
from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file, signer_from_session
from fieldintake.exports.pdf.fonts import SANS, register_fonts
from fieldintake.exports.pdf.pdfa import PdfANotPossible
from tests.conftest import PASSPHRASE
from tests.pdf_support import all_objects, exhibit_png, make_case

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


def embedded_font_pdf() -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont(SANS, 20)
    canvas.drawString(72, 720, "Постановление суда (invented)")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture
def session(store: UserStore) -> Any:
    created = store.create("alice", PASSPHRASE)
    yield created.session
    created.session.close()


def _case(session: Session) -> tuple[str, dict[str, bytes]]:
    ref, _ = make_case(session, exhibits=False)
    files = {"ruling.pdf": embedded_font_pdf(), "photo.png": exhibit_png(), "call.ogg": b"OggS invented audio"}
    types = {"ruling.pdf": "application/pdf", "photo.png": "image/png", "call.ogg": "audio/ogg"}
    for name, data in files.items():
        session.attachments.add_stream(ref, io.BytesIO(data), name, size_hint=len(data), media_type=types[name])
    return ref, files


def _xmp(reader: PdfReader) -> str:
    stream = reader.trailer["/Root"]["/Metadata"].get_object()
    assert "/Filter" not in stream  # PDF/A: metadata readable without decoding
    return stream.get_data().decode("utf-8")


def _fonts_used_are_embedded(resources: DictionaryObject, depth: int = 0) -> list[str]:
    problems = []
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        targets = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
        for target in targets:
            if font.get("/Subtype") == "/Type3":
                continue
            descriptor = target.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append(str(target.get("/BaseFont")))
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
            problems += _fonts_used_are_embedded(xobject["/Resources"].get_object(), depth + 1)
    return problems


def _check_pdfa(data: bytes, part: str) -> PdfReader:
    reader = PdfReader(io.BytesIO(data))
    assert not reader.is_encrypted and reader.trailer.get("/ID")
    xmp = _xmp(reader)
    assert f"<pdfaid:part>{part}</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    info = reader.trailer["/Info"].get_object()
    assert f">{info['/Title']}</rdf:li>" in xmp
    assert f"<pdf:Producer>{info['/Producer']}</pdf:Producer>" in xmp
    assert f"<xmp:CreatorTool>{info['/Creator']}</xmp:CreatorTool>" in xmp
    assert "<xmp:CreateDate>2026-11-22T10:00:00Z</xmp:CreateDate>" in xmp and info["/CreationDate"] == "D:20261122100000Z"
    [intent] = reader.trailer["/Root"]["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    assert ImageCms.getOpenProfile(io.BytesIO(profile.get_data())).profile.xcolor_space.strip() == "RGB"
    for page in reader.pages:
        assert _fonts_used_are_embedded(page["/Resources"].get_object()) == []
    text = " ".join(str(o) for o in all_objects(data))
    for forbidden in ("/JavaScript", "/JS", "/OpenAction", "/Launch", "/Encrypt"):
        assert forbidden not in text
    return reader


def test_pdfa_2b_meets_each_requirement_and_stays_valid_when_signed(session: Session) -> None:
    from tests.test_pdf_signing import _validate

    ref, _files = _case(session)
    options = PdfOptions(timestamp=STAMP, pdfa="2b", signer=signer_from_session(session, "Lawyer C."))
    data = render_case_file(parts_from_session(session, ref), options).data
    reader = _check_pdfa(data, "2")
    assert "/EmbeddedFiles" not in str(reader.trailer["/Root"].get("/Names", ""))  # 2b embeds nothing
    status = _validate(data)
    assert status.intact and status.valid
    widget = reader.trailer["/Root"]["/AcroForm"]["/Fields"][0].get_object()
    assert int(widget["/F"]) & 4 and [float(x) for x in widget["/Rect"]] == [0, 0, 0, 0]  # printable, invisible


def test_pdfa_3b_embeds_the_originals_byte_for_byte(session: Session) -> None:
    ref, files = _case(session)
    data = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP, pdfa="3b")).data
    reader = _check_pdfa(data, "3")
    root = reader.trailer["/Root"]
    specs = [s.get_object() for s in root["/AF"]]
    assert sorted(str(s["/UF"]) for s in specs) == sorted(files)
    for spec in specs:
        assert spec["/AFRelationship"] == "/Source"
        stream = spec["/EF"]["/F"].get_object()
        assert stream.get_data() == files[str(spec["/UF"])]
        assert re.fullmatch(r"/\w+/[\w.+-]+", str(stream["/Subtype"]))
        assert int(stream["/Params"]["/Size"]) == len(files[str(spec["/UF"])])
    assert {name: blobs[0] for name, blobs in reader.attachments.items()}.keys()


def test_an_exhibit_with_a_font_not_embedded_is_refused_naming_the_page(session: Session) -> None:
    ref, _files = make_case(session)  # scan.pdf draws with Helvetica, not embedded
    with pytest.raises(PdfANotPossible, match=r"Page \d+ uses the font Helvetica"):
        render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP, pdfa="2b"))


def test_plain_files_stay_without_xmp_or_embedded_files(session: Session) -> None:
    ref, _files = _case(session)
    data = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP)).data
    root = PdfReader(io.BytesIO(data)).trailer["/Root"]
    assert "/Metadata" not in root and "/AF" not in root and "/OutputIntents" not in root
