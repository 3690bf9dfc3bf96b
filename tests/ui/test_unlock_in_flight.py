"""An unlock or recovery still running when the screen that asked for it goes: the lock wins, nothing leaks."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from fieldintake.app.lockfile import VaultLock
from fieldintake.app.paths import Home
from fieldintake.app.users import Session, UserStore
from fieldintake.errors import VaultInUse
from fieldintake.ui.app import Controller, State
from fieldintake.ui.recover import RecoverDialog
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.ui.conftest import MakeController


def _vault_free(home: Home) -> bool:
    """Nobody in this process holds alice's vault lock (a leaked session would)."""
    try:
        VaultLock(home.user("alice").lock).acquire().release()
    except VaultInUse:
        return False
    return True


def _panic(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _held(real: Callable[..., Session], gate: threading.Event) -> Callable[..., Session]:
    def held(*args: str) -> Session:
        assert gate.wait(10)
        return real(*args)

    return held


def _landed(qtbot, controller: Controller, home: Home) -> None:  # type: ignore[no-untyped-def]
    """Wait until the worker's result has come back to the UI thread and was handled."""
    assert controller.runner.wait(10_000)
    qtbot.waitUntil(lambda: controller.state is State.UNLOCKED or _vault_free(home), timeout=10_000)


def _start_recovery(controller: Controller, recovery_key: str) -> RecoverDialog:
    """The unlock screen's Forgot-passphrase dialog, filled in and submitted: the recovery runs."""
    controller.start()
    dialog = controller.unlock_window.open_recover()
    dialog.key.setText(recovery_key)
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirm.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    return dialog


def _assert_locked(controller: Controller, home: Home) -> None:
    assert controller.state is State.LOCKED
    assert controller.session is None and controller.main_window is None
    assert _vault_free(home)


def test_panic_while_the_unlock_runs_wins(qtbot, make_controller: MakeController, store: UserStore, home: Home,
                                          alice: str) -> None:
    controller = make_controller()
    controller.start()
    screen = controller.unlock_window
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()  # the real unlock worker: KDF, vault open, sweep
    assert screen.is_busy
    _panic(screen)
    _landed(qtbot, controller, home)
    _assert_locked(controller, home)
    assert not screen.is_busy and screen.passphrase.text() == ""
    store.unlock("alice", PASSPHRASE).close()


def test_panic_while_recovering_wins(qtbot, make_controller: MakeController, store: UserStore, home: Home,
                                     alice: str) -> None:
    controller = make_controller()
    dialog = _start_recovery(controller, alice)
    _panic(dialog)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    _landed(qtbot, controller, home)
    _assert_locked(controller, home)
    store.unlock("alice", NEW_PASSPHRASE).close()


def test_a_recover_dialog_closed_mid_work_closes_the_session_it_gets(
    qtbot, make_controller: MakeController, store: UserStore, home: Home, alice: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = threading.Event()
    monkeypatch.setattr(store, "recover", _held(store.recover, gate))
    controller = make_controller()
    dialog = _start_recovery(controller, alice)
    dialog.reject()  # Cancel while it works: the dialog and its operation are deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    gate.set()
    _landed(qtbot, controller, home)
    _assert_locked(controller, home)
    store.unlock("alice", NEW_PASSPHRASE).close()


def test_panic_while_the_first_user_is_created_closes_its_session(qtbot, make_controller: MakeController,
                                                                  store: UserStore, home: Home) -> None:
    from PySide6.QtWidgets import QWizard

    controller = make_controller()
    controller.start()
    assert controller.state is State.FIRST_RUN and controller.wizard is not None
    wizard = controller.wizard
    page = wizard.create_page
    page.name.setText("alice")
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.confirm.setText(PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()  # the real creation: KDF, vault, key file
    _panic(wizard)
    _landed(qtbot, controller, home)
    # first run again or the unlock screen, by whether the key file was written before the panic
    assert controller.state in (State.FIRST_RUN, State.LOCKED)
    assert controller.session is None and controller.main_window is None
    assert _vault_free(home)
    assert store.names() == ["alice"]
    store.unlock("alice", PASSPHRASE).close()
