"""The History tab: every recorded change of the case (newest first), and its audit entries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from fieldintake.app import audit
from fieldintake.app.audit import AuditEntry
from fieldintake.app.model import Case, Revision
from fieldintake.ui import format as fmt
from fieldintake.ui.widgets.common import make_table
from fieldintake.ui.case.historytext import HistoryWords, action_word, object_word, origin_word
from fieldintake.ui.widgets.table import Column, RowsModel, sorting_proxy
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating

class HistoryTab(Retranslating, QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self._words = HistoryWords(None, None, "en")
        self.revisions: RowsModel[Revision] = RowsModel([
            Column(lambda: self.tr("When"), lambda r: fmt.local_time(r.ts), sort=lambda r: r.seq),
            Column(lambda: self.tr("Author"), lambda r: r.author),
            Column(lambda: self.tr("Object"), lambda r: object_word(r.object_type)),
            Column(lambda: self.tr("Field"), lambda r: self._words.field(r)),
            Column(lambda: self.tr("Old"), lambda r: self._words.value(r, r.old),
                   tooltip=lambda r: self._words.value(r, r.old, None)),
            Column(lambda: self.tr("New"), lambda r: self._words.value(r, r.new),
                   tooltip=lambda r: self._words.value(r, r.new, None)),
            Column(lambda: self.tr("Origin"), lambda r: origin_word(r.origin)),
        ], self)
        self.audit: RowsModel[AuditEntry] = RowsModel([
            Column(lambda: self.tr("When"), lambda e: fmt.local_time(e.ts), sort=lambda e: e.seq),
            Column(lambda: self.tr("Action"), lambda e: action_word(e.action)),
            Column(lambda: self.tr("By"), lambda e: e.actor),
            Column(lambda: self.tr("Object"), lambda e: object_word(e.object_type)),
        ], self)
        self.revision_table = make_table(self)
        self.revision_table.setModel(sorting_proxy(self.revisions, self))
        self.revision_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.audit_table = make_table(self)
        self.audit_table.setModel(sorting_proxy(self.audit, self))
        self.audit_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.changes_label = PlainLabel(self)
        self.changes_label.setBuddy(self.revision_table)
        self.audit_label = PlainLabel(self)
        self.audit_label.setBuddy(self.audit_table)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.changes_label)
        top_layout.addWidget(self.revision_table)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.audit_label)
        bottom_layout.addWidget(self.audit_table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.setFocusProxy(self.revision_table)
        self._retranslate()

    def show_case(self, case: Case) -> None:
        if self._context is None:
            return
        session = self._context.session
        self._words = HistoryWords(case, session.templates, self._context.current_language())
        self.revisions.set_rows(session.cases.history(case.id))
        ids = {case.id, *(p.id for p in case.people), *(i.id for i in case.interviews),
               *(d.id for d in case.deadlines if d.source == "manual"), *(a.id for a in case.attachments)}
        ids |= {r.object_id for r in self.revisions.rows}  # removed people and deadlines too
        entries: list[AuditEntry] = []
        with session.vault.read() as conn:
            for object_id in sorted(ids):
                entries.extend(audit.entries(conn, object_id=object_id))
        self.audit.set_rows(sorted(entries, key=lambda e: e.seq, reverse=True))

    def clear(self) -> None:
        self.revisions.set_rows([])
        self.audit.set_rows([])
        self._context = None

    def _retranslate(self) -> None:
        if self._context is not None:
            self._words.lang = self._context.current_language()  # template labels follow the interface
        self.changes_label.setText(self.tr("&Changes, newest first:"))
        self.audit_label.setText(self.tr("&Audit log entries for this case:"))
        self.revision_table.setAccessibleName(self.tr("Changes"))
        self.audit_table.setAccessibleName(self.tr("Audit log entries"))
        self.revisions.retranslate()
        self.audit.retranslate()
