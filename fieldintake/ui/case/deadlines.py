"""The Deadlines page: what is due across every open case, soonest first (overdue ones on top)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from fieldintake.app.deadlinetitles import item_titles
from fieldintake.app.model import DeadlineItem
from fieldintake.ui import format as fmt
from fieldintake.ui.widgets.columnfit import fit_columns
from fieldintake.ui.widgets.common import heading_font, make_table, select_first
from fieldintake.ui.widgets.table import Column, RowsModel, row_at, sorting_proxy
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.icons import icon
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating

DAY_CHOICES = (7, 30, 90, None)


class DeadlinesPage(Retranslating, QWidget):
    key = "deadlines"
    results_shown = Signal()

    def __init__(self, context: PageContext, open_case: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self._open_case = open_case
        self._seq = 0
        self._titles: dict[str, str] = {}  # deadline id -> its title in the interface's language
        self.heading = PlainLabel(self)
        self.heading.setFont(heading_font(self.heading))
        self.days = QComboBox(self)
        for days in DAY_CHOICES:
            self.days.addItem("", days)
        self.days.setCurrentIndex(1)
        self._days_label = PlainLabel(self)
        self._days_label.setBuddy(self.days)
        self.model: RowsModel[DeadlineItem] = RowsModel([
            Column(lambda: self.tr("Due"), lambda i: self._due_text(i), sort=lambda i: i.deadline.due,
                   foreground=lambda i: fmt.overdue_colour() if self._overdue(i) else None,
                   bold=lambda i: self._overdue(i)),
            Column(lambda: self.tr("Deadline"), lambda i: self._titles.get(i.deadline.id, i.deadline.title), tooltip=lambda i: i.deadline.notes),
            Column(lambda: self.tr("Kind"), lambda i: fmt.kind_word(i.deadline.kind)),
            Column(lambda: self.tr("Case"), lambda i: i.reference),
            Column(lambda: self.tr("Case title"), lambda i: i.case_title),
            Column(lambda: self.tr("Urgency"), lambda i: fmt.urgency_word(i.urgency),
                   foreground=lambda i: fmt.urgency_colour(i.urgency), bold=lambda i: i.urgency == "critical"),
        ], self)
        self.table = make_table(self)
        self.table.setModel(sorting_proxy(self.model, self))
        # the deadline's text stretches; due, kind, case reference and urgency are never cut
        self.columns = fit_columns(self.table, stretch=1, fixed=(0, 2, 3, 5))
        self.count_label = PlainLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self._days_label)
        top.addWidget(self.days)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.days.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.activated.connect(self._activated)
        self.setFocusProxy(self.table)
        self._retranslate()

    @property
    def widget(self) -> QWidget:
        return self

    def title(self) -> str:
        return self.tr("Deadlines")

    def icon(self) -> QIcon:
        return icon("deadlines")

    def clear(self) -> None:
        self._seq += 1
        self.model.set_rows([])
        self.count_label.clear()
        self._titles = {}
        self._context = None

    @staticmethod
    def _overdue(item: DeadlineItem) -> bool:
        return fmt.is_overdue(item.deadline.due, item.deadline.done)

    def _due_text(self, item: DeadlineItem) -> str:
        text = fmt.local_time(item.deadline.due)
        return self.tr("{when} (overdue)").format(when=text) if self._overdue(item) else text

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        if self._context is None:
            return
        self._seq += 1
        seq, days, session = self._seq, self.days.currentData(), self._context.session
        lang = self._context.current_language()

        def read(_p: object) -> tuple[list[DeadlineItem], dict[str, str]]:
            rows = session.cases.upcoming_deadlines(days)
            return rows, item_titles(rows, session.cases, session.templates, lang)

        self._context.runner.run(self, read, lambda found: self._show(seq, *found), self._failed)

    def _failed(self, exc: BaseException, details: str) -> None:
        if self._context is not None:  # after a lock the session is closed on purpose: nothing to tell
            show_error(self.window(), exc, details)

    def _show(self, seq: int, rows: list[DeadlineItem], titles: dict[str, str]) -> None:
        if seq != self._seq or self._context is None:
            return
        self._titles = titles
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count_label.setText(self.tr("Deadlines: {count}").format(count=len(rows)))
        select_first(self.table)
        self.results_shown.emit()

    def _activated(self, index: QModelIndex) -> None:
        item = row_at(index)
        if isinstance(item, DeadlineItem):
            self._open_case(item.case_id)

    def _language_changed(self) -> None:
        self._retranslate()
        if self.isVisible():
            self.reload()  # titles from the template are read in the new language

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Deadlines"))
        self._days_label.setText(self.tr("&Due within:"))
        for i, days in enumerate(DAY_CHOICES):
            self.days.setItemText(i, self.tr("everything") if days is None else self.tr("{count} days").format(count=days))
        self.table.setAccessibleName(self.tr("Deadlines across cases"))
        self.model.retranslate()
