"""The Urgent request tab of the Export dialog: the checklist decides whether it can be saved."""

from __future__ import annotations

from pathlib import Path

from tests.pdf_support import flat, make_case, page_texts
from tests.ui.casehelp import open_app
from tests.ui.conftest import MakeController
from tests.ui.handover_help import export_dialog


def test_the_urgent_request_is_saved_only_when_complete(qtbot, make_controller: MakeController, alice: str,
                                                        tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    session = controller.session
    ref, _ = make_case(session)
    case = session.cases.get(ref)
    dialog = export_dialog(controller, page, case.id)
    dialog.show_choice("urgent")
    tab = dialog.urgent
    tab.recheck()
    assert not tab.save_button.isEnabled()
    assert "✗ the scheduled removal" in tab.checklist.toPlainText()  # the form's removal date has passed
    tab.removal_at.setText("2099-11-23T11:00+05:00")
    tab.destination.setText("Moscow")
    tab.recheck()
    assert tab.save_button.isEnabled(), tab.checklist.toPlainText()
    target = tmp_path / "request.pdf"
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.save_to(target)
    text = flat(" ".join(page_texts(target.read_bytes())))
    assert "Комитет против пыток" in text and "2099-11-23 06:00 UTC" in text and "Moscow" in text
    from fieldintake.app import ledger

    assert [d.audience for d in ledger.of_case(session.vault, case.id) if d.kind == "urgent request"] == ["cat"]
