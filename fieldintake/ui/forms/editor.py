"""The interview form, generated from the interview's template version, with autosave.

What is saved: every answer that validates. An answer that does not (a date
typed as "31.02.2026") stays in its input, flagged at its path, and is left
out of the save; the status line counts such answers. The last stored value
of that field is then replaced by "no answer" until the caseworker corrects
it, so a closed editor never leaves a stale value that the form no longer
shows. Hidden fields (``show_if`` not met) keep what was typed while the
editor is open, as docs/templates.md describes, but are not saved.

The lock path must call ``flush()`` before the session closes (``clear()``
does it first); closing or hiding the editor flushes too.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import answerpaths
from fieldintake.app.model import RedactionMark
from fieldintake.app.templates import Problem, Template, ValidationResult, is_visible, validate_answers
from fieldintake.ui.forms.autosave import AUTOSAVE_INTERVAL_MS, Autosave, SaveStatus
from fieldintake.ui.forms.inputs import LongTextInput, TextInput, muted
from fieldintake.ui.forms.marking import kind_word, mark_selection
from fieldintake.ui.forms.rows import LABEL_WIDTH, FieldRow, RepeatInput
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating

_PATH = re.compile(r"^(?P<top>[a-z][a-z0-9_]*)(?:\[(?P<index>\d+)\](?:\.(?P<sub>[a-z][a-z0-9_]*))?)?$")


def without(answers: Mapping[str, Any], paths: list[str]) -> dict[str, Any]:
    """``answers`` with the values at ``paths`` (``birth_date``, ``documents[1].number``) left out."""
    kept = copy.deepcopy(dict(answers))
    for path in paths:
        match = _PATH.match(path)
        if match is None:
            continue
        top, index, sub = match["top"], match["index"], match["sub"]
        if index is None:
            kept.pop(top, None)
            continue
        rows = kept.get(top)
        if not isinstance(rows, list) or int(index) >= len(rows):
            continue
        if sub is None:
            rows[int(index)] = {}
        elif isinstance(rows[int(index)], dict):
            rows[int(index)].pop(sub, None)
    return kept


def _text_edit(row: FieldRow) -> QPlainTextEdit | QLineEdit | None:
    """The edit of a text answer a mark can be made in: long text, or one-line text (not a date, a
    number or a phone, whose inputs are one-line edits too)."""
    if isinstance(row.input, LongTextInput):
        return row.input.edit
    if isinstance(row.input, TextInput) and row.field.type == "text":
        return row.input.edit
    return None


class SectionBox(QGroupBox):
    def __init__(self, section: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        self.help = muted(PlainLabel(self))
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.rows = [FieldRow(field, lang, LABEL_WIDTH, self) for field in section.fields]
        for row in self.rows:
            layout.addWidget(row)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self.setTitle(self.section.label.get(lang))
        text = self.section.help.get(lang) if self.section.help else ""
        self.help.setText(text)
        self.help.setVisible(bool(text))
        for row in self.rows:
            row.retranslate(lang)


class InterviewEditor(Retranslating, QWidget):
    """The whole form of one interview; see the module docstring for what autosave keeps."""

    def __init__(
        self,
        context: PageContext,
        interview_id: str,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = AUTOSAVE_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.interview_id = interview_id
        cases = context.session.cases
        interview = cases.interview(interview_id)
        self.template: Template = cases.templates.get(interview.template_id, interview.template_version)
        self.lang = context.current_language()
        self._loading = True
        self.result = ValidationResult()

        self.heading = PlainLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.autosave = Autosave(context.runner, cases, interview_id, self._snapshot, self, autosave_ms,
                                 context.changes)
        self.status = muted(SaveStatus(self.autosave, self))
        self.case_id = cases.case_of_interview(interview_id)
        self.notice = muted(PlainLabel(self))  # what Ctrl+M did
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.navigator = QListWidget(self)
        self.navigator.setFixedWidth(190)
        self.navigator.setWordWrap(True)
        self.navigator.setSpacing(2)
        self.navigator.currentRowChanged.connect(self._go_to_section)
        self.navigator.itemActivated.connect(lambda item: self._focus_section(self.navigator.row(item)))
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setSpacing(10)
        self.sections = [SectionBox(section, self.lang, content) for section in self.template.sections]
        for box in self.sections:
            column.addWidget(box)
            QListWidgetItem(self.navigator)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.rows: dict[str, FieldRow] = {row.field.id: row for box in self.sections for row in box.rows}

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        body = QHBoxLayout()
        body.addWidget(self.navigator)
        body.addWidget(self.scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.autosave.save_now)
        # Ctrl+M marks the words selected in any text answer (one in a repeat entry too), as in the Narrative tab.
        self.mark_action = QAction(self)
        self.mark_action.setShortcut(QKeySequence("Ctrl+M"))
        self.mark_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.mark_action.triggered.connect(self.mark_selection)
        self.addAction(self.mark_action)
        for row in self.rows.values():
            row.input.changed.connect(self._changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._retranslate()
        self.load(interview.answers)

    # --- values ---------------------------------------------------------------

    def load(self, answers: Mapping[str, Any]) -> None:
        """Show stored answers (does not mark the form changed)."""
        self._loading = True
        try:
            for field_id, row in self.rows.items():
                row.input.set_value(answers.get(field_id))
        finally:
            self._loading = False
        self.revalidate()

    def answers(self) -> dict[str, Any]:
        """What the form holds now, as typed (the raw answers ``validate_answers`` reads)."""
        return {fid: v for fid, row in self.rows.items() if (v := row.input.value()) is not None}

    def saveable(self) -> dict[str, Any]:
        """The answers that validate: what autosave stores."""
        result = validate_answers(self.template, self.answers())
        return without(self.answers(), [p.path for p in result.errors])

    def missing_required(self) -> list[str]:
        """Paths of shown required answers still missing (``hearings[0].at``), for "Mark complete"."""
        result = validate_answers(self.template, self.saveable(), complete=True)
        return [p.path for p in result.errors if p.code == "required"]

    def _snapshot(self) -> dict[str, Any] | None:
        """What to store, as a patch of every top-level answer (one validation of the form): the valid
        answers, an empty one removed; where a top-level answer is being mistyped, the stored one stays."""
        if self._context is None:
            return None
        typed = self.answers()
        result = validate_answers(self.template, typed)
        answers = without(typed, [p.path for p in result.errors])
        mistyped = {_PATH.match(p.path)["top"] for p in result.errors if _PATH.match(p.path) and "[" not in p.path}
        return {f.id: answers.get(f.id) for f in self.template.fields if f.id not in mistyped}

    def _changed(self) -> None:
        if self._loading:
            return
        self.revalidate()
        self.autosave.mark_changed()

    def revalidate(self) -> None:
        """Show and hide fields by their conditions; put each finding next to its field."""
        self.result = validate_answers(self.template, self.answers())
        problems: dict[str, tuple[list[Problem], list[Problem]]] = {}
        for problem in self.result.errors:
            problems.setdefault(problem.path, ([], []))[0].append(problem)
        for problem in self.result.warnings:
            problems.setdefault(problem.path, ([], []))[1].append(problem)
        cleaned = self.result.cleaned
        for field_id, row in self.rows.items():
            row.setVisible(is_visible(row.field, cleaned))
            errors, warnings = problems.get(field_id, ([], []))
            row.show_problems(errors, warnings)
            if isinstance(row.input, RepeatInput):
                row.input.refresh(cleaned, problems)
        self.status.held_back = len(self.result.errors)
        self.status.refresh()

    # --- marking for redaction -------------------------------------------------

    def _focused_text_answer(self) -> tuple[str, FieldRow, QPlainTextEdit | QLineEdit] | None:
        """The text answer with the keyboard focus (long or one-line; a date or a number is not a
        text): a top-level one, or one in a repeat group's entry, with its field path."""
        for row in self.rows.values():
            edit = _text_edit(row)
            if edit is not None and edit.hasFocus():
                return row.field.id, row, edit
            if isinstance(row.input, RepeatInput):
                for index, entry in enumerate(row.input.entries):
                    for sub_id, sub in entry.rows.items():
                        edit = _text_edit(sub)
                        if edit is not None and edit.hasFocus():
                            return answerpaths.field_path(row.field.id, index, sub_id), sub, edit
        return None

    def mark_selection(self) -> None:
        """Mark the words selected in the focused text answer (kind "other"; changed in the Narrative tab)."""
        focused = self._focused_text_answer()
        if self._context is None or focused is None:
            self._say(QCoreApplication.translate(
                "forms", "Select words in a text answer (also one in an entry) to mark them for redaction."))
            return
        path, row, edit = focused
        if row.field.sensitivity == "identifying":
            self._say(QCoreApplication.translate(
                "forms", "This answer never appears in a redacted summary: there is nothing to mark in it."))
            return
        mark_selection(self._context, self, self.case_id, self.interview_id, path, edit,
                       self.flush, "other", self._marked, self._say)

    def _marked(self, mark: RedactionMark) -> None:
        self._say(QCoreApplication.translate(
            "forms", "Marked for redaction as {kind}: “{text}”. Its kind can be changed in the Narrative tab.").format(
                kind=kind_word(mark.label), text=mark.text[:60]))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- saving ---------------------------------------------------------------

    def flush(self) -> None:
        """Save now, synchronously, whatever validates. Call before the session closes."""
        if self._context is not None:
            self.autosave.flush()

    def clear(self) -> None:
        """Save what can be saved, then drop every value from every input (on lock)."""
        self._flush_on_leaving()  # the session may be gone already; the lock must go on
        self.autosave.stop()
        self._loading = True
        for row in self.rows.values():
            row.input.clear()
            row.show_problems([], [])
        self.status.held_back = 0
        self.status.refresh()
        self._say("")
        self._context = None

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._context is not None and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 16, 24)  # Tab never leaves the caseworker typing out of sight
        if old is not None and self.isAncestorOf(old) and (new is None or not self.isAncestorOf(new)):
            self.autosave.save_now()

    def _flush_on_leaving(self) -> None:
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - the status line already says "Not saved: <reason>"
            pass

    def closeEvent(self, event: QCloseEvent) -> None:
        self._flush_on_leaving()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.autosave.dirty:
            self._flush_on_leaving()
        super().hideEvent(event)

    # --- navigation and language ---------------------------------------------

    def _go_to_section(self, index: int) -> None:
        if 0 <= index < len(self.sections):
            box = self.sections[index]
            self.scroll.verticalScrollBar().setValue(box.y())

    def _focus_section(self, index: int) -> None:
        self._go_to_section(index)
        box = self.sections[index]
        first = next((row for row in box.rows if row.isVisibleTo(box)), None)
        if first is not None:
            first.input.focus_target().setFocus(Qt.FocusReason.TabFocusReason)

    def _language_changed(self) -> None:
        if self._context is not None:  # None once the session is gone
            self.lang = self._context.current_language()
            self._retranslate()

    def _retranslate(self) -> None:
        self.heading.setText(self.template.title.get(self.lang))
        self.navigator.setAccessibleName(QCoreApplication.translate("forms", "Sections of the form"))
        for index, box in enumerate(self.sections):
            if box.title() != box.section.label.get(self.lang):
                box.retranslate(self.lang)
            self.navigator.item(index).setText(box.section.label.get(self.lang))
        self.revalidate()
