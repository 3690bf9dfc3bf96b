"""The case file read back: scripts, numbering across exhibit pages, exhibit hashes, labels in Russian and Kazakh."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader

from fieldintake.app.users import Session, UserStore
from fieldintake.errors import Cancelled
from fieldintake.exports.pdf import ExtraPage, PdfOptions, case_sha256, parts_from_session, render_case_file
from fieldintake.exports.pdf.fonts import missing_glyphs
from tests.conftest import PASSPHRASE
from tests.pdf_support import (
    CHECHEN, KAZAKH, LETTERS, NARRATIVE, UKRAINIAN, body_text, contents_entries, flat, image_objects, image_sizes, hashes_in, make_case, page_texts,
)

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def session(store: UserStore):
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        yield s


def test_every_script_survives_the_round_trip(session: Session) -> None:
    ref, _ = make_case(session, exhibits=False)
    assert missing_glyphs(LETTERS + NARRATIVE + KAZAKH + UKRAINIAN + CHECHEN) == set()
    result = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP))
    text = body_text(page_texts(result.data))
    for answer in (KAZAKH, UKRAINIAN, CHECHEN, "Качкуркин Тимур Асланович", "ул. Вымышленная 1, кв. 2, Алматы"):
        assert answer in text
    assert flat(NARRATIVE) in text
    for letter in LETTERS:
        assert letter in text
    assert "\ufffd" not in text


def test_page_and_bates_numbers_run_through_the_exhibit_pages(session: Session) -> None:
    ref, _ = make_case(session)
    options = PdfOptions(timestamp=STAMP, bates_prefix="KZ-ALM-", bates_start=41)
    result = render_case_file(parts_from_session(session, ref), options)
    texts = page_texts(result.data)
    total = len(texts)
    assert result.pages == total == len(PdfReader(io.BytesIO(result.data)).pages)
    for k, text in enumerate(texts, 1):
        assert f"Page {k} of {total}" in text, k
        assert f"KZ-ALM-{40 + k:06d}" in text, k
    # the three pages of the PDF exhibit are in the file, each on its own numbered page
    scanned = [k for k, text in enumerate(texts, 1) for n in (1, 2, 3) if f"Scanned page {n}" in text]
    assert len(scanned) == 3 and scanned == sorted(scanned) and len(set(scanned)) == 3
    assert "Page 1 of" in texts[0] and f"Page {total} of {total}" in texts[-1]
    assert "Integrity record" in texts[-1]


def test_contents_page_numbers_point_at_their_headings(session: Session) -> None:
    ref, _ = make_case(session)
    data = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP)).data
    texts = page_texts(data)
    entries = contents_entries(data, page_index=1)
    for heading in ("Index of exhibits", "Integrity record", "Deadlines and hearings", "The client's account",
                    "Exhibit E-2: photo.png"):
        assert heading in texts[entries[heading] - 1], heading
    assert entries["The case"] == 3


def test_printed_exhibit_hashes_are_the_files_hashes(session: Session) -> None:
    ref, files = make_case(session)
    result = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP))
    texts = page_texts(result.data)
    expected = {hashlib.sha256(data).hexdigest() for data in files.values()}
    index = next(t for t in texts if "Index of exhibits" in t and "Original file name" in t)
    assert expected <= hashes_in(index)
    integrity = texts[-1]
    assert expected <= hashes_in(integrity)
    case = session.cases.get(ref)
    assert case_sha256(case) in hashes_in(integrity)
    with session.vault.read() as conn:
        from fieldintake.app import audit

        assert audit.head(conn)[1] in hashes_in(integrity)


def test_labels_in_russian(session: Session) -> None:
    ref, _ = make_case(session)
    texts = page_texts(render_case_file(parts_from_session(session, ref), PdfOptions(lang="ru", timestamp=STAMP)).data)
    text = flat(" ".join(texts))
    for words in ("Содержание", "Перечень приложений", "Сведения о целостности", "Страница 1 из",
                  "Рассказ клиента своими словами", "КОНФИДЕНЦИАЛЬНО", "Россия", "критическая", "заседание"):
        assert words in text, words
    assert "Index of exhibits" not in text


def test_kazakh_labels_from_the_file_and_the_template(session: Session) -> None:
    ref, _ = make_case(session, exhibits=False)
    text = flat(" ".join(page_texts(render_case_file(parts_from_session(session, ref),
                                                     PdfOptions(lang="kk", timestamp=STAMP)).data)))
    assert "Мазмұны" in text and "Сұхбат 1" in text and "Тұтастық туралы мәліметтер" in text
    assert "Клиенттің өз сөзімен баяндауы" in text  # the template's Kazakh label
    assert "The client's account in their own words" not in text


def test_options_for_a_redacted_summary(session: Session) -> None:
    ref, _ = make_case(session)
    parts = parts_from_session(session, ref)
    options = PdfOptions(timestamp=STAMP, title_override="Redacted summary for UNHCR", include_exhibits=False,
                         extra_pages=[ExtraPage("Redaction log", ["Names replaced by placeholders."],
                                                [["Path", "Replaced by"], ["narrative", "[name 1]"]])],
                         integrity_case_hash=False, integrity_audit_head=False,
                         integrity_extra=[("Redacted case record", "0" * 64)])
    texts = page_texts(render_case_file(parts, options).data)
    text = flat(" ".join(texts))
    assert "Redacted summary for UNHCR" in texts[0]
    assert "Redaction log" in text and "[name 1]" in text
    assert "Index of exhibits" not in text
    assert hashes_in(texts[-1]) == {"0" * 64}


def test_progress_reaches_the_end_and_cancel_stops(session: Session) -> None:
    ref, _ = make_case(session)
    parts = parts_from_session(session, ref)
    seen: list[tuple[int, int]] = []
    render_case_file(parts, PdfOptions(timestamp=STAMP, progress=lambda d, t: seen.append((d, t))))
    assert seen and seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(Cancelled):
        render_case_file(parts, PdfOptions(timestamp=STAMP, cancel=cancel))



def test_images_are_embedded_and_other_files_are_listed_with_their_hash(session: Session) -> None:
    ref, files = make_case(session)
    extra = {"notes.txt": "Записка".encode(), "broken.pdf": b"%PDF-1.7 not really a pdf"}
    case_id = session.cases.resolve(ref)
    for name, data in extra.items():
        session.attachments.add_stream(case_id, io.BytesIO(data), name)
    data = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP)).data
    reader = PdfReader(io.BytesIO(data))
    images = [size for page in reader.pages for size in image_sizes(page)]
    assert images == [(640, 400)]
    text = body_text(page_texts(data))
    assert "This file is not reproduced in the case file." in text
    assert "The file could not be reproduced (not a readable PDF)." in text
    for content in extra.values():
        assert hashlib.sha256(content).hexdigest() in text


def test_a_photo_taken_sideways_is_shown_upright_from_its_original_bytes(session: Session) -> None:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTFigure, LTImage
    from PIL import Image

    stored = Image.new("RGB", (600, 300), (200, 30, 30))
    stored.paste((30, 30, 200), (300, 0, 600, 300))
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: show it turned right
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", exif=exif.tobytes())
    photo = buffer.getvalue()
    ref, _ = make_case(session, exhibits=False)
    session.attachments.add_stream(session.cases.resolve(ref), io.BytesIO(photo), "photo.jpg")
    data = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP)).data

    def boxes(items):
        for item in items:
            if isinstance(item, LTImage):
                yield item.bbox
            elif isinstance(item, LTFigure):
                yield from boxes(item)

    shown = [box for page in extract_pages(io.BytesIO(data)) for box in boxes(page)]
    assert len(shown) == 1
    x0, y0, x1, y1 = shown[0]
    assert (y1 - y0) == pytest.approx(2 * (x1 - x0), rel=0.01)  # portrait now
    images = [x for page in PdfReader(io.BytesIO(data)).pages for x in image_objects(page)]
    assert len(images) == 1 and images[0]["/Width"] == 600 and "/DCTDecode" in str(images[0]["/Filter"])
    assert images[0].get_data() == photo  # the JPEG embedded as it is, EXIF and all


def test_a_bare_case_still_makes_a_complete_file(session: Session) -> None:
    case = session.cases.create("Just opened")
    interview = session.cases.add_interview(case.id, "deportation-risk")
    session.cases.save_answers(interview.id, {"documents": [{}], "narrative": "   "})
    result = render_case_file(parts_from_session(session, case.reference), PdfOptions(timestamp=STAMP))
    texts = page_texts(result.data)
    assert "Just opened" in texts[0] and "There are no exhibits." in body_text(texts)
    assert "Identity documents" not in body_text(texts[2:])  # nothing answered there: left out
    assert f"Page {result.pages} of {result.pages}" in texts[-1] and "Integrity record" in texts[-1]


def test_contents_over_several_pages_still_point_at_their_headings() -> None:
    import copy

    from fieldintake.app.model import Case, Interview
    from fieldintake.app.templates import TemplateRegistry
    from fieldintake.exports.pdf import CaseFileParts
    from tests.case_data import FULL_ANSWERS

    case = Case("c", "FI-2026-0042", "Many interviews", "open", "high", [], "", "2026-11-20T09:00:00Z",
                "2026-11-20T09:00:00Z")
    case.interviews = [Interview(f"i{n}", "deportation-risk", 1, "complete", copy.deepcopy(FULL_ANSWERS),
                                 "2026-11-20T09:00:00Z", "2026-11-20T09:00:00Z") for n in range(7)]
    data = render_case_file(CaseFileParts(case, TemplateRegistry().get), PdfOptions(timestamp=STAMP)).data
    texts = page_texts(data)
    second = contents_entries(data, page_index=2)
    assert "Contents" in texts[1] and "Contents" not in texts[2]
    assert "Interview 7: Deportation / extradition risk intake" in second
    for heading in ("Interview 7: Deportation / extradition risk intake", "Integrity record"):
        assert heading in texts[second[heading] - 1]
