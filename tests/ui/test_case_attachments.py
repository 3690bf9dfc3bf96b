"""Attachments through the worker, their SHA-256, previews from memory, copies out, and the panic lock."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldintake.app.users import UserStore
from fieldintake.ui.app import State
from tests.conftest import PASSPHRASE
from tests.ui.casehelp import column_texts, model_texts, open_app, open_view, pixmaps_shown, texts_under
from tests.ui.conftest import MakeController, visible_texts


def png_bytes(width: int = 64, height: int = 48) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def test_add_a_file_through_the_worker(qtbot, make_controller: MakeController, alice: str, tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Attachment case")
    page.open_case(case.id, tab="attachments")
    tab = open_view(page).attachments
    source = tmp_path / "invented-summons.txt"
    content = b"Invented summons to the military office\n" * 1000
    source.write_bytes(content)
    with qtbot.waitSignal(tab.added, timeout=10_000):
        tab.add_files([source])
    assert column_texts(tab.table, 0) == ["invented-summons.txt"]
    expected = hashlib.sha256(content).hexdigest()
    assert column_texts(tab.table, 5) == [expected]
    assert tab.sha256.text() == expected and tab.sha256.isReadOnly()
    tab.copy_button.click()
    assert QApplication.clipboard().text() == expected and controller.clipboard.holds_ours()
    assert "No preview" in tab.preview.text()

    tab.sensitivity.setCurrentIndex(tab.sensitivity.findData("shareable"))
    tab.sensitivity.activated.emit(tab.sensitivity.currentIndex())
    assert controller.session.cases.get(case.id).attachments[0].sensitivity == "shareable"
    assert column_texts(tab.table, 4) == ["shareable"]

    destination = tmp_path / "out" / "copy.txt"
    destination.parent.mkdir()
    op = controller.runner
    tab.save_copy(tab.current().id, destination)
    qtbot.waitUntil(lambda: not op.busy, timeout=10_000)
    assert destination.read_bytes() == content


def test_files_dropped_on_the_table_are_added(qtbot, make_controller: MakeController, alice: str,
                                              tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Drop case")
    page.open_case(case.id, tab="attachments")
    tab = open_view(page).attachments
    source = tmp_path / "dropped.txt"
    source.write_bytes(b"dropped")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(tab.added, timeout=10_000):
        tab.table.dropEvent(event)
    assert column_texts(tab.table, 0) == ["dropped.txt"]


def test_png_preview_is_decoded_from_memory(qtbot, make_controller: MakeController, alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Photo case")
    controller.session.attachments.add_stream(case.id, io.BytesIO(png_bytes()), "invented-photo.png")
    page.open_case(case.id)
    view = open_view(page)
    tab = view.attachments
    with qtbot.waitSignal(tab.preview_shown, timeout=10_000):
        view.show_tab("attachments")
    pixmap = tab.preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() <= max(64, tab.preview.width())
    assert column_texts(tab.table, 1) == ["image/png"]


def test_panic_key_with_an_open_case_leaves_no_case_data(qtbot, make_controller: MakeController, store: UserStore,
                                                         alice: str, tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    cases = controller.session.cases
    case = cases.create("Secret invented title", tags=["secret-tag"], notes="Secret invented notes")
    cases.add_person(case.id, "client", "Качкуркин Тимур", name_latin="Kachkurkin Timur")
    cases.add_deadline(case.id, "appeal", "Secret invented appeal", "2031-02-03")
    attachment = controller.session.attachments.add_stream(case.id, io.BytesIO(png_bytes()), "secret-photo.png")
    page.open_case(case.id)
    view = open_view(page)
    with qtbot.waitSignal(view.attachments.preview_shown, timeout=10_000):
        view.show_tab("attachments")
    view.show_tab("overview")
    view.overview.notes.appendPlainText("typed just before the panic")  # pending: saved by the lock

    window = controller.main_window
    secrets = ["Secret invented title", "Secret invented notes", "Качкуркин", "Kachkurkin", "secret-tag",
               "Secret invented appeal", "secret-photo.png", attachment.sha256]
    shown = "\n".join([*visible_texts(), *model_texts(window)])
    for secret in secrets:
        if secret != "Kachkurkin":
            assert secret in shown, secret  # the walk does see them while unlocked
    assert pixmaps_shown(view.attachments) >= 1

    seen_at_lock: list[str] = []
    pixmaps_at_lock: list[int] = []

    clear_pages = window.clear_pages

    def clear_and_walk() -> None:  # right after the pages' clear(), before the window is deleted
        clear_pages()
        seen_at_lock.extend(texts_under(window))
        pixmaps_at_lock.append(pixmaps_shown(page))

    window.clear_pages = clear_and_walk  # type: ignore[method-assign]
    QTest.keyClick(view.overview.title, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.state is State.LOCKED and controller.session is None
    store.unlock("alice", PASSPHRASE).close()  # the vault lock was released
    left = "\n".join([*seen_at_lock, *visible_texts()])
    for secret in secrets:
        assert secret not in left, secret
    assert pixmaps_at_lock == [0]
    with store.unlock("alice", PASSPHRASE) as again:
        assert again.cases.get(case.id).notes.endswith("typed just before the panic")


def test_cancelling_an_add_leaves_nothing_behind(qtbot, make_controller: MakeController, alice: str,
                                                 tmp_path: Path) -> None:
    import os

    from PySide6.QtWidgets import QMessageBox

    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Cancel case")
    page.open_case(case.id, tab="attachments")
    tab = open_view(page).attachments
    fifo = tmp_path / "slow-source.bin"
    os.mkfifo(fifo)  # the worker blocks on it until the test writes: cancel lands mid-file, every time
    tab.add_files([fifo])
    with open(fifo, "wb", buffering=0) as writer:
        writer.write(b"first part")
        controller.runner.cancel_all()  # what the progress dialog's Cancel does
        writer.write(b"second part")
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
    assert controller.session.cases.get(case.id).attachments == []
    assert tab.model.rowCount() == 0
    boxes = [b.text() for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    assert boxes == []
    blobs = controller.session.paths.blobs
    assert not blobs.exists() or not any(blobs.iterdir())  # no partial blob left


def test_a_photo_that_records_its_place_shows_a_warning(qtbot, make_controller: MakeController, alice: str) -> None:
    from tests.test_photo_exhibits import gps_jpeg

    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Photo case with GPS")
    controller.session.attachments.add_stream(case.id, io.BytesIO(gps_jpeg()), "invented-street.jpg")
    page.open_case(case.id)
    view = open_view(page)
    tab = view.attachments
    with qtbot.waitSignal(tab.preview_shown, timeout=10_000):
        view.show_tab("attachments")
    assert tab.photo_warning.isVisibleTo(tab)
    text = tab.photo_warning.text()
    assert "GPS position 43.240000, 76.890000" in text and "reveals the place" in text
    tab.clear()
    assert tab.photo_warning.text() == ""
