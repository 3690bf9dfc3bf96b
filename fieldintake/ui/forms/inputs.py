"""One input widget per template field type, looked up in a registry keyed by the type.

Every input holds what the caseworker typed, not the stored form: ``value()``
returns the raw answer that ``validate_answers`` reads (an unreadable date
stays the string as typed, so it can be flagged and never lost), and
``set_value()`` takes a stored answer. ``changed`` fires on every edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.templates import Field, countries, languages
from fieldintake.app.templates.answers import InvalidValue, clean_value
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.wheel import guard_wheel

DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S")


def muted(label: QLabel) -> QLabel:
    """Secondary text in the palette's placeholder colour: readable in light and dark themes."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class FieldInput(QWidget):
    """Base of every input: ``value()``, ``set_value()``, ``changed``, ``clear()``, ``retranslate(lang)``."""

    changed = Signal()

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.set_value(None)

    def retranslate(self, lang: str) -> None:
        """Option texts in the UI language; the answer stays."""
        self.lang = lang

    def focus_target(self) -> QWidget:
        return self

    def set_accessible_name(self, name: str) -> None:
        self.focus_target().setAccessibleName(name)


class TextInput(FieldInput):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit = QLineEdit(self)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class _GrowingTextEdit(QPlainTextEdit):
    """Grows with its text (wrapped lines counted) between a few lines and about fifteen, then scrolls."""

    MIN_LINES, MAX_LINES = 3, 15

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self.updateGeometry)

    def _content_height(self) -> float:
        total, block = 0.0, self.document().firstBlock()
        while block.isValid():
            total += self.blockBoundingRect(block).height()
            block = block.next()
        return total

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).lineSpacing()
        height = min(max(self._content_height() + line, line * self.MIN_LINES), line * self.MAX_LINES)  # one spare line
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        return QSize(super().sizeHint().width(), int(height + margins + 2 * self.document().documentMargin()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # wrapping changed with the width


class LongTextInput(FieldInput):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit = _GrowingTextEdit(self)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class DateInput(TextInput):
    """ISO dates typed as text: an empty field is "not answered", and partial dates fit."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit.setMaxLength(10)
        self.edit.setMaximumWidth(QFontMetrics(self.edit.font()).horizontalAdvance("0000-00-00__") + 24)
        self._layout.addStretch(1)
        self.retranslate(lang)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        if self.field.partial:
            self.edit.setPlaceholderText(QCoreApplication.translate("forms", "YYYY-MM-DD, YYYY-MM or YYYY"))
            self.edit.setMaximumWidth(16777215)
        else:
            self.edit.setPlaceholderText(QCoreApplication.translate("forms", "YYYY-MM-DD"))


def utc_to_local_text(stored: str) -> str:
    """``2026-11-20T09:30:00Z`` shown as local wall-clock time ``2026-11-20 14:30``."""
    moment = datetime.fromisoformat(stored.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def local_text_to_answer(text: str) -> str:
    """Local wall-clock time as an ISO string with this machine's offset; unreadable text stays as typed."""
    for form in DATETIME_FORMATS:
        try:
            naive = datetime.strptime(text, form)
        except ValueError:
            continue
        return naive.astimezone().isoformat()  # a naive time is read as local time
    return text


class DateTimeInput(TextInput):
    """Local time in, UTC stored: the caseworker types the time on the wall clock."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit.setMaximumWidth(QFontMetrics(self.edit.font()).horizontalAdvance("0000-00-00 00:00__") + 24)
        self.zone = muted(PlainLabel(self))
        self._layout.addWidget(self.zone)
        self._layout.addStretch(1)
        self.retranslate(lang)

    def value(self) -> Any:
        text = " ".join(self.edit.text().split())
        return local_text_to_answer(text) if text else None

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and value:
            try:
                self.edit.setText(utc_to_local_text(value))
                return
            except ValueError:
                pass
        super().set_value(value)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.edit.setPlaceholderText(QCoreApplication.translate("forms", "YYYY-MM-DD HH:MM"))
        offset = datetime.now().astimezone().strftime("%z")
        self.zone.setText(QCoreApplication.translate("forms", "local time (UTC{offset})").format(offset=f"{offset[:3]}:{offset[3:]}"))


class NumberInput(TextInput):
    def value(self) -> Any:
        text = self.edit.text().strip().replace(",", ".").replace(" ", "")
        if not text:
            return None
        for kind in (int, float):
            try:
                return kind(text)
            except ValueError:
                continue
        return self.edit.text()


class _Combo(FieldInput):
    """A combo whose first entry is "not answered"; subclasses fill ``choices()``."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        guard_wheel(self.combo)
        self.combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self._fill()

    def choices(self) -> list[tuple[str, Any]]:
        raise NotImplementedError

    def _fill(self) -> None:
        current = self.combo.currentData() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("forms", "— not answered —"), None)
        for text, data in self.choices():
            self.combo.addItem(text, data)
        self.combo.setCurrentIndex(max(0, self._index_of(current)))
        self.combo.blockSignals(False)

    def _index_of(self, data: Any) -> int:
        if data is None:
            return 0
        for i in range(1, self.combo.count()):
            if self.combo.itemData(i) == data and type(self.combo.itemData(i)) is type(data):
                return i
        return -1

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self._index_of(value)
        self.combo.setCurrentIndex(index if index >= 0 else 0)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self._fill()

    def focus_target(self) -> QWidget:
        return self.combo


class YesNoInput(_Combo):
    """Three states: not answered, yes, no. Never "no" by default."""

    def choices(self) -> list[tuple[str, Any]]:
        return [(QCoreApplication.translate("forms", "Yes"), True), (QCoreApplication.translate("forms", "No"), False)]


class SingleChoiceInput(_Combo):
    def choices(self) -> list[tuple[str, Any]]:
        return [(o.label.get(self.lang), o.id) for o in self.field.options]


class MultiChoiceInput(FieldInput):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for option in field.options:
            box = QCheckBox(option.label.get(lang), self)
            box.toggled.connect(lambda *_: self.changed.emit())
            self.boxes[option.id] = box
            column.addWidget(box)
        self._layout.addLayout(column)
        self._layout.addStretch(1)

    def value(self) -> Any:
        return [oid for oid, box in self.boxes.items() if box.isChecked()] or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for oid, box in self.boxes.items():
            box.setChecked(oid in chosen)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        for option in self.field.options:
            self.boxes[option.id].setText(option.label.get(lang))

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


def _code_list(field: Field) -> Callable[[str], list[tuple[str, str]]]:
    return countries if field.type == "country" else languages


class _SearchCombo(QComboBox):
    """An editable combo that finds names by any part as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        guard_wheel(self)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def fill(self, items: list[tuple[str, str]]) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for code, name in items:
            self.addItem(name, code)
        self.blockSignals(False)

    def code(self) -> Any:
        """The chosen code; typed text that names nothing comes back as typed."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return self.itemData(index)
        return text

    def set_code(self, code: Any) -> None:
        if code is None or code == "":
            self.setCurrentIndex(0)
            self.setEditText("")
            return
        index = self.findData(code)
        if index < 0 and isinstance(code, str):
            index = self.findData(code.upper()) if len(code) == 2 else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(str(code))


class CodeInput(FieldInput):
    """A country or a language: names in the UI language, ISO codes stored."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.combo = _SearchCombo(self)
        self.combo.fill(_code_list(field)(lang))
        self.combo.setMinimumContentsLength(24)
        self.combo.currentTextChanged.connect(lambda *_: self.changed.emit())
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.code()

    def set_value(self, value: Any) -> None:
        self.combo.set_code(value)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.fill(_code_list(self.field)(lang))
        self.combo.set_code(current)
        self.combo.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.combo


class MultiCodeInput(FieldInput):
    """Several countries or languages: pick one by name and add it; chosen ones show as chips."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.picker = _SearchCombo(self)
        self.picker.setMinimumContentsLength(20)
        self.picker.fill(_code_list(field)(lang))
        self.add_button = QPushButton(self)
        self.chips = QListWidget(self)
        self.chips.setFlow(QListWidget.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setSpacing(3)
        self.chips.setMaximumHeight(QFontMetrics(self.font()).lineSpacing() * 3)
        self.chips.installEventFilter(self)
        self.remove_button = QPushButton(self)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.add_button)
        chips_row = QHBoxLayout()
        chips_row.addWidget(self.chips, 1)
        chips_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addLayout(picker_row)
        column.addLayout(chips_row)
        self._layout.addLayout(column, 1)
        self.add_button.clicked.connect(self._add_picked)
        self.picker.lineEdit().returnPressed.connect(self._add_picked)
        self.remove_button.clicked.connect(self._remove_selected)
        self._codes: list[Any] = []
        self.setFocusProxy(self.picker)
        self.retranslate(lang)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chips and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._remove_selected()
                return True
        return super().eventFilter(watched, event)

    def add(self, code: Any) -> None:
        if code is None or code in self._codes:
            return
        self._codes.append(code)
        self._show_chips()
        self.changed.emit()

    def _add_picked(self) -> None:
        self.add(self.picker.code())
        self.picker.set_code(None)

    def _remove_selected(self) -> None:
        row = self.chips.currentRow()
        if 0 <= row < len(self._codes):
            del self._codes[row]
            self._show_chips()
            self.changed.emit()

    def _name(self, code: Any) -> str:
        index = self.picker.findData(code)
        return self.picker.itemText(index) if index > 0 else str(code)

    def _show_chips(self) -> None:
        self.chips.clear()
        for code in self._codes:
            QListWidgetItem(self._name(code), self.chips)
        self.remove_button.setEnabled(bool(self._codes))

    def value(self) -> Any:
        return list(self._codes) or None

    def set_value(self, value: Any) -> None:
        items = [value] if isinstance(value, str) else list(value or [])
        self._codes = list(dict.fromkeys(items))
        self._show_chips()
        self.changed.emit()

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.picker.fill(_code_list(self.field)(lang))
        self.add_button.setText(QCoreApplication.translate("forms", "Add"))
        self.remove_button.setText(QCoreApplication.translate("forms", "Remove"))
        self.chips.setAccessibleName(QCoreApplication.translate("forms", "Chosen; Delete removes the selected one"))
        self._show_chips()

    def focus_target(self) -> QWidget:
        return self.picker


class PhoneInput(TextInput):
    """Typed as the client says it; the E.164 form it will be stored as shows beside it."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit.setMaximumWidth(QFontMetrics(self.edit.font()).horizontalAdvance("+7 701 555 01 23 0000") + 24)
        self.normalised = muted(PlainLabel(self))
        self._layout.addWidget(self.normalised)
        self._layout.addStretch(1)
        self.edit.textChanged.connect(self._show_normalised)

    def _show_normalised(self) -> None:
        text = self.edit.text().strip()
        shown = ""
        if text:
            try:
                stored, warning = clean_value(self.field, text)
            except InvalidValue:
                stored, warning = "", "x"
            if warning is None and stored != text:
                shown = f"→ {stored}"
        self.normalised.setText(shown)


INPUTS: dict[str, type[FieldInput]] = {
    "text": TextInput,
    "long_text": LongTextInput,
    "date": DateInput,
    "datetime": DateTimeInput,
    "number": NumberInput,
    "yes_no": YesNoInput,
    "single_choice": SingleChoiceInput,
    "multi_choice": MultiChoiceInput,
    "country": CodeInput,
    "language": CodeInput,
    "phone": PhoneInput,
}


def make_input(field: Field, lang: str, parent: QWidget | None = None) -> FieldInput:
    """The input for a non-repeat field; a ``multiple`` country or language gets the chips list."""
    if field.type in ("country", "language") and field.multiple:
        return MultiCodeInput(field, lang, parent)
    return INPUTS[field.type](field, lang, parent)

