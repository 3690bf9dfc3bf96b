"""Copy secrets the way password managers do, and take them back.

The MIME hints tell clipboard managers and cloud clipboards to skip the
entry (KDE Klipper, Windows clipboard history and cloud sync, macOS
pasteboard watchers). The text is removed again after a while if the
clipboard still holds it; we keep only its hash, not a second copy.
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000

KDE_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
_WIN_FORMAT = 'application/x-qt-windows-mime;value="{}"'
_DWORD_0 = (0).to_bytes(4, "little")
_DWORD_1 = (1).to_bytes(4, "little")


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def sensitive_mime(text: str, platform: str = sys.platform) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    if platform == "win32":
        mime.setData(_WIN_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"), _DWORD_1)
        mime.setData(_WIN_FORMAT.format("CanIncludeInClipboardHistory"), _DWORD_0)
        mime.setData(_WIN_FORMAT.format("CanUploadToCloudClipboard"), _DWORD_0)
    elif platform == "darwin":
        mime.setData(MAC_CONCEALED, b"secret")
    else:
        mime.setData(KDE_HINT, b"secret")
    return mime


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._ours: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        clipboard = self._clipboard()
        clipboard.setMimeData(sensitive_mime(text), QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._ours = _digest(text)
        self._timer.start()

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(self._clipboard().text()) == self._ours

    def clear_if_ours(self) -> None:
        """Empty the clipboard, but only if the user has not copied something else since."""
        self._timer.stop()
        if self.holds_ours():
            self._clipboard().clear(QClipboard.Mode.Clipboard)
        self._ours = None
