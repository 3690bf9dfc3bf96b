"""The Export dialog: the case file previewed from memory and saved byte for byte, redacted summaries."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldintake.app import audit
from fieldintake.ui.handover import ExportDialog
from tests.pdf_support import page_texts
from tests.redaction_data import FORBIDDEN, TITLE, build_case, leaks
from tests.ui.casehelp import open_app, open_view
from tests.ui.conftest import MakeController
from tests.ui.handover_help import export_dialog


def test_ctrl_e_opens_the_export_dialog_without_the_case_in_its_title(qtbot, make_controller: MakeController,
                                                                      alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented secret title")
    page.open_case(case.id)
    view = open_view(page)
    view.activateWindow()
    QTest.keyClick(view.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = view.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "fieldintake"
    assert view.open_export() is dialog  # one dialog per case view


def test_case_file_preview_and_save_write_the_same_bytes(qtbot, make_controller: MakeController, alice: str,
                                                         tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    controller.session.vault.set_setting("defaults.bates_prefix", "INV-")
    case = controller.session.cases.create("Extradition request, invented")
    dialog = export_dialog(controller, page, case.id)
    tab = dialog.pdf
    assert tab.form.bates_prefix.text() == "INV-"
    with qtbot.waitSignal(tab.preview.loaded, timeout=30_000):
        tab.preview_button.click()
    rendered = tab.preview.rendered
    assert rendered is not None
    assert tab.preview.document.pageCount() >= 1
    assert tab.preview.document.pageCount() == rendered.pages
    assert tab.preview.pages.text() == str(rendered.pages)
    assert tab.preview.sha256.text() == rendered.sha256
    target = tmp_path / "case-file.pdf"
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.save_to(target)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == tab.preview.sha256.text()
    assert "INV-000001" in page_texts(target.read_bytes())[0]


def test_redacted_summary_with_consent_leaks_nothing(qtbot, make_controller: MakeController, alice: str,
                                                     tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    case_id = build_case(controller.session)
    dialog = export_dialog(controller, page, case_id)
    dialog.show_choice("summary")
    tab = dialog.summary
    tab.consent.set_audience("ngo")
    qtbot.waitUntil(lambda: tab.consent.result is not None, timeout=20_000)
    assert tab.consent.status.text() == "Consent recorded."
    assert not tab.consent.override_button.isVisible()
    text = tab.text.toPlainText()
    assert "art. 337 Criminal Code RF" in text  # the story still reads
    assert leaks(text) == []
    target = tmp_path / "summary.pdf"
    with qtbot.waitSignal(tab.saved, timeout=60_000):
        tab.save_to(target)
    saved = "\n".join(page_texts(target.read_bytes()))
    assert "Redacted summary" in saved
    assert leaks(saved) == [], FORBIDDEN
    assert hashlib.sha256(target.read_bytes()).hexdigest() == tab.preview.sha256.text()


def test_no_consent_is_refused_and_an_override_needs_a_reason(qtbot, make_controller: MakeController, alice: str,
                                                              tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    session = controller.session
    case_id = build_case(session, answers={"consent_record": True, "consent_lawyer": True, "consent_public": False})
    dialog = export_dialog(controller, page, case_id)
    dialog.show_choice("summary")
    tab = dialog.summary
    tab.consent.set_audience("public")
    qtbot.waitUntil(lambda: tab.consent.override_button.isVisibleTo(dialog), timeout=20_000)
    assert tab.consent.result is None
    assert "did not agree" in tab.consent.refusal.text and "public" in tab.consent.refusal.text
    assert not tab.save_button.isEnabled() and tab.text.toPlainText() == ""
    tab.consent.override_button.click()
    assert not tab.consent.apply_override.isEnabled()  # no reason, no override
    tab.consent.reason.setText("The client asked for it by phone on 2026-11-21")
    tab.consent.apply_override.click()
    qtbot.waitUntil(lambda: tab.consent.result is not None, timeout=20_000)
    assert "overridden" in tab.consent.status.text()
    assert tab.save_button.isEnabled()
    target = tmp_path / "public.pdf"
    with qtbot.waitSignal(tab.saved, timeout=60_000):
        tab.save_to(target)
    assert leaks("\n".join(page_texts(target.read_bytes()))) == []
    with session.vault.read() as conn:
        entries = [e for e in audit.entries(conn, object_id=case_id) if e.action == "redaction.consent_override"]
    assert len(entries) == 1
    assert TITLE not in dialog.windowTitle()


def test_the_case_file_can_be_saved_as_pdfa(qtbot, make_controller: MakeController, alice: str,
                                            tmp_path: Path) -> None:
    from pypdf import PdfReader

    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented archival case")
    dialog = export_dialog(controller, page, case.id)
    tab = dialog.pdf
    tab.form.archive.setCurrentIndex(tab.form.archive.findData("2b"))
    target = tmp_path / "archive.pdf"
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.save_to(target)
    root = PdfReader(target).trailer["/Root"]
    assert b"<pdfaid:part>2</pdfaid:part>" in root["/Metadata"].get_object().get_data()
    assert "/AcroForm" in root  # signed
