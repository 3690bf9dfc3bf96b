"""The PDF export tab lets the preparer leave an exhibit out (issue 10, item 6): named in the index, not shown."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt

from tests.pdf_support import body_text, exhibit_pdf, page_texts
from tests.ui.casehelp import open_app
from tests.ui.conftest import MakeController
from tests.ui.handover_help import export_dialog


def test_an_unticked_exhibit_is_left_out_of_the_case_file(qtbot, make_controller: MakeController, alice: str,
                                                          tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    session = controller.session
    case = session.cases.create("Invented exhibits")
    kept = session.attachments.add_stream(case.id, io.BytesIO(exhibit_pdf(1)), "kept.pdf")
    dropped = session.attachments.add_stream(case.id, io.BytesIO(exhibit_pdf(2)), "dropped.pdf")
    dialog = export_dialog(controller, page, case.id)
    form = dialog.pdf.form
    assert form.exhibits.count() == 2
    assert all(form.exhibits.item(i).checkState() == Qt.CheckState.Checked for i in range(2))
    assert form.options().leave_out == frozenset()
    form.set_included(dropped.id, False)
    assert form.options().leave_out == frozenset({dropped.id})
    target = tmp_path / "case-file.pdf"
    with qtbot.waitSignal(dialog.pdf.saved, timeout=30_000):
        dialog.pdf.save_to(target)
    text = body_text(page_texts(target.read_bytes()))
    assert text.count("Scanned page 1") == 1 and "Scanned page 2" not in text
    assert "Left out by the preparer" in text and dropped.sha256 in text and kept.sha256 in text
