"""The fourth export choice: the urgent request for interim measures to a UN committee.

The checklist is shown as the user fills in the form; Save… is enabled only
when every element is there (the builder refuses otherwise anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import formdata, settingkeys
from fieldintake.errors import FieldintakeError
from fieldintake.exports.pdf import defaults_from_vault, signer_from_session
from fieldintake.exports.urgent import FORUMS, UrgentRequest, assemble, load_table, render_request, write_request
from fieldintake.exports.urgent.states import FORUM_NAMES
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.handover.files import choose_save_path
from fieldintake.ui.pages import PageContext
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating

STATE_SETTING = settingkeys.STATE


class UrgentTab(Retranslating, QWidget):
    """Forum, language, state and the request's extras; the checklist below; Save… when it is complete."""

    saved = Signal(Path)

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        self.state = QComboBox(self)
        table = load_table()
        for code, state in sorted(table.states.items()):
            self.state.addItem(f"{state.name('en')} ({code})", code)
        default_state = context.session.vault.get_setting(STATE_SETTING) or "KZ"
        self.state.setCurrentIndex(max(0, self.state.findData(default_state)))
        self.forum = QComboBox(self)
        for forum in FORUMS:
            self.forum.addItem(FORUM_NAMES["en"][forum], forum)
        self.confidential = QCheckBox(self)
        self.authority = QLineEdit(self)
        self.removal_at = QLineEdit(self)
        self.removal_at.setPlaceholderText("2026-11-23T06:00+05:00")
        self.destination = QLineEdit(self)
        self.checklist = QPlainTextEdit(self)
        self.checklist.setReadOnly(True)
        self.save_button = QPushButton(self)
        self._labels = [PlainLabel(self) for _ in range(7)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.language, self.state, self.forum, self.confidential,
                                               self.authority, self.removal_at, self.destination), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self._checklist_label = PlainLabel(self)
        self._checklist_label.setBuddy(self.checklist)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self._checklist_label)
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.save_button)
        self.request: UrgentRequest | None = None
        for combo in (self.language, self.state, self.forum):
            combo.currentIndexChanged.connect(lambda _i: self.recheck())
        for edit in (self.authority, self.removal_at, self.destination):
            edit.editingFinished.connect(self.recheck)
        self.confidential.toggled.connect(lambda _c: self.recheck())
        self.save_button.clicked.connect(self.save)
        self._retranslate()

    def recheck(self) -> None:
        """Assemble the request from the case as it is now and show what is there and what is missing."""
        if self._context is None:
            return
        session = self._context.session
        self.request = None
        try:
            removal = self.removal_at.text().strip()
            request = assemble(session.cases.get(self.case_id), session.templates, lang=self.lang(),
                               state_code=str(self.state.currentData()), forum=str(self.forum.currentData()),
                               confidential=self.confidential.isChecked(), authority=self.authority.text(),
                               removal_at=formdata.check_due(removal) if removal else None,
                               destination=self.destination.text(), now=datetime.now(timezone.utc))
        except FieldintakeError as exc:
            self.checklist.setPlainText(str(exc))
            self.save_button.setEnabled(False)
            return
        self.request = request
        shown = self._context.current_language()  # the checklist in the window's language (en, ru, kk, uk)
        lines = [("✓ " if item.ok else "✗ ") + f"{item.name(shown)}: {item.detail}" for item in request.checklist]
        self.checklist.setPlainText("\n".join(lines))
        self.save_button.setEnabled(not request.missing)

    def lang(self) -> str:
        return str(self.language.currentData())

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.recheck()
        super().showEvent(event)

    def save(self) -> None:
        self.recheck()
        if self._context is None or self.request is None or self.request.missing:
            return
        choose_save_path(self, self.tr("Save the urgent request"), f"urgent-request-{self.request.forum}.pdf",
                         "PDF (*.pdf)", self.save_to, ".pdf")

    def save_to(self, path: Path) -> None:
        if self._context is None or self.request is None:
            return
        job = self._job(path, self.request)
        self._context.runner.run(self, lambda _p: job(), self._written, self._failed,
                                 label=self.tr("Preparing the urgent request…"))

    def _job(self, path: Path, request: UrgentRequest) -> Callable[[], Path]:
        """Built on the UI thread: the worker holds the request and the path, never this tab."""
        assert self._context is not None
        defaults = defaults_from_vault(self._context.session)
        session, case_id = self._context.session, self.case_id
        signer = signer_from_session(session, defaults.get("preparer", ""))

        def job() -> Path:
            generated = datetime.now(timezone.utc).replace(microsecond=0)
            data = render_request(request, generated=generated, preparer=defaults.get("preparer", ""),
                                  organisation=defaults.get("organisation", ""))
            return write_request(session, case_id, request, signer.sign(data, generated), path)

        return job

    def _written(self, path: Path) -> None:
        if self._context is not None:
            self.saved.emit(path)

    def _failed(self, exc: BaseException, details: str) -> None:
        if self._context is not None:
            show_error(self.window(), exc, details)

    def clear(self) -> None:
        self.checklist.clear()
        for edit in (self.authority, self.removal_at, self.destination):
            edit.clear()
        self.request = None
        self._context = None

    def _retranslate(self) -> None:
        self.intro.setText(self.tr("A request to a UN committee to stop a removal while it examines the case. "
                                   "It is built from the case; the list below says what is still missing."))
        texts = [self.tr("&Language of the request:"), self.tr("&State the person is in:"), self.tr("&Committee:"),
                 self.tr("&Confidential (no name):"), self.tr("Lawyer's &authority:"),
                 self.tr("Removal &date and time:"), self.tr("&Destination:")]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._checklist_label.setText(self.tr("What the request &needs:"))
        self.save_button.setText(self.tr("&Save the request…"))
