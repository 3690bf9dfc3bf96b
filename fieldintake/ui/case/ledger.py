"""The Handed over tab: the case's disclosure ledger — what left the vault, to whom, when, acknowledged or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldintake.app import ledger
from fieldintake.app.ledger import Disclosure
from fieldintake.app.model import Case
from fieldintake.ui import format as fmt
from fieldintake.ui.widgets.common import make_table
from fieldintake.ui.widgets.table import Column, RowsModel, sorting_proxy
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


class LedgerTab(Retranslating, QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.model: RowsModel[Disclosure] = RowsModel([
            Column(lambda: self.tr("When"), lambda d: fmt.local_time(d.at), sort=lambda d: d.at),
            Column(lambda: self.tr("What"), self._what),
            Column(lambda: self.tr("To"), lambda d: d.recipients or "—"),
            Column(lambda: self.tr("Acknowledged"),
                   lambda d: fmt.local_time(d.acknowledged_at) if d.acknowledged_at else
                   (self.tr("no receipt yet") if d.kind == "bundle" else "—")),
        ], self)
        self.intro = PlainLabel(self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.table = make_table(self)
        self.table.setModel(sorting_proxy(self.model, self))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self._retranslate()

    def _what(self, d: Disclosure) -> str:
        kinds = {"bundle": self.tr("bundle"), "case file": self.tr("case file (PDF)"),
                 "summary": self.tr("redacted summary"), "case json": self.tr("case file (JSON)"),
                 "attachment": self.tr("attachment"), "urgent request": self.tr("urgent request (PDF)")}
        what = kinds.get(d.kind, d.kind)
        if d.audience:
            what = self.tr("{what} for {audience}").format(what=what, audience=d.audience)
        if d.kind == "bundle":
            what += " — " + (self.tr("redacted") if d.redaction == "redacted" else self.tr("full case"))
        return what

    def show_case(self, case: Case) -> None:
        if self._context is not None:
            self.model.set_rows(ledger.of_case(self._context.session.vault, case.id))

    def clear(self) -> None:
        self.model.set_rows([])
        self._context = None

    def _retranslate(self) -> None:
        self.intro.setText(self.tr("Everything of this case that left the vault, newest first. A bundle is"
                                   " acknowledged when its recipient's signed receipt arrives."))
        self.table.setAccessibleName(self.tr("Handed over"))
        self.model.retranslate()
