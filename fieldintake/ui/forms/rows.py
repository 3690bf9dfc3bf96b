"""A labelled field on the form (label, marks, input, help, message) and the repeat group of rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.templates import Field, Problem, is_visible
from fieldintake.ui.forms.inputs import FieldInput, make_input, muted
from fieldintake.ui.icons import icon
from fieldintake.ui.plaintext import PlainLabel, plain_tooltip

LABEL_WIDTH = 230
SUB_LABEL_WIDTH = 170


def problem_text(field: Field, problem: Problem) -> str:
    """A caseworker's wording for one finding, in the UI language; the app's text otherwise."""
    if problem.code == "required":
        if field.type == "repeat":
            return QCoreApplication.translate("forms", "Add at least one entry.")
        return QCoreApplication.translate("forms", "This answer is required.")
    if problem.code == "phone":
        return QCoreApplication.translate("forms", "Not recognised as a phone number; it is kept as typed.")
    if problem.code == "year":
        return QCoreApplication.translate("forms", "Check the year.")
    if problem.code == "invalid":
        if field.type == "date":
            if field.partial:
                return QCoreApplication.translate("forms", "Not a date: write YYYY-MM-DD, or YYYY-MM or YYYY if the day is not known.")
            return QCoreApplication.translate("forms", "Not a date: write it as YYYY-MM-DD, e.g. 2026-02-28.")
        if field.type == "datetime":
            return QCoreApplication.translate("forms", "Not a date and time: write it as YYYY-MM-DD HH:MM, in local time.")
        if field.type == "number":
            return QCoreApplication.translate("forms", "Not a number.")
        if field.type == "country":
            return QCoreApplication.translate("forms", "Choose a country from the list.")
        if field.type == "language":
            return QCoreApplication.translate("forms", "Choose a language from the list.")
    return problem.message


def _error_colour(palette: QPalette) -> QColor:
    """Red that reads on the current background, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


class Message(QWidget):
    """An error (icon, red-ish) or a warning (icon, muted) under an input; text, never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = PlainLabel(self)
        self.label = PlainLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.level = ""
        self.hide()

    def show_problems(self, errors: list[str], warnings: list[str]) -> None:
        if not errors and not warnings:
            self.level = ""
            self.label.clear()
            self.hide()
            return
        self.level = "error" if errors else "warning"
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(icon("warning" if errors else "info").pixmap(size, size))
        palette = self.label.palette()
        if errors:
            palette.setColor(QPalette.ColorRole.WindowText, _error_colour(self.palette()))
            self.label.setPalette(palette)
            self.label.setForegroundRole(QPalette.ColorRole.WindowText)
        else:
            self.label.setPalette(self.palette())
            muted(self.label)
        text = " ".join(errors or warnings)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""


class FieldRow(QWidget):
    """One field: its label with the required and sensitivity marks, the input, help and messages."""

    def __init__(self, field: Field, lang: str, label_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.input: FieldInput = RepeatInput(field, lang, self) if field.type == "repeat" else make_input(field, lang, self)
        self.label = PlainLabel(self)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.input.focus_target())
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.mark = muted(PlainLabel(self))
        self.mark.setWordWrap(True)
        font = self.mark.font()
        font.setPointSizeF(font.pointSizeF() * 0.88)
        self.mark.setFont(font)
        self.help = muted(PlainLabel(self))
        self.help.setWordWrap(True)
        self.help.setFont(font)
        self.message = Message(self)
        left = QVBoxLayout()
        left.setSpacing(1)
        left.addWidget(self.label)
        left.addWidget(self.mark)
        left.addStretch(1)
        left_box = QWidget(self)
        left_box.setLayout(left)
        left_box.setFixedWidth(label_width)
        left.setContentsMargins(0, 4, 8, 0)
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.input)
        right.addWidget(self.help)
        right.addWidget(self.message)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 2)
        if field.type == "repeat":
            # A group takes the full width: its label above the rows.
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            self.label.setWordWrap(False)
            self.mark.setWordWrap(False)
            heading = QHBoxLayout()
            heading.addWidget(self.label)
            heading.addWidget(self.mark)
            heading.addStretch(1)
            left_box.hide()
            column.addLayout(heading)
            column.addLayout(right)
            outer.addLayout(column, 1)
        else:
            outer.addWidget(left_box)
            outer.addLayout(right, 1)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        field = self.field
        label = field.label.get(lang)
        self.label.setText(f"{label} *" if field.required else label)
        target = self.input.focus_target()
        self.input.set_accessible_name(label)
        help_text = field.help.get(lang) if field.help else ""
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        target.setToolTip(plain_tooltip(help_text))
        marks = []
        if field.required:
            marks.append(QCoreApplication.translate("forms", "required"))
        if field.sensitivity == "identifying":
            marks.append(QCoreApplication.translate("forms", "identifying: never shared"))
            self.mark.setToolTip(plain_tooltip(QCoreApplication.translate("forms", "Points to a person. Never appears in a redacted summary.")))
        elif field.sensitivity == "sensitive":
            marks.append(QCoreApplication.translate("forms", "sensitive"))
            self.mark.setToolTip(plain_tooltip(QCoreApplication.translate("forms", "Shared only with audiences the client consented to.")))
        else:
            self.mark.setToolTip("")
        self.mark.setText(" · ".join(marks))
        self.mark.setVisible(bool(marks))
        target.setAccessibleDescription(" · ".join([*marks, help_text]).strip(" ·"))
        self.input.retranslate(lang)

    def show_problems(self, errors: list[Problem], warnings: list[Problem]) -> None:
        self.message.show_problems([problem_text(self.field, p) for p in errors],
                                   [problem_text(self.field, p) for p in warnings if p.code != "hidden"])


def _tab_stops(root: QWidget) -> list[QWidget]:
    """The controls Tab stops at inside ``root``, in creation order (a compound control's parts left out)."""
    stops = []
    for widget in root.findChildren(QWidget):
        if widget.focusProxy() is not None or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QScrollBar) or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        if widget.window() is not root.window():  # a completer's popup list is a window of its own
            continue
        stops.append(widget)
    return stops


