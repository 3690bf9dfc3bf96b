"""The long texts of a case's interviews, with the spans marked for redaction.

A mark stores the text it covers; the redactor removes every occurrence of
that text, so offsets drifting after later edits do no harm. The highlight
follows the same rule: every occurrence of a mark's text is highlighted.
Edits here are saved through the same autosave as the interview form,
replacing only the edited field in the stored answers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QColor, QHideEvent, QKeySequence, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app.model import RedactionMark
from fieldintake.app.templates import Template, is_visible
from fieldintake.ui.forms.autosave import AUTOSAVE_INTERVAL_MS, Autosave, SaveStatus
from fieldintake.ui.forms.inputs import muted
from fieldintake.ui.forms.marking import MARK_KINDS, answer_path, kind_word, mark_selection, relabel, spans_of
from fieldintake.ui.forms.marking import utf16 as _utf16
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.wheel import guard_wheel
from fieldintake.ui.retranslate import Retranslating

MARK_LABELS = MARK_KINDS


class NarrativeEditor(Retranslating, QWidget):
    """Pick a long text of an interview, edit it, select words and mark them for redaction (Ctrl+M)."""

    def __init__(
        self,
        context: PageContext,
        case_id: str,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = AUTOSAVE_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        self._cases = context.session.cases
        self.lang = context.current_language()
        case = self._cases.get(case_id)
        self.marks: list[RedactionMark] = list(case.redaction_marks)
        # (interview id, field id, template) for every top-level long text that may need marks, in form order
        self.texts: list[tuple[str, str, Template]] = []
        self._stored: dict[tuple[str, str], str] = {}
        self._pending: dict[str, dict[str, str]] = {}  # interview id -> field id -> text as typed
        self._saves: dict[str, Autosave] = {}
        self.statuses: dict[str, SaveStatus] = {}
        self._autosave_ms = autosave_ms
        for interview in case.interviews:
            template = self._cases.templates.get(interview.template_id, interview.template_version)
            for field in template.fields:
                # An identifying text is replaced whole in a redacted summary: nothing to mark in it.
                # A hidden one (show_if not met) is not stored at all.
                if (field.type == "long_text" and field.sensitivity != "identifying"
                        and is_visible(field, interview.answers)):
                    self.texts.append((interview.id, field.id, template))
                    value = interview.answers.get(field.id)
                    self._stored[(interview.id, field.id)] = value if isinstance(value, str) else ""
        self.current: int = -1
        self._loading = False

        self.chooser = QComboBox(self)
        self.chooser_label = PlainLabel(self)
        self.chooser_label.setBuddy(self.chooser)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._edited)
        self.text.selectionChanged.connect(self._selection_changed)
        self.label_choice = QComboBox(self)
        self.label_choice_label = PlainLabel(self)
        self.label_choice_label.setBuddy(self.label_choice)
        guard_wheel(self.chooser, self.label_choice)
        self.mark_action = QAction(self)
        self.mark_action.setShortcut(QKeySequence("Ctrl+M"))
        self.mark_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.mark_action.triggered.connect(self.mark_selection)
        self.addAction(self.mark_action)
        self.mark_button = QPushButton(self)
        self.mark_button.setAutoDefault(False)
        self.mark_button.clicked.connect(self.mark_selection)
        self.marks_heading = PlainLabel(self)
        self.mark_list = QListWidget(self)
        self.marks_heading.setBuddy(self.mark_list)
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected_mark)
        self.mark_list.currentRowChanged.connect(lambda *_: self._mark_chosen())
        self.label_choice.currentIndexChanged.connect(lambda *_: self._kind_chosen())
        self.notice = muted(PlainLabel(self))
        self.notice.setWordWrap(True)
        self.status_box = QWidget(self)
        self.status_layout = QHBoxLayout(self.status_box)
        self.status_layout.setContentsMargins(0, 0, 0, 0)

        chooser_row = QHBoxLayout()
        chooser_row.addWidget(self.chooser_label)
        chooser_row.addWidget(self.chooser, 1)
        chooser_row.addWidget(self.status_box)
        mark_row = QHBoxLayout()
        mark_row.addWidget(self.label_choice_label)
        mark_row.addWidget(self.label_choice)
        mark_row.addWidget(self.mark_button)
        mark_row.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.marks_heading)
        side.addWidget(self.mark_list, 1)
        side.addWidget(self.remove_button)
        main = QVBoxLayout()
        main.addLayout(chooser_row)
        main.addWidget(self.text, 1)
        main.addLayout(mark_row)
        main.addWidget(self.notice)
        body = QHBoxLayout(self)
        body.addLayout(main, 3)
        body.addLayout(side, 1)

        self._retranslate()
        self.chooser.currentIndexChanged.connect(self.show_text)
        # Open on the longest text, the later one on a tie: the client's own account usually ends a form.
        longest = max(range(len(self.texts)), key=lambda i: (len(self._stored[self.texts[i][:2]]), i), default=-1)
        self.show_text(longest)
        self.text.setEnabled(bool(self.texts))

    # --- which text -----------------------------------------------------------

    @property
    def path(self) -> str:
        interview_id, field_id, _ = self.texts[self.current]
        return answer_path(interview_id, field_id)

    def autosave(self, interview_id: str) -> Autosave:
        if interview_id not in self._saves:
            assert self._context is not None
            save = Autosave(self._context.runner, self._cases, interview_id,
                            lambda: self._snapshot(interview_id), self, self._autosave_ms, self._context.changes)
            self._saves[interview_id] = save
            status = muted(SaveStatus(save, self.status_box))
            self.status_layout.addWidget(status)
            self.statuses[interview_id] = status
        return self._saves[interview_id]

    def _snapshot(self, interview_id: str) -> dict[str, Any] | None:
        """Only the texts edited here: the interview's other answers stay as stored."""
        if self._context is None:
            return None
        return dict(self._pending.get(interview_id, {}))

    def show_text(self, index: int) -> None:
        if index == self.current:
            return
        if self.chooser.currentIndex() != index:
            self.chooser.setCurrentIndex(index)
            return  # the signal comes back here
        self.current = index
        self._loading = True
        if 0 <= index < len(self.texts):
            interview_id, field_id, _ = self.texts[index]
            typed = self._pending.get(interview_id, {}).get(field_id)
            self.text.setPlainText(typed if typed is not None else self._stored[(interview_id, field_id)])
            self.autosave(interview_id)
            self._show_status(interview_id)
        else:
            self.text.clear()
        self._loading = False
        self.text.setEnabled(0 <= index < len(self.texts))
        self.refresh_marks()

    def _show_status(self, interview_id: str) -> None:
        for owner, status in self.statuses.items():
            status.setVisible(owner == interview_id)

    def _edited(self) -> None:
        if self._loading or not (0 <= self.current < len(self.texts)):
            return
        interview_id, field_id, _ = self.texts[self.current]
        self._pending.setdefault(interview_id, {})[field_id] = self.text.toPlainText()
        self.autosave(interview_id).mark_changed()
        self.highlight()

    # --- marks ----------------------------------------------------------------

    def current_marks(self) -> list[RedactionMark]:
        if not (0 <= self.current < len(self.texts)):
            return []
        return [m for m in self.marks if m.path == self.path]

    def refresh_marks(self, select: str | None = None) -> None:
        self.mark_list.blockSignals(True)
        self.mark_list.clear()
        for mark in self.current_marks():
            item = QListWidgetItem(f"{self._label_text(mark.label)}: {mark.text}", self.mark_list)
            item.setData(Qt.ItemDataRole.UserRole, mark.id)
            if mark.id == select:
                self.mark_list.setCurrentItem(item)
        self.mark_list.blockSignals(False)
        self.highlight()
        self._update_buttons()

    def highlight(self) -> None:
        """Every occurrence of every marked text in the shown text, in the palette's highlight colour."""
        text = self.text.toPlainText()
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(90)
        selections = []
        for mark in self.current_marks():
            for start, end in spans_of(text, mark.text):
                selection = QTextEdit.ExtraSelection()
                char_format = QTextCharFormat()
                char_format.setBackground(colour)
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                selection.format = char_format
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(_utf16(text, start))
                cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selections.append(selection)
        self.text.setExtraSelections(selections)

    def mark_selection(self) -> None:
        """Mark the selected words now, as the kind shown; the kind can be changed afterwards."""
        if self._context is None or not (0 <= self.current < len(self.texts)):
            self.notice.setText(QCoreApplication.translate("forms", "Select the words to mark first."))
            return
        interview_id, field_id, _ = self.texts[self.current]
        mark_selection(self._context, self, self.case_id, interview_id, field_id, self.text,
                       self.autosave(interview_id).flush, self.label_choice.currentData() or "other",
                       self._marked, self.notice.setText)

    def _marked(self, mark: RedactionMark) -> None:
        self.marks.append(mark)
        self.refresh_marks(select=mark.id)
        self.notice.setText(QCoreApplication.translate(
            "forms", "Marked as {kind}. To change its kind, choose another one under Kind.").format(
                kind=kind_word(mark.label)))

    def selected_mark(self) -> RedactionMark | None:
        item = self.mark_list.currentItem()
        mark_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((m for m in self.marks if m.id == mark_id), None)

    def _mark_chosen(self) -> None:
        """A mark chosen in the list: the Kind box shows (and then changes) its kind."""
        mark = self.selected_mark()
        if mark is not None and mark.label in MARK_LABELS:
            self.label_choice.blockSignals(True)
            self.label_choice.setCurrentIndex(self.label_choice.findData(mark.label))
            self.label_choice.blockSignals(False)
        self._update_buttons()

    def _kind_chosen(self) -> None:
        mark, kind = self.selected_mark(), self.label_choice.currentData()
        if self._context is None or mark is None or not kind or kind == mark.label:
            return
        relabel(self._context, self, self.case_id, mark.id, kind, self._relabelled, self.notice.setText)

    def _relabelled(self, mark: RedactionMark) -> None:
        self.marks = [mark if m.id == mark.id else m for m in self.marks]
        self.refresh_marks(select=mark.id)

    def remove_selected_mark(self) -> None:
        item = self.mark_list.currentItem()
        if item is None or self._context is None:
            return
        mark_id = item.data(Qt.ItemDataRole.UserRole)
        cases, case_id = self._cases, self.case_id
        self._context.runner.change(
            self,
            lambda progress: cases.change("redaction.unmarked", case_id, checkpoint=progress.check).run(
                lambda commands: commands.remove_redaction_mark(mark_id)),
            lambda _result: self._unmarked(mark_id),
            lambda exc, _details: self.notice.setText(
                QCoreApplication.translate("forms", "Not removed: {reason}").format(reason=exc)),
            bus=self._context.changes,
        )

    def _unmarked(self, mark_id: str) -> None:
        self.marks = [m for m in self.marks if m.id != mark_id]
        self.refresh_marks()

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.mark_button.setEnabled(self.text.textCursor().hasSelection())
        self.remove_button.setEnabled(self.mark_list.currentItem() is not None)

    # --- lifecycle ------------------------------------------------------------

    def flush(self) -> None:
        """Save every edited text now, synchronously. Call before the session closes."""
        if self._context is None:
            return
        for save in self._saves.values():
            save.flush()

    def clear(self) -> None:
        """Save, then drop every text and mark shown (on lock)."""
        self._flush_on_leaving()  # the session may be gone already; the lock must go on
        for save in self._saves.values():
            save.stop()
        self._loading = True
        self.text.clear()
        self.text.setExtraSelections([])
        self.mark_list.clear()
        self.chooser.clear()
        self.marks, self._pending, self._stored, self.texts = [], {}, {}, []
        self.notice.clear()
        self._context = None

    def _flush_on_leaving(self) -> None:
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - the status line already says "Not saved: <reason>"
            pass

    def closeEvent(self, event: QCloseEvent) -> None:
        self._flush_on_leaving()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if any(save.dirty for save in self._saves.values()):
            self._flush_on_leaving()
        super().hideEvent(event)

    def _language_changed(self) -> None:
        if self._context is not None:  # None once the session is gone
            self.lang = self._context.current_language()
            self._retranslate()

    def _label_text(self, label: str) -> str:
        return kind_word(label)

    def _retranslate(self) -> None:
        self.chooser_label.setText(QCoreApplication.translate("forms", "&Text:"))
        self.label_choice_label.setText(QCoreApplication.translate("forms", "&Kind:"))
        self.mark_action.setText(QCoreApplication.translate("forms", "Mark for redaction"))
        self.mark_button.setText(QCoreApplication.translate("forms", "&Mark for redaction (Ctrl+M)"))
        self.marks_heading.setText(QCoreApplication.translate("forms", "Marked for redaction:"))
        self.remove_button.setText(QCoreApplication.translate("forms", "&Remove mark"))
        self.text.setAccessibleName(QCoreApplication.translate("forms", "Text of the interview"))
        current_label = self.label_choice.currentData() or "name"
        self.label_choice.blockSignals(True)
        self.label_choice.clear()
        for label in MARK_LABELS:
            self.label_choice.addItem(self._label_text(label), label)
        self.label_choice.setCurrentIndex(max(0, self.label_choice.findData(current_label)))
        self.label_choice.blockSignals(False)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        ordinal: dict[str, int] = {}
        for interview_id, field_id, template in self.texts:
            number = ordinal.setdefault(interview_id, len(ordinal) + 1)
            label = template.field(field_id).label.get(self.lang)
            self.chooser.addItem(QCoreApplication.translate("forms", "Interview {number}: {field}").format(number=number, field=label))
        self.chooser.setCurrentIndex(self.current)
        self.chooser.blockSignals(False)
        self.refresh_marks()
