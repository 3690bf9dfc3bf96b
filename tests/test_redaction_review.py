"""Suggested hits, PDF attachments in summaries and the leak check on the rendered file (issue 11)."""

from __future__ import annotations

import copy
import io
import sys
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from fieldintake.app import audit, schema
from fieldintake.app.users import UserStore
from fieldintake.errors import InvalidInput, LeakFound, NotFound, SuggestionsUndecided
from fieldintake.exports import summary
from fieldintake.exports.pdf import CaseFileParts, PdfOptions, render_case_file
from fieldintake.exports.redaction import leakcheck, models, redact_case, review
from fieldintake.exports.redaction.pdfclean import strip_pdf
from tests.conftest import PASSPHRASE
from tests.redaction_data import ANSWERS, build_case

FIXED = PdfOptions(timestamp=datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc))
OFFICER = "Жаксыбеков"


@pytest.fixture
def session(store: UserStore):
    with store.create("alice", PASSPHRASE).session as s:
        yield s


def _story_case(session, story: str) -> str:
    answers = copy.deepcopy(ANSWERS)
    answers["narrative"] = answers["narrative"] + " " + story
    return build_case(session, answers)


def _pdf_with_text(text: str, *, author: str = "", attachment: bytes = b"") -> bytes:
    """A real PDF (ReportLab) whose page says ``text``, with an author, an attached file, a script, a form."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setAuthor(author)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    if attachment:
        writer.add_attachment("note.txt", attachment)
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert('Kachkurkin')")})
    writer.add_metadata({"/Subject": author})
    final = io.BytesIO()
    writer.write(final)
    return final.getvalue()


# --- suggestions ---------------------------------------------------------------


def test_a_name_only_the_account_holds_is_suggested_and_blocks_the_summary(session) -> None:
    case_id = _story_case(session, f"Участковый {OFFICER} пришёл ночью. Потом {OFFICER}а перевели.")
    result = summary.redact(session, case_id, audience="lawyer")
    names = {s.text: s for s in result.suggestions if s.kind == "name"}
    assert OFFICER in names and names[OFFICER].count == 2  # both forms are one decision
    assert OFFICER not in result.case.interviews[0].answers["narrative"]  # undecided: removed, never left in
    with pytest.raises(SuggestionsUndecided):
        summary.render_summary(session, result, FIXED)


def test_accepted_becomes_an_audited_mark_rejected_is_remembered(session) -> None:
    case_id = _story_case(session, f"Майор {OFFICER} угрожал. Сосед Бекмухамбетов видел это.")
    found = {s.text: s for s in review.pending(session, case_id)}
    review.accept(session, case_id, [found[OFFICER]])
    review.reject(session, case_id, [found["Бекмухамбетов"]])
    left = {s.text for s in review.pending(session, case_id)}
    assert OFFICER not in left and "Бекмухамбетов" not in left
    review.accept(session, case_id, review.pending(session, case_id))
    assert review.pending(session, case_id) == []
    result = summary.redact(session, case_id, audience="lawyer")
    narrative = result.case.interviews[0].answers["narrative"]
    assert OFFICER not in narrative and "Бекмухамбетов" in narrative  # rejected: kept
    case = session.cases.get(case_id)
    assert any(m.label == "suggested name" and m.text == OFFICER for m in case.redaction_marks)
    with session.vault.read() as conn:
        actions = [e.action for e in audit.entries(conn, object_id=case_id)]
        stored = conn.execute("SELECT decision FROM redaction_review WHERE case_id = ?", (case_id,)).fetchall()
    assert "redaction.marked" in actions and "redaction.suggestion_rejected" in actions
    assert ("rejected",) in stored
    summary.render_summary(session, result, FIXED)  # everything decided: the summary is made


def test_skipping_the_review_is_explicit_and_logged(session) -> None:
    case_id = _story_case(session, f"Следователь {OFFICER} забрал телефон.")
    result = summary.redact(session, case_id, audience="lawyer", skip_review=True)
    pdf = summary.render_summary(session, result, FIXED)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "REVIEW SKIPPED" in text and OFFICER not in text
    with session.vault.read() as conn:
        detail = next(e.detail for e in audit.entries(conn, object_id=case_id) if e.action == "redaction.exported")
    assert detail["review_skipped"] is True and detail["leak_check"]["found"] == 0


def test_the_models_are_not_imported_at_start_and_pymorphy2_never() -> None:
    """The app's start imports no model; loading them imports natasha's models but not natasha or pymorphy2."""
    import subprocess

    code = ("import sys, fieldintake.cli, fieldintake.exports.summary, fieldintake.ui.main;"
            "heavy = [m for m in ('slovnet', 'navec', 'pymorphy3', 'natasha', 'pymorphy2', 'numpy') if m in sys.modules];"
            "print(','.join(heavy) or 'none');"
            "from fieldintake.exports.redaction import models; models.preload();"
            "print(','.join(m for m in ('slovnet', 'navec', 'pymorphy3', 'natasha', 'pymorphy2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path), "QT_QPA_PLATFORM": "offscreen",
                              "HOME": "/nonexistent", "no_proxy": "*", "http_proxy": "http://127.0.0.1:9",
                              "https_proxy": "http://127.0.0.1:9"}).stdout.split()
    assert out[0] == "none"
    assert out[1] == "slovnet,navec,pymorphy3"  # loaded offline (no network reachable), no pymorphy2


def test_models_load_once() -> None:
    models.preload()
    first = models.ner()
    models.preload()
    assert models.ner() is first and models.loaded()


def test_the_embedding_loaded_for_the_ner_gives_the_same_entities_as_navecs_own_load() -> None:
    """The NER's embedding is loaded without navec's word dictionary and similarity tables: same vectors, same output."""
    from navec import Navec
    from slovnet import NER

    root = models._natasha_root()
    full, ours = Navec.load(str(root / models.EMBEDDING)), models.load_embedding(str(root / models.EMBEDDING))
    assert ours.meta.id == full.meta.id
    assert (ours.pq.indexes == full.pq.indexes).all() and (ours.pq.codes == full.pq.codes).all()
    texts = ["Участковый Жаксыбеков пришёл ночью к Тимуру Качкуркину в Алматы.",
             "Сотрудники ФСБ России и ДКНБ задержали Олену Петренко на вокзале в Астане."]
    by_full, by_ours = NER.load(str(root / models.NER_MODEL)), NER.load(str(root / models.NER_MODEL))
    by_full.navec(full)
    by_ours.navec(ours)
    spans = [[(s.start, s.stop, s.type) for s in m.spans] for m in by_ours.map(texts)]
    assert spans == [[(s.start, s.stop, s.type) for s in m.spans] for m in by_full.map(texts)]
    assert any(kind == "PER" for found in spans for _, _, kind in found)


# --- PDF attachments -------------------------------------------------------------


def test_a_pdf_attachment_is_left_out_by_default_and_stripped_when_confirmed(session) -> None:
    """The issue's attack: a "sensitive" deportation order went into the UN summary unchanged."""
    case_id = build_case(session)
    order = _pdf_with_text("Deportation order", author="Officer Kachkurkin file", attachment=b"Kachkurkin passport")
    assert b"Kachkurkin" in order
    attachment = session.attachments.add_stream(case_id, io.BytesIO(order), "order.pdf", sensitivity="sensitive")
    result = summary.redact(session, case_id, audience="un-body")
    assert result.case.attachments == []
    assert [(f.attachment_id, f.status) for f in result.files] == [(attachment.id, "needs-confirmation")]
    with pytest.raises(NotFound):
        result.attachment_bytes(session.attachments, attachment.id)
    confirmed = summary.redact(session, case_id, audience="un-body", include_pdfs=[attachment.id])
    data = confirmed.attachment_bytes(session.attachments, attachment.id)
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is None and "/Names" not in reader.trailer["/Root"]
    assert "/OpenAction" not in reader.trailer["/Root"] and "/AcroForm" not in reader.trailer["/Root"]
    assert b"Kachkurkin" not in data and b"JavaScript" not in data
    assert "Deportation order" in reader.pages[0].extract_text()
    pdf = summary.render_summary(session, confirmed, FIXED)  # the page text holds no removed value: it goes
    assert "Deportation order" in "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)


