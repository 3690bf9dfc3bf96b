"""Redacted summaries: the redaction engine's copy of a case, rendered as a PDF.

The renderer only ever sees the redacted copy, so nothing removed can be in
the file, covered or not; the leak check then reads the file back and
refuses it if a removed value is in it anyway. A summary is refused while
suggested redactions wait for review (unless the user skipped the review).
The redaction log is appended as its own page and recorded in the audit chain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from fieldintake.app import audiences, languages, outflow
from fieldintake.app.model import Attachment
from fieldintake.app.redaction_review import RedactionReview
from fieldintake.app.users import Session

from fieldintake.exports.pdf import CaseFileParts, ExtraPage, PdfOptions, RenderedPdf, render_case_file
from fieldintake.exports.redaction import RedactionResult, leakcheck, redact_case

#: The audiences' names as a title holds them, per language (from app/audiences.py).
AUDIENCE_NAMES = {lang: audiences.title_forms(lang) for lang in audiences.NAME_LANGUAGES}
TITLES = {"en": "Redacted summary for {audience}", "ru": "Обезличенная справка для {audience}",
          "kk": "{audience} үшін иесіздендірілген анықтама", "uk": "Знеособлена довідка для {audience}"}
LOG_HEADINGS = {"en": "Redaction log", "ru": "Журнал обезличивания", "kk": "Иесіздендіру журналы",
                "uk": "Журнал знеособлення"}


def audience_name(audience: str, lang: str) -> str:
    return audiences.for_title(audience, lang)


def review_store(session: Session) -> RedactionReview:
    return RedactionReview(session.vault, session.cases.author)


def redact(session: Session, case_ref: str, *, audience: str, lang: str = "en",
           override_reason: str | None = None, skip_review: bool = False,
           include_pdfs: Iterable[str] = ()) -> RedactionResult:
    """Redact without writing anything (for previews); ``ConsentMissing`` when not allowed.

    The case's stored decisions on suggestions are applied; what is still undecided is in
    ``result.suggestions`` (and removed from the copy).
    """
    case = session.cases.get(case_ref)
    decisions = [(d.kind, d.key, d.decision, d.text) for d in review_store(session).decisions(case.id)]
    return redact_case(case, session.templates, audience=audience, author=session.cases.author, lang=lang,
                       override_reason=override_reason, decisions=decisions, skip_review=skip_review,
                       include_pdfs=include_pdfs)


def leak_forms(result: RedactionResult) -> list[leakcheck.Form]:
    """Every form of every removed value; the count goes into the log before the file is made."""
    forms = leakcheck.forms_of((r.label, r.value) for r in result.removed)
    result.log.leak_forms = len(forms)
    return forms


def fixed_phrases(session: Session, result: RedactionResult, lang: str) -> leakcheck.FixedPhrases:
    """The template's own words the summary may print in ``lang`` (labels, choices): not case data."""
    phrases: set[str] = set()
    for key in {(i.template_id, i.template_version) for i in result.case.interviews}:
        try:
            template = session.templates.get(*key)
        except KeyError:
            continue
        phrases.add(template.title.get(lang))
        for section in template.sections:
            phrases.add(section.label.get(lang))
        for _path, field in template.iter_fields():
            phrases.add(field.label.get(lang))
            phrases.update(option.label.get(lang) for option in field.options)
    return leakcheck.FixedPhrases.of(phrases)


def summary_options(result: RedactionResult, base: PdfOptions) -> PdfOptions:
    lang = languages.normalise(base.lang)  # "ru_RU": a Russian title over the Russian log
    return replace(
        base,
        title_override=TITLES[lang].format(audience=audience_name(result.audience, lang)),
        extra_pages=[*base.extra_pages, ExtraPage(LOG_HEADINGS[lang], result.log.lines(lang))],
    )


def write_summary(session: Session, result: RedactionResult, base: PdfOptions, output: Path) -> RenderedPdf:
    """The summary PDF of ``result`` written at ``output``; its redaction log is recorded once the file exists."""
    rendered = render_summary(session, result, base, record=False)
    outflow.deliver_bytes(output, rendered.data, lambda: result.record(session.vault))
    return rendered


def render_summary(session: Session, result: RedactionResult, base: PdfOptions, *, record: bool = True,
                   read: Callable[[Attachment], bytes] | None = None) -> RenderedPdf:
    """The summary PDF of ``result`` in memory; ``record`` writes the redaction log to the audit chain
    (a summary written to a file: :func:`write_summary`, which records only after the write).

    ``read`` gives an attachment's cleaned bytes when the caller already made them (a redacted
    bundle's spooled copies); by default each is cleaned here.
    """

    result.require_reviewed()
    forms = leak_forms(result)

    def clean(attachment: Attachment) -> bytes:
        return result.attachment_bytes(session.attachments, attachment.id)

    parts = CaseFileParts(result.case, session.templates.get, read or clean, session.vault.audit_head())
    rendered = render_case_file(parts, summary_options(result, base))
    leakcheck.check_pdf(rendered.data, forms, "the summary PDF", fixed=fixed_phrases(session, result, base.lang))
    if record:
        result.record(session.vault)
    return rendered
