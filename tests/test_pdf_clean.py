"""The file itself leaks nothing and is reproducible: metadata, one revision, no active content."""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, StreamObject

from fieldintake.app.users import Session, UserStore
from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file
from fieldintake.exports.pdf.exhibits import FORBIDDEN_KEYS
from tests.conftest import PASSPHRASE
from tests.pdf_support import all_objects, body_text, make_case, page_texts

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def session(store: UserStore):
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        yield s


@pytest.fixture
def hostile_file(session: Session) -> bytes:
    ref, _ = make_case(session, hostile=True)
    return render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP, organisation="Org")).data


def test_same_case_and_timestamp_give_the_same_bytes(session: Session) -> None:
    ref, _ = make_case(session)
    parts = parts_from_session(session, ref)
    first = render_case_file(parts, PdfOptions(timestamp=STAMP))
    second = render_case_file(parts, PdfOptions(timestamp=STAMP))
    assert first.data == second.data and first.sha256 == second.sha256
    later = render_case_file(parts, PdfOptions(timestamp=datetime(2026, 11, 23, tzinfo=timezone.utc)))
    assert later.data != first.data


def test_one_revision_and_a_content_derived_id(hostile_file: bytes) -> None:
    assert hostile_file.count(b"%%EOF") == 1
    assert hostile_file.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"\bstartxref\b", hostile_file)) == 1
    reader = PdfReader(io.BytesIO(hostile_file))
    file_id = reader.trailer["/ID"]
    assert file_id[0] == file_id[1] and len(file_id[0]) == 16


def test_metadata_names_no_one_and_states_utc(hostile_file: bytes) -> None:
    reader = PdfReader(io.BytesIO(hostile_file))
    info = reader.trailer["/Info"].get_object()
    assert "/Author" not in info
    assert info["/Producer"] == "fieldintake" and info["/Creator"] == "fieldintake"
    assert info["/CreationDate"] == info["/ModDate"] == "D:20261122100000Z"
    assert "/Metadata" not in reader.trailer["/Root"]
    for obj in all_objects(hostile_file):
        if isinstance(obj, DictionaryObject):
            for value in obj.values():
                if isinstance(value, str) and value.startswith("D:"):
                    assert re.fullmatch(r"D:\d{14}(Z|\+00'00'?)?", value), value
    assert b"Hostile Author Name" not in hostile_file and b"Hostile Producer" not in hostile_file
    assert b"ReportLab" not in hostile_file and b"pypdf" not in hostile_file and b"anonymous" not in hostile_file


def test_no_active_content_survives_a_hostile_exhibit(hostile_file: bytes) -> None:
    objects = all_objects(hostile_file)
    assert objects
    for obj in objects:
        if isinstance(obj, DictionaryObject):
            assert not FORBIDDEN_KEYS & set(obj.keys()), set(obj.keys())
            assert obj.get("/S") not in ("/JavaScript", "/Launch", "/URI")
            assert obj.get("/Type") not in ("/Annot", "/Filespec", "/EmbeddedFile", "/Metadata")
        if isinstance(obj, StreamObject):
            data = obj.get_data()
            assert b"app.alert" not in data and b"Hostile Author Name" not in data
            assert b"example.invalid" not in data
    # the hostile exhibit's page content is still reproduced, with its page and Bates numbers
    texts = page_texts(hostile_file)
    assert "Scanned page 1" in body_text(texts[-2:] + texts[:-2])
    reader = PdfReader(io.BytesIO(hostile_file))
    assert all("/Annots" not in page for page in reader.pages)
    assert "/OpenAction" not in reader.trailer["/Root"] and "/Names" not in reader.trailer["/Root"]
    assert "/AcroForm" not in reader.trailer["/Root"]


def test_the_hostile_exhibit_really_carries_what_must_be_stripped() -> None:
    from tests.pdf_support import hostile_pdf

    found = set()
    for obj in all_objects(hostile_pdf()):
        if isinstance(obj, DictionaryObject):
            found |= FORBIDDEN_KEYS & set(obj.keys())
    assert {"/Annots", "/AA", "/OpenAction", "/JS", "/JavaScript", "/EmbeddedFiles", "/AcroForm", "/Metadata"} <= found
    info = PdfReader(io.BytesIO(hostile_pdf())).metadata
    assert info is not None and info.author == "Hostile Author Name"
