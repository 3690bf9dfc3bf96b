"""Issue 16, layout: the interview form in Russian at 1366×768 (offscreen, geometry not pixels).

No input is narrower than its own minimum size hint, and no label is cut: a one-line label is as wide as
its size hint, a wrapped one as tall as its text needs at its width, and no word of it wider than the label.
"""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from fieldintake.ui.forms.editor import InterviewEditor
from tests.case_data import FULL_ANSWERS
from tests.ui.casehelp import open_app, open_view
from tests.ui.conftest import MakeController

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _problems(editor: InterviewEditor) -> list[str]:
    found = []
    for widget in editor.findChildren(QWidget):
        if not widget.isVisibleTo(editor) or widget.width() <= 0:
            continue
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        if isinstance(widget, INPUTS):
            if widget.width() < widget.minimumSizeHint().width():
                found.append(f"input {name!r}: {widget.width()} px < {widget.minimumSizeHint().width()} px")
        elif isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if widget.height() < need:
                    found.append(f"label {widget.text()!r}: {widget.height()} px high < {need} px")
                metrics = widget.fontMetrics()
                widest = max(metrics.horizontalAdvance(word) for word in widget.text().split())
                if widest > widget.contentsRect().width():
                    found.append(f"label {widget.text()!r}: a word of {widest} px in {widget.width()} px")
            elif widget.width() < widget.sizeHint().width():
                found.append(f"label {widget.text()!r}: {widget.width()} px < {widget.sizeHint().width()} px")
    return found


def test_the_russian_interview_form_fits_a_1366_by_768_screen(qtbot, make_controller: MakeController,
                                                              alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    controller.set_language("ru")
    try:
        session = controller.session
        case = session.cases.create("Выдуманное дело")
        interview = session.cases.add_interview(case.id, "deportation-risk")
        session.cases.save_answers(interview.id, copy.deepcopy(FULL_ANSWERS))
        window = controller.main_window
        window.showNormal()
        window.resize(1366, 768)
        page.open_case(case.id)
        view = open_view(page)
        view.show_tab("interviews")
        view.show_interview(interview.id)
        qtbot.waitUntil(lambda: isinstance(view.interviews.editor, InterviewEditor), timeout=10_000)
        editor = view.interviews.editor
        assert isinstance(editor, InterviewEditor)
        qtbot.wait(300)  # entries of repeat groups are laid out by posted layout requests
        QApplication.processEvents()
        assert window.width() <= 1366 and editor.isVisible()
        assert editor.width() > 400
        rows = [row for row in editor.rows.values() if row.isVisibleTo(editor)]
        assert len(rows) > 40  # the whole form was laid out, not one section
        try:  # layouts settle through posted events: give them time, but not for ever
            qtbot.waitUntil(lambda: not _problems(editor), timeout=3_000)
        except Exception:
            pass
        problems = _problems(editor)
        assert not problems, f"{len(problems)} cut at 1366×768 in Russian:\n" + "\n".join(problems)
    finally:
        controller.set_language("en")

