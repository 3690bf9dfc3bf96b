"""Issue 10 item 7 in the window: saving the full case file is audited, once the file is written."""

from __future__ import annotations

from pathlib import Path

from fieldintake.app import audit
from tests.ui.casehelp import open_app
from tests.ui.conftest import MakeController
from tests.ui.handover_help import export_dialog


def _actions(controller) -> list[str]:  # type: ignore[no-untyped-def]
    with controller.session.vault.read() as conn:
        return [e.action for e in audit.entries(conn)]


def test_saving_the_case_file_pdf_is_audited_after_it_is_written(qtbot, make_controller: MakeController,
                                                                 alice: str, tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Audited export, invented")
    tab = export_dialog(controller, page, case.id).pdf
    with qtbot.waitSignal(tab.preview.loaded, timeout=30_000):
        tab.preview_button.click()
    before = _actions(controller)
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.save_to(tmp_path / "case-file.pdf")
    after = _actions(controller)
    assert after[: len(after) - len(before)] == ["casefile.exported"]  # newest first
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
    tab.save_to(tmp_path / "no-such-folder" / "case-file.pdf")  # fails: no entry
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
    assert _actions(controller) == after
