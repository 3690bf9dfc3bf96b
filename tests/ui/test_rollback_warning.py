"""Issue 10 item 7 in the window: unlocking a rolled-back vault shows a warning naming what happened."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from fieldintake.app.users import UserStore
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MakeController, unlock


def _boxes() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_rolled_back_vault_is_named_at_unlock(qtbot, make_controller: MakeController, store: UserStore,
                                                alice: str, tmp_path: Path) -> None:
    user_dir = store.home.user("alice").dir
    earlier = tmp_path / "earlier"
    shutil.copytree(user_dir, earlier)
    with store.unlock("alice", PASSPHRASE) as session:
        session.cases.create("Removed by the rollback")
    shutil.rmtree(user_dir)
    shutil.copytree(earlier, user_dir)
    controller = make_controller()
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: any("rolled back" in text for text in _boxes()), timeout=5_000)