def test_a_confirmed_pdf_that_names_the_client_is_refused_by_the_leak_check(session) -> None:
    case_id = build_case(session)
    order = _pdf_with_text("Order to remove KACHKOURKINE Timour from the territory")
    attachment = session.attachments.add_stream(case_id, io.BytesIO(order), "order.pdf", sensitivity="sensitive")
    confirmed = summary.redact(session, case_id, audience="un-body", include_pdfs=[attachment.id])
    with pytest.raises(LeakFound) as refused:
        summary.render_summary(session, confirmed, FIXED)
    message = str(refused.value)
    assert "recorded name" in message or "field:" in message
    assert "Kach" not in message and "Tim" not in message  # never the value


def test_an_empty_file_is_never_an_exhibit(session) -> None:
    case_id = build_case(session)
    with pytest.raises(InvalidInput, match="empty"):  # refused when it is attached (issue 15)
        session.attachments.add_stream(case_id, io.BytesIO(b""), "empty.pdf", sensitivity="shareable")
    # A record that says 0 bytes anyway (from an older vault or another program) is left out of the summary.
    pdf = session.attachments.add_stream(case_id, io.BytesIO(b"%PDF-1.4 invented"), "empty.pdf",
                                         sensitivity="shareable")
    case = session.cases.get(case_id)
    case.attachments = [replace(a, size=0) if a.id == pdf.id else a for a in case.attachments]
    result = redact_case(case, session.templates, audience="lawyer", author="test", include_pdfs=[pdf.id],
                         override_reason="test: invented case", skip_review=True)
    assert result.case.attachments == [] and result.files[0].status == "left-out"


