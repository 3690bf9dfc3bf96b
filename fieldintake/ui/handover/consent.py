"""Who a redacted copy is for, and whether the client agreed: checked as soon as the audience changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import audiences, languages
from fieldintake.errors import Cancelled, ConsentMissing
from fieldintake.exports import summary
from fieldintake.exports.redaction import AUDIENCES, RedactionResult
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.pages import PageContext
from fieldintake.ui.widgets import InlineMessage
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


def audience_name(key: str) -> str:
    """The plain-language name of an audience, in the UI language (the one table: app/audiences.py)."""
    if key not in AUDIENCES:
        return key
    text = audiences.name(key, languages.normalise(QLocale().name()))
    return text[:1].upper() + text[1:]


class AudienceConsent(Retranslating, QWidget):
    """An audience picker with the consent check beside it.

    ``result`` is the redacted copy once allowed (with consent, or overridden
    with a reason); ``checked`` fires whenever that changes.
    """

    checked = Signal()

    def __init__(self, context: PageContext, case_id: str, lang: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        self._lang = lang
        self.audience = QComboBox(self)
        for key in AUDIENCES:
            self.audience.addItem("", key)
        self._audience_label = PlainLabel(self)
        self._audience_label.setBuddy(self.audience)
        self.status = PlainLabel(self)
        self.status.setWordWrap(True)
        self.refusal = InlineMessage(self)
        self.override_button = QPushButton(self)
        self.reason = QLineEdit(self)
        self.apply_override = QPushButton(self)
        self._override_row = QWidget(self)
        row = QHBoxLayout(self._override_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reason, 1)
        row.addWidget(self.apply_override)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._audience_label, self.audience)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.refusal)
        layout.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._override_row)
        self.override_button.hide()
        self._override_row.hide()
        self.result: RedactionResult | None = None
        self.override_reason: str | None = None
        self.skip_review = False  # set by the review step: make the summary with suggestions undecided
        self.include_pdfs: set[str] = set()  # PDFs the user ticked in the review step
        self._seq = 0
        self.audience.currentIndexChanged.connect(lambda _i: self.recheck())
        self.override_button.clicked.connect(self._offer_override)
        self.apply_override.clicked.connect(self._override)
        self.reason.textChanged.connect(lambda t: self.apply_override.setEnabled(bool(t.strip())))
        self.reason.returnPressed.connect(self._override)
        self.apply_override.setEnabled(False)
        self._retranslate()

    def lang(self) -> str:
        """The language of the redacted copy's placeholders."""
        return self._lang()

    def current_audience(self) -> str:
        return str(self.audience.currentData())

    def set_audience(self, key: str) -> None:
        self.audience.setCurrentIndex(self.audience.findData(key))

    @property
    def ready(self) -> bool:
        return self.result is not None

    def recheck(self, override_reason: str | None = None) -> None:
        """Ask the redaction engine in a worker; a newer request drops the older answer."""
        if self._context is None:
            return
        self._seq += 1
        seq = self._seq
        self.result = None
        self.override_reason = override_reason
        self.refusal.clear()
        self.override_button.hide()
        if override_reason is None:
            self._override_row.hide()
        self.status.setText(self.tr("Checking the client's consent…"))
        self.checked.emit()
        session, case_id, audience, lang = self._context.session, self.case_id, self.current_audience(), self._lang()
        skip, include = self.skip_review, frozenset(self.include_pdfs)
        self._context.runner.run(
            self,
            # In the worker: the first call also loads the language models, never on the GUI thread.
            lambda _p: summary.redact(session, case_id, audience=audience, lang=lang, override_reason=override_reason,
                                      skip_review=skip, include_pdfs=include),
            lambda result: self._answer(seq, result, None),
            lambda exc, _d: self._answer(seq, None, exc),
        )

    def _answer(self, seq: int, result: RedactionResult | None, exc: BaseException | None) -> None:
        if seq != self._seq or self._context is None:
            return
        if result is not None:
            self.result = result
            if self.override_reason:
                self.status.setText(self.tr("Consent overridden; the reason goes to the audit log."))
            else:
                self.status.setText(self.tr("Consent recorded."))
        elif isinstance(exc, ConsentMissing):
            self.status.setText(self.tr("No consent for this audience."))
            self.refusal.show_message(error_text(exc))
            self.override_button.show()
            self.override_reason = None
        elif isinstance(exc, Cancelled):
            self.status.clear()
        else:
            self.status.clear()
            self.refusal.show_message(error_text(exc) if exc is not None else "")
        self.checked.emit()

    def _offer_override(self) -> None:
        self._override_row.show()
        self.reason.setFocus()

    def _override(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.recheck(override_reason=reason)

    def clear(self) -> None:
        self._seq += 1
        self.result = None
        self.override_reason = None
        self.status.clear()
        self.refusal.clear()
        self.reason.clear()
        self._context = None

    def _retranslate(self) -> None:
        for index in range(self.audience.count()):
            self.audience.setItemText(index, audience_name(str(self.audience.itemData(index))))
        self._audience_label.setText(self.tr("&For:"))
        self.audience.setAccessibleName(self.tr("Who the summary is for"))
        self.override_button.setText(self.tr("Override with a reason…"))
        self.reason.setPlaceholderText(self.tr("Why the summary may be shared without recorded consent"))
        self.reason.setAccessibleName(self.tr("Reason for overriding the consent"))
        self.apply_override.setText(self.tr("&Override"))
