from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from fieldintake.app.users import UserStore
from fieldintake.ui.app import State
from fieldintake.ui.firstrun import normalise_group
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MakeController


def test_first_run_creates_a_user_and_lands_in_the_main_window(qtbot, make_controller: MakeController,
                                                               store: UserStore) -> None:
    controller = make_controller()
    controller.start()
    assert controller.state is State.FIRST_RUN
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    page = wizard.create_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)

    qtbot.keyClicks(page.name, "alice")
    qtbot.keyClicks(page.fields.passphrase, "short")
    assert not commit.isEnabled()
    assert page.fields.meter.value() < 3
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.confirm.setText(PASSPHRASE + "x")
    assert not commit.isEnabled()
    assert "differ" in page.fields.mismatch.text()
    page.fields.confirm.setText(PASSPHRASE)
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=10_000)

    created = page.created
    assert created is not None
    assert store.names() == ["alice"]
    groups = created.recovery_key.split("-")
    assert len(groups) == 13
    shown = wizard.key_page.key.text()
    assert all(group in shown for group in groups)
    assert "Device binding: on" in wizard.key_page.binding.text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    wizard.key_page.written.setChecked(True)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.check_page

    check = wizard.check_page
    a, b = check.asked
    assert a != b
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    check.first.setText(groups[a])
    check.second.setText("ZZZZZ" if groups[b] != "ZZZZZ" else "00000")
    assert not finish.isEnabled()
    check.second.clear()
    qtbot.keyClicks(check.second, groups[b].lower())  # any case is fine
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: controller.state is State.UNLOCKED)
    window = controller.main_window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == "alice — fieldintake"  # ends with the app name: the platform does not add it again
    assert controller.session is not None and controller.session.name == "alice"
    assert controller.wizard is None


def test_cancelling_after_creation_closes_the_session_and_shows_unlock(qtbot, make_controller: MakeController,
                                                                       store: UserStore) -> None:
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    wizard.create_page.name.setText("bob")
    wizard.create_page.fields.passphrase.setText(PASSPHRASE)
    wizard.create_page.fields.confirm.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=10_000)
    wizard.reject()
    assert controller.state is State.LOCKED
    assert controller.unlock_window.isVisible()
    store.unlock("bob", PASSPHRASE).close()  # the vault lock was released


def test_a_taken_user_name_is_reported_inline(qtbot, make_controller: MakeController, alice: str) -> None:
    controller = make_controller()
    controller.show_first_run()
    wizard = controller.wizard
    assert wizard is not None
    wizard.create_page.name.setText("alice")
    wizard.create_page.fields.passphrase.setText(PASSPHRASE)
    wizard.create_page.fields.confirm.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.create_page.error.isVisible(), timeout=10_000)
    assert "already exists" in wizard.create_page.error.text
    assert wizard.currentPage() is wizard.create_page


def test_groups_are_read_the_forgiving_way() -> None:
    assert normalise_group(" ab1o-") == "AB10"
    assert normalise_group("il") == "11"
