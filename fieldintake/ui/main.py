"""Entry point of the desktop app: ``fieldintake`` with no command, or ``fieldintake gui``."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from fieldintake.app.core import Core
from fieldintake.ui.safety.nosettings import keep_qt_settings_off_disk

DEBUG_ENV = "FIELDINTAKE_DEBUG"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names; the platform's style, DPI handling and
    colour scheme (dark mode) are left to Qt, which follows the system."""
    keep_qt_settings_off_disk()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName("fieldintake")
    QCoreApplication.setOrganizationName("fieldintake")
    QGuiApplication.setApplicationDisplayName("fieldintake")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    QGuiApplication.setDesktopFileName("fieldintake")
    app.setWindowIcon(QIcon.fromTheme("fieldintake", QIcon.fromTheme("security-high")))
    return app


def run(core: Core, *, debug: bool | None = None) -> int:
    """The desktop app on ``core`` (``Core.open``, as the CLI builds it too)."""
    from fieldintake.ui.app import Controller
    from fieldintake.ui.layoutprefs import default_path
    from fieldintake.ui.resume import Place
    from fieldintake.ui.safety.relaunch import relaunch_hook

    resume = Place.take_from_env()  # out of the environment before any child process could inherit it
    app = make_application()
    controller = Controller(app, core.users, debug=bool(os.environ.get(DEBUG_ENV)) if debug is None else debug,
                            relaunch=relaunch_hook(), layout_file=default_path(), resume=resume)
    controller.start()
    try:
        return int(app.exec())
    finally:
        controller.shutdown()
