"""Icons: the desktop's freedesktop theme first, Qt's built-in style icons as fallback.

No icon set to bundle or keep current, and the icons match the platform
(and its dark mode) wherever a theme exists.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

SP = QStyle.StandardPixmap

# name -> (freedesktop theme icon, Qt standard pixmap fallback or None: better no icon than a wrong one)
_ICONS: dict[str, tuple[str, QStyle.StandardPixmap | None]] = {
    "cases": ("folder-documents", SP.SP_DirIcon),
    "deadlines": ("appointment-soon", SP.SP_FileDialogDetailedView),
    "identity": ("contact-new", SP.SP_FileDialogInfoView),
    "inbox": ("mail-message-new", SP.SP_DriveNetIcon),
    "settings": ("preferences-system", SP.SP_FileDialogListView),
    "lock": ("system-lock-screen", None),
    "copy": ("edit-copy", SP.SP_DialogSaveButton),
    "warning": ("dialog-warning", SP.SP_MessageBoxWarning),
    "info": ("dialog-information", SP.SP_MessageBoxInformation),
    "about": ("help-about", SP.SP_MessageBoxQuestion),
    "folder": ("folder-open", SP.SP_DirOpenIcon),
}


def icon(name: str) -> QIcon:
    theme, fallback = _ICONS[name]
    found = QIcon.fromTheme(theme)
    if not found.isNull():
        return found
    style = QApplication.style()
    if fallback is None or style is None:
        return QIcon()
    return style.standardIcon(fallback)