# --- the leak check ------------------------------------------------------------------


def test_the_leak_check_refuses_a_crafted_summary_that_still_holds_a_name(session) -> None:
    """Render the redacted copy with a name put back into it: the check must refuse it, naming no value."""
    case_id = build_case(session)
    result = summary.redact(session, case_id, audience="unhcr")
    forms = summary.leak_forms(result)
    crafted = copy.deepcopy(result.case)
    crafted.notes = crafted.notes + " Позвоните Качкуркиной вечером."  # another case form than any recorded
    rendered = render_case_file(CaseFileParts(crafted, session.templates.get, None, None), FIXED)
    with pytest.raises(LeakFound, match="recorded name|field:") as refused:
        leakcheck.check_pdf(rendered.data, forms, "the summary PDF")
    assert "Качкурк" not in str(refused.value)
    with pytest.raises(LeakFound):  # the second, independent extractor finds it too
        leakcheck.check_pdf(rendered.data, [f for f in forms if f.kind == "word"], "x", second_extractor=True)
    clean = render_case_file(CaseFileParts(result.case, session.templates.get, None, None), FIXED)
    leakcheck.check_pdf(clean.data, forms, "the summary PDF", second_extractor=True)  # the real copy passes


@pytest.mark.parametrize("planted", ["Kachkurkin", "KATSCHKURKIN", "Качкуркиным", "КАЧКУРКИНУ", "8 (701) 555-01-23",
                                     "7015550123", "75 12 34 567", "17.02.1994", "Вымышленная, д. 1, кв. 2"])
def test_every_form_of_a_removed_value_is_found(session, planted: str) -> None:
    case_id = build_case(session)
    result = summary.redact(session, case_id, audience="unhcr")
    forms = summary.leak_forms(result)
    assert result.log.leak_forms == len(forms) > 50
    assert leakcheck.find(f"The summary mentions {planted} here.", forms) is not None
    assert leakcheck.find("Nothing identifying: art. 337, 2026-11-25, Almaty, page 3 of 12.", forms) is None


def test_the_leak_check_reads_metadata_and_attached_files() -> None:
    forms = leakcheck.forms_of([("recorded name", "Качкуркин")])
    leaky = _pdf_with_text("nothing here", author="", attachment="Качкуркин Тимур".encode())
    with pytest.raises(LeakFound):
        leakcheck.check_pdf(leaky, forms, "an attachment")
    leakcheck.check_pdf(strip_pdf(leaky), forms, "an attachment")


