"""Committed changes, announced to every page of the window: pages refresh from them.

A page never reloads another page by hand. Whoever writes (through a unit of
work, ``session.change``) hands the unit's ``Changes`` to the window's
``ChangeBus``: in the background with ``Runner.change``, or on the UI thread
with ``ChangeBus.apply`` for a quick edit whose result the screen shows at once
(a dialog's OK) and for the flush before an export or a lock. Each page
connects to ``changed`` and refreshes what it shows of the cases and kinds
named, now if it is visible, else when it is shown next. The ``initiator`` is
the object that asked for the change, so an editor does not reload itself
under the caseworker's cursor after its own autosave.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from fieldintake.app.casecommands import CaseCommands
from fieldintake.app.unitofwork import Changed, Changes, Unit

T = TypeVar("T")


class ChangeBus(QObject):
    """One per unlocked window (``PageContext.changes``)."""

    changed = Signal(object, object)  # Changes, initiator (None: not a page's own change)

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        if not changes.empty:
            self.changed.emit(changes, initiator)

    def apply(self, unit: Unit, command: Callable[[CaseCommands], T], initiator: object | None = None) -> T:
        """Run ``command`` in ``unit`` on this thread, announce what changed, return its value."""
        result = unit.run(command)
        self.publish(result.changes, initiator)
        return result.value


class OrderedWrites:
    """Thread-safe: one write at a time, never an older one after a newer one.

    An editor numbers its states (a generation per edit); a flush on the UI thread may
    overtake a background save of an earlier state, which then writes nothing.
    """

    def __init__(self, action: str) -> None:
        self._action = action
        self._lock = threading.Lock()
        self.written = 0

    def write(self, generation: int, unit: Callable[[], Unit],
              command: Callable[[CaseCommands], T]) -> Changed[T | None]:
        with self._lock:
            if generation <= self.written:
                return Changed(None, Changes(self._action))  # a newer state is stored already
            result: Changed[T | None] = unit().run(command)
            self.written = generation
            return result
