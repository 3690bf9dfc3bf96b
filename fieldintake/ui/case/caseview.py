"""One open case, inside the Cases page: a back control, the heading, and five tabs.

Each tab has ``show_case(case)`` and ``clear()``; the view loads the case
when a tab comes to the front, so every tab shows what the vault holds now.
While a tab is in front it follows the window's ``ChangeBus``: the editing
tabs (Overview, Interviews) subscribe themselves, the view refreshes a
read-only tab in front when a change touches what it shows; no tab reloads
another. The view saves the editing tabs (``flush``) when one is left, before
an export and when it closes or locks, so the last keystrokes go with them.
The window title is never touched: the case title and client stay inside.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QTabWidget, QToolButton, QVBoxLayout, QWidget

from fieldintake.app import conflicts
from fieldintake.app.model import Case
from fieldintake.app.unitofwork import KINDS, Changes, Kind
from fieldintake.errors import FieldintakeError
from fieldintake.ui.widgets.common import heading_font
from fieldintake.ui.case.conflicts import ConflictsTab
from fieldintake.ui.case.files import AttachmentsTab
from fieldintake.ui.case.history import HistoryTab
from fieldintake.ui.case.interviews import InterviewsTab
from fieldintake.ui.case.ledger import LedgerTab
from fieldintake.ui.case.narrativetab import NarrativeEditorFactory, NarrativeTab
from fieldintake.ui.case.overview import OverviewTab
from fieldintake.ui.case.timeline import TimelineTab
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.handover.export import ExportDialog
from fieldintake.ui.forms import make_interview_editor, make_narrative_editor
from fieldintake.ui.forms.inputs import FieldInput
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import ElidedLabel, PlainLabel, plain_tooltip
from fieldintake.ui.retranslate import Retranslating

# (context, interview id, parent) -> the widget that edits that interview; it may have a ``clear()``.
InterviewEditorFactory = Callable[[PageContext, str, QWidget], QWidget]

TAB_KEYS = ("overview", "interviews", "narrative", "attachments", "timeline", "history", "ledger", "conflicts")
#: What each read-only tab shows of a case: a change to one of these kinds refreshes it while it is in front.
READ_ONLY_TABS: dict[str, tuple[Kind, ...]] = {
    "attachments": ("attachments",),
    "timeline": ("interviews", "deadlines"),
    "history": KINDS,
}


def _default_editor(context: PageContext, interview_id: str, parent: QWidget) -> QWidget:
    return make_interview_editor(context, interview_id, parent)


def _default_narrative(context: PageContext, case_id: str, parent: QWidget) -> QWidget:
    return make_narrative_editor(context, case_id, parent)


class CaseView(Retranslating, QWidget):
    """Alt+Left (back) belongs to the main window's one Back action, which calls ``go_back``."""

    closed = Signal()

    def __init__(self, context: PageContext, case_id: str, editor_factory: InterviewEditorFactory | None = None,
                 parent: QWidget | None = None, narrative_factory: NarrativeEditorFactory | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        self.back_button = QToolButton(self)
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.heading = ElidedLabel(self)  # a long title is cut, never widens the window (issue 16, bug 8)
        self.heading.setObjectName("heading")
        self.heading.setFont(heading_font(self.heading))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QToolButton(self)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_dialog: ExportDialog | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(True)
        self.overview = OverviewTab(context, case_id, self.tabs)
        self.interviews = InterviewsTab(context, case_id, editor_factory or _default_editor, self.tabs)
        self.narrative = NarrativeTab(context, narrative_factory or _default_narrative, self.tabs)
        self.attachments = AttachmentsTab(context, case_id, self.tabs)
        self.timeline = TimelineTab(context, self.tabs)
        self.history = HistoryTab(context, self.tabs)
        self.ledger = LedgerTab(context, self.tabs)
        self.conflicts = ConflictsTab(context, self.tabs)
        self.conflicts.resolved.connect(lambda _unit: self.reload())
        self.conflict_badge = PlainLabel(self)  # shown while the case has unresolved conflicts
        self.conflict_badge.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_badge.setStyleSheet("QLabel { background: #b3261e; color: white; padding: 2px 6px;"
                                          " border-radius: 6px; }")
        self.conflict_badge.hide()
        self._conflict_count = 0
        self._held_count = 0
        for tab in self._tabs():
            self.tabs.addTab(tab, "")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.conflict_badge)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.go_back)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.open_export)
        self.addAction(self.export_action)
        self.export_button.setDefaultAction(self.export_action)
        self.overview.title_saved.connect(lambda _t: self._show_heading())
        self.overview.interview_requested.connect(self.show_interview)
        self.tabs.currentChanged.connect(self._tab_changed)
        context.changes.changed.connect(self._on_changes)
        self._case: Case | None = None
        self._retranslate()
        self.reload()

    def _tabs(self) -> list[QWidget]:
        return [self.overview, self.interviews, self.narrative, self.attachments, self.timeline, self.history,
                self.ledger, self.conflicts]

    def show_interview(self, interview_id: str) -> None:
        """The Interviews tab with that interview open (a person named in it is edited there)."""
        self.show_tab("interviews")
        self.interviews.show_interview(interview_id)

    def place(self) -> tuple[str, str | None, str | None]:
        """(tab key, interview id, field) of where the user is: ids only (ui/resume.py)."""
        tab_key = TAB_KEYS[self.tabs.currentIndex()]
        interview_id = self.interviews.shown_interview() if tab_key == "interviews" else None
        return tab_key, interview_id, self._focused_field(self.tabs.currentWidget())

    def _focused_field(self, tab: QWidget | None) -> str | None:
        focus = QApplication.focusWidget()
        if tab is None or focus is None or not tab.isAncestorOf(focus):
            return None
        widget: QWidget | None = focus
        while widget is not None and widget is not tab:
            if isinstance(widget, FieldInput):
                return f"field:{widget.field.id}"
            widget = widget.parentWidget()
        for name, value in vars(tab).items():
            if isinstance(value, QWidget) and (value is focus or value.isAncestorOf(focus)):
                return f"widget:{name}"
        return None

    def go_to(self, tab_key: str, interview_id: str | None, field: str | None) -> None:
        """Back to a ``place()``: the tab, the interview, the field with the focus (what is gone is skipped)."""
        if tab_key not in TAB_KEYS or not self.tabs.isTabVisible(TAB_KEYS.index(tab_key)):
            return
        self.show_tab(tab_key)
        tab = self.tabs.currentWidget()
        if tab_key == "interviews" and interview_id:
            self.show_interview(interview_id)
        if field is None or tab is None:
            return
        kind, _, name = field.partition(":")
        target: QWidget | None = None
        if kind == "field":
            target = self.interviews.field_widget(name) if tab_key == "interviews" else None
        elif kind == "widget":
            value = vars(tab).get(name)
            target = value if isinstance(value, QWidget) else None
        if target is not None:
            # a new editor's widgets are shown on the next turn of the event loop: focus them then
            QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))
        current = self.tabs.currentWidget()
        if current is not None:
            current.setFocus()

    def reload(self) -> None:
        """Load the case and show it in the tab in front."""
        if self._context is None:
            return
        try:
            self._case = self._context.session.cases.get(self.case_id)
            self._conflict_count = conflicts.count(self._context.session.cases, self.case_id)
            self._held_count = len(conflicts.held(self._context.session.cases, self.case_id))
        except FieldintakeError as exc:
            show_error(self.window(), exc)
            return
        self._show_heading()
        self._show_conflict_count()
        current = self.tabs.currentWidget()
        current.show_case(self._case)  # type: ignore[attr-defined]

    def _show_heading(self) -> None:
        if self._context is None:
            return
        typed = self.overview.shown_title() if self.overview.dirty else ""  # typed, not saved yet
        summary = typed or (self._case.title if self._case else "")
        reference = self._case.reference if self._case else ""
        self.heading.setText(f"{reference} — {summary}")
        self.heading.setToolTip(plain_tooltip(self.heading.text()))  # the whole title, cut on screen

    def _show_conflict_count(self) -> None:
        n, held = self._conflict_count, self._held_count
        self.conflict_badge.setText(self.tr("Unresolved conflicts: {n}").format(n=n) if n else
                                    self.tr("Held updates: {n}").format(n=held))
        self.conflict_badge.setVisible(n > 0 or held > 0)
        index = TAB_KEYS.index("conflicts")
        total = n + held
        self.tabs.setTabText(index, self.tr("&Conflicts ({n})").format(n=total) if total else self.tr("&Conflicts"))
        self.tabs.setTabVisible(index, total > 0 or self.tabs.currentIndex() == index)

    def _flush(self, keep: QWidget | None = None) -> None:
        """Save every editing tab but ``keep`` now: another tab, an export, a lock or the list comes next."""
        for tab in (self.overview, self.interviews, self.narrative):
            if tab is not keep:
                tab.flush()

    def _tab_changed(self, _index: int) -> None:
        self._flush(keep=self.tabs.currentWidget())  # the tab left saves what it holds...
        self.reload()  # ...and the one in front shows what the vault holds now

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        """A unit of work changed this case: the heading, and a read-only tab in front, show it."""
        if self._context is None or not changes.touches(self.case_id):
            return
        key = TAB_KEYS[self.tabs.currentIndex()]
        shows = READ_ONLY_TABS.get(key)
        if shows is not None and changes.touches(self.case_id, *shows):
            self.reload()
        elif changes.touches(self.case_id, "case"):
            try:
                self._case = self._context.session.cases.get(self.case_id)
            except FieldintakeError as exc:
                show_error(self.window(), exc)
                return
            self._show_heading()

    def open_export(self) -> ExportDialog | None:
        """The Export dialog for this case (one at a time), opened without a nested event loop."""
        if self._context is None:
            return None
        self._flush()  # export what the vault holds, including the last keystrokes
        if self.export_dialog is not None and shiboken6.isValid(self.export_dialog):
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return self.export_dialog
        dialog = ExportDialog(self._context, self.case_id, self.window())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def go_back(self) -> None:
        self._flush()
        self.closed.emit()

    def clear(self) -> None:
        """Save what is pending, then drop every value shown."""
        self._flush()
        dialog, self.export_dialog = self.export_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.clear()
            dialog.close()
        for tab in self._tabs():
            tab.clear()  # type: ignore[attr-defined]
        self.heading.clear()
        self.conflict_badge.clear()
        self._case = None
        if self._context is not None:
            self._context.changes.changed.disconnect(self._on_changes)
        self._context = None

    def _retranslate(self) -> None:
        self.back_button.setText(self.tr("Cases"))
        self.back_button.setToolTip(plain_tooltip(self.tr("Back to the list of cases (Alt+Left)")))
        self.back_button.setAccessibleName(self.tr("Back to the list of cases"))
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self.export_action.setText(self.tr("&Export…"))
        self.export_action.setIconText(self.export_action.text())  # keep the "…": it opens a dialog
        self.export_action.setToolTip(plain_tooltip(self.tr("Export this case: PDF, redacted summary or bundle (Ctrl+E)")))
        titles = [self.tr("&Overview"), self.tr("&Interviews"), self.tr("&Narrative"), self.tr("Attach&ments"),
                  self.tr("Time&line"), self.tr("&History"), self.tr("Handed o&ver")]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._show_conflict_count()
