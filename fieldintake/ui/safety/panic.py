"""The panic key: Ctrl+Shift+L from any widget, any window, any dialog.

An application-wide event filter sees the key before any widget or modal
dialog can take it, which a QShortcut cannot promise.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

PANIC_SEQUENCE = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L)


class PanicKey(QObject):
    triggered = Signal()

    def __init__(self, app: QApplication, sequence: QKeySequence = PANIC_SEQUENCE) -> None:
        super().__init__(app)
        self._app = app
        self._sequence = sequence
        app.installEventFilter(self)

    @property
    def sequence(self) -> QKeySequence:
        return self._sequence

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            if QKeySequence(event.keyCombination()) == self._sequence:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.triggered.emit()
                return True
        return False

    def dispose(self) -> None:
        self._app.removeEventFilter(self)
