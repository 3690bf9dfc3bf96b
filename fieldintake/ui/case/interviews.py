"""The Interviews tab: the case's interviews, a new one from a template, and the editor area.

The editor is pluggable (``InterviewEditorFactory`` in ``caseview``): the
interview form is built elsewhere and slots in here; until then, and for a
complete interview, a read-only list of the answered fields is shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QScrollArea,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import formdata
from fieldintake.app.model import Case, Interview
from fieldintake.app.unitofwork import Changes
from fieldintake.errors import FieldintakeError
from fieldintake.ui import format as fmt
from fieldintake.ui.widgets.common import make_table, select_first
from fieldintake.ui.widgets.table import Column, RowsModel, row_at, sorting_proxy
from fieldintake.ui.dialogs import error_text, show_error
from fieldintake.ui.pages import PageContext
from fieldintake.ui.widgets import InlineMessage
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.wheel import guard_wheel
from fieldintake.ui.retranslate import Retranslating


def answer_text(value: Any) -> str:
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@dataclass(frozen=True)
class Answer:
    label: str
    value: str


class InterviewSummary(QWidget):
    """The default editor: every answered field with its label, read-only."""

    def __init__(self, context: PageContext, interview_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowsModel[Answer] = RowsModel([
            Column(lambda: self.tr("Question"), lambda a: a.label),
            Column(lambda: self.tr("Answer"), lambda a: a.value, tooltip=lambda a: a.value),
        ], self)
        self.table = make_table(self, sortable=False)
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 260)
        self.table.setAccessibleName(self.tr("Answers"))
        self.note = PlainLabel(self.tr("The interview form is not available here yet: the answers are read-only."), self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        language = context.current_language()
        cases, templates = context.session.cases, context.session.templates
        interview = cases.interview(interview_id)
        template = templates.get(interview.template_id, interview.template_version)
        groups = {f.id: f for f in template.fields if f.type == "repeat"}
        rows = []
        for path, field, value in formdata.walk(template, interview.answers):
            label = field.label.get(language)
            top = path.split("[", 1)[0]
            if top in groups and "[" in path:
                number = int(path.split("[", 1)[1].split("]", 1)[0]) + 1
                label = f"{groups[top].label.get(language)} {number} › {label}"
            rows.append(Answer(label, answer_text(value)))
        self.model.set_rows(rows)

    def clear(self) -> None:
        self.model.set_rows([])


def summary_editor(context: PageContext, interview_id: str, parent: QWidget) -> QWidget:
    return InterviewSummary(context, interview_id, parent)


#: Below this width the tab folds the list of interviews away: the form needs the room (issue 16).
COLLAPSE_BELOW_PX = 1000


class InterviewsTab(Retranslating, QWidget):
    def __init__(self, context: PageContext, case_id: str,
                 editor_factory: Callable[[PageContext, str, QWidget], QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        self._factory = editor_factory
        self.editor: QWidget | None = None
        self._editor_for: str | None = None
        self.model: RowsModel[Interview] = RowsModel([
            Column(lambda: self.tr("Interview"), self._template_title),
            Column(lambda: self.tr("Status"), lambda i: fmt.status_word(i.status)),
            Column(lambda: self.tr("Updated"), lambda i: fmt.local_time(i.updated_at), sort=lambda i: i.updated_at),
        ], self)
        self.table = make_table(self)
        self.table.setModel(sorting_proxy(self.model, self))
        self.table.setColumnWidth(0, 300)
        self.template = QComboBox(self)
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(12)  # a long template title does not widen the list
        for template in context.session.templates.all():
            self.template.addItem(template.title.get(context.current_language()), template.id)
        guard_wheel(self.template)
        self.new_button = QPushButton(self)
        self.complete_button = QPushButton(self)
        self.message = InlineMessage(self)
        self.editor_area = QWidget(self)
        self._editor_layout = QVBoxLayout(self.editor_area)
        self._editor_layout.setContentsMargins(0, 0, 0, 0)
        left = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.new_button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.complete_button)
        left_layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.editor_area)
        split.setStretchFactor(1, 2)
        split.setCollapsible(0, True)
        split.setCollapsible(1, False)
        split.setSizes([280, 1000])
        self.split = split
        self._collapsed = False  # the list folded away for lack of room (not by the user)
        context.layout.remember_splitter("interviews", split)
        self._layout = context.layout
        self.list_toggle = QToolButton(self)  # folds the list away by hand, and brings it back
        self.list_toggle.setCheckable(True)
        self.list_toggle.setChecked(True)
        self.list_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.list_toggle.toggled.connect(self._show_list)
        split.splitterMoved.connect(lambda _pos, _index: self._list_moved())
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.list_toggle)
        toggle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(toggle_row)
        layout.addWidget(split)
        self.new_button.clicked.connect(self.new_interview)
        self.complete_button.clicked.connect(self.mark_complete)
        self.table.selectionModel().currentChanged.connect(lambda current, _p: self._selected(current))
        self.table.activated.connect(lambda _i: self.editor.setFocus() if self.editor else None)
        self.setFocusProxy(self.table)
        context.changes.changed.connect(self._on_changes)
        self._retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Fold the list away when the form would be too narrow, bring it back when there is room."""
        super().resizeEvent(event)
        short = self.width() < COLLAPSE_BELOW_PX
        if short and not self._collapsed and self.list_toggle.isChecked():
            self._collapsed = True
            self._set_toggle(False)
            self.split.setSizes([0, self.split.width()])
        elif not short and self._collapsed:
            self._collapsed = False
            self._set_toggle(True)
            self._unfold()

    def _set_toggle(self, shown: bool) -> None:
        self.list_toggle.blockSignals(True)
        self.list_toggle.setChecked(shown)
        self.list_toggle.blockSignals(False)
        self._retranslate_toggle()

    def _show_list(self, shown: bool) -> None:
        """The button: the list folded away or back, whatever the width (the user's choice)."""
        self._collapsed = False
        if shown:
            self._unfold()
        else:
            self.split.setSizes([0, self.split.width()])
        self._retranslate_toggle()

    def _unfold(self) -> None:
        left, right = self._layout.splitters.get("interviews", [280, 1000])[:2]
        self.split.setSizes([max(left, 160), right])

    def _list_moved(self) -> None:
        shown = self.split.sizes()[0] > 0
        if shown != self.list_toggle.isChecked():
            self._set_toggle(shown)

    def _retranslate_toggle(self) -> None:
        shown = self.list_toggle.isChecked()
        self.list_toggle.setArrowType(Qt.ArrowType.LeftArrow if shown else Qt.ArrowType.RightArrow)
        self.list_toggle.setText(self.tr("Hide the list") if shown else self.tr("Show the list of interviews"))

    def _template_title(self, interview: Interview) -> str:
        if self._context is None:
            return ""
        try:
            template = self._context.session.templates.get(interview.template_id, interview.template_version)
        except FieldintakeError:
            return interview.template_id
        return f"{template.title.get(self._context.current_language())} (v{interview.template_version})"

    def flush(self) -> None:
        """Save what the form holds (the view calls this when another tab comes to the front)."""
        flush = getattr(self.editor, "flush", None)
        if callable(flush):
            flush()

    def show_case(self, case: Case) -> None:
        current = self._editor_for
        self._set_editor(None)  # a fresh editor: another tab (the narrative) may have changed the answers
        self.model.set_rows(case.interviews)
        ids = [i.id for i in case.interviews]
        if current in ids:
            self._select_row(current)
            self._set_editor(current)
        else:
            self._set_editor(None)
            select_first(self.table)
        self.complete_button.setEnabled(bool(ids))

    def shown_interview(self) -> str | None:
        return self._editor_for

    def field_widget(self, field_id: str) -> QWidget | None:
        """The input of that field in the open editor, scrolled into view (for the return after a lock)."""
        rows = getattr(self.editor, "rows", None)
        row = rows.get(field_id) if isinstance(rows, dict) else None
        if row is None:
            return None
        scroll = getattr(self.editor, "scroll", None)
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(row)
        target = row.input.focus_target()
        return target if isinstance(target, QWidget) else None

    def show_interview(self, interview_id: str) -> None:
        """Select that interview and open its editor."""
        self._select_row(interview_id)

    def _select_row(self, interview_id: str | None) -> None:
        proxy = self.table.model()
        for r in range(proxy.rowCount()):
            if row_at(proxy.index(r, 0)).id == interview_id:
                self.table.setCurrentIndex(proxy.index(r, 0))
                return

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        """Refresh from a unit of work's changes to this case's interviews.

        The editor's own autosave updates the list only (the caseworker is typing in it); any other
        change, shown now, builds the editor afresh. A hidden tab is loaded when it comes to the front.
        """
        if self._context is None or not changes.touches(self.case_id, "interviews"):
            return
        if initiator is not self and not self.isVisible():
            return
        try:
            case = self._context.session.cases.get(self.case_id)
        except FieldintakeError as exc:
            show_error(self.window(), exc)
            return
        if initiator is self.editor and self.editor is not None:
            self.model.set_rows(case.interviews)
            self._select_row(self._editor_for)
        else:
            self.show_case(case)

    def _selected(self, index: QModelIndex) -> None:
        interview = row_at(index)
        self.message.clear()
        if isinstance(interview, Interview) and interview.id != self._editor_for:
            self._set_editor(interview.id)

    def _set_editor(self, interview_id: str | None) -> None:
        if self.editor is not None:
            clear = getattr(self.editor, "clear", None)
            if callable(clear):
                clear()
            self._editor_layout.removeWidget(self.editor)
            self.editor.hide()
            self.editor.deleteLater()
            self.editor = None
        self._editor_for = interview_id
        if interview_id is None or self._context is None:
            return
        try:
            self.editor = self._factory(self._context, interview_id, self.editor_area)
        except FieldintakeError as exc:
            show_error(self.window(), exc)
            return
        self._editor_layout.addWidget(self.editor)

    def new_interview(self) -> None:
        if self._context is None or self.template.currentData() is None:
            return
        context, case_id, template_id = self._context, self.case_id, self.template.currentData()
        try:
            result = context.session.change("interview.added", case_id).run(
                lambda cases: cases.add_interview(case_id, template_id))
        except FieldintakeError as exc:
            show_error(self.window(), exc)
            return
        self._editor_for = result.value.id  # the refresh from the changes opens the new one
        context.changes.publish(result.changes, self)

    def mark_complete(self) -> None:
        interview = row_at(self.table.currentIndex())
        if not isinstance(interview, Interview) or self._context is None:
            return
        context = self._context
        try:
            context.changes.apply(context.session.change("interview.status", self.case_id),
                                  lambda cases: cases.set_interview_status(interview.id, "complete"), self)
        except FieldintakeError as exc:
            self.message.show_message(error_text(exc))
            return
        self.message.clear()

    def clear(self) -> None:
        self._set_editor(None)
        self.model.set_rows([])
        self.message.clear()
        if self._context is not None:
            self._context.changes.changed.disconnect(self._on_changes)
        self._context = None

    def _retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Interviews"))
        self.template.setAccessibleName(self.tr("Template for a new interview"))
        self.new_button.setText(self.tr("&New interview"))
        self.complete_button.setText(self.tr("Mark &complete"))
        self.editor_area.setAccessibleName(self.tr("Interview"))
        self._retranslate_toggle()
        self.model.retranslate()
