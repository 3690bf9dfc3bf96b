"""The Export dialog of one case: court-ready PDF, redacted summary, bundle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from fieldintake.ui.handover.bundletab import BundleTab
from fieldintake.ui.handover.pdftab import CaseFileTab, SummaryTab
from fieldintake.ui.handover.urgenttab import UrgentTab
from fieldintake.ui.pages import PageContext
from fieldintake.ui.retranslate import Retranslating

CHOICES = ("pdf", "summary", "bundle", "urgent")


class ExportDialog(Retranslating, QDialog):
    """Opened with ``open()``; deletes itself on close, and ``clear()`` drops every byte it shows."""

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("fieldintake")  # never the case title or the client
        self.case_id = case_id
        self.tabs = QTabWidget(self)
        self.pdf = CaseFileTab(context, case_id, self.tabs)
        self.summary = SummaryTab(context, case_id, self.tabs)
        self.bundle = BundleTab(context, case_id, self.tabs)
        self.urgent = UrgentTab(context, case_id, self.tabs)
        for tab in (self.pdf, self.summary, self.bundle, self.urgent):
            self.tabs.addTab(tab, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.resize(1000, 700)
        self._retranslate()

    def show_choice(self, key: str) -> None:
        self.tabs.setCurrentIndex(CHOICES.index(key))

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.summary:
            self.summary.start()

    def clear(self) -> None:
        for tab in (self.pdf, self.summary, self.bundle, self.urgent):
            tab.clear()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.clear()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Court-ready &PDF"))
        self.tabs.setTabText(1, self.tr("&Redacted summary"))
        self.tabs.setTabText(2, self.tr("&Bundle"))
        self.tabs.setTabText(3, self.tr("&Urgent request"))
        self.tabs.setAccessibleName(self.tr("What to export"))
