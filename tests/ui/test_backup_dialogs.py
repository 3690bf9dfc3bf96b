"""Backup… from the main window (progress, cancel, reminder line) and Restore from a backup on the unlock screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from fieldintake.app import backupsettings
from fieldintake.app.users import UserStore
from fieldintake.exports import backup
from fieldintake.ui.app import State
from fieldintake.ui.backup import status_text
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.ui.conftest import MakeController, unlock


def test_backup_from_the_main_window_updates_the_reminder(qtbot, make_controller: MakeController,
                                                          store: UserStore, alice: str, tmp_path: Path) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    window = controller.main_window
    assert "No backup yet" in window.backup_label.text()
    controller.set_language("ru")  # the status line follows the language like the rest of the window
    assert "Резервной копии ещё нет" in window.backup_label.text()
    controller.set_language("en")
    assert "No backup yet" in window.backup_label.text()
    assert window.backup_action in window.file_menu.actions()
    controller.session.cases.create("Дело для копии")
    dialog = controller.open_backup()
    target = tmp_path / "gui.fibackup"
    dialog.target.setText(str(target))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: target.exists() and "Last backup" in window.backup_label.text(), timeout=20_000)
    assert "<b>" not in window.backup_label.text() and not window.backup_label.font().bold()
    summary = backup.verify_backup(target, backup.key_from_recovery(alice))
    assert summary.meta.user_name == "alice"


def test_cancelling_a_backup_leaves_no_file(qtbot, make_controller: MakeController, store: UserStore,
                                            alice: str, tmp_path: Path) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    source = tmp_path / "big.bin"
    source.write_bytes(b"\x01" * (8 << 20))
    case = controller.session.cases.create("Большое дело")
    controller.session.attachments.add(case.id, source)
    dialog = controller.open_backup()
    target = tmp_path / "cancelled.fibackup"
    dialog.target.setText(str(target))
    dialog.ok_button.click()
    dialog.op.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20_000)
    assert dialog.error.isVisible() and "Cancelled" in dialog.error.text
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".cancelled")] == []
    assert backupsettings.status(controller.session.vault).last_at is None


def test_the_reminder_warns_when_the_backup_is_old() -> None:
    last = datetime.now(UTC) - timedelta(days=10)
    status = backupsettings.BackupStatus("age1x", "00", None, 7, last)
    text, warn = status_text(status)
    assert warn and "10 days ago" in text
    assert status_text(backupsettings.BackupStatus("age1x", "00", None, 14, last)) == (
        f"Last backup {last.astimezone():%Y-%m-%d %H:%M}.", False)


def test_restore_from_a_backup_on_the_unlock_screen(qtbot, make_controller: MakeController, store: UserStore,
                                                    alice: str, tmp_path: Path) -> None:
    with store.unlock("alice", PASSPHRASE) as s:
        s.cases.create("Дело до стирания")
        made = backup.create_backup(s, tmp_path / "b.fibackup").path
    store.erase("alice")
    controller = make_controller()
    controller.start()
    screen = controller.unlock_window
    assert screen.restore_button.text() == "Restore from a &backup…"
    dialog = screen.open_restore()
    assert not dialog.ok_button.isEnabled()
    dialog.file.setText(str(made))
    dialog.recovery.setText(alice)
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirm.setText(NEW_PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result_name == "alice", timeout=20_000)
    new_key = dialog.new_key.text()
    assert new_key and new_key != alice and dialog.new_key.isVisible()
    assert screen.user.currentText() == "alice"
    dialog.ok_button.click()  # "I have written it down"
    assert dialog.new_key.text() == ""
    screen.passphrase.setText(NEW_PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.state is State.UNLOCKED, timeout=10_000)
    assert [c.title for c in controller.session.cases.list(limit=None)] == ["Дело до стирания"]


def test_a_wrong_recovery_key_is_said_in_the_restore_dialog(qtbot, make_controller: MakeController,
                                                            store: UserStore, alice: str, tmp_path: Path) -> None:
    with store.unlock("alice", PASSPHRASE) as s:
        made = backup.create_backup(s, tmp_path / "b.fibackup").path
    controller = make_controller()
    controller.start()
    dialog = controller.unlock_window.open_restore()
    dialog.file.setText(str(made))
    from fieldintake.crypto import recovery

    dialog.recovery.setText(recovery.encode(recovery.generate()))
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirm.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "does not open this backup" in dialog.error.text
    assert dialog.result_name is None


def test_the_settings_page_holds_the_backup_folder_and_reminder(qtbot, make_controller: MakeController,
                                                                alice: str, tmp_path: Path) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    page = controller.main_window.page("settings")
    assert page.remind_days.value() == backupsettings.DEFAULT_REMIND_DAYS
    assert "No backup yet" in page.last_backup.text()
    page.backup_folder.edit.setText(str(tmp_path))
    page.remind_days.setValue(3)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved.", timeout=10_000)
    status = backupsettings.status(controller.session.vault)
    assert status.folder == str(tmp_path) and status.remind_days == 3
    dialog = controller.open_backup()  # the backup folder is the default place
    assert Path(dialog.target.text()).parent == tmp_path and dialog.target.text().endswith(".fibackup")
    assert "alice" not in Path(dialog.target.text()).name


def test_the_backup_screens_speak_russian(qtbot, qapp, make_controller: MakeController, alice: str,
                                          tmp_path: Path) -> None:
    from fieldintake.ui.i18n import Translations

    translations = Translations(qapp)
    try:
        translations.set_language("ru")
        controller = make_controller()
        controller.start()
        screen = controller.unlock_window
        assert screen.restore_button.text() == "Восстановить из &копии…"
        dialog = screen.open_restore()
        assert dialog.windowTitle() == "Восстановление из резервной копии"
        assert dialog.ok_button.text() == "&Восстановить"
        dialog.close()
        status = backupsettings.BackupStatus("age1x", "00", None, 7, None)
        assert status_text(status)[0].startswith("Резервной копии ещё нет")
    finally:
        translations.set_language("en")


def test_border_mode_from_the_main_window(qtbot, make_controller: MakeController, store: UserStore, alice: str,
                                          tmp_path: Path) -> None:
    import pyrage

    controller = make_controller()
    unlock(qtbot, controller)
    controller.session.cases.create("Дело в дорогу")
    colleague = pyrage.x25519.Identity.generate()
    controller.session.contacts.add("Colleague", str(colleague.to_public()))
    dialog = controller.open_travel()
    assert dialog.contact.count() == 1
    dialog.contact.setCurrentRow(0)
    target = tmp_path / "carry.fibackup"
    dialog.target.setText(str(target))
    dialog.confirm.setText("alic")
    assert not dialog.ok_button.isEnabled()  # the user name must be typed in full
    dialog.confirm.setText("alice")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: controller.state is not State.UNLOCKED, timeout=20_000)
    assert store.names() == [] and controller.session is None
    assert not store.home.user("alice").dir.exists()
    summary = backup.verify_backup(target, backup.key_from_recovery(alice))
    assert "Colleague" in summary.recipients


def test_a_new_laptop_restores_from_the_first_run_wizard(qtbot, make_controller: MakeController, store: UserStore,
                                                         tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWizard

    source = UserStore(type(store.home)(tmp_path / "old-laptop"), policy=store.policy, device=store.device)
    created = source.create("alice", PASSPHRASE)
    with created.session as s:
        s.cases.create("Дело со старого ноутбука")
        made = backup.create_backup(s, tmp_path / "b.fibackup").path
    controller = make_controller()
    controller.start()
    assert controller.state is State.FIRST_RUN
    controller.wizard.button(QWizard.WizardButton.CustomButton1).click()
    qtbot.waitUntil(lambda: controller.state is State.LOCKED, timeout=5_000)
    from fieldintake.ui.backup import RestoreDialog

    dialogs = controller.unlock_window.findChildren(RestoreDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    dialog.file.setText(str(made))
    dialog.recovery.setText(created.recovery_key)
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirm.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result_name == "alice", timeout=20_000)
    assert store.names() == ["alice"] and controller.unlock_window.user.currentText() == "alice"


def test_closing_the_restore_dialog_while_it_runs_stops_the_restore_and_waits_for_it(
        qtbot, make_controller: MakeController, store: UserStore, alice: str, tmp_path: Path) -> None:
    """Cancel (or Escape, or the window's close box) during a restore closed the dialog and let the
    restore finish unseen: a vault came back whose new recovery key nobody was shown."""
    source = tmp_path / "big.bin"
    source.write_bytes(b"\x02" * (16 << 20))
    with store.unlock("alice", PASSPHRASE) as s:
        case = s.cases.create("Дело с большим файлом")
        s.attachments.add(case.id, source)
        made = backup.create_backup(s, tmp_path / "b.fibackup").path
    store.erase("alice")
    controller = make_controller()
    controller.start()
    dialog = controller.unlock_window.open_restore()
    dialog.file.setText(str(made))
    dialog.recovery.setText(alice)
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirm.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.isVisible(), "the dialog stays until the restore has stopped"
    qtbot.waitUntil(lambda: not dialog._busy, timeout=30_000)
    assert dialog.isVisible()
    if dialog.result_name is None:  # stopped in time: nothing restored
        assert "Cancelled" in dialog.error.text
        assert "alice" not in store.names()
    else:  # it had already finished: the new key is shown, not lost
        assert dialog.new_key.isVisible() and dialog.new_key.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()  # idle now: it closes
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def test_closing_the_border_mode_dialog_while_it_runs_stops_before_the_erase(
        qtbot, make_controller: MakeController, store: UserStore, alice: str, tmp_path: Path) -> None:
    """Cancel during border mode closed the dialog and let the backup and the erase go on unseen."""
    import pyrage

    controller = make_controller()
    unlock(qtbot, controller)
    source = tmp_path / "big.bin"
    source.write_bytes(b"\x03" * (16 << 20))
    case = controller.session.cases.create("Дело в дорогу")
    controller.session.attachments.add(case.id, source)
    controller.session.contacts.add("Colleague", str(pyrage.x25519.Identity.generate().to_public()))
    dialog = controller.open_travel()
    dialog.contact.setCurrentRow(0)
    target = tmp_path / "carry.fibackup"
    dialog.target.setText(str(target))
    dialog.confirm.setText("alice")
    dialog.ok_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.isVisible(), "the dialog stays until the work has stopped"
    qtbot.waitUntil(lambda: not dialog._busy, timeout=30_000)
    if controller.state is State.UNLOCKED:  # stopped in time: nothing erased, no file left
        assert "Cancelled" in dialog.error.text and dialog.isVisible()
        assert store.names() == ["alice"] and not target.exists()
    else:  # it had already finished: the erase is shown as done (the window locked)
        assert store.names() == []
