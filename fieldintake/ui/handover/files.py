"""Choosing files without the desktop's recent-files list, and writing bytes out atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldintake.fsutil import atomic_writer


def _dialog(parent: QWidget, title: str, name_filter: str, directory: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # native dialogs remember recent files
    if name_filter:
        dialog.setNameFilter(name_filter)
    if directory:
        dialog.setDirectory(directory)
    return dialog


def choose_save_path(parent: QWidget, title: str, suggested: str, name_filter: str,
                     on_chosen: Callable[[Path], None], suffix: str = "") -> QFileDialog:
    """Ask where to save, with ``open()`` (no nested loop: a lock can close it)."""
    dialog = _dialog(parent, title, name_filter, "")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suffix:
        dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)) if chosen else None)
    dialog.open()
    return dialog


def choose_open_path(parent: QWidget, title: str, name_filter: str, on_chosen: Callable[[Path], None],
                     directory: str = "") -> QFileDialog:
    dialog = _dialog(parent, title, name_filter, directory)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)) if chosen else None)
    dialog.open()
    return dialog


def write_bytes(path: Path, data: bytes) -> Path:
    """The whole file or nothing: a cancelled or failed write leaves no partial PDF."""
    with atomic_writer(Path(path)) as out:
        out.write(data)
    return Path(path)
