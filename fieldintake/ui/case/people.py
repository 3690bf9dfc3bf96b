"""The person dialog: role, names in both scripts, aliases, relation, date of birth, notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
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
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.model import PERSON_ROLES, Person
from fieldintake.ui import format as fmt
from fieldintake.ui.wheel import guard_wheels_under


class PersonDialog(QDialog):
    """Emits ``submitted(role, fields)`` with the keyword arguments of ``CaseStore.add_person``."""

    submitted = Signal(str, object)

    def __init__(self, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Person") if person is None else self.tr("Edit person"))
        self.role = QComboBox(self)
        for role in PERSON_ROLES:
            self.role.addItem(fmt.role_word(role), role)
        self.name = QLineEdit(self)
        self.name_latin = QLineEdit(self)
        self.aliases = QPlainTextEdit(self)
        self.aliases.setTabChangesFocus(True)
        self.aliases.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.relation = QLineEdit(self)
        self.has_birth_date = QCheckBox(self.tr("known"), self)
        self.birth_date = QDateEdit(self)
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDate(QDate(1990, 1, 1))
        self.has_birth_date.toggled.connect(self.birth_date.setEnabled)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        birth = QHBoxLayout()
        birth.addWidget(self.has_birth_date)
        birth.addWidget(self.birth_date, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Name (native script):"), self.name)
        form.addRow(self.tr("Name in &Latin letters:"), self.name_latin)
        form.addRow(self.tr("&Aliases (one per line):"), self.aliases)
        form.addRow(self.tr("R&elation:"), self.relation)
        form.addRow(self.tr("&Date of birth:"), birth)
        birth_label = form.labelForField(birth)
        if isinstance(birth_label, QLabel):
            birth_label.setBuddy(self.has_birth_date)  # a row of a layout gets no buddy: its "&" would show as typed
        form.addRow(self.tr("N&otes:"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update)
        self.name_latin.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        guard_wheels_under(self)  # a passing wheel never changes the role or the date of birth
        layout.addWidget(self.buttons)
        self.name.setAccessibleName(self.tr("Name in native script"))
        self.name_latin.setAccessibleName(self.tr("Name in Latin letters"))
        self.aliases.setAccessibleName(self.tr("Aliases, one per line"))
        self.birth_date.setAccessibleName(self.tr("Date of birth"))
        if person is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
            self.name.setText(person.name)
            self.name_latin.setText(person.name_latin)
            self.aliases.setPlainText("\n".join(person.aliases))
            self.relation.setText(person.relation)
            self.notes.setPlainText(person.notes)
            if person.birth_date and len(person.birth_date) == 10:
                self.birth_date.setDate(QDate.fromString(person.birth_date, "yyyy-MM-dd"))
        self.has_birth_date.setChecked(bool(person and person.birth_date))
        self.birth_date.setEnabled(self.has_birth_date.isChecked())
        self._update()

    def fields(self) -> dict[str, Any]:
        aliases = [line.strip() for line in self.aliases.toPlainText().splitlines() if line.strip()]
        birth = self.birth_date.date().toString("yyyy-MM-dd") if self.has_birth_date.isChecked() else None
        return {
            "name": self.name.text().strip() or self.name_latin.text().strip(),
            "name_latin": self.name_latin.text().strip(),
            "aliases": aliases,
            "relation": self.relation.text().strip(),
            "birth_date": birth,
            "notes": self.notes.toPlainText(),
        }

    def _update(self) -> None:
        ok = bool(self.name.text().strip() or self.name_latin.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _accept(self) -> None:
        role, fields = self.role.currentData(), self.fields()
        self.accept()
        self.submitted.emit(role, fields)
