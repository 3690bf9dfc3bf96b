"""The Attachments tab: the case's files, adding (button or drop), previews from memory, copies out.

Adding and saving run in a worker with progress and cancel. Image previews
are decoded from bytes held in memory (``read_bytes`` -> ``QImage.fromData``):
never a temp file, never a thumbnail cache.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.attachments import display_name, safe_file_name
from fieldintake.app.photometa import PhotoMetadata, read_metadata
from fieldintake.app.model import SENSITIVITIES, Attachment, Case
from fieldintake.app.unitofwork import Changed
from fieldintake.errors import Cancelled, FieldintakeError
from fieldintake.ui import format as fmt
from fieldintake.ui.widgets.columnfit import fit_columns
from fieldintake.ui.widgets.common import confirm, make_table
from fieldintake.ui.widgets.table import Column, RowsModel, row_at, sorting_proxy
from fieldintake.ui.dialogs import error_text, show_error
from fieldintake.ui.icons import icon
from fieldintake.ui.pages import PageContext
from fieldintake.ui.widgets import monospace
from fieldintake.ui.workers import Progress
from fieldintake.ui.plaintext import PlainLabel, plain_tooltip
from fieldintake.ui.wheel import guard_wheel
from fieldintake.ui.retranslate import Retranslating

PREVIEW_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")


def reporter(progress: Progress, text: str = "") -> Callable[[int, int], None]:
    """The store's progress callback. It never raises: the store notices a cancel through its own
    ``cancel`` check and cleans up; an exception from here would reach it as a storage error."""

    def report(done: int, total: int) -> None:
        with contextlib.suppress(Cancelled):
            progress.update(done, total, text)

    return report


class DropTable(QTableView):
    """A table that takes files dropped from the desktop."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    @staticmethod
    def _paths(urls: list[QUrl]) -> list[Path]:
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class AttachmentsTab(Retranslating, QWidget):
    added = Signal(list)  # list[Attachment], after a worker finished
    preview_shown = Signal()

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        self._preview_seq = 0
        self._image: QImage | None = None
        self.model: RowsModel[Attachment] = RowsModel([
            Column(lambda: self.tr("File"), lambda a: display_name(a.file_name), tooltip=lambda a: a.description),
            Column(lambda: self.tr("Type"), lambda a: a.media_type),
            Column(lambda: self.tr("Size"), lambda a: fmt.size_text(a.size), sort=lambda a: a.size),
            Column(lambda: self.tr("Imported"), lambda a: fmt.local_time(a.imported_at), sort=lambda a: a.imported_at),
            Column(lambda: self.tr("Sensitivity"), lambda a: fmt.sensitivity_word(a.sensitivity)),
            Column(lambda: self.tr("SHA-256"), lambda a: a.sha256),
        ], self)
        self.table: DropTable = make_table(self, cls=DropTable)  # type: ignore[assignment]
        self.table.setModel(sorting_proxy(self.model, self))
        # the file's name stretches; size, date and sensitivity are never cut; the hash gives way first
        self.columns = fit_columns(self.table, stretch=0, fixed=(2, 3, 4))
        self.add_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.replace_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_action = QAction(self.table)  # Delete in the table; also in its context menu
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.remove_action)
        self.replace_action = QAction(self.table)
        self.save_action = QAction(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.preview = PlainLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(220, 180)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.sha256 = QLineEdit(self)
        self.sha256.setReadOnly(True)
        self.sha256.setFont(monospace(0.85))
        self.copy_button = QPushButton(icon("copy"), "", self)
        self.sensitivity = QComboBox(self)
        for value in SENSITIVITIES:
            self.sensitivity.addItem("", value)
        guard_wheel(self.sensitivity)
        self.description = QLineEdit(self)
        self._labels = {k: PlainLabel(self) for k in ("sha256", "sensitivity", "description")}
        self._labels["sha256"].setBuddy(self.sha256)
        self._labels["sensitivity"].setBuddy(self.sensitivity)
        self._labels["description"].setBuddy(self.description)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        side = QWidget(self)
        sha_row = QHBoxLayout()
        sha_row.addWidget(self._labels["sha256"], 1)
        sha_row.addWidget(self.copy_button)
        form = QFormLayout()
        form.addRow(sha_row)
        form.addRow(self.sha256)
        form.addRow(self._labels["sensitivity"], self.sensitivity)
        form.addRow(self._labels["description"], self.description)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.preview, 1)
        self.photo_warning = PlainLabel(side)  # what a photo's metadata reveals (GPS: the place it was taken)
        self.photo_warning.setWordWrap(True)
        self.photo_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.photo_warning.setVisible(False)
        side_layout.addWidget(self.photo_warning)
        side_layout.addLayout(form)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.add_button.clicked.connect(self.choose_files)
        self.save_button.clicked.connect(self.choose_destination)
        self.save_action.triggered.connect(self.choose_destination)
        self.replace_button.clicked.connect(self.choose_replacement)
        self.replace_action.triggered.connect(self.choose_replacement)
        self.remove_button.clicked.connect(self.confirm_remove)
        self.remove_action.triggered.connect(self.confirm_remove)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.copy_button.clicked.connect(self.copy_sha256)
        self.table.files_dropped.connect(self.add_files)
        self.table.selectionModel().currentChanged.connect(lambda current, _p: self._selected(current))
        self.sensitivity.activated.connect(lambda _i: self._update_selected(sensitivity=self.sensitivity.currentData()))
        self.description.editingFinished.connect(self._description_done)
        self.setFocusProxy(self.table)
        self._retranslate()
        self._selected(QModelIndex())

    # --- showing -------------------------------------------------------------------------

    def show_case(self, case: Case) -> None:
        current = self.current()
        self.model.set_rows(case.attachments)
        proxy = self.table.model()
        for r in range(proxy.rowCount()):
            if current is not None and row_at(proxy.index(r, 0)).id == current.id:
                self.table.setCurrentIndex(proxy.index(r, 0))
                return
        if proxy.rowCount():
            self.table.setCurrentIndex(proxy.index(0, 0))
        else:
            self._selected(QModelIndex())

    def current(self) -> Attachment | None:
        row = row_at(self.table.currentIndex())
        return row if isinstance(row, Attachment) else None

    def _reload(self, select: str | None = None) -> None:
        if self._context is None:
            return
        try:
            case = self._context.session.cases.get(self.case_id)
        except FieldintakeError as exc:
            show_error(self.window(), exc)
            return
        self.show_case(case)
        if select is not None:
            self._select(select)

    def _select(self, attachment_id: str) -> None:
        proxy = self.table.model()
        for r in range(proxy.rowCount()):
            if row_at(proxy.index(r, 0)).id == attachment_id:
                self.table.setCurrentIndex(proxy.index(r, 0))

    def _selected(self, index: QModelIndex) -> None:
        attachment = row_at(index)
        has = isinstance(attachment, Attachment)
        for widget in (self.save_button, self.copy_button, self.sensitivity, self.description, self.replace_button,
                       self.remove_button, self.remove_action, self.replace_action, self.save_action):
            widget.setEnabled(has)
        self._preview_seq += 1
        self._image = None
        self.preview.clear()
        self.photo_warning.clear()
        self.photo_warning.setVisible(False)
        if not has:
            self.sha256.clear()
            self.description.clear()
            self.preview.setText(self.tr("No attachment selected."))
            return
        self.sha256.setText(attachment.sha256)
        self.sha256.setCursorPosition(0)
        self.sensitivity.setCurrentIndex(max(0, self.sensitivity.findData(attachment.sensitivity)))
        self.description.setText(attachment.description)
        if attachment.media_type in PREVIEW_TYPES:
            self._load_preview(attachment)
        else:
            self.preview.setText(self.tr("No preview for this type of file."))

    # --- preview, from memory only ----------------------------------------------------------

    def _load_preview(self, attachment: Attachment) -> None:
        if self._context is None:
            return
        seq = self._preview_seq
        store = self._context.session.attachments
        self.preview.setText(self.tr("Loading the preview…"))

        def decode(_progress: Progress) -> tuple[QImage, PhotoMetadata | None]:
            data = store.read_bytes(attachment.id)
            return QImage.fromData(data), read_metadata(data)

        self._context.runner.run(self, decode, lambda done: self._show_preview(seq, *done),
                                 lambda exc, _d: self._preview_failed(seq, exc))

    def _show_metadata(self, meta: PhotoMetadata | None) -> None:
        if meta is None:
            return
        words = {"camera": self.tr("camera"), "taken": self.tr("taken"), "position": self.tr("GPS position"),
                 "author": self.tr("author"), "software": self.tr("software")}
        recorded = "; ".join(f"{words[k]} {v}" for k, v in meta.rows())
        text = self.tr("This photo records: {what}.").format(what=recorded)
        if meta.reveals_place:
            text += " " + self.tr("Warning: it reveals the place where it was taken. The case file keeps the photo "
                                  "unchanged and lists this on its exhibit page.")
        self.photo_warning.setText(text)
        self.photo_warning.setVisible(True)

    def _show_preview(self, seq: int, image: QImage, meta: PhotoMetadata | None = None) -> None:
        if seq != self._preview_seq or self._context is None:
            return
        self._show_metadata(meta)
        if image.isNull():
            self.preview.setText(self.tr("This image cannot be shown."))
            return
        self._image = image
        self._scale_preview()
        self.preview_shown.emit()

    def _preview_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._preview_seq and self._context is not None:
            self.preview.setText(error_text(exc) if isinstance(exc, FieldintakeError) else self.tr("No preview."))

    def _scale_preview(self) -> None:
        if self._image is None:
            return
        size = self.preview.size()
        pixmap = QPixmap.fromImage(self._image)
        if pixmap.width() > size.width() or pixmap.height() > size.height():
            pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_preview()

    # --- adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Add attachments"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # native ones log recent files
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda files: self.add_files([Path(f) for f in files]))
        dialog.open()

    def add_files(self, paths: list[Path]) -> None:
        if self._context is None or not paths:
            return
        store, case_id = self._context.session.attachments, self.case_id

        def add(progress: Progress) -> list[Attachment]:
            done: list[Attachment] = []
            for number, path in enumerate(paths, start=1):
                progress.check()
                text = f"{number}/{len(paths)}"
                done.append(store.add(case_id, path, progress=reporter(progress, text),
                                      cancel=lambda: progress.cancelled))
            return done

        self._context.runner.run(self, add, self._added, self._work_failed, label=self.tr("Adding attachments…"))

    def _added(self, attachments: list[Attachment]) -> None:
        self._reload(select=attachments[-1].id if attachments else None)
        self.added.emit(attachments)

    def _work_failed(self, exc: BaseException, details: str) -> None:
        if self._context is None:  # locked meanwhile: the session was closed on purpose
            return
        self._reload()
        if not isinstance(exc, Cancelled):
            show_error(self.window(), exc, details)

    # --- saving a copy and changing ----------------------------------------------------------

    def choose_destination(self) -> None:
        attachment = self.current()
        if attachment is None:
            return
        dialog = QFileDialog(self, self.tr("Save a copy"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(safe_file_name(attachment.file_name))
        dialog.fileSelected.connect(lambda path: self.save_copy(attachment.id, Path(path)))
        dialog.open()

    def save_copy(self, attachment_id: str, destination: Path) -> None:
        if self._context is None:
            return
        store = self._context.session.attachments

        def save(progress: Progress) -> Path:
            return store.save_copy(attachment_id, destination, progress=reporter(progress),
                                   cancel=lambda: progress.cancelled)

        self._context.runner.run(self, save, lambda _p: None, self._work_failed, label=self.tr("Saving a copy…"))

    def copy_sha256(self) -> None:
        attachment = self.current()
        if attachment is not None and self._context is not None:
            self._context.clipboard.copy(attachment.sha256)

    def _description_done(self) -> None:
        attachment = self.current()
        if attachment is not None and self.description.text() != attachment.description:
            self._update_selected(description=self.description.text())

    def _update_selected(self, **fields: str) -> None:
        attachment = self.current()
        if attachment is None or self._context is None:
            return
        try:
            self._context.session.attachments.update(attachment.id, **fields)
        except FieldintakeError as exc:
            show_error(self.window(), exc)
        self._reload(select=attachment.id)

    # --- removing and replacing (branch attach-people) -------------------------------------------

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions([self.save_action, self.replace_action])
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def confirm_remove(self) -> None:
        attachment = self.current()
        if attachment is None or self._context is None:
            return
        text = self.tr("Remove “{name}” from the case? Its file is destroyed in this vault; the history "
                       "keeps its name and SHA-256.").format(name=display_name(attachment.file_name))
        confirm(self, text, lambda: self.remove(attachment.id))

    def remove(self, attachment_id: str) -> None:
        if self._context is None:
            return
        store = self._context.session.attachments
        self._context.runner.change(self, lambda progress: store.remove(attachment_id, checkpoint=progress.check),
                                    None, self._change_failed, bus=self._context.changes,
                                    label=self.tr("Removing the attachment…"))

    def choose_replacement(self) -> None:
        attachment = self.current()
        if attachment is None:
            return
        dialog = QFileDialog(self, self.tr("Replace “{name}”").format(name=display_name(attachment.file_name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # native ones log recent files
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.confirm_replace(attachment, Path(path)))
        dialog.open()

    def confirm_replace(self, attachment: Attachment, path: Path) -> None:
        text = self.tr("Replace “{old}” by “{new}”? The description and sensitivity stay; the "
                       "old file is destroyed in this vault and the history keeps its name and SHA-256. To keep "
                       "the old file too, add the new one instead.").format(
            old=display_name(attachment.file_name), new=display_name(path.name))
        confirm(self, text, lambda: self.replace(attachment.id, path))

    def replace(self, attachment_id: str, path: Path) -> None:
        if self._context is None:
            return
        store = self._context.session.attachments

        def work(progress: Progress) -> Changed[Attachment]:
            return store.replace(attachment_id, path, progress=reporter(progress),
                                 cancel=lambda: progress.cancelled, checkpoint=progress.check)

        self._context.runner.change(self, work, lambda new: self._select(new.id), self._change_failed,
                                    bus=self._context.changes, label=self.tr("Replacing the attachment…"))

    def _change_failed(self, exc: BaseException, details: str) -> None:
        """Nothing was changed (the unit wrote nothing): say why, there is nothing to reload."""
        if self._context is not None and not isinstance(exc, Cancelled):
            show_error(self.window(), exc, details)

    # --- clearing and language ----------------------------------------------------------------

    def clear(self) -> None:
        self._preview_seq += 1
        self._image = None
        self.preview.clear()
        self.photo_warning.clear()
        self.model.set_rows([])
        self.sha256.clear()
        self.description.clear()
        self._context = None

    def _retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Attachments"))
        self.table.setToolTip(plain_tooltip(self.tr("Drop files here to add them")))
        self.add_button.setText(self.tr("&Add…"))
        self.save_button.setText(self.tr("&Save a copy…"))
        self.replace_button.setText(self.tr("Re&place…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.save_action.setText(self.tr("Save a copy…"))
        self.replace_action.setText(self.tr("Replace…"))
        self.remove_action.setText(self.tr("Remove…"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(plain_tooltip(self.tr("Copy the SHA-256 (cleared from the clipboard after a while)")))
        self.preview.setAccessibleName(self.tr("Preview"))
        self._labels["sha256"].setText(self.tr("SHA-256:"))
        self._labels["sensitivity"].setText(self.tr("Se&nsitivity:"))
        self._labels["description"].setText(self.tr("&Description:"))
        self.sha256.setAccessibleName(self.tr("SHA-256 of the file"))
        for i, value in enumerate(SENSITIVITIES):
            self.sensitivity.setItemText(i, fmt.sensitivity_word(value))
        self.model.retranslate()
