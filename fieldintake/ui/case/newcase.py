"""The New case dialog: a title, the urgency, and an interview to start with (on by default)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.model import URGENCIES
from fieldintake.app.templates import Template
from fieldintake.ui import format as fmt


@dataclass(frozen=True)
class NewCaseRequest:
    title: str
    urgency: str
    template_id: str | None


class NewCaseDialog(QDialog):
    requested = Signal(object)  # NewCaseRequest

    def __init__(self, templates: Sequence[Template], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("New case"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Case title"))
        self.urgency = QComboBox(self)
        self.urgency.setAccessibleName(self.tr("Urgency"))
        for urgency in URGENCIES:
            self.urgency.addItem(fmt.dot_icon(fmt.urgency_colour(urgency)), fmt.urgency_word(urgency), urgency)
        self.urgency.setCurrentIndex(URGENCIES.index("normal"))
        self.start_interview = QCheckBox(self.tr("&Start an interview with:"), self)
        self.start_interview.setChecked(bool(templates))
        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Interview template"))
        for template in templates:
            self.template.addItem(template.title.get(language), template.id)
        self.start_interview.toggled.connect(self.template.setEnabled)
        self.template.setEnabled(self.start_interview.isChecked())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Urgency:"), self.urgency)
        form.addRow(self.start_interview, self.template)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))

    def _accept(self) -> None:
        if not self.title.text().strip():
            return
        template = self.template.currentData() if self.start_interview.isChecked() else None
        request = NewCaseRequest(self.title.text().strip(), self.urgency.currentData(), template)
        self.accept()
        self.requested.emit(request)
