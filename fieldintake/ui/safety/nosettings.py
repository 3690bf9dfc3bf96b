"""Keep Qt's own settings off the disk.

Qt's file dialogs remember the folders they visited (``history``,
``lastVisited``) in ``QtProject.conf`` (the registry on Windows) when they
are destroyed, in plaintext. Caseworkers name folders after clients, so that
history is case data. fieldintake itself never uses QSettings; Qt's are sent
to a place that cannot be created, so every write fails silently, and the
file-dialog group is removed in case a platform writes elsewhere.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

_NOWHERE = os.path.join(os.devnull, "fieldintake-writes-no-settings")


def keep_qt_settings_off_disk() -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, _NOWHERE)
    forget_file_dialog_history()


def forget_file_dialog_history() -> None:
    """Remove what a file dialog wrote where ``setPath`` does not reach (the Windows registry)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()
