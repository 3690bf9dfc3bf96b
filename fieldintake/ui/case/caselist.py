"""The Cases page: the list with search and filters, and the open case in the same place.

The page is a stack: the list, or one open case (Alt+Left, the main window's Back, goes back).
Searching and loading run in a worker; a newer query makes older results
stale (a sequence number), so typing never waits for the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import conflicts, removals
from fieldintake.app.model import STATUSES, URGENCIES, CaseSummary, Deadline
from fieldintake.app.unitofwork import Changes
from fieldintake.errors import FieldintakeError
from fieldintake.ui import format as fmt
from fieldintake.ui.case.caseview import CaseView, InterviewEditorFactory
from fieldintake.ui.widgets.columnfit import fit_columns
from fieldintake.ui.widgets.common import attempt, make_table, select_first
from fieldintake.ui.case.newcase import NewCaseDialog, NewCaseRequest
from fieldintake.ui.widgets.table import Column, RowsModel, row_at, sorting_proxy
from fieldintake.ui.workers import Progress
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.icons import icon
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel, plain_tooltip
from fieldintake.ui.retranslate import Retranslating

SEARCH_DELAY_MS = 250
DUE_CHOICES = (None, 7, 14, 30, 90)


@dataclass(frozen=True)
class CaseRow:
    summary: CaseSummary
    snippet: str = ""
    where: str = ""
    conflicts: bool = False  # unresolved conflicts from a merge: a badge beside the reference
    removal: str | None = None  # due of the case's next open removal (fieldintake.app.removals)
    next: Deadline | None = None  # the next thing to do, as of the list's loading (removals.next_action)

    @property
    def next_due(self) -> str | None:
        return self.next.due if self.next is not None else self.summary.next_due


class CasesPage(Retranslating, QWidget):
    key = "cases"
    results_shown = Signal()  # every time the list shows new results (tests, screen readers)

    def __init__(self, context: PageContext, editor_factory: InterviewEditorFactory | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self._editor_factory = editor_factory
        self._seq = 0
        self._dots: dict[str, QIcon] = {}
        self.view: CaseView | None = None

        self.stack = QStackedWidget(self)
        self.list_panel = QWidget(self.stack)
        self.heading = PlainLabel(self.list_panel)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.search = QLineEdit(self.list_panel)
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.list_panel)
        self.new_button.setIcon(icon("cases"))
        self.status_filter = QComboBox(self.list_panel)
        self.urgency_filter = QComboBox(self.list_panel)
        self.tag_filter = QLineEdit(self.list_panel)
        self.due_filter = QComboBox(self.list_panel)
        self._status_label = PlainLabel(self.list_panel)
        self._urgency_label = PlainLabel(self.list_panel)
        self._tag_label = PlainLabel(self.list_panel)
        self._due_label = PlainLabel(self.list_panel)
        for label, buddy in ((self._status_label, self.status_filter), (self._urgency_label, self.urgency_filter),
                             (self._tag_label, self.tag_filter), (self._due_label, self.due_filter)):
            label.setBuddy(buddy)
        self.status_filter.addItem("", None)
        for status in STATUSES:
            self.status_filter.addItem("", status)
        self.status_filter.setCurrentIndex(1)  # open cases first
        self.urgency_filter.addItem("", None)
        for urgency in URGENCIES:
            self.urgency_filter.addItem("", urgency)
        for days in DUE_CHOICES:
            self.due_filter.addItem("", days)

        self.model: RowsModel[CaseRow] = RowsModel(self._columns(), self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = make_table(self.list_panel)
        self.table.setModel(self.proxy)
        # Title stretches; reference, status, urgency, the next deadline and the hours to a removal are never cut
        self.columns = fit_columns(self.table, stretch=1, fixed=(0, 3, 4, 5, 7))
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # most urgent first, as the store lists them
        self.count_label = PlainLabel(self.list_panel)
        self._count: tuple[bool, int] | None = None  # (searching, rows) last shown

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self._status_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(self._urgency_label)
        filters.addWidget(self.urgency_filter)
        filters.addWidget(self._tag_label)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self._due_label)
        filters.addWidget(self.due_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self.list_panel)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.stack.addWidget(self.list_panel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.tag_filter.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        for combo in (self.status_filter, self.urgency_filter, self.due_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_case)

        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_case)
        self.find_action = QAction(self)  # no key of its own: Ctrl+F is the main window's (one action per key)
        self.find_action.triggered.connect(self.focus_search)
        self.list_panel.addAction(self.new_action)
        self.list_panel.addAction(self.find_action)
        self._stale = False
        context.changes.changed.connect(self._on_changes)
        self._retranslate()
        self.setFocusProxy(self.table)
        self.reload()

    # --- the page protocol ----------------------------------------------------------

    @property
    def widget(self) -> QWidget:
        return self

    def title(self) -> str:
        return self.tr("Cases")

    def icon(self) -> QIcon:
        return icon("cases")

    def clear(self) -> None:
        """On lock: save what is pending in an open case, then drop every displayed value."""
        self._debounce.stop()
        self._seq += 1
        self.close_case()
        self.model.set_rows([])
        self.search.clear()
        self.tag_filter.clear()
        self.count_label.clear()
        self._count = None
        self._context = None

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        """A committed change (an import, an edit in a case): the list shows it now if it is in front,
        else when it is shown next (never reloading under an open case's autosave)."""
        if self._context is None or changes.empty:
            return
        if self.isVisible() and self.view is None:
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.view is None:
            self.reload()

    # --- columns --------------------------------------------------------------------

    def _columns(self) -> list[Column[CaseRow]]:
        return [
            Column(lambda: self.tr("Reference"),
                   lambda r: self.tr("⚠ {reference} (conflicts)").format(reference=r.summary.reference)
                   if r.conflicts else r.summary.reference,
                   tooltip=lambda r: self.tr("This case has unresolved conflicts: open it to settle them.")
                   if r.conflicts else "",
                   sort=lambda r: r.summary.reference),
            Column(lambda: self.tr("Title"), lambda r: r.summary.title, tooltip=lambda r: r.snippet),
            Column(lambda: self.tr("Client"), lambda r: r.summary.client_name),
            Column(lambda: self.tr("Status"), lambda r: fmt.status_word(r.summary.status)),
            Column(lambda: self.tr("Urgency"), lambda r: fmt.urgency_word(r.summary.urgency),
                   sort=lambda r: URGENCIES.index(r.summary.urgency) if r.summary.urgency in URGENCIES else 9,
                   foreground=lambda r: fmt.urgency_colour(r.summary.urgency),
                   decoration=lambda r: self._dot(r.summary.urgency),
                   bold=lambda r: r.summary.urgency == "critical"),
            Column(lambda: self.tr("Next deadline"), lambda r: self._next_text(r),
                   sort=lambda r: fmt.sort_key(r.next_due),
                   foreground=lambda r: fmt.overdue_colour() if fmt.is_overdue(r.next_due) else None,
                   bold=lambda r: fmt.is_overdue(r.next_due)),
            Column(lambda: self.tr("Match"), lambda r: r.snippet, tooltip=lambda r: r.snippet),
            Column(lambda: self.tr("Removal in"), lambda r: self._removal_text(r.removal),
                   sort=lambda r: removals.hours_left(r.removal) if r.removal else 10**9,
                   foreground=lambda r: fmt.overdue_colour() if r.removal else None,
                   bold=lambda r: r.removal is not None and removals.hours_left(r.removal) < 72),
        ]

    def _next_text(self, row: CaseRow) -> str:
        text = self._due_text(row.next_due)
        return f"{text} · {fmt.kind_word(row.next.kind)}" if row.next is not None and text else text

    def _removal_text(self, due: str | None) -> str:
        """Hours to the scheduled removal: removals happen within hours, so hours, not days."""
        if due is None:
            return ""
        hours = removals.hours_left(due)
        if hours < 0:
            return self.tr("{hours} h ago").format(hours=-hours)
        return self.tr("{hours} h").format(hours=hours)

    def _dot(self, urgency: str) -> QIcon:
        if urgency not in self._dots:
            self._dots[urgency] = fmt.dot_icon(fmt.urgency_colour(urgency))
        return self._dots[urgency]

    def _due_text(self, due: str | None) -> str:
        text = fmt.local_time(due)
        return self.tr("{when} (overdue)").format(when=text) if fmt.is_overdue(due) else text

    # --- loading and searching --------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        return {
            "status": self.status_filter.currentData(),
            "urgency": self.urgency_filter.currentData(),
            "tag": self.tag_filter.text().strip() or None,
            "due_within_days": self.due_filter.currentData(),
        }

    def reload(self) -> None:
        """Fetch the list (or the search results) in a worker; only the newest answer is shown."""
        if self._context is None:
            return
        self._debounce.stop()
        self._stale = False
        self._seq += 1
        seq = self._seq
        cases = self._context.session.cases
        query = self.search.text().strip()
        filters = self.filters()

        def fetch(progress: Progress) -> list[CaseRow]:
            marked = conflicts.cases_with_conflicts(cases)
            due = removals.next_removals(cases.vault)
            actions = removals.next_actions(cases.vault)
            if query:
                return [CaseRow(h.case, h.snippet, h.where, h.case.id in marked, due.get(h.case.id),
                                actions.get(h.case.id))
                        # The first search after an upgrade may rebuild the index: shown, and cancellable.
                        for h in cases.search(query, limit=200, progress=progress.update,
                                              cancel=lambda: progress.cancelled, **filters)]
            return [CaseRow(s, conflicts=s.id in marked, removal=due.get(s.id), next=actions.get(s.id))
                    for s in cases.list(limit=None, **filters)]

        self._context.runner.run(self, fetch, lambda rows: self._show(seq, rows, bool(query)), self._failed,
                                 label=self.tr("Searching…") if query else None)

    def _show(self, seq: int, rows: list[CaseRow], searching: bool) -> None:
        if seq != self._seq or self._context is None:
            return
        self.model.set_rows(rows)
        self.table.setColumnHidden(6, not searching)
        if searching:
            self.proxy.sort(-1)  # keep the search's ranking
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._count = (searching, len(rows))
        self._show_count()
        if self.table.currentIndex().row() < 0:
            select_first(self.table)
        self.results_shown.emit()

    def _show_count(self) -> None:
        """'Cases: n' or 'Matches: n'; again on a language change (it is not retranslated by itself)."""
        if self._count is None:
            return
        searching, count = self._count
        text = self.tr("Matches: {count}") if searching else self.tr("Cases: {count}")
        self.count_label.setText(text.format(count=count))

    def _failed(self, exc: BaseException, details: str) -> None:
        if self._context is not None:  # after a lock the session is closed on purpose: nothing to tell
            show_error(self.window(), exc, details)

    def place(self) -> tuple[str | None, str | None, str | None, str | None]:
        """(case id, tab, interview id, field) of the open case, or Nones: ids only (ui/resume.py)."""
        if self.view is None or not shiboken6.isValid(self.view):
            return None, None, None, None
        return (self.view.case_id, *self.view.place())

    def go_to(self, case_id: str, tab: str | None, interview_id: str | None, field: str | None) -> None:
        """Open that case again at the tab and field of a ``place()``."""
        if self._context is None:
            return
        try:
            self._context.session.cases.get(case_id)
        except FieldintakeError:
            return  # gone since (deleted, or another user): stay at the list
        self.open_case(case_id)
        if self.view is not None and tab is not None:
            self.view.go_to(tab, interview_id, field)

    def go_back(self) -> bool:
        """The window's Back (Alt+Left): an open case goes back to the list."""
        if self.view is None or not shiboken6.isValid(self.view):
            return False
        self.view.go_back()
        return True

    def focus_search(self) -> None:
        if self.view is not None:
            self.close_case()
        self.search.setFocus()
        self.search.selectAll()

    def _search_enter(self) -> None:
        if self._debounce.isActive():
            self.reload()
        self.table.setFocus()
        select_first(self.table)

    # --- new and open ---------------------------------------------------------------

    def new_case(self) -> None:
        if self._context is None:
            return
        dialog = NewCaseDialog(self._context.session.templates.all(), self._context.current_language(), self)
        dialog.requested.connect(self._create)
        dialog.open()

    def _create(self, request: NewCaseRequest) -> None:
        if self._context is None:
            return
        cases = self._context.session.cases
        created: list[str] = []

        def create() -> None:
            created.append(cases.create(request.title, urgency=request.urgency).id)
            if request.template_id:
                cases.add_interview(created[0], request.template_id)

        attempt(self, create)
        self.reload()
        if created:
            self.open_case(created[0], tab="interviews" if request.template_id else "overview")

    def _activated(self, index: QModelIndex) -> None:
        row = row_at(index)
        if isinstance(row, CaseRow):
            self.open_case(row.summary.id)

    def open_case(self, case_id: str, tab: str = "overview") -> None:
        if self._context is None:
            return
        self.close_case(reload=False)
        view = CaseView(self._context, case_id, self._editor_factory, self.stack)
        view.closed.connect(self.close_case)
        self.view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.show_tab(tab)

    def close_case(self, reload: bool = True) -> None:
        view, self.view = self.view, None
        if view is None or not shiboken6.isValid(view):
            return
        view.clear()
        self.stack.removeWidget(view)
        view.hide()
        view.deleteLater()
        self.stack.setCurrentWidget(self.list_panel)
        if reload and self._context is not None:
            self.reload()
            self.table.setFocus()

    # --- language -------------------------------------------------------------------

    def _retranslate(self) -> None:
        self._show_count()
        self.heading.setText(self.tr("Cases"))
        self.search.setPlaceholderText(self.tr("Search names, notes and answers (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.new_button.setText(self.tr("&New case"))
        self.new_button.setToolTip(plain_tooltip(self.tr("New case (Ctrl+N)")))
        self.new_action.setText(self.tr("New case"))
        self.find_action.setText(self.tr("Search cases"))
        self._status_label.setText(self.tr("&Status:"))
        self._urgency_label.setText(self.tr("&Urgency:"))
        self._tag_label.setText(self.tr("T&ag:"))
        self._due_label.setText(self.tr("&Deadline within:"))
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.status_filter.setItemText(0, self.tr("all"))
        for i, status in enumerate(STATUSES, start=1):
            self.status_filter.setItemText(i, fmt.status_word(status))
        self.urgency_filter.setItemText(0, self.tr("any"))
        for i, urgency in enumerate(URGENCIES, start=1):
            self.urgency_filter.setItemText(i, fmt.urgency_word(urgency))
        for i, days in enumerate(DUE_CHOICES):
            self.due_filter.setItemText(i, self.tr("any time") if days is None
                                        else self.tr("{count} days").format(count=days))
        self._dots.clear()
        self.model.retranslate()