def _pages(*texts: str) -> bytes:
    """A real PDF (ReportLab) of one page per text, all in the same embedded Cyrillic font."""
    from fieldintake.exports.pdf.fonts import SANS, register_fonts

    register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for text in texts:
        c.setFont(SANS, 11)
        c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return out.getvalue()


def test_the_leak_check_reads_a_name_on_a_late_page_in_a_font_already_read() -> None:
    """A name on the last page, in the font of the first, is found."""
    forms = leakcheck.forms_of([("recorded name", "Качкуркин")])
    leaky = _pages("Страница без имён", "Ещё одна страница", "Позвоните Качкуркиной вечером")
    with pytest.raises(LeakFound):
        leakcheck.check_pdf(leaky, forms, "the summary PDF")
    leakcheck.check_pdf(_pages("Страница без имён", "Ещё одна страница"), forms, "the summary PDF")


def test_the_migration_adds_the_review_table(session) -> None:
    with session.vault.read() as conn:
        assert schema.version(conn) == schema.LATEST
        assert conn.execute("SELECT count(*) FROM redaction_review").fetchone()[0] == 0


def test_no_word_of_the_case_is_kept_in_a_cache_after_redaction(session) -> None:
    """The models' and morphology's caches would otherwise hold the case's words after the vault is locked."""
    from fieldintake.exports.redaction import detectors, suggest

    case_id = _story_case(session, f"Участковый {OFFICER} пришёл ночью.")
    result = summary.redact(session, case_id, audience="lawyer")
    assert result.suggestions  # the models ran
    assert models._cache == {}
    for cached in (suggest._parses, detectors._exact_term, detectors._name_forms, leakcheck._key):
        assert cached.cache_info().currsize == 0


def test_the_preview_lists_every_file_with_its_sensitivity(session) -> None:
    case_id = build_case(session)
    session.attachments.add_stream(case_id, io.BytesIO(_pdf_with_text("x")), "order.pdf", sensitivity="sensitive")
    session.attachments.add_stream(case_id, io.BytesIO(b"ID3"), "call.mp3", sensitivity="identifying")
    from fieldintake.exports.redaction import preview_text

    text = preview_text(summary.redact(session, case_id, audience="lawyer"), session.templates)
    assert "order.pdf (application/pdf, sensitive): left out unless confirmed" in text
    assert "call.mp3" in text and "identifying): left out" in text


@pytest.mark.parametrize("hiding", ["invisible", "white", "off the page", "tiny"])
def test_the_leak_check_reads_text_a_viewer_does_not_show(hiding: str) -> None:
    """A crafted attachment hides the name: invisible (render mode 3), white on white, placed off the page,
    or at a tenth of a point. A viewer's search, copy and paste and any extractor still reveal it."""
    from fieldintake.exports.pdf.fonts import SANS, register_fonts

    register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setFont(SANS, 11)
    c.drawString(72, 720, "Протокол без имён.")
    hidden = c.beginText()
    hidden.setFont(SANS, 0.1 if hiding == "tiny" else 11)
    hidden.setTextOrigin(*((9000, 9000) if hiding == "off the page" else (72, 600)))
    if hiding == "invisible":
        hidden.setTextRenderMode(3)
    if hiding == "white":
        c.setFillColorRGB(1, 1, 1)
    hidden.textLine("Свидетель Качкуркин")
    c.drawText(hidden)
    c.showPage()
    c.save()
    with pytest.raises(LeakFound):
        leakcheck.check_pdf(out.getvalue(), leakcheck.forms_of([("recorded name", "Качкуркин")]), "an attachment")


def test_a_file_the_leak_check_cannot_read_is_refused_not_passed() -> None:
    with pytest.raises(LeakFound, match="could not read the file back"):
        leakcheck.check_pdf(b"%PDF-1.7\n" + b"\x00" * 200, leakcheck.forms_of([("recorded name", "Качкуркин")]), "x")
