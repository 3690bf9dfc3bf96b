"""Autosave of an interview's answers: a timer after the first change, the save on a worker thread.

Each save is one unit of work (``CaseCommands.patch_answers``: the answers the
form holds, patched over the stored ones inside the transaction) through
``Runner.change``; its ``Changes`` go to the window's ``ChangeBus``, so other
pages refresh. The UI never waits for a save, except in ``flush()``, which the
lock path, an export and closing call: it saves synchronously, so nothing
typed is lost when the session closes right after. A lock cancels a background
save before it commits (the flush then saves the same answers). Saves are
ordered by a generation number under a lock, so a slow background save can
never overwrite a newer flushed one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from fieldintake.app.cases import CaseStore, SaveResult
from fieldintake.app.unitofwork import Changed
from fieldintake.ui.changes import ChangeBus, OrderedWrites
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.workers import Progress, Runner
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.retranslate import Retranslating

AUTOSAVE_INTERVAL_MS = 3000

# Called on the UI thread: the top-level answers to set over the stored ones (None
# as a value removes that answer; None instead of a patch: nothing can be saved yet).
# The interview editor patches every field but those being mistyped; the narrative
# editor only its own texts.
Snapshot = Callable[[], dict[str, Any] | None]


class SaveState(Enum):
    IDLE = "idle"  # nothing typed since the editor opened
    DIRTY = "dirty"  # changes wait for the timer
    SAVING = "saving"
    SAVED = "saved"
    FAILED = "failed"


class _Writer:
    """Thread-safe part: the interview's saves, in order (``OrderedWrites``)."""

    def __init__(self, cases: CaseStore, interview_id: str) -> None:
        self.cases = cases
        self.interview_id = interview_id
        self._writes = OrderedWrites("interview.saved")

    def write(self, generation: int, patch: dict[str, Any],
              checkpoint: Callable[[], None] | None = None) -> Changed[SaveResult | None]:
        return self._writes.write(
            generation, lambda: self.cases.change("interview.saved", coalesce=True, checkpoint=checkpoint),
            lambda cases: cases.patch_answers(self.interview_id, patch))


class Autosave(QObject):
    """Saves when the form changed: after ``interval_ms``, on ``save_now()`` and on ``flush()``."""

    state_changed = Signal()
    saved = Signal(object)  # SaveResult

    def __init__(
        self,
        runner: Runner,
        cases: CaseStore,
        interview_id: str,
        snapshot: Snapshot,
        parent: QObject,
        interval_ms: int = AUTOSAVE_INTERVAL_MS,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bus = bus  # where the saves' Changes go; the editor (parent) is their initiator
        self._snapshot = snapshot
        self._writer = _Writer(cases, interview_id)
        self._edits = 0  # bumped on every change
        self._saved_edits = 0  # the edit count the last good save covered
        self._running = 0
        self.state = SaveState.IDLE
        self.saved_at: datetime | None = None
        self.reason = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)

    @property
    def dirty(self) -> bool:
        return self._edits != self._saved_edits

    @property
    def busy(self) -> bool:
        return self._running > 0

    def mark_changed(self) -> None:
        self._edits += 1
        if self.state is not SaveState.SAVING:
            self._set(SaveState.DIRTY)
        if not self.timer.isActive():
            self.timer.start()

    def save_now(self) -> None:
        """Save in the background if anything changed."""
        self.timer.stop()
        if not self.dirty:
            return
        patch = self._snapshot()
        if patch is None:
            return
        generation = self._edits
        self._running += 1
        self._set(SaveState.SAVING)
        self._runner.change(
            self,
            lambda progress: self._write(generation, patch, progress),
            lambda result: self._done(generation, result),
            lambda exc, _details: self._failed(exc),
            bus=self._bus,
            initiator=self.parent(),
        )

    def _write(self, generation: int, patch: dict[str, Any], progress: Progress) -> Changed[SaveResult | None]:
        progress.check()  # locked while this waited for a thread: the flush saved it, or nothing may be
        return self._writer.write(generation, patch, progress.check)

    def flush(self) -> None:
        """Save now, on this thread, whatever can be saved. Raises what the save raises."""
        self.timer.stop()
        if not self.dirty:
            return
        patch = self._snapshot()
        if patch is None:
            return
        generation = self._edits
        try:
            result = self._writer.write(generation, patch)
        except Exception as exc:
            self._failed(exc, counted=False)
            raise
        if self._bus is not None:
            self._bus.publish(result.changes, self.parent())
        self._done(generation, result.value, counted=False)

    def stop(self) -> None:
        """Forget pending changes (after ``clear()``: there is nothing left to save)."""
        self.timer.stop()
        self._saved_edits = self._edits
        self._set(SaveState.IDLE)

    def _done(self, generation: int, result: SaveResult | None, counted: bool = True) -> None:
        if counted:
            self._running -= 1
        self._saved_edits = max(self._saved_edits, generation)
        self.saved_at = datetime.now()
        self.reason = ""
        if result is not None:
            self.saved.emit(result)
        if self.dirty:
            self._set(SaveState.DIRTY)
            if not self.timer.isActive():
                self.timer.start()
        else:
            self._set(SaveState.SAVED)

    def _failed(self, exc: BaseException, counted: bool = True) -> None:
        if counted:
            self._running -= 1
        self.reason = error_text(exc)
        self._set(SaveState.FAILED)

    def _set(self, state: SaveState) -> None:
        self.state = state
        self.state_changed.emit()


class SaveStatus(Retranslating, PlainLabel):
    """"Saved 10:42" / "Saving…" / "Not saved: <reason>", with the count of answers held back."""

    def __init__(self, autosave: Autosave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._autosave = autosave
        self.held_back = 0  # answers not saved because they are not valid
        autosave.state_changed.connect(self.refresh)
        self.refresh()

    def _retranslate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        save = self._autosave
        if save.state is SaveState.SAVING:
            text = self.tr("Saving…")
        elif save.state is SaveState.FAILED:
            text = self.tr("Not saved: {reason}").format(reason=save.reason)
        elif save.state is SaveState.DIRTY:
            text = self.tr("Changes not saved yet")
        elif save.saved_at is not None:
            text = self.tr("Saved {time}").format(time=save.saved_at.strftime("%H:%M"))
        else:
            text = self.tr("No changes")
        if self.held_back and save.state is not SaveState.FAILED:
            text += " · " + self.tr("answers not saved: {count}, see the marked fields").format(count=self.held_back)
        self.setText(text)
        self.setAccessibleName(text)
