"""Long work off the UI thread, the way Anki's QueryOp does it.

A callable runs on a thread pool; its result or its error comes back to
callbacks on the UI thread. The callable gets a :class:`Progress` it may use
to report ``(done, total, text)`` and to poll for cancel (raising
``Cancelled``). A progress dialog appears only if the work outlasts a short
delay, so quick operations never flash a window.

Never ``exec()`` a dialog from a callback: the panic lock must be able to
close every window at once, and a nested event loop would resume code that
uses a closed session.

An outcome nobody is there to receive (the widget that asked died, or a lock
abandoned the operation) is not delivered; a result that owns something
(:class:`Closeable`, e.g. an unlocked ``Session``) is closed instead of
being dropped with a vault still open.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldintake.app.unitofwork import Changed
from fieldintake.errors import Cancelled
from fieldintake.ui.changes import ChangeBus
from fieldintake.ui.plaintext import PlainLabel

T = TypeVar("T")

PROGRESS_DELAY_MS = 600


class Progress:
    """Handed to the work: report progress, and notice a cancel request."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._cancelled = threading.Event()
        self._report = report

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop; call it between steps."""
        if self._cancelled.is_set():
            raise Cancelled("Cancelled; nothing was changed.")

    def update(self, done: int, total: int, text: str = "") -> None:
        self.check()
        self._report(done, total, text)


@runtime_checkable
class Closeable(Protocol):
    """A result that owns a resource (an open vault, a file lock): whoever receives it closes it.

    Any result with ``close()`` counts, so work never returns something it shares
    (the open session's vault): that is not its to close.
    """

    def close(self) -> None: ...


def release(result: object) -> None:
    """Close a result nobody will receive, so what it holds is not leaked."""
    if isinstance(result, Closeable):
        result.close()


class _Emitter(QObject):
    """Carries the outcome across threads and hands it to its ``Op`` on the UI thread.

    A child of the application, not of the op's parent widget: when that widget
    dies first (a dialog closed mid-work), the outcome still arrives here and a
    result that owns something is released rather than silently dropped.
    """

    succeeded = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)

    def __init__(self, op: Op[Any]) -> None:
        super().__init__(QCoreApplication.instance())
        self._op: Op[Any] | None = op
        op.destroyed.connect(self._orphan)
        self.succeeded.connect(self._deliver_success, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_failure, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _orphan(self) -> None:
        self._op = None

    def _take(self) -> Op[Any] | None:
        op, self._op = self._op, None
        self.deleteLater()
        return op

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        op = self._take()
        if op is None:
            release(result)
        else:
            op._succeeded(result)

    @Slot(object, str)
    def _deliver_failure(self, exc: BaseException, details: str) -> None:
        op = self._take()
        if op is not None:  # no widget left to say it to
            op._failed(exc, details)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], emitter: _Emitter, progress: Progress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._emitter = emitter
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            self._emitter.failed.emit(exc, "".join(traceback.format_exception(exc)))
        else:
            self._emitter.succeeded.emit(result)


class Op(QObject, Generic[T]):
    """One running operation. Parented to a widget: if that widget goes (a
    lock), the callbacks are dropped with it and never touch a dead screen;
    an abandoned op (a lock) calls none either. Either way a result that owns
    something is released."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException, str], None],
        label: str | None,
        progress_delay_ms: int,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._label = label
        self._dialog: QProgressDialog | None = None
        self.emitter = _Emitter(self)
        self.progress = Progress(self.emitter.progressed.emit)
        self.emitter.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._last: tuple[int, int, str] = (0, 0, "")
        self.done = False
        self.abandoned = False
        if label is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(progress_delay_ms)

    def cancel(self) -> None:
        self.progress.cancel()

    def abandon(self) -> None:
        """Cancel, and deliver nothing: whoever asked is gone (a lock)."""
        self.abandoned = True
        self.cancel()

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def _show_dialog(self) -> None:
        if self.done:
            return
        parent = self.parent()
        dialog = QProgressDialog(parent if isinstance(parent, QWidget) else None)
        dialog.setWindowTitle("fieldintake")
        dialog.setLabel(PlainLabel(dialog))  # its own label guesses at markup; the text may name a file
        dialog.setLabelText(self._label or "")
        dialog.setCancelButtonText(QCoreApplication.translate("workers", "Cancel"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        self._apply_progress()
        dialog.show()

    def _apply_progress(self) -> None:
        if self._dialog is None:
            return
        done, total, text = self._last
        self._dialog.setRange(0, total if total > 0 else 0)
        if total > 0:
            self._dialog.setValue(done)
        if text:
            self._dialog.setLabelText(text)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        self._apply_progress()

    def _finish(self) -> None:
        self.done = True
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.finished.emit()
        self.deleteLater()

    def _succeeded(self, result: T) -> None:
        self._finish()
        if self.abandoned:
            release(result)
        else:
            self._on_success(result)

    def _failed(self, exc: BaseException, details: str) -> None:
        self._finish()
        if not self.abandoned:
            self._on_failure(exc, details)


class Runner:
    """Starts operations and remembers the running ones, so a lock can cancel them."""

    def __init__(
        self,
        on_failure: Callable[[QObject, BaseException, str], None],
        pool: QThreadPool | None = None,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
    ) -> None:
        self._default_failure = on_failure
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self.progress_delay_ms = progress_delay_ms
        self._running: set[Op[Any]] = set()

    def run(
        self,
        parent: QObject,
        fn: Callable[[Progress], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException, str], None] | None = None,
        label: str | None = None,
    ) -> Op[T]:
        """Run ``fn(progress)`` off the UI thread.

        ``label`` set: a cancellable progress dialog appears after the delay.
        Without ``on_failure`` errors go to the application's error dialog.
        """
        failure = on_failure or (lambda exc, details: self._default_failure(parent, exc, details))
        op: Op[T] = Op(parent, on_success, failure, label, self.progress_delay_ms)
        self._running.add(op)
        op.finished.connect(lambda: self._running.discard(op))
        op.destroyed.connect(lambda *_: self._running.discard(op))
        self._pool.start(_Job(fn, op.emitter, op.progress))
        return op

    def change(
        self,
        parent: QObject,
        work: Callable[[Progress], Changed[T]],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException, str], None] | None = None,
        *,
        bus: ChangeBus | None = None,
        initiator: object | None = None,
        label: str | None = None,
    ) -> Op[Changed[T]]:
        """A write off the UI thread, the way Anki's CollectionOp does it.

        ``work`` runs one unit of work (``session.change(..., checkpoint=progress.check).run(...)``):
        a lock cancels it before it commits. Its ``Changes`` go to ``bus`` (every page refreshes
        from them; ``initiator``, default ``parent``, names who asked), then its value to
        ``on_success``. A result that lands after a lock is dropped.
        """

        def done(result: Changed[T]) -> None:
            if op.progress.cancelled:  # a lock came first: nothing more is shown or done
                return
            if bus is not None:
                bus.publish(result.changes, parent if initiator is None else initiator)
            if on_success is not None:
                on_success(result.value)

        op = self.run(parent, work, done, on_failure, label)
        return op

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        """Abandon every running operation (a lock): none calls back; results that own something are closed."""
        for op in list(self._running):
            op.abandon()

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for the pool to drain (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)
