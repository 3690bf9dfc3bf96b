"""The case file read back: scripts, numbering across exhibit pages, exhibit hashes, labels in Russian."""

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
    CHECHEN, KAZAKH, LETTERS, NARRATIVE, UKRAINIAN, body_text, contents_entries, flat, hashes_in, make_case, page_texts,
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
                  "Рассказ клиента своими словами", "КОНФИДЕНЦИАЛЬНО", "Россия"):
        assert words in text, words
    assert "Index of exhibits" not in text


def test_kazakh_labels_where_there_are_some_else_english(session: Session) -> None:
    ref, _ = make_case(session, exhibits=False)
    text = flat(" ".join(page_texts(render_case_file(parts_from_session(session, ref),
                                                     PdfOptions(lang="kk", timestamp=STAMP)).data)))
    assert "Мазмұны" in text and "Сұхбат 1" in text and "Тұтастық туралы мәліметтер" in text
    assert "The client's account in their own words" in text  # no Kazakh label in the template: English
    assert "Сұхбат" in text and "Клиент" in text  # section labels the template has in Kazakh


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

