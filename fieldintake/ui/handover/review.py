"""The review step of a redacted summary: suggested redactions to accept or reject, and the files that go out.

Shown beside the summary's text preview. Suggestions come from the redaction
engine's result (computed in a worker, models loaded there); a decision is
written through the engine's review functions (an accepted one becomes an
audited redaction mark), then the summary is redacted again. Every file of
the case is listed with its sensitivity and what the summary does with it;
a PDF goes in only when its box is ticked here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldintake.errors import FieldintakeError
from fieldintake.exports.redaction import RedactionResult, review
from fieldintake.exports.redaction.suggest import Suggestion
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel, plain_tooltip
from fieldintake.ui.widgets import WrappedCheckBox
from fieldintake.ui.widgets.columnfit import fit_columns
from fieldintake.ui.retranslate import Retranslating

_ROLE = Qt.ItemDataRole.UserRole


class SuggestionReview(Retranslating, QWidget):
    """Accept or reject each suggestion, or all of one kind; tick the PDFs to include.

    ``changed`` fires after a decision was stored or the PDF choice changed: the
    summary must be redacted again. ``skip`` is the explicit "make it anyway".
    """

    changed = Signal()

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        self.heading = PlainLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestions = QTreeWidget(self)
        self.suggestions.setColumnCount(4)
        self.suggestions.setRootIsDecorated(False)
        self.suggestions.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.accept_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.accept_kind_button = QPushButton(self)
        self.skip = WrappedCheckBox(self)
        self.files_label = PlainLabel(self)
        self.files = QTreeWidget(self)
        self.files.setColumnCount(4)
        self.files.setRootIsDecorated(False)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        row.addWidget(self.accept_kind_button)
        row.addStretch(1)
        # where a word was found, and the file's name, stretch; kind, count and sensitivity are never cut
        self.suggestion_columns = fit_columns(self.suggestions, stretch=3, fixed=(0, 2))
        self.file_columns = fit_columns(self.files, stretch=0, fixed=(2,))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.suggestions, 2)
        layout.addLayout(row)
        layout.addWidget(self.skip)
        layout.addWidget(self.files_label)
        layout.addWidget(self.files, 1)
        self._result: RedactionResult | None = None
        self.include_pdfs: set[str] = set()
        self.accept_button.clicked.connect(lambda: self._decide(review.accept, self.selected()))
        self.reject_button.clicked.connect(lambda: self._decide(review.reject, self.selected()))
        self.accept_kind_button.clicked.connect(self._accept_kind)
        self.suggestions.itemSelectionChanged.connect(self._selection_changed)
        self.skip.toggled.connect(lambda _on: self.changed.emit())
        self.files.itemChanged.connect(self._file_toggled)
        self._retranslate()
        self._selection_changed()

    # --- what is shown -------------------------------------------------------

    def show_result(self, result: RedactionResult | None) -> None:
        self._result = result
        self.suggestions.clear()
        self.files.blockSignals(True)
        self.files.clear()
        if result is not None:
            for s in result.suggestions:
                item = QTreeWidgetItem([self._kind_name(s.kind), s.text, str(s.count),
                                        s.contexts[0] if s.contexts else ""])
                item.setData(0, _ROLE, s.id)
                self.suggestions.addTopLevelItem(item)
            for f in result.files:
                item = QTreeWidgetItem([f.file_name, f.media_type, self._sensitivity(f.sensitivity),
                                        self._status(f.status, f.attachment_id in self.include_pdfs)])
                item.setData(0, _ROLE, f.attachment_id)
                if f.status in ("needs-confirmation", "included"):
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Checked if f.attachment_id in self.include_pdfs
                                       else Qt.CheckState.Unchecked)
                self.files.addTopLevelItem(item)
        self.files.blockSignals(False)
        n = len(result.suggestions) if result is not None else 0
        self.heading.setText(self.tr("%n suggested redaction(s) to review: names, places and organisations that "
                                     "no field records. Until each is decided they are removed.", "", n)
                             if n else self.tr("No suggestions wait for review."))
        self._selection_changed()

    def selected(self) -> list[Suggestion]:
        if self._result is None:
            return []
        ids = {item.data(0, _ROLE) for item in self.suggestions.selectedItems()}
        return [s for s in self._result.suggestions if s.id in ids]

    @property
    def undecided(self) -> int:
        return len(self._result.suggestions) if self._result is not None else 0

    # --- decisions --------------------------------------------------------------

    def _accept_kind(self) -> None:
        chosen = self.selected()
        if not chosen or self._result is None:
            return
        kind = chosen[0].kind
        self._decide(review.accept, [s for s in self._result.suggestions if s.kind == kind])

    def _decide(self, action: Callable[..., int], chosen: list[Suggestion]) -> None:
        if self._context is None or not chosen:
            return
        try:
            action(self._context.session, self.case_id, chosen)
        except FieldintakeError as exc:  # shown to the user; the failed decision wrote nothing
            show_error(self.window(), exc, "")
            return
        self.changed.emit()

    def _file_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0 or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        attachment_id = str(item.data(0, _ROLE))
        if item.checkState(0) == Qt.CheckState.Checked:
            self.include_pdfs.add(attachment_id)
        else:
            self.include_pdfs.discard(attachment_id)
        # Not from inside itemChanged: a listener re-checks and clears this tree, which would delete the item
        # Qt is still setting (a use-after-free that crashed the window when a PDF was ticked).
        QTimer.singleShot(0, self, self.changed.emit)

    def _selection_changed(self) -> None:
        some = bool(self.suggestions.selectedItems())
        self.accept_button.setEnabled(some)
        self.reject_button.setEnabled(some)
        self.accept_kind_button.setEnabled(some)

    def clear(self) -> None:
        self._context = None
        self._result = None
        self.suggestions.clear()
        self.files.clear()

    # --- words --------------------------------------------------------------------

    def _kind_name(self, kind: str) -> str:
        return {"name": self.tr("name"), "place": self.tr("place"), "org": self.tr("organisation")}.get(kind, kind)

    def _sensitivity(self, value: str) -> str:
        return {"identifying": self.tr("identifying"), "sensitive": self.tr("sensitive"),
                "shareable": self.tr("shareable")}.get(value, value)

    def _status(self, status: str, ticked: bool) -> str:
        if status == "cleaned":
            return self.tr("goes out, metadata removed")
        if status in ("needs-confirmation", "included"):
            return self.tr("goes out, metadata removed") if ticked else self.tr("left out unless ticked")
        return self.tr("left out")

    def _language_changed(self) -> None:
        self._retranslate()
        self.show_result(self._result)

    def _retranslate(self) -> None:
        self.suggestions.setHeaderLabels([self.tr("Kind"), self.tr("Word"), self.tr("Times"), self.tr("Where")])
        self.suggestions.setAccessibleName(self.tr("Suggested redactions"))
        self.accept_button.setText(self.tr("&Remove"))
        self.accept_button.setToolTip(plain_tooltip(self.tr("Accept: removed from every summary of this case")))
        self.reject_button.setText(self.tr("&Keep"))
        self.reject_button.setToolTip(plain_tooltip(self.tr("Reject: not identifying; not suggested again for this case")))
        self.accept_kind_button.setText(self.tr("Remove all of this &kind"))
        self.skip.setText(self.tr("Make the summary without deciding (undecided ones are removed; written in the log)"))
        self.files_label.setText(self.tr("Files that go out with the summary:"))
        self.files.setHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Sensitivity"), self.tr("In the summary")])
        self.files.setAccessibleName(self.tr("Files of the summary"))
