"""Qt's file dialogs must not leave the folders they visited on the disk."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _dialog_run(config: Path, folder: Path, harden: bool) -> None:
    script = textwrap.dedent(
        f"""
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication, QFileDialog
        from fieldintake.ui.main import make_application
        app = make_application() if {harden} else QApplication([])
        dialog = QFileDialog(None, "Add attachments")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setDirectory({str(folder)!r})
        dialog.open()
        app.processEvents()
        dialog.accept()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        """
    )
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), HOME=str(config), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=True, capture_output=True)


def _written(config: Path, marker: str) -> list[Path]:
    return [p for p in config.rglob("*") if p.is_file() and marker.encode() in p.read_bytes()]


def test_file_dialog_history_never_reaches_the_disk(tmp_path: Path) -> None:
    folder = tmp_path / "Kachkurkin_Timur_documents"
    folder.mkdir()
    plain = tmp_path / "plain-qt"
    _dialog_run(plain, folder, harden=False)
    assert _written(plain, "Kachkurkin"), "plain Qt writes the folder history: the check can fail"
    hardened = tmp_path / "fieldintake"
    _dialog_run(hardened, folder, harden=True)
    assert _written(hardened, "Kachkurkin") == []
