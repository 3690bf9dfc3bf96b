from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldintake.app.users import UserStore
from fieldintake.ui.about import show_about
from fieldintake.ui.app import Controller, State
from fieldintake.ui.safety.clipboard import KDE_HINT, SensitiveClipboard, sensitive_mime
from fieldintake.ui.safety.idle import IdleLock
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MakeController, unlock, visible_texts


def _assert_locked_and_clean(controller: Controller, store: UserStore, secrets: list[str]) -> None:
    assert controller.state is State.LOCKED
    assert controller.session is None
    assert controller.main_window is None
    assert controller.unlock_window.isVisible()
    store.unlock("alice", PASSPHRASE).close()  # the session was closed: the vault lock is free
    texts = "\n".join(visible_texts())
    for secret in secrets:
        assert secret not in texts


def _identity_secrets(controller: Controller) -> list[str]:
    window = controller.main_window
    assert window is not None
    window.show_page("identity")
    page = window.page("identity")
    card = page.card_text.toPlainText()  # type: ignore[attr-defined]
    fingerprint = page.fingerprint.text()  # type: ignore[attr-defined]
    assert card and fingerprint
    texts = "\n".join(visible_texts())
    assert fingerprint in texts  # the walk does see them while unlocked
    return [fingerprint, card.splitlines()[3]]  # the fingerprint and the age recipient line


def test_idle_lock(qtbot, make_controller: MakeController, store: UserStore, alice: str) -> None:
    controller = make_controller(idle_timeout_ms=60_000)
    unlock(qtbot, controller)
    secrets = _identity_secrets(controller)
    assert controller.idle.active
    controller.idle.set_timeout_ms(30)
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        pass
    _assert_locked_and_clean(controller, store, secrets)
    assert not controller.idle.active


def test_user_input_restarts_the_idle_timer(qtbot, qapp: QApplication) -> None:
    idle = IdleLock(qapp, 60_000)
    try:
        idle.start()
        before = idle._timer.timerId()  # a restarted QTimer gets a new id
        target = QMessageBox()
        target.setWindowTitle("anything")  # not input: no restart
        assert idle._timer.timerId() == before
        QTest.keyClick(target, Qt.Key.Key_A)
        assert idle._timer.timerId() != before
        assert idle.active
    finally:
        idle.dispose()


def test_panic_key_from_the_main_window(qtbot, make_controller: MakeController, store: UserStore,
                                        alice: str) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    secrets = _identity_secrets(controller)
    window = controller.main_window
    assert window is not None
    QTest.keyClick(window.page("identity").widget, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _assert_locked_and_clean(controller, store, secrets)


def test_panic_key_from_a_dialog_closes_it(qtbot, make_controller: MakeController, store: UserStore,
                                           alice: str) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    secrets = _identity_secrets(controller)
    window = controller.main_window
    assert window is not None
    box = show_about(window)
    assert box.isVisible()
    controller.clipboard.copy(window.page("identity").card_text.toPlainText())  # type: ignore[attr-defined]
    QTest.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _assert_locked_and_clean(controller, store, secrets)
    assert not shiboken6.isValid(box) or not box.isVisible()
    assert QGuiApplication.clipboard().text() == ""


def test_panic_key_on_the_unlock_screen_clears_what_was_typed(qtbot, make_controller: MakeController,
                                                              alice: str) -> None:
    controller = make_controller()
    controller.start()
    qtbot.keyClicks(controller.unlock_window.passphrase, "half a passph")
    QTest.keyClick(controller.unlock_window.passphrase, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.unlock_window.passphrase.text() == ""
    assert controller.state is State.LOCKED


def test_lock_action_and_status_bar(qtbot, make_controller: MakeController, store: UserStore, alice: str) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert "alice" in window.state_label.text()
    window.lock_button.click()
    assert controller.state is State.LOCKED
    store.unlock("alice", PASSPHRASE).close()


def test_sensitive_copy_carries_the_hint_and_is_cleared(qtbot, qapp: QApplication) -> None:
    clipboard = SensitiveClipboard(clear_after_ms=30)
    clipboard.copy("H9VE6-926K4")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "H9VE6-926K4"
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5_000)


def test_something_the_user_copied_later_is_left_alone(qtbot, qapp: QApplication) -> None:
    clipboard = SensitiveClipboard(clear_after_ms=60_000)
    clipboard.copy("secret text")
    QGuiApplication.clipboard().setText("the user's own text")
    clipboard.clear_if_ours()
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_platform_hints() -> None:
    windows = sensitive_mime("x", "win32")
    assert any("CanIncludeInClipboardHistory" in f for f in windows.formats())
    assert any("ExcludeClipboardContentFromMonitorProcessing" in f for f in windows.formats())
    assert "application/x-nspasteboard-concealed-type" in sensitive_mime("x", "darwin").formats()