class RowForm(QFrame):
    """One entry of a repeat group: its sub-fields and a remove button."""

    remove_requested = Signal(object)

    def __init__(self, group: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = muted(PlainLabel(self))
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        self.rows = {sub.id: FieldRow(sub, lang, SUB_LABEL_WIDTH, self) for sub in group.fields}
        for row in self.rows.values():
            layout.addWidget(row)
        self.number = 0

    def focus_chain(self) -> list[QWidget]:
        """What Tab visits in this entry, in order: every sub-field's controls, then "Remove entry"."""
        chain = [w for row in self.rows.values() for w in _tab_stops(row)]
        return [*chain, self.remove_button]

    def set_number(self, number: int) -> None:
        self.number = number
        self.title.setText(QCoreApplication.translate("forms", "Entry {number}").format(number=number))
        self.remove_button.setText(QCoreApplication.translate("forms", "Remove entry {number}").format(number=number))

    def value(self) -> dict[str, Any]:
        return {sid: v for sid, row in self.rows.items() if (v := row.input.value()) is not None}


class RepeatInput(FieldInput):
    """A list of entries, each a compact sub-form; "Add entry" below, "Remove" on each."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        outer = QVBoxLayout()
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.column)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        outer.addLayout(add_line)
        self._layout.addLayout(outer, 1)
        self.entries: list[RowForm] = []
        self.retranslate(lang)

    def add_row(self, focus: bool = False) -> RowForm:
        entry = RowForm(self.field, self.lang, self)
        entry.remove_requested.connect(self.remove_row)
        for row in entry.rows.values():
            row.input.changed.connect(self.changed)
        self.entries.append(entry)
        self.column.addWidget(entry)
        self._renumber()
        self._chain_focus(entry)
        if focus:
            next(iter(entry.rows.values())).input.focus_target().setFocus()
        self.changed.emit()
        return entry

    def remove_row(self, entry: RowForm) -> None:
        index = self.entries.index(entry)
        self.entries.pop(index)
        self.column.removeWidget(entry)
        entry.hide()
        entry.deleteLater()
        self._renumber()
        target = self.entries[min(index, len(self.entries) - 1)] if self.entries else None
        (target.remove_button if target else self.add_button).setFocus()
        self.changed.emit()

    def _chain_focus(self, entry: RowForm) -> None:
        """A new entry's controls go into the Tab order just before "Add entry" (Qt would put them at the
        very end of the window, after every other control: Tab left the group for an unseen place)."""
        previous = self.add_button.previousInFocusChain()
        for widget in entry.focus_chain():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.add_button)

    def _renumber(self) -> None:
        for number, entry in enumerate(self.entries, 1):
            entry.set_number(number)

    def value(self) -> Any:
        rows = [entry.value() for entry in self.entries]
        return rows or None

    def set_value(self, value: Any) -> None:
        for entry in list(self.entries):
            self.column.removeWidget(entry)
            entry.hide()
            entry.deleteLater()
        self.entries = []
        for row_value in value or []:
            entry = self.add_row()
            for sid, row in entry.rows.items():
                row.input.set_value(row_value.get(sid) if isinstance(row_value, Mapping) else None)
        self.changed.emit()

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.add_button.setText(QCoreApplication.translate("forms", "Add entry"))
        self.add_button.setAccessibleName(
            QCoreApplication.translate("forms", "Add an entry to {group}").format(group=self.field.label.get(lang)))
        for entry in self.entries:
            entry.set_number(entry.number)
            for row in entry.rows.values():
                row.retranslate(lang)

    def focus_target(self) -> QWidget:
        return self.add_button

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)

    def refresh(self, answers: Mapping[str, Any], problems: Mapping[str, tuple[list[Problem], list[Problem]]]) -> None:
        """Show or hide sub-fields by their row's answers; put each finding next to its sub-field."""
        for index, entry in enumerate(self.entries):
            raw_row = entry.value()
            for sid, row in entry.rows.items():
                row.setVisible(is_visible(row.field, answers, raw_row))
                errors, warnings = problems.get(f"{self.field.id}[{index}].{sid}", ([], []))
                row.show_problems(errors, warnings)
