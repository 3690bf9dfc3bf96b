"""The Timeline tab: every dated thing in a case, in date order, read-only.

What feeds it, all read from the templates (no field id is named here):

- every answered ``date``/``datetime`` field of every interview that is not a
  deadline field: a field on its own is shown with its label (the interview
  date, an arrest date ...); a field inside a repeat row (the ``timeline``
  group, but also any other dated group) is shown with the row's text answers
  (event, place) and its chosen options (source);
- every deadline and hearing of the case (entered or taken from answers).

Partial dates (``2019`` or ``2019-05``) sort before the full dates they contain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldintake.app.deadlinetitles import deadline_title
from fieldintake.app.formdata import TEXT_TYPES
from fieldintake.app.model import Case
from fieldintake.app.templates import Field, Template, Templates
from fieldintake.errors import FieldintakeError
from fieldintake.ui import format as fmt
from fieldintake.ui.widgets.common import make_table
from fieldintake.ui.widgets.table import Column, RowsModel, sorting_proxy
from fieldintake.ui.pages import PageContext
from fieldintake.ui.retranslate import Retranslating

DATE_TYPES = ("date", "datetime")


@dataclass(frozen=True)
class TimelineEvent:
    when: str  # as stored: partial date, date or UTC date-time
    what: str
    detail: str
    source: str


def _choice_labels(field: Field, value: Any, language: str) -> list[str]:
    labels = []
    for option_id in value if isinstance(value, list) else [value]:
        try:
            labels.append(field.option(option_id).label.get(language))
        except KeyError:
            continue
    return labels


def _row_events(group: Field, row: dict[str, Any], source: str, language: str) -> list[TimelineEvent]:
    texts = [str(row[s.id]).strip() for s in group.fields if s.type in TEXT_TYPES and str(row.get(s.id) or "").strip()]
    choices = [label for s in group.fields if s.type in ("single_choice", "multi_choice") and row.get(s.id)
               for label in _choice_labels(s, row[s.id], language)]
    events = []
    for sub in group.fields:
        value = row.get(sub.id)
        if sub.type in DATE_TYPES and sub.deadline is None and isinstance(value, str) and value:
            what = texts[0] if texts else group.label.get(language)
            detail = "; ".join(texts[1:])
            events.append(TimelineEvent(value, what, detail, ", ".join([*choices, source]) if choices else source))
    return events


def interview_events(template: Template, answers: dict[str, Any], language: str) -> list[TimelineEvent]:
    source = template.title.get(language)
    events: list[TimelineEvent] = []
    for top in template.fields:
        value = answers.get(top.id)
        if value is None:
            continue
        if top.type == "repeat" and isinstance(value, list):
            for row in value:
                if isinstance(row, dict):
                    events.extend(_row_events(top, row, source, language))
        elif top.type in DATE_TYPES and top.deadline is None and isinstance(value, str) and value:
            events.append(TimelineEvent(value, top.label.get(language), "", source))
    return events


def case_events(case: Case, templates: Templates, language: str) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    for interview in case.interviews:
        try:
            template = templates.get(interview.template_id, interview.template_version)
        except FieldintakeError:
            continue
        events.extend(interview_events(template, interview.answers, language))
    deadline_word = QCoreApplication.translate("TimelineTab", "deadline")
    for deadline in case.deadlines:
        events.append(TimelineEvent(deadline.due, deadline_title(deadline, case, templates, language), fmt.kind_word(deadline.kind), deadline_word))
    return sorted(events, key=lambda e: e.when)


class TimelineTab(Retranslating, QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.model: RowsModel[TimelineEvent] = RowsModel([
            Column(lambda: self.tr("Date"), lambda e: fmt.local_time(e.when), sort=lambda e: e.when),
            Column(lambda: self.tr("Event"), lambda e: e.what, tooltip=lambda e: e.what),
            Column(lambda: self.tr("Details"), lambda e: e.detail, tooltip=lambda e: e.detail),
            Column(lambda: self.tr("Source"), lambda e: e.source),
        ], self)
        self.table = make_table(self)
        self.table.setModel(sorting_proxy(self.model, self))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 280)
        self.table.setColumnWidth(2, 220)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)
        self._retranslate()

    def show_case(self, case: Case) -> None:
        if self._context is None:
            return
        self.model.set_rows(case_events(case, self._context.session.templates, self._context.current_language()))

    def clear(self) -> None:
        self.model.set_rows([])
        self._context = None

    def _retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Timeline"))
        self.model.retranslate()
