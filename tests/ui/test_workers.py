from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from fieldintake.errors import Cancelled, NotFound
from fieldintake.ui.workers import Progress, Runner


def _runner(failures: list) -> Runner:  # type: ignore[type-arg]
    return Runner(lambda parent, exc, details: failures.append(exc), progress_delay_ms=20)


def test_result_arrives_on_the_ui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[tuple[int, bool]] = []
    runner = _runner([])
    ui_thread = threading.get_ident()
    runner.run(parent, lambda _p: 6 * 7, lambda r: results.append((r, threading.get_ident() == ui_thread)))
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, True)]
    assert not runner.busy


def test_a_fieldintake_error_reaches_the_failure_callback(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []
    runner = _runner(failures)

    def fail(_p: Progress) -> None:
        raise NotFound("No such case.")

    runner.run(parent, fail, lambda _r: None)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], NotFound)


def test_slow_work_shows_a_progress_dialog_that_cancels(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []
    runner = _runner([])
    released = threading.Event()

    def slow(progress: Progress) -> None:
        progress.update(1, 10, "Step one")
        assert released.wait(10)
        progress.check()

    op = runner.run(parent, slow, lambda _r: None, lambda exc, _d: failures.append(exc), label="Working")
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: op.dialog.labelText() == "Step one")
    assert op.dialog.maximum() == 10
    op.dialog.findChild(QPushButton).click()
    assert op.progress.cancelled
    released.set()
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert isinstance(failures[0], Cancelled)


def test_quick_work_shows_no_dialog(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[int] = []
    runner = Runner(lambda *a: None, progress_delay_ms=10_000)
    op = runner.run(parent, lambda _p: 1, done.append, label="Working")
    qtbot.waitUntil(lambda: bool(done))
    assert op.done and op.dialog is None


def test_a_bug_shows_a_generic_dialog_without_details(qtbot) -> None:
    from fieldintake.ui.dialogs import show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_error(parent, KeyError("client name Ivanova"), "Traceback ... Ivanova", debug=False)
    assert "Something went wrong" in box.text()
    assert "Ivanova" not in box.text() and box.detailedText() == ""
    debug_box = show_error(parent, KeyError("x"), "Traceback ...", debug=True)
    assert debug_box.detailedText() == "Traceback ..."
    error_box = show_error(parent, NotFound("No user named 'x'."))
    assert error_box.text() == "No user named 'x'."
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def _owning_work(folder, gate: threading.Event, opened: list[object]):  # type: ignore[no-untyped-def]
    """Work whose result owns something (an open file), held until ``gate`` is set."""

    def work(_p: Progress):  # type: ignore[no-untyped-def]
        assert gate.wait(10)
        handle = open(folder / "owned", "wb")  # noqa: SIM115 - the result owns it
        opened.append(handle)
        return handle

    return work


def test_a_result_whose_receiver_died_is_closed_not_dropped(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent

    parent = QWidget()
    runner = _runner([])
    gate = threading.Event()
    opened: list[object] = []
    work = _owning_work(tmp_path, gate, opened)
    received: list[object] = []
    runner.run(parent, work, received.append)
    parent.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    assert runner.wait(10_000)
    qtbot.waitUntil(lambda: bool(opened) and opened[0].closed)  # type: ignore[attr-defined]
    assert received == []


def test_an_abandoned_op_calls_back_nothing_and_closes_its_result(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []
    runner = _runner(failures)
    gate = threading.Event()
    opened: list[object] = []
    work = _owning_work(tmp_path, gate, opened)

    def fail(_p: Progress) -> None:
        assert gate.wait(10)
        raise NotFound("No such case.")

    received: list[object] = []
    kept = runner.run(parent, work, received.append)
    failing = runner.run(parent, fail, received.append, lambda exc, _d: failures.append(exc))
    runner.cancel_all()  # what a lock does
    assert kept.abandoned and failing.abandoned
    gate.set()
    assert runner.wait(10_000)
    qtbot.waitUntil(lambda: not runner.busy)
    qtbot.waitUntil(lambda: bool(opened) and opened[0].closed)  # type: ignore[attr-defined]
    assert received == [] and failures == []
