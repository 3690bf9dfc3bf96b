"""The Conflicts tab: items of the case changed differently in two places, side by side.

Each conflict lists every competing version with who made it and when; the
user keeps one, or edits a value and keeps that. Every value comes from
someone else's bundle, so it is shown as plain text only. The resolution is
an ordinary change of this vault: it travels with the next hand-over and
settles the conflict on the other side too.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import conflicts
from fieldintake.app.model import Case
from fieldintake.errors import FieldintakeError, InvalidInput
from fieldintake.ui import format as fmt
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating

MAX_CHARS = 20_000


def _text(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS] + "…"


class ConflictsTab(Retranslating, QWidget):
    resolved = Signal(str)  # the item settled ("" for an accepted held update)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self._case_id = ""
        self._found: list[conflicts.Conflict] = []
        self.intro = PlainLabel(self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.items = QListWidget(self)
        self.versions = QWidget(self)
        self.grid = QGridLayout(self.versions)
        self.panes: list[QPlainTextEdit] = []
        self.keep_buttons: list[QPushButton] = []
        self.who_labels: list[PlainLabel] = []
        self.edited_label = PlainLabel(self)
        self.edited = QPlainTextEdit(self)
        self.edited_label.setBuddy(self.edited)
        self.use_edited = QPushButton(self)
        # Updates held because they came from someone this case was never exchanged with.
        self.held_label = PlainLabel(self)
        self.held_label.setTextFormat(Qt.TextFormat.PlainText)
        self.held_label.setWordWrap(True)
        self.held_items = QListWidget(self)
        self.held_diff = QPlainTextEdit(self)
        self.held_diff.setReadOnly(True)
        self.accept_held = QPushButton(self)
        self._held: list[Any] = []
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.versions, 3)
        right_layout.addWidget(self.edited_label)
        right_layout.addWidget(self.edited, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.use_edited)
        right_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.items)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        held_row = QHBoxLayout()
        held_row.addWidget(self.held_items, 1)
        held_row.addWidget(self.held_diff, 3)
        accept_row = QHBoxLayout()
        accept_row.addStretch(1)
        accept_row.addWidget(self.accept_held)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 3)
        layout.addWidget(self.held_label)
        layout.addLayout(held_row, 1)
        layout.addLayout(accept_row)
        self.items.currentRowChanged.connect(self._show_conflict)
        self.use_edited.clicked.connect(self._keep_edited)
        self.held_items.currentRowChanged.connect(self._show_held)
        self.accept_held.clicked.connect(self._accept_held)
        self.setFocusProxy(self.items)
        self._retranslate()

    # --- what is shown ------------------------------------------------------------------------

    def show_case(self, case: Case) -> None:
        if self._context is None:
            return
        self._case_id = case.id
        self._found = conflicts.unresolved(self._context.session.cases, case.id)
        self.items.clear()
        for c in self._found:
            item = QListWidgetItem(c.unit)  # QListWidgetItem text is never rich text
            self.items.addItem(item)
        self._held = conflicts.held(self._context.session.cases, case.id)
        self.held_items.clear()
        for h in self._held:
            self.held_items.addItem(QListWidgetItem(self.tr("From {name}, {when}").format(
                name=h.sender_name or h.sender, when=fmt.local_time(h.at))))
        for widget in (self.held_label, self.held_items, self.held_diff, self.accept_held):
            widget.setVisible(bool(self._held))
        self._retranslate()
        if self._found:
            self.items.setCurrentRow(0)
        else:
            self._show_conflict(-1)
        if self._held:
            self.held_items.setCurrentRow(0)

    def _show_held(self, row: int) -> None:
        if self._context is None or not 0 <= row < len(self._held):
            self.held_diff.clear()
            return
        lines = []
        for d in conflicts.held_diff(self._context.session.cases, self._held[row].id):
            here = self.tr("(none)") if d.ours is None else _text(d.ours)
            theirs = self.tr("(none)") if d.theirs is None else _text(d.theirs)
            lines.append(self.tr("{item}\n  here: {here}\n  theirs: {theirs}").format(item=d.unit, here=here,
                                                                                   theirs=theirs))
        self.held_diff.setPlainText("\n".join(lines))

    def _accept_held(self) -> None:
        row = self.held_items.currentRow()
        if self._context is None or not 0 <= row < len(self._held):
            return
        try:
            conflicts.accept_held(self._context.session.cases, self._held[row].id)
        except FieldintakeError as exc:
            show_error(self.window(), exc)
            return
        self.resolved.emit("")

    def _show_conflict(self, row: int) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.panes, self.keep_buttons, self.who_labels = [], [], []
        found = self._found[row] if 0 <= row < len(self._found) else None
        self.edited.setEnabled(found is not None)
        self.use_edited.setEnabled(found is not None)
        if found is None:
            self.edited.clear()
            return
        for n, version in enumerate(found.versions):
            who = PlainLabel(self.versions)
            who.setTextFormat(Qt.TextFormat.PlainText)
            who.setWordWrap(True)
            who.setText(self.tr("Version {n}: {who}, {when}").format(
                n=n + 1, who=version.who or version.by, when=fmt.local_time(version.at)))
            pane = QPlainTextEdit(self.versions)
            pane.setReadOnly(True)
            pane.setPlainText(self.tr("(removed)") if version.value is None else _text(version.value))
            pane.setAccessibleName(self.tr("Version {n}").format(n=n + 1))
            keep = QPushButton(self.tr("Keep version {n}").format(n=n + 1), self.versions)
            keep.clicked.connect(lambda _=False, k=n + 1: self._keep(k))
            self.grid.addWidget(who, 0, n)
            self.grid.addWidget(pane, 1, n)
            self.grid.addWidget(keep, 2, n)
            self.panes.append(pane)
            self.keep_buttons.append(keep)
            self.who_labels.append(who)
        first = found.versions[0].value
        self.edited.setPlainText("" if first is None else _text(first))

    # --- resolving -------------------------------------------------------------------------

    def _current(self) -> conflicts.Conflict | None:
        row = self.items.currentRow()
        return self._found[row] if 0 <= row < len(self._found) else None

    def _keep(self, n: int) -> None:
        found = self._current()
        if found is not None:
            self._resolve(found, keep=n)

    def _keep_edited(self) -> None:
        found = self._current()
        if found is None:
            return
        text = self.edited.toPlainText()
        strings = all(isinstance(v.value, str) or v.value is None for v in found.versions)
        if strings:
            self._resolve(found, value=text)
            return
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            show_error(self.window(), InvalidInput(self.tr("This value is structured: edit it as JSON.")))
            return
        self._resolve(found, value=value)

    def _resolve(self, found: conflicts.Conflict, **how: Any) -> None:
        if self._context is None:
            return
        try:
            conflicts.resolve(self._context.session.cases, self._case_id, found.unit, **how)
        except FieldintakeError as exc:
            show_error(self.window(), exc)
            return
        self.resolved.emit(found.unit)

    def clear(self) -> None:
        self._found = []
        self._held = []
        self.items.clear()
        self.held_items.clear()
        self.held_diff.clear()
        self._show_conflict(-1)
        self._context = None

    def _retranslate(self) -> None:
        if self._found:
            self.intro.setText(self.tr(
                "These items were changed differently here and elsewhere. Until you settle them, the case shows"
                " one version and its PDFs say it has unresolved conflicts. Keep one version, or edit the value"
                " and keep that: your choice travels with the next hand-over."))
        else:
            self.intro.setText(self.tr("No unresolved conflicts."))
        self.items.setAccessibleName(self.tr("Items in conflict"))
        self.edited_label.setText(self.tr("&Edited value:"))
        self.use_edited.setText(self.tr("&Use the edited value"))
        self.held_label.setText(self.tr(
            "Held updates: this case arrived from someone it was never sent to or received from, so their"
            " changes were not applied. Look at what would change; accept only if you trust them with this case"
            " (changes made on both sides then become conflicts)."))
        self.held_items.setAccessibleName(self.tr("Held updates"))
        self.held_diff.setAccessibleName(self.tr("What the held update would change"))
        self.accept_held.setText(self.tr("&Accept this update"))
