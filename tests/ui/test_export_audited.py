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


def test_saving_a_summary_is_audited_only_once_it_is_written(qtbot, make_controller: MakeController,
                                                             alice: str, tmp_path: Path) -> None:
    from tests.redaction_data import build_case

    controller, page = open_app(qtbot, make_controller)
    dialog = export_dialog(controller, page, build_case(controller.session))
    dialog.show_choice("summary")
    tab = dialog.summary
    tab.consent.set_audience("ngo")
    qtbot.waitUntil(lambda: tab.consent.result is not None, timeout=20_000)
    before = _actions(controller)
    tab.save_to(tmp_path / "no-such-folder" / "summary.pdf")  # fails: no entry
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=60_000)
    assert _actions(controller) == before
    with qtbot.waitSignal(tab.saved, timeout=60_000):
        tab.save_to(tmp_path / "summary.pdf")
    after = _actions(controller)
    assert after[: len(after) - len(before)] == ["redaction.exported"]  # newest first
