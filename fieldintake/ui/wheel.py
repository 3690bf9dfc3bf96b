"""The mouse wheel scrolls the form; it changes a combo, spin box or date only when that has focus.

A caseworker scrolling a long interview passes the pointer over dozens of
controls: Qt's default lets each one turn the wheel into a new answer (and
autosave it) without ever being clicked (issue 16). ``guard_wheel`` installs
one shared filter that hands the wheel event of an unfocused control to the
enclosing scroll area instead, and gives the control ``Qt.StrongFocus`` so the
wheel never focuses it either.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

WheelControl = QComboBox | QAbstractSpinBox


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            area = _scroll_area_of(watched)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)  # the form scrolls
            else:
                event.ignore()
            return True  # and the control itself never sees it
        return super().eventFilter(watched, event)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_guard: _WheelGuard | None = None


def _shared_guard() -> _WheelGuard:
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QCoreApplication.instance())
    return _guard


def guard_wheel(*controls: WheelControl) -> None:
    """Let the wheel change these controls only while they have focus."""
    guard = _shared_guard()
    for control in controls:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        control.installEventFilter(guard)


def guard_wheels_under(root: QWidget) -> None:
    """``guard_wheel`` for every combo, spin box and date or time edit inside ``root``."""
    guard_wheel(*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox))
