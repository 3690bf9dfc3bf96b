"""The first two export choices: the court-ready case file and the redacted summary, both previewed in memory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldintake.app import outflow
from fieldintake.app.attachments import display_name
from fieldintake.app.model import Attachment
from fieldintake.errors import Cancelled
from fieldintake.exports import summary
from fieldintake.exports.pdf import (
    PdfOptions,
    RenderedPdf,
    defaults_from_vault,
    parts_from_session,
    record_case_file_export,
    render_case_file,
    should_sign,
    signer_from_session,
)
from fieldintake.exports.redaction import preview_text
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.handover.consent import AudienceConsent
from fieldintake.ui.handover.files import choose_save_path, write_bytes
from fieldintake.ui.handover.pdfpreview import PdfPreview
from fieldintake.ui.handover.review import SuggestionReview
from fieldintake.ui.pages import PageContext
from fieldintake.ui.widgets import monospace
from fieldintake.ui.workers import Progress
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating

LANGUAGES = ("en", "ru", "kk", "uk")


#: The preview pane never narrower than this (px): beside the form and the review it was squeezed to 80.
PREVIEW_MIN_WIDTH = 300

class PdfOptionsForm(Retranslating, QWidget):
    """Language, Bates numbering, organisation and preparer; defaults from the user's settings. And the
    case's exhibits, each ticked: untick one to leave it out (it is still listed, with its hash)."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None,
                 attachments: list[Attachment] | None = None) -> None:
        super().__init__(parent)
        self.exhibits = QListWidget(self)
        for attachment in attachments or []:
            item = QListWidgetItem(display_name(attachment.file_name), self.exhibits)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
        self.exhibits.setMaximumHeight(120)
        self.exhibits.itemChanged.connect(lambda _item: self.changed.emit())
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        self.language.addItem("Қазақша", "kk")
        self.language.addItem("Українська", "uk")
        self.bates_prefix = QLineEdit(self)
        self.bates_start = QSpinBox(self)
        self.bates_start.setRange(1, 999_999)
        self.organisation = QLineEdit(self)
        self.preparer = QLineEdit(self)
        self.archive = QComboBox(self)  # PDF/A for filing and archives (exports/pdf/pdfa.py)
        for key in ("", "2b", "3b"):
            self.archive.addItem("", key or None)
        self._labels = [PlainLabel(self) for _ in range(7)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self._labels, (self.language, self.bates_prefix, self.bates_start,
                                               self.organisation, self.preparer, self.archive, self.exhibits),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.exhibits.setVisible(self.exhibits.count() > 0)
        self._labels[-1].setVisible(self.exhibits.count() > 0)
        stored = defaults_from_vault(context.session)  # the same reader as `fieldintake pdf`
        self.organisation.setText(stored.get("organisation", ""))
        self.preparer.setText(stored.get("preparer", ""))
        self.bates_prefix.setText(stored.get("bates_prefix") or PdfOptions().bates_prefix)
        current = context.current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(current if current in LANGUAGES else "en")))
        for edit in (self.bates_prefix, self.organisation, self.preparer):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        self.bates_start.valueChanged.connect(lambda _v: self.changed.emit())
        self.language.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.archive.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._retranslate()

    def lang(self) -> str:
        return str(self.language.currentData())

    def left_out(self) -> frozenset[str]:
        """The ids of the exhibits the preparer unticked."""
        items = [self.exhibits.item(i) for i in range(self.exhibits.count())]
        return frozenset(str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                         if item.checkState() != Qt.CheckState.Checked)

    def set_included(self, attachment_id: str, included: bool) -> None:
        for i in range(self.exhibits.count()):
            item = self.exhibits.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == attachment_id:
                item.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)

    def options(self) -> PdfOptions:
        return PdfOptions(lang=self.lang(), bates_prefix=self.bates_prefix.text().strip(),
                          bates_start=self.bates_start.value(), organisation=self.organisation.text().strip(),
                          preparer=self.preparer.text().strip(), leave_out=self.left_out(),
                          pdfa=self.archive.currentData())

    def clear(self) -> None:
        for edit in (self.bates_prefix, self.organisation, self.preparer):
            edit.clear()
        self.exhibits.clear()

    def _retranslate(self) -> None:
        texts = [self.tr("&Language of the PDF:"), self.tr("Bates &prefix:"), self.tr("Bates &start:"),
                 self.tr("&Organisation:"), self.tr("Prepared &by:"), self.tr("&Archival format:"),
                 self.tr("E&xhibits (untick to leave one out):")]
        for index, text in enumerate((self.tr("Plain PDF"), self.tr("PDF/A-2b (for filing)"),
                                      self.tr("PDF/A-3b (with the original files inside)"))):
            self.archive.setItemText(index, text)
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)


