"""The summary tab at a laptop's width: the PDF preview keeps a readable width beside the review step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.redaction_data import build_case
from tests.ui.casehelp import open_app
from tests.ui.conftest import MakeController
from tests.ui.handover_help import export_dialog


def test_the_summary_preview_is_not_squeezed_and_the_long_box_wraps(qtbot, qapp, make_controller: MakeController,
                                                                      alice: str) -> None:
    """In Russian at 1220 px the review step's one-line check box held its panel so wide that the
    preview got 80 px."""
    controller, page = open_app(qtbot, make_controller)
    controller.set_language("ru")
    case_id = build_case(controller.session)
    dialog = export_dialog(controller, page, case_id)
    dialog.resize(1220, 700)
    dialog.show()
    dialog.show_choice("summary")
    tab = dialog.summary
    qtbot.waitUntil(lambda: tab.preview.width() > 0 and tab.review is not None and tab.review.width() > 0)
    qapp.processEvents()
    assert tab.preview.width() >= 300
    skip = tab.review.skip
    assert skip.label.height() > skip.label.fontMetrics().height() * 1.5  # it wrapped
    assert not skip.isChecked()
    qtbot.mouseClick(skip.label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # the words tick it
    assert skip.isChecked()
    assert "без решения" in skip.box.accessibleName()
