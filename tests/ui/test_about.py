"""The About box names the version and the commit this copy was built from, in English and Russian."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QApplication

import fieldintake
from fieldintake.ui.about import show_about
from fieldintake.ui.i18n import Translations

ROOT = Path(__file__).resolve().parents[2]


def head() -> str:
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_the_about_box_shows_version_and_commit(qtbot) -> None:
    box = show_about(None)
    qtbot.addWidget(box)
    assert f"fieldintake {fieldintake.__version__}" in box.text()
    assert f"Version {fieldintake.__version__}, built from commit {head()[:12]}" in box.informativeText()


def test_the_about_box_in_russian(qtbot) -> None:
    translations = Translations(QApplication.instance())
    try:
        translations.set_language("ru")
        box = show_about(None)
        qtbot.addWidget(box)
        assert f"Версия {fieldintake.__version__}, собрана из коммита {head()[:12]}" in box.informativeText()
    finally:
        translations.set_language("en")
