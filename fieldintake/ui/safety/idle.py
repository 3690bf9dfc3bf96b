"""Lock after a quiet spell, like KeePassXC's idle lock, with a short warning first.

An application-wide event filter restarts a single-shot timer on every key,
mouse and wheel event in any window of ours. The last few seconds before
the lock are a countdown (``countdown(seconds_left)``, shown as a banner by
the main window): any input in that time cancels it (``stayed``) and the
quiet spell starts over (issue 16). The timeout is in milliseconds so tests
can use a tiny one.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 5
WARN_MS = 10_000  # the countdown before the lock; at most a third of a short timeout
_TICK_MS = 200

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def warn_ms_for(timeout_ms: int, warn_ms: int = WARN_MS) -> int:
    return max(0, min(warn_ms, timeout_ms // 3))


class IdleLock(QObject):
    """Emits ``countdown`` each second of the warning, then ``idle`` once the user did nothing for ``timeout_ms``."""

    idle = Signal()
    countdown = Signal(int)  # whole seconds left before the lock
    stayed = Signal()  # input during the countdown: no lock

    def __init__(self, app: QApplication, timeout_ms: int = DEFAULT_MINUTES * 60_000,
                 warn_ms: int = WARN_MS) -> None:
        super().__init__(app)
        self._app = app
        self._warn_limit = warn_ms
        self._timeout_ms = max(1, timeout_ms)
        self._warn_ms = warn_ms_for(self._timeout_ms, warn_ms)
        self._timer = QTimer(self)  # the quiet spell before the warning; restarted by any input
        self._timer.setSingleShot(True)
        self._timer.setInterval(self._quiet_ms())
        self._timer.timeout.connect(self._warn)
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self._count_down)
        self._clock = QElapsedTimer()
        self._shown = -1
        self._pointer: QPointF | None = None  # a mouse "move" to where the pointer already is is no input
        app.installEventFilter(self)

    def _quiet_ms(self) -> int:
        return max(1, self._timeout_ms - self._warn_ms)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def warning(self) -> bool:
        return self._tick.isActive()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, timeout_ms)
        self._warn_ms = warn_ms_for(self._timeout_ms, self._warn_limit)
        self._timer.setInterval(self._quiet_ms())
        if self.active:
            self._restart()

    @property
    def active(self) -> bool:
        return self._timer.isActive() or self._tick.isActive()

    def start(self) -> None:
        self._restart()

    def stop(self) -> None:
        self._timer.stop()
        self._end_warning()

    def _restart(self) -> None:
        self._end_warning()
        self._timer.start()

    def _end_warning(self) -> None:
        if self._tick.isActive():
            self._tick.stop()
            self.stayed.emit()

    def _warn(self) -> None:
        if self._warn_ms <= 0:
            self.idle.emit()
            return
        self._clock.start()
        self._shown = -1
        self._tick.start()
        self._count_down()

    def _count_down(self) -> None:
        left = self._warn_ms - self._clock.elapsed()
        if left <= 0:
            self._tick.stop()
            self.idle.emit()
            return
        seconds = math.ceil(left / 1000)
        if seconds != self._shown:
            self._shown = seconds
            self.countdown.emit(seconds)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in _ACTIVITY:
            if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseMove:
                where = event.globalPosition()
                if where == self._pointer:
                    return False  # Qt's own synthetic move (a widget appeared under the pointer)
                self._pointer = where
            self._restart()
        return False

    def dispose(self) -> None:
        self._timer.stop()
        self._tick.stop()
        self._app.removeEventFilter(self)