def _with_progress(options: PdfOptions, progress: Progress) -> PdfOptions:
    return replace(options, progress=lambda done, total: progress.update(done, total, ""),
                   cancel=lambda: progress.cancelled)


class _Words:
    """Strings the shared base would otherwise look up under the subclass's name."""

    @staticmethod
    def rendering() -> str:
        return QCoreApplication.translate("PdfExport", "Preparing the PDF…")

    @staticmethod
    def save_title() -> str:
        return QCoreApplication.translate("PdfExport", "Save the PDF")


class _PdfExport(QWidget):
    """Shared by both PDF choices: Preview renders in a worker, Save… writes the same bytes."""

    rendered = Signal()
    saved = Signal(Path)

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self.case_id = case_id
        self.form = PdfOptionsForm(context, self, attachments=context.session.attachments.list(case_id))
        self.preview_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.preview = PdfPreview(self)
        self._rendered_for: PdfOptions | None = None
        self.preview_button.clicked.connect(self.render_preview)
        self.save_button.clicked.connect(self.save)
        self.form.changed.connect(self._options_changed)

    def buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        return row

    def _options_changed(self) -> None:
        self._rendered_for = None

    def can_render(self) -> bool:
        return self._context is not None

    def _render_job(self, options: PdfOptions) -> Callable[[Progress], RenderedPdf]:
        """The rendering, built on the UI thread from what it needs (the worker never reads this tab)."""
        raise NotImplementedError

    def _run_render(self, then: Callable[[RenderedPdf], None]) -> None:
        if self._context is None or not self.can_render():
            return
        options = self.form.options()
        job = self._render_job(options)
        self._context.runner.run(
            self, lambda progress: (options, job(progress)),
            lambda done: self._got(done[0], done[1], then), self._failed,
            label=_Words.rendering())

    def _got(self, options: PdfOptions, result: RenderedPdf, then: Callable[[RenderedPdf], None]) -> None:
        if self._context is None:
            return
        self.preview.show_pdf(result)
        self._rendered_for = options
        self.rendered.emit()
        then(result)

    def render_preview(self) -> None:
        self._run_render(lambda _r: None)

    def save(self) -> None:
        if self._context is None or not self.can_render():
            return
        choose_save_path(self, _Words.save_title(), self.suggested_name(), "PDF (*.pdf)", self.save_to, ".pdf")

    def suggested_name(self) -> str:
        return "case-file.pdf"

    def save_to(self, path: Path) -> None:
        """Write the previewed bytes, rendering first if the options changed since."""
        current = self.preview.rendered
        if current is not None and self._rendered_for == self.form.options():
            self._write(current, path)
        else:
            self._run_render(lambda result: self._write(result, path))

    def _write(self, rendered: RenderedPdf, path: Path) -> None:
        if self._context is None:
            return
        job = self._write_job(path, rendered.data)
        self._context.runner.run(self, lambda _p: job(), self._written, self._failed)

    def _write_job(self, path: Path, data: bytes) -> Callable[[], Path]:
        """What the worker does to save; built on the UI thread, so it holds no reference to this tab."""
        return lambda: write_bytes(path, data)

    def _written(self, path: Path) -> None:
        if self._context is not None:
            self.saved.emit(path)

    def _failed(self, exc: BaseException, details: str) -> None:
        if self._context is None or isinstance(exc, Cancelled):
            return
        show_error(self.window(), exc, details)

    def clear(self) -> None:
        self.preview.clear()
        self.form.clear()
        self._rendered_for = None
        self._context = None


