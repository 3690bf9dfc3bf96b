"""A canary for the Qt binding itself: PySide6 6.12.0's ``Signal.emit()``
returned ``True`` without a reference, so every emit from Python took one
away and a long session aborted with "bool_dealloc". pyproject excludes it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()


def test_emitting_a_signal_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.ping.emit()
    assert sys.getrefcount(True) >= before - 10
