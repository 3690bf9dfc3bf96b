"""What the Settings page saves is what ``fieldintake pdf`` uses: the keys have one home (app/settingkeys.py)."""

from __future__ import annotations

from pathlib import Path

from fieldintake.app import settingkeys
from fieldintake.ui.app import State
from fieldintake.ui.settings import SettingsPage, UserSettings
from tests.pdf_support import page_texts
from tests.ui.conftest import MakeController, unlock


def test_the_organisation_and_preparer_set_in_the_gui_reach_the_pdf_command(
        qtbot, make_controller: MakeController, alice: str, run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller()
    unlock(qtbot, controller)
    page = controller.main_window.page("settings")
    assert isinstance(page, SettingsPage)
    page.organisation.setText("Invented Rights Centre")
    page.preparer.setText("Invented Preparer K.")
    page.bates.setText("IRC-")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved.", timeout=10_000)
    reference = controller.session.cases.create("Invented case for the settings").reference
    controller.lock()
    assert controller.state is State.LOCKED

    target = tmp_path / "case.pdf"
    code, out, err = run_cli("pdf", reference, "-o", str(target), "--unsigned", "--timestamp", "2026-11-22T10:00:00Z")
    assert code == 0, err
    cover = page_texts(target.read_bytes())[0]
    assert "Invented Rights Centre" in cover and "Invented Preparer K." in cover and "IRC-000001" in cover


def test_settings_saved_under_the_old_organisation_key_are_still_read(store, alice: str) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE

    with store.unlock("alice", PASSPHRASE) as session:
        session.vault.set_setting(settingkeys.LEGACY_ORGANISATION, "Invented Older Name")
        assert UserSettings.load(session.vault).organisation == "Invented Older Name"
        assert settingkeys.document_defaults(session.vault).organisation == "Invented Older Name"
        UserSettings(organisation="Invented New Name").save(session.vault)
        assert session.vault.get_setting(settingkeys.ORGANISATION) == "Invented New Name"
        assert settingkeys.document_defaults(session.vault).organisation == "Invented New Name"
