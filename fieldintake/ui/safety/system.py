"""Lock when the machine locks its screen or goes to sleep, where Qt can tell.

Covered:
- Linux with systemd-logind (system bus): ``PrepareForSleep(true)`` before
  suspend or hibernate, and the session's ``Lock`` signal (``loginctl
  lock-session``, most desktops' lock screens).
- Linux desktops with a screensaver service (session bus):
  ``org.freedesktop.ScreenSaver`` / ``org.gnome.ScreenSaver``
  ``ActiveChanged(true)``.
Not covered (the idle lock and the panic key still work): Windows and macOS
screen locks and sleep, Linux without D-Bus, and Qt builds without QtDBus.
Everything here degrades silently: a missing bus is not an error.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot


class SystemLockWatcher(QObject):
    """Emits ``lock_requested`` when the session locks or the machine sleeps."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        if sys.platform.startswith("linux"):
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                              "PrepareForSleep", self, SLOT("_on_flag(bool)")):
                self.watching.append("logind sleep")
            # Any session path: locking on another session's Lock is harmless.
            if system.connect("org.freedesktop.login1", "", "org.freedesktop.login1.Session",
                              "Lock", self, SLOT("_on_lock()")):
                self.watching.append("logind session lock")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                  ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                if session.connect(service, path, service, "ActiveChanged", self, SLOT("_on_flag(bool)")):
                    self.watching.append(service)

    @Slot(bool)
    def _on_flag(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.lock_requested.emit()
