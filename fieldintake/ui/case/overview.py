"""The Overview tab: the case's own fields (saved on a short debounce), its people and deadlines.

Every save is a unit of work: the debounced one in the background (``Runner.change``),
``flush()`` and the dialogs' edits on the UI thread (``ChangeBus.apply``). The tab
shows what it saved, and what others saved, from the ``Changes`` on the window's bus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import removals
from fieldintake.app.casecommands import CaseCommands
from fieldintake.app.deadlinetitles import deadline_title
from fieldintake.app.derived import CasePerson, case_people
from fieldintake.app.unitofwork import Changed, Changes, Kind
from fieldintake.app.users import Session
from fieldintake.app.model import STATUSES, URGENCIES, Case, Deadline, Person
from fieldintake.errors import FieldintakeError
from fieldintake.ui import format as fmt
from fieldintake.ui.widgets.columnfit import fit_columns
from fieldintake.ui.widgets.common import attempt, confirm, make_table
from fieldintake.ui.case.deadlinedialog import DeadlineDialog
from fieldintake.ui.case.people import PersonDialog
from fieldintake.ui.widgets.table import Column, RowsModel, row_at, sorting_proxy
from fieldintake.ui.changes import OrderedWrites
from fieldintake.ui.workers import Progress
from fieldintake.ui.pages import PageContext
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.plaintext import PlainLabel, plain_tooltip
from fieldintake.ui.wheel import guard_wheel
from fieldintake.ui.retranslate import Retranslating

SAVE_DELAY_MS = 700
#: What the tab shows of a case.
SHOWS: tuple[Kind, ...] = ("case", "people", "interviews", "deadlines")  # People shows who interviews name


class OverviewTab(Retranslating, QWidget):
    title_saved = Signal(str)
    save_state_changed = Signal(str)  # "saved" | "pending" | "failed"
    interview_requested = Signal(str)  # an interview id: a person named there is edited there

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        self._loading = False
        self._case: Case | None = None
        self._edits = 0  # bumped on every edit of title, tags or notes
        self._saved_edits = 0  # the edit count the last good save covered
        self._writes = OrderedWrites("case.updated")
        self.state = "saved"
        self.reference = PlainLabel(self)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLineEdit(self)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem("", status)
        self.urgency = QComboBox(self)
        for urgency in URGENCIES:
            self.urgency.addItem(fmt.dot_icon(fmt.urgency_colour(urgency)), "", urgency)
        guard_wheel(self.status, self.urgency)  # the overview autosaves: a passing wheel must not change them
        self.tags = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.save_label = PlainLabel(self)
        self.save_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._labels = {name: PlainLabel(self) for name in ("reference", "title", "status", "urgency", "tags", "notes")}
        for name, buddy in (("title", self.title), ("status", self.status), ("urgency", self.urgency),
                            ("tags", self.tags), ("notes", self.notes)):
            self._labels[name].setBuddy(buddy)
        self.removal_countdown = PlainLabel(self)  # hours to the next scheduled removal; hidden when there is none
        self.removal_countdown.setStyleSheet("font-weight: bold")
        self.removal_countdown.setVisible(False)
        form = QFormLayout()
        form.addRow("", self.removal_countdown)
        form.addRow(self._labels["reference"], self.reference)
        form.addRow(self._labels["title"], self.title)
        pair = QHBoxLayout()
        pair.addWidget(self.status)
        pair.addWidget(self._labels["urgency"])
        pair.addWidget(self.urgency)
        pair.addStretch(1)
        form.addRow(self._labels["status"], pair)
        form.addRow(self._labels["tags"], self.tags)
        form.addRow(self._labels["notes"], self.notes)
        form.addRow("", self.save_label)

        self.people_model: RowsModel[CasePerson] = RowsModel(self._people_columns(), self)
        self.people = make_table(self)
        self.people.setModel(sorting_proxy(self.people_model, self))
        self.people_box = QGroupBox(self)
        self.add_person_button = QPushButton(self.people_box)
        self.edit_person_button = QPushButton(self.people_box)
        self.remove_person_button = QPushButton(self.people_box)
        self._box(self.people_box, self.people,
                  [self.add_person_button, self.edit_person_button, self.remove_person_button])

        self.deadline_model: RowsModel[Deadline] = RowsModel(self._deadline_columns(), self)
        self.deadlines = make_table(self)
        proxy = sorting_proxy(self.deadline_model, self)
        self.deadlines.setModel(proxy)
        self.deadlines.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.deadlines_box = QGroupBox(self)
        self.add_deadline_button = QPushButton(self.deadlines_box)
        self.edit_deadline_button = QPushButton(self.deadlines_box)
        self.done_button = QPushButton(self.deadlines_box)
        self.remove_deadline_button = QPushButton(self.deadlines_box)
        self._box(self.deadlines_box, self.deadlines, [self.add_deadline_button, self.edit_deadline_button,
                                                        self.done_button, self.remove_deadline_button])
        # the name and the deadline's text stretch; role, birth date, due date, kind and state are never cut
        self.people_columns = fit_columns(self.people, stretch=1, fixed=(0, 4))
        self.deadline_columns = fit_columns(self.deadlines, stretch=1, fixed=(0, 2, 4))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.people_box)
        split.addWidget(self.deadlines_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 2)
        layout.addWidget(split, 3)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_later)
        self.title.textEdited.connect(self._edited)
        self.tags.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.title.editingFinished.connect(self.save_later)
        self.tags.editingFinished.connect(self.save_later)
        context.changes.changed.connect(self._on_changes)
        self.status.activated.connect(lambda _i: self._save_choice("status", self.status.currentData()))
        self.urgency.activated.connect(lambda _i: self._save_choice("urgency", self.urgency.currentData()))
        self.add_person_button.clicked.connect(lambda: self._person_dialog(None))
        self.edit_person_button.clicked.connect(lambda: self._person_dialog(self._current(self.people)))
        self.people.activated.connect(lambda index: self._person_dialog(row_at(index)))
        self.remove_person_button.clicked.connect(self._remove_person)
        self.add_deadline_button.clicked.connect(lambda: self._deadline_dialog(None))
        self.edit_deadline_button.clicked.connect(lambda: self._deadline_dialog(self._current(self.deadlines)))
        self.deadlines.activated.connect(lambda index: self._deadline_dialog(row_at(index)))
        self.done_button.clicked.connect(self._toggle_done)
        self.remove_deadline_button.clicked.connect(self._remove_deadline)
        self.deadlines.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.people.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._retranslate()
        self._update_buttons()

    @staticmethod
    def _box(box: QGroupBox, table: QTableView, buttons: list[QPushButton]) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        layout.addLayout(row)

    def _people_columns(self) -> list[Column[CasePerson]]:
        return [
            Column(lambda: self.tr("Role"), lambda e: fmt.role_word(e.person.role)),
            Column(lambda: self.tr("Name"), lambda e: e.person.name, tooltip=lambda e: "\n".join(e.person.aliases)),
            Column(lambda: self.tr("Latin"), lambda e: e.person.name_latin),
            Column(lambda: self.tr("Relation"), lambda e: e.person.relation),
            Column(lambda: self.tr("Born"), lambda e: e.person.birth_date or ""),
            Column(lambda: self.tr("From"), self._person_source),
        ]

    def _person_source(self, entry: CasePerson) -> str:
        """"entered", "interview 1", "entered; interviews 1, 2"."""
        parts = [self.tr("entered")] if entry.entered else []
        numbers = ", ".join(str(n) for n, _ in entry.interviews)
        if entry.interviews:
            text = self.tr("interview {numbers}") if len(entry.interviews) == 1 else self.tr("interviews {numbers}")
            parts.append(text.format(numbers=numbers))
        return "; ".join(parts)

    def _deadline_columns(self) -> list[Column[Deadline]]:
        return [
            Column(lambda: self.tr("Due"), lambda d: fmt.local_time(d.due), sort=lambda d: d.due,
                   foreground=lambda d: fmt.overdue_colour() if fmt.is_overdue(d.due, d.done) else None,
                   bold=lambda d: fmt.is_overdue(d.due, d.done)),
            Column(lambda: self.tr("Deadline"), lambda d: self._deadline_title(d), tooltip=lambda d: d.notes),
            Column(lambda: self.tr("Kind"), lambda d: fmt.kind_word(d.kind)),
            Column(lambda: self.tr("From"), lambda d: self.tr("interview answer") if d.source == "answer"
                   else self.tr("entered")),
            Column(lambda: self.tr("State"), lambda d: self._deadline_state(d)),
        ]

    def _deadline_title(self, d: Deadline) -> str:
        """A deadline from an interview answer in the interface's language (a hearing: its number, court, subject)."""
        if self._context is None or self._case is None:
            return d.title
        lang = self._context.current_language()
        return deadline_title(d, self._case, self._context.session.templates, lang if lang in ("en", "ru", "kk", "uk") else "en")

    def _deadline_state(self, d: Deadline) -> str:
        if d.done:
            return self.tr("done")
        return self.tr("overdue") if fmt.is_overdue(d.due) else self.tr("open")

    # --- showing ----------------------------------------------------------------------

    def show_case(self, case: Case) -> None:
        self._case = case
        self._loading = True
        try:
            self.reference.setText(case.reference)
            if not self.dirty:  # what is typed and not saved yet stays; an unchanged text keeps its cursor
                if self.title.text() != case.title:
                    self.title.setText(case.title)
                if self.tags.text() != ", ".join(case.tags):
                    self.tags.setText(", ".join(case.tags))
                if self.notes.toPlainText() != case.notes:
                    self.notes.setPlainText(case.notes)
            self.status.setCurrentIndex(max(0, self.status.findData(case.status)))
            self.urgency.setCurrentIndex(max(0, self.urgency.findData(case.urgency)))
            if self._context is not None:  # entered, and named in interviews (edited there)
                self.people_model.set_rows(case_people(case, self._context.session.templates,
                                                       self._context.current_language()))
            self.deadline_model.set_rows(case.deadlines)
            self._show_countdown(case.deadlines)
        finally:
            self._loading = False
        self._update_buttons()

    def _show_countdown(self, deadlines: list[Deadline]) -> None:
        removal = removals.next_removal(deadlines)
        if removal is None:
            self.removal_countdown.setVisible(False)
            self.removal_countdown.clear()
            return
        hours = removals.hours_left(removal.due)
        when = fmt.local_time(removal.due)
        text = (self.tr("Removal in {hours} hours ({when})").format(hours=hours, when=when) if hours >= 0
                else self.tr("Removal was due {hours} hours ago ({when})").format(hours=-hours, when=when))
        self.removal_countdown.setText(text)
        self.removal_countdown.setVisible(True)

    def shown_title(self) -> str:
        return self.title.text().strip()

    def _reload(self) -> None:
        if self._context is None:
            return
        try:
            case = self._context.session.cases.get(self.case_id)
        except FieldintakeError:
            return
        self.show_case(case)

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        """Show what a unit of work changed in this case (a hidden tab is loaded when it comes to the front)."""
        if self._context is None or not (self.isVisible() or initiator is self):
            return
        if initiator is self and not changes.touches(self.case_id, "people", "deadlines"):
            return  # its own fields' save: they show what was saved already
        if changes.touches(self.case_id, *SHOWS):
            self._reload()

    def _apply(self, action: str, command: Callable[[CaseCommands], object]) -> None:
        """A quick edit (a dialog's OK) on this thread: the tab refreshes from its Changes at once."""
        if self._context is None:
            return
        context = self._context
        attempt(self, lambda: context.changes.apply(context.session.change(action, self.case_id), command, self))

    # --- saving the case's own fields -------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._edits != self._saved_edits

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._edits += 1
        self._set_state("pending")
        self._timer.start()

    def _fields(self) -> dict[str, object]:
        tags = [t for t in self.tags.text().split(",") if t.strip()]
        return {"title": self.title.text(), "tags": tags, "notes": self.notes.toPlainText()}

    def _write(self, session: Session, generation: int, fields: dict[str, Any],
               checkpoint: Callable[[], None] | None) -> Changed[list[str] | None]:
        case_id = self.case_id
        return self._writes.write(generation,
                                  lambda: session.change("case.updated", case_id, coalesce=True, checkpoint=checkpoint),
                                  lambda cases: cases.update(case_id, **fields))

    def save_later(self) -> None:
        """Save pending edits in the background (the debounce ended, or a field was left)."""
        self._timer.stop()
        if not self.dirty or self._context is None:
            return
        generation, fields, session = self._edits, self._fields(), self._context.session

        def work(progress: Progress) -> Changed[list[str] | None]:
            progress.check()  # locked while this waited for a thread: nothing more is written
            return self._write(session, generation, fields, progress.check)

        self._context.runner.change(
            self, work,
            lambda changed: self._saved(generation, changed),
            lambda exc, _details: self._set_state("failed", error_text(exc)),
            bus=self._context.changes)

    def flush(self) -> None:
        """Save pending edits now, on this thread (an export or a lock comes next, or the tab is left)."""
        self._timer.stop()
        if not self.dirty or self._context is None:
            return
        generation = self._edits
        try:
            result = self._write(self._context.session, generation, self._fields(), None)
        except FieldintakeError as exc:
            self._saved_edits = generation  # not retried: the message says why, the field keeps the text
            self._set_state("failed", error_text(exc))
            return
        self._context.changes.publish(result.changes, self)
        self._saved(generation, result.value)

    def _saved(self, generation: int, changed: list[str] | None) -> None:
        self._saved_edits = max(self._saved_edits, generation)
        self._set_state("pending" if self.dirty else "saved")
        if changed and "title" in changed:
            self.title_saved.emit(self.title.text().strip())

    def _save_choice(self, key: str, value: str) -> None:
        if self._context is None or self._loading:
            return
        self.flush()
        context, case_id = self._context, self.case_id
        self._context.runner.change(
            self, lambda progress: context.session.change("case.updated", case_id, checkpoint=progress.check).run(
                lambda cases: cases.update(case_id, **{key: value})),
            lambda _changed: self._set_state("saved"),
            lambda exc, _details: self._set_state("failed", error_text(exc)),
            bus=context.changes)

    def _set_state(self, state: str, detail: str = "") -> None:
        self.state = state
        if state == "saved":
            self.save_label.setText(self.tr("✓ Saved"))
        elif state == "pending":
            self.save_label.setText(self.tr("Unsaved changes…"))
        else:
            self.save_label.setText(self.tr("Not saved: {reason}").format(reason=detail))
        self.save_label.setAccessibleDescription(self.save_label.text())
        self.save_state_changed.emit(state)

    # --- people -----------------------------------------------------------------------

    @staticmethod
    def _current(table: QTableView) -> object:
        return row_at(table.currentIndex())

    def _person_dialog(self, entry: object) -> None:
        if self._context is None:
            return
        if isinstance(entry, CasePerson) and not entry.entered:
            self.interview_requested.emit(entry.interviews[0][1])  # named in an interview: edited there
            return
        existing = entry.person if isinstance(entry, CasePerson) else None
        dialog = PersonDialog(existing, self)
        dialog.submitted.connect(lambda role, fields: self._save_person(existing, role, fields))
        dialog.open()

    def _save_person(self, existing: Person | None, role: str, fields: dict[str, object]) -> None:
        if self._context is None:
            return
        if existing is None:
            name = str(fields.pop("name"))
            self._apply("person.added", lambda cases: cases.add_person(self.case_id, role, name, **fields))
        else:
            self._apply("person.updated", lambda cases: cases.update_person(existing.id, role=role, **fields))

    def _remove_person(self) -> None:
        entry = self._current(self.people)
        if not isinstance(entry, CasePerson) or not entry.entered or self._context is None:
            return
        person = entry.person

        def remove() -> None:
            self._apply("person.removed", lambda cases: cases.remove_person(person.id))

        confirm(self, self.tr("Remove this person from the case? The history keeps what was there."), remove)

    # --- deadlines ------------------------------------------------------------------------

    def _deadline_dialog(self, deadline: object) -> None:
        if self._context is None:
            return
        existing = deadline if isinstance(deadline, Deadline) else None
        if existing is not None and existing.source != "manual":
            return  # taken from an interview answer: changed there
        dialog = DeadlineDialog(existing, self)
        dialog.submitted.connect(lambda fields: self._save_deadline(existing, fields))
        dialog.open()

    def _save_deadline(self, existing: Deadline | None, fields: dict[str, str]) -> None:
        if self._context is None:
            return
        if existing is None:
            self._apply("deadline.added", lambda cases: cases.add_deadline(self.case_id, **fields))
        else:
            self._apply("deadline.updated", lambda cases: cases.update_deadline(existing.id, **fields))

    def _toggle_done(self) -> None:
        deadline = self._current(self.deadlines)
        if not isinstance(deadline, Deadline) or self._context is None:
            return
        self._apply("deadline.updated", lambda cases: cases.update_deadline(deadline.id, done=not deadline.done))

    def _remove_deadline(self) -> None:
        deadline = self._current(self.deadlines)
        if not isinstance(deadline, Deadline) or self._context is None or deadline.source != "manual":
            return
        def remove() -> None:
            self._apply("deadline.removed", lambda cases: cases.remove_deadline(deadline.id))

        confirm(self, self.tr("Remove this deadline?"), remove)

    def _update_buttons(self) -> None:
        entry = self._current(self.people)
        named = isinstance(entry, CasePerson) and not entry.entered
        self.edit_person_button.setEnabled(isinstance(entry, CasePerson))
        self.edit_person_button.setToolTip(plain_tooltip(
            self.tr("Named in an interview: opens the interview to change it there") if named else ""))
        self.remove_person_button.setEnabled(isinstance(entry, CasePerson) and entry.entered)
        deadline = self._current(self.deadlines)
        is_deadline = isinstance(deadline, Deadline)
        manual = is_deadline and deadline.source == "manual"  # type: ignore[union-attr]
        self.edit_deadline_button.setEnabled(manual)
        self.remove_deadline_button.setEnabled(manual)
        self.done_button.setEnabled(is_deadline)
        done = is_deadline and deadline.done  # type: ignore[union-attr]
        self.done_button.setText(self.tr("Mark &open") if done else self.tr("Mark d&one"))

    # --- clearing and language ----------------------------------------------------------------

    def clear(self) -> None:
        self._timer.stop()
        self._loading = True
        self.reference.clear()
        self.title.clear()
        self.tags.clear()
        self.notes.clear()
        self.save_label.clear()
        self.people_model.set_rows([])
        self.deadline_model.set_rows([])
        self._saved_edits = self._edits
        if self._context is not None:
            self._context.changes.changed.disconnect(self._on_changes)
        self._context = None

    def _retranslate(self) -> None:
        texts = {"reference": self.tr("Reference:"), "title": self.tr("&Title:"), "status": self.tr("&Status:"),
                 "urgency": self.tr("&Urgency:"), "tags": self.tr("T&ags (comma-separated):"),
                 "notes": self.tr("&Notes:")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        for i, status in enumerate(STATUSES):
            self.status.setItemText(i, fmt.status_word(status))
        for i, urgency in enumerate(URGENCIES):
            self.urgency.setItemText(i, fmt.urgency_word(urgency))
        self.title.setAccessibleName(self.tr("Case title"))
        self.notes.setAccessibleName(self.tr("Case notes"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.people_box.setTitle(self.tr("People"))
        self.people.setAccessibleName(self.tr("People"))
        self.add_person_button.setText(self.tr("Add &person…"))
        self.edit_person_button.setText(self.tr("&Edit…"))
        self.remove_person_button.setText(self.tr("&Remove"))
        self.deadlines_box.setTitle(self.tr("Deadlines"))
        self.deadlines.setAccessibleName(self.tr("Deadlines"))
        self.add_deadline_button.setText(self.tr("Add &deadline…"))
        self.edit_deadline_button.setText(self.tr("Ed&it…"))
        self.remove_deadline_button.setText(self.tr("Remo&ve"))
        if self.save_label.text():
            self._set_state(self.state)
        self.people_model.retranslate()
        self.deadline_model.retranslate()
        self._update_buttons()
