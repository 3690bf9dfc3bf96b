"""A visible countdown before the idle lock; any input cancels it (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldintake.ui.app import State
from fieldintake.ui.safety.idle import warn_ms_for
from tests.ui.casehelp import open_app
from tests.ui.conftest import MakeController


def test_the_countdown_shows_then_a_key_cancels_it_then_the_lock_comes(
        qtbot, make_controller: MakeController, alice: str) -> None:
    controller, _page = open_app(qtbot, make_controller, idle_timeout_ms=60_000)
    window = controller.main_window
    controller.idle.set_timeout_ms(3_000)  # 1 s of quiet, then a 1 s countdown... (a third of the timeout)
    assert warn_ms_for(3_000) == 1_000
    qtbot.waitUntil(lambda: window.idle_banner.isVisible(), timeout=5_000)
    text = window.idle_label.text()
    assert text.startswith("Locking in ") and "press a key to stay" in text
    assert controller.state is State.UNLOCKED
    QTest.keyClick(window, Qt.Key.Key_Shift)  # any input
    assert not window.idle_banner.isVisible()
    assert controller.state is State.UNLOCKED and controller.idle.active and not controller.idle.warning
    qtbot.waitUntil(lambda: window.idle_banner.isVisible(), timeout=5_000)  # quiet again: it comes back
    qtbot.waitUntil(lambda: controller.state is State.LOCKED, timeout=5_000)


def test_the_countdown_is_in_russian(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, _page = open_app(qtbot, make_controller, idle_timeout_ms=60_000)
    controller.set_language("ru")
    try:
        controller.main_window.show_idle_countdown(7)
        assert "7" in controller.main_window.idle_label.text()
        assert "Locking" not in controller.main_window.idle_label.text()
    finally:
        controller.set_language("en")