class CaseFileTab(Retranslating, _PdfExport):
    """1. The court-ready case file."""

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.intro)
        left.addWidget(self.form)
        left.addLayout(self.buttons())
        left.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(left)
        split = QSplitter(self)
        split.addWidget(holder)
        split.addWidget(self.preview)
        self.preview.setMinimumWidth(PREVIEW_MIN_WIDTH)
        split.setStretchFactor(1, 2)
        split.setSizes([340, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._retranslate()

    def _render_job(self, options: PdfOptions) -> Callable[[Progress], RenderedPdf]:
        assert self._context is not None
        session, case_id = self._context.session, self.case_id
        options = replace(options, signer=signer_from_session(session, options.preparer))
        return lambda progress: render_case_file(parts_from_session(session, case_id),
                                                 _with_progress(options, progress))

    def _write_job(self, path: Path, data: bytes) -> Callable[[], Path]:
        # The full case file leaves the vault in plaintext: audited once the file is written, with the
        # exhibits reproduced in it (their custody).
        session = self._context.session if self._context is not None else None
        case_id, rendered, left_out = self.case_id, self.preview.rendered, self.form.left_out()

        def record() -> None:
            if session is not None and rendered is not None:
                case = session.cases.get(case_id)
                record_case_file_export(session, case, rendered,
                                        [a.id for a in case.attachments if a.id not in left_out])

        def job() -> Path:
            return outflow.deliver_bytes(path, data, record)

        return job

    def _retranslate(self) -> None:
        self.intro.setText(self.tr("The whole case as a paginated, Bates-numbered PDF for a court. It holds "
                                   "personal data: keep it encrypted and hand it over in a bundle."))
        self.preview_button.setText(self.tr("&Preview"))
        self.save_button.setText(self.tr("&Save…"))


class SummaryTab(Retranslating, _PdfExport):
    """2. The redacted summary: consent first, then a text preview to read, then the PDF."""

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self.consent = AudienceConsent(context, case_id, self.form.lang, self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(monospace())
        self._text_label = PlainLabel(self)
        self._text_label.setBuddy(self.text)
        left = QVBoxLayout()
        left.addWidget(self.intro)
        left.addWidget(self.consent)
        left.addWidget(self.form)
        left.addWidget(self._text_label)
        left.addWidget(self.text, 1)
        left.addLayout(self.buttons())
        holder = QWidget(self)
        holder.setLayout(left)
        split = QSplitter(self)
        split.addWidget(holder)
        self._add_review_panel(split)
        split.addWidget(self.preview)
        self.preview.setMinimumWidth(PREVIEW_MIN_WIDTH)  # a page a person can read, not a grey strip
        split.setStretchFactor(2, 2)
        split.setSizes([340, 300, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.consent.checked.connect(self._consent_checked)
        self.form.language.currentIndexChanged.connect(lambda _i: self.consent.recheck(self.consent.override_reason))
        self._retranslate()
        self._consent_checked()

    def start(self) -> None:
        """Run the first consent check (when the tab is first shown)."""
        if self.consent.result is None:
            self.consent.recheck()

    def can_render(self) -> bool:
        return self._context is not None and self.consent.result is not None and self._reviewed()

    # --- the review step: suggestions and files (issue 11) -------------------------------

    def _add_review_panel(self, split: QSplitter) -> None:
        self.review = SuggestionReview(self._context, self.case_id, self) if self._context is not None else None
        if self.review is not None:
            split.addWidget(self.review)
            self.review.changed.connect(self._review_changed)

    def _review_changed(self) -> None:
        if self.review is None:
            return
        self.consent.skip_review = self.review.skip.isChecked()
        self.consent.include_pdfs = set(self.review.include_pdfs)
        self.consent.recheck(self.consent.override_reason)

    def _reviewed(self) -> bool:
        result = self.consent.result
        return result is not None and (not result.suggestions or result.review_skipped)

    def _show_review(self) -> None:
        if self.review is not None:
            self.review.show_result(self.consent.result)
        allowed = self._reviewed()
        self.preview_button.setEnabled(allowed)
        self.save_button.setEnabled(allowed)

    def _consent_checked(self) -> None:
        result = self.consent.result
        self.preview.clear()
        self._rendered_for = None
        allowed = result is not None
        self.preview_button.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        self._show_review()
        if result is None or self._context is None:
            self.text.clear()
            return
        self.text.setPlainText(preview_text(result, self._context.session.templates, self.form.lang()))

    def suggested_name(self) -> str:
        return f"summary-{self.consent.current_audience()}.pdf"

    def _render_job(self, options: PdfOptions) -> Callable[[Progress], RenderedPdf]:
        assert self._context is not None and self.consent.result is not None
        session, result = self._context.session, self.consent.result
        if should_sign(result.audience):
            options = replace(options, signer=signer_from_session(session, options.preparer))
        return lambda progress: summary.render_summary(session, result, _with_progress(options, progress),
                                                       record=False)

    def _write_job(self, path: Path, data: bytes) -> Callable[[], Path]:
        # The summary leaves the vault now: its redaction log (and any override) goes to the audit chain.
        result = self.consent.result
        vault = self._context.session.vault if self._context is not None else None

        def record() -> None:
            if result is not None and vault is not None:
                result.record(vault)

        def job() -> Path:
            return outflow.deliver_bytes(path, data, record)

        return job

    def clear(self) -> None:
        self.consent.clear()
        if self.review is not None:
            self.review.clear()
        self.text.clear()
        super().clear()

    def _retranslate(self) -> None:
        self.intro.setText(self.tr("A copy with identifying details removed, for someone the client agreed to "
                                   "share with. Read the text below before you share it."))
        self._text_label.setText(self.tr("What the summary &says:"))
        self.text.setAccessibleName(self.tr("Text of the redacted summary"))
        self.preview_button.setText(self.tr("&Preview PDF"))
        self.save_button.setText(self.tr("&Save…"))
