"""The deadline dialog: kind, title, due date (and, if it has one, the local time), notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.model import Deadline
from fieldintake.app.templates.model import DEADLINE_KINDS
from fieldintake.ui import format as fmt
from fieldintake.ui.wheel import guard_wheels_under


def due_value(day: QDate, time: QTime | None) -> str:
    """A date, or the local date and time as UTC (how the store keeps date-times)."""
    if time is None:
        return day.toString("yyyy-MM-dd")
    moment = QDateTime(day, time).toUTC()
    return moment.toString("yyyy-MM-ddTHH:mm:ss") + "Z"


class DeadlineDialog(QDialog):
    """Emits ``submitted(fields)``: kind, title, due, notes."""

    submitted = Signal(object)

    def __init__(self, deadline: Deadline | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Deadline") if deadline is None else self.tr("Edit deadline"))
        self.kind = QComboBox(self)
        for kind in DEADLINE_KINDS:
            self.kind.addItem(fmt.kind_word(kind), kind)
        self.title = QLineEdit(self)
        self.day = QDateEdit(self)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate.currentDate().addDays(7))
        self.has_time = QCheckBox(self.tr("at"), self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(10, 0))
        # The time box stays editable: typing a time into it means "at that time" (the box ticks itself).
        self.time.timeChanged.connect(lambda _t: self.has_time.setChecked(True))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        due = QHBoxLayout()
        due.addWidget(self.day, 1)
        due.addWidget(self.has_time)
        due.addWidget(self.time)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Due:"), due)
        due_label = form.labelForField(due)
        if isinstance(due_label, QLabel):
            due_label.setBuddy(self.day)  # a row of a layout gets no buddy: its "&" would show as typed
        form.addRow(self.tr("&Notes:"), self.notes)
        self.title.setAccessibleName(self.tr("Deadline title"))
        self.day.setAccessibleName(self.tr("Due date"))
        self.time.setAccessibleName(self.tr("Due time, local"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        guard_wheels_under(self)  # a passing wheel never changes the kind, the day or the time
        layout.addWidget(self.buttons)
        if deadline is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(deadline.kind)))
            self.title.setText(deadline.title)
            self.notes.setPlainText(deadline.notes)
            moment = fmt.parse_moment(deadline.due)
            if moment is not None and len(deadline.due) == 10:
                self.day.setDate(QDate.fromString(deadline.due, "yyyy-MM-dd"))
            elif moment is not None:
                local = QDateTime.fromString(deadline.due.replace("Z", ""), "yyyy-MM-ddTHH:mm:ss")
                local.setTimeZone(QTimeZone.utc())
                local = local.toLocalTime()
                self.day.setDate(local.date())
                self.time.setTime(local.time())
                self.has_time.setChecked(True)
        self._update()

    def fields(self) -> dict[str, Any]:
        time = self.time.time() if self.has_time.isChecked() else None
        return {
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "due": due_value(self.day.date(), time),
            "notes": self.notes.toPlainText(),
        }

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))

    def _accept(self) -> None:
        fields = self.fields()
        self.accept()
        self.submitted.emit(fields)
