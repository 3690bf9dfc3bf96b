"""A PDF shown from memory: QPdfDocument reads a QBuffer over the bytes, never a file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from fieldintake.exports.pdf import RenderedPdf
from fieldintake.ui.widgets import monospace
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


class PdfPreview(Retranslating, QWidget):
    """The rendered file, its page count and SHA-256; ``clear()`` drops the bytes."""

    loaded = Signal(int)  # pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = PlainLabel(self)
        self.sha256 = QLineEdit(self)
        self.sha256.setReadOnly(True)
        self.sha256.setFont(monospace())
        self._pages_label = PlainLabel(self)
        self._sha_label = PlainLabel(self)
        self._sha_label.setBuddy(self.sha256)
        form = QFormLayout()
        form.addRow(self._pages_label, self.pages)
        form.addRow(self._sha_label, self.sha256)
        self.warnings = PlainLabel(self)  # fields with characters no font can draw: never silent boxes
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setVisible(False)
        form.addRow(self.warnings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        self.rendered: RenderedPdf | None = None
        self._data: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self.document.statusChanged.connect(self._status)
        self._retranslate()

    def show_pdf(self, rendered: RenderedPdf) -> None:
        self.clear()
        self.rendered = rendered
        self._data = QByteArray(rendered.data)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.pages.setText(str(rendered.pages))
        self.sha256.setText(rendered.sha256)
        self.warnings.setText("\n".join(rendered.warnings))
        self.warnings.setVisible(bool(rendered.warnings))

    def _status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.loaded.emit(self.document.pageCount())

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
        self._buffer = None
        if self._data is not None:
            self._data.fill(0)
        self._data = None
        self.rendered = None
        self.pages.clear()
        self.sha256.clear()
        self.warnings.clear()
        self.warnings.setVisible(False)

    def _retranslate(self) -> None:
        self._pages_label.setText(self.tr("Pages:"))
        self._sha_label.setText(self.tr("SHA-256:"))
        self.view.setAccessibleName(self.tr("Preview of the PDF"))
        self.sha256.setAccessibleName(self.tr("SHA-256 of the PDF"))
        self.sha256.setAlignment(Qt.AlignmentFlag.AlignLeft)
