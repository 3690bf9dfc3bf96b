from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from fieldintake.app.users import UserStore
from fieldintake.ui.app import State
from fieldintake.ui.erase import EraseDialog
from fieldintake.ui.recover import RecoverDialog
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.keyring_memory import MemoryKeyring
from tests.ui.conftest import MakeController, unlock


def test_unlock_with_the_right_passphrase(qtbot, make_controller: MakeController, alice: str) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    assert controller.session is not None and controller.session.name == "alice"
    assert not controller.unlock_window.isVisible()
    assert controller.unlock_window.passphrase.text() == ""


def test_wrong_passphrase_is_said_inline_and_the_ui_keeps_running(qtbot, make_controller: MakeController,
                                                                  store: UserStore, alice: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    real_unlock = store.unlock

    def held_unlock(name: str, passphrase: str):  # type: ignore[no-untyped-def]
        assert gate.wait(10)
        return real_unlock(name, passphrase)

    monkeypatch.setattr(store, "unlock", held_unlock)
    controller = make_controller()
    controller.start()
    screen = controller.unlock_window
    screen.passphrase.setText("not my passphrase at all")
    screen.unlock_button.click()
    # The KDF runs in a worker: the click returned, the busy bar shows, and timers still fire.
    assert screen.is_busy and screen.busy.isVisible()
    assert not screen.unlock_button.isEnabled()
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked))
    assert screen.is_busy
    gate.set()
    qtbot.waitUntil(lambda: not screen.is_busy, timeout=10_000)
    assert screen.error.isVisible()
    assert screen.error.text == "Wrong passphrase. Try again."
    assert screen.passphrase.text() == ""
    assert screen.passphrase.isEnabled()
    assert controller.state is State.LOCKED
    qtbot.keyClicks(screen.passphrase, "x")
    assert not screen.error.isVisible()  # typing again clears the message


def test_missing_device_secret_is_explained(qtbot, make_controller: MakeController, alice: str,
                                            memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries.clear()
    controller = make_controller()
    controller.start()
    controller.unlock_window.passphrase.setText(PASSPHRASE)
    controller.unlock_window.try_unlock()
    qtbot.waitUntil(lambda: controller.unlock_window.error.isVisible(), timeout=10_000)
    assert "device secret is missing" in controller.unlock_window.error.text


def _open_recover(controller) -> RecoverDialog:  # type: ignore[no-untyped-def]
    controller.start()
    return controller.unlock_window.open_recover()


def test_recover_with_the_recovery_key(qtbot, make_controller: MakeController, store: UserStore,
                                       alice: str) -> None:
    controller = make_controller()
    dialog = _open_recover(controller)
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.key.setText(alice.lower().replace("-", " "))
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirm.setText(NEW_PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: controller.state is State.UNLOCKED, timeout=10_000)
    controller.lock()
    store.unlock("alice", NEW_PASSPHRASE).close()


def test_a_mistyped_recovery_key_names_the_group(qtbot, make_controller: MakeController, alice: str) -> None:
    controller = make_controller()
    dialog = _open_recover(controller)
    groups = alice.split("-")
    first = groups[2]
    groups[2] = first[:2] + ("A" if first[2] != "A" else "B") + first[3:]
    dialog.key.setText("-".join(groups))
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirm.setText(NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "Group 3" in dialog.error.text
    assert controller.state is State.LOCKED


def _open_erase(controller) -> EraseDialog:  # type: ignore[no-untyped-def]
    controller.start()
    return controller.unlock_window.open_erase()


def test_emergency_erase_refuses_a_wrong_name(qtbot, make_controller: MakeController, store: UserStore,
                                              alice: str) -> None:
    controller = make_controller()
    dialog = _open_erase(controller)
    qtbot.keyClicks(dialog.confirm, "alic")
    assert not dialog.erase_button.isEnabled()
    dialog.submit()
    assert "does not match" in dialog.error.text
    assert store.names() == ["alice"]


def test_emergency_erase_after_typing_the_name(qtbot, make_controller: MakeController, store: UserStore,
                                               alice: str) -> None:
    controller = make_controller()
    dialog = _open_erase(controller)
    qtbot.keyClicks(dialog.confirm, "alice")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: controller.state is State.FIRST_RUN, timeout=10_000)
    assert store.names() == []
    assert not (store.home.users_dir / "alice").exists()
    assert controller.wizard is not None and controller.wizard.isVisible()
