"""The summary tab's review step: suggestions accepted or rejected beside the preview, files listed."""

from __future__ import annotations

import copy
import io

from PySide6.QtCore import Qt

from tests.redaction_data import ANSWERS, build_case
from tests.ui.casehelp import open_app
from tests.ui.conftest import MakeController
from tests.ui.handover_help import export_dialog

OFFICER = "Жаксыбеков"


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, "Decision of the migration service")
    c.showPage()
    c.save()
    return out.getvalue()


def test_suggestions_are_decided_beside_the_preview_and_files_are_listed(qtbot, make_controller: MakeController,
                                                                         alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    session = controller.session
    answers = copy.deepcopy(ANSWERS)
    answers["narrative"] += f" Участковый {OFFICER} приходил дважды. Сосед Бекмухамбетов всё видел."
    case_id = build_case(session, answers)
    pdf = session.attachments.add_stream(case_id, io.BytesIO(_pdf()), "decision.pdf", sensitivity="sensitive")
    dialog = export_dialog(controller, page, case_id)
    dialog.show_choice("summary")
    tab = dialog.summary
    tab.consent.set_audience("lawyer")
    qtbot.waitUntil(lambda: tab.consent.result is not None, timeout=60_000)
    panel = tab.review
    words = {panel.suggestions.topLevelItem(i).text(1): panel.suggestions.topLevelItem(i)
             for i in range(panel.suggestions.topLevelItemCount())}
    assert OFFICER in words and "Бекмухамбетов" in words
    assert not tab.save_button.isEnabled()  # undecided: no summary
    assert OFFICER not in tab.text.toPlainText()  # ...and removed from the preview meanwhile
    files = {panel.files.topLevelItem(i).text(0): panel.files.topLevelItem(i)
             for i in range(panel.files.topLevelItemCount())}
    assert files["decision.pdf"].text(2) == "sensitive" and "unless ticked" in files["decision.pdf"].text(3)

    words[OFFICER].setSelected(True)
    panel.accept_button.click()
    qtbot.waitUntil(lambda: tab.consent.result is not None
                    and OFFICER not in {s.text for s in tab.consent.result.suggestions}, timeout=60_000)
    marks = session.cases.get(case_id).redaction_marks
    assert any(m.text == OFFICER and m.label == "suggested name" for m in marks)  # accepted: an audited mark

    panel.suggestions.selectAll()
    panel.reject_button.click()
    qtbot.waitUntil(lambda: tab.consent.result is not None and not tab.consent.result.suggestions, timeout=60_000)
    assert tab.save_button.isEnabled()
    text = tab.text.toPlainText()
    assert OFFICER not in text and "Бекмухамбетов" in text  # rejected: kept
    assert tab.consent.result.case.attachments == []  # the PDF is out by default

    files = {panel.files.topLevelItem(i).text(0): panel.files.topLevelItem(i)
             for i in range(panel.files.topLevelItemCount())}
    heard: list[bool] = []
    panel.changed.connect(lambda: heard.append(True))
    files["decision.pdf"].setCheckState(0, Qt.CheckState.Checked)
    assert not heard  # the tree is rebuilt only after Qt has finished with the ticked item
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    qtbot.waitUntil(lambda: tab.consent.result is not None
                    and [a.id for a in tab.consent.result.case.attachments] == [pdf.id], timeout=60_000)
