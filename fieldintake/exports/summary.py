"""Redacted summaries: the redaction engine's copy of a case, rendered as a PDF.

The renderer only ever sees the redacted copy, so nothing removed can be in
the file, covered or not. The redaction log is appended as its own page and
recorded in the audit chain.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fieldintake.exports.pdf import CaseFileParts, ExtraPage, PdfOptions, RenderedPdf, render_case_file
from fieldintake.exports.redaction import RedactionResult, redact_case

AUDIENCE_NAMES = {
    "en": {"lawyer": "the lawyer", "unhcr": "UNHCR", "ngo": "partner organisations", "un-body": "UN treaty bodies",
           "public": "the media (anonymised)"},
    "ru": {"lawyer": "адвоката", "unhcr": "УВКБ ООН", "ngo": "партнёрских организаций",
           "un-body": "договорных органов ООН", "public": "СМИ (анонимно)"},
}
TITLES = {"en": "Redacted summary for {audience}", "ru": "Обезличенная справка для {audience}"}
LOG_HEADINGS = {"en": "Redaction log", "ru": "Журнал обезличивания"}


def audience_name(audience: str, lang: str) -> str:
    return AUDIENCE_NAMES.get(lang, AUDIENCE_NAMES["en"]).get(audience, audience)


def redact(session: Any, case_ref: str, *, audience: str, lang: str = "en",
           override_reason: str | None = None) -> RedactionResult:
    """Redact without writing anything (for previews); ``ConsentMissing`` when not allowed."""
    case = session.cases.get(case_ref)
    return redact_case(case, session.templates, audience=audience, author=session.cases.author, lang=lang,
                       override_reason=override_reason)


def summary_options(result: RedactionResult, base: PdfOptions) -> PdfOptions:
    lang = base.lang if base.lang in TITLES else "en"
    return replace(
        base,
        title_override=TITLES[lang].format(audience=audience_name(result.audience, lang)),
        extra_pages=[*base.extra_pages, ExtraPage(LOG_HEADINGS[lang], result.log.lines(lang))],
    )


def render_summary(session: Any, result: RedactionResult, base: PdfOptions, *, record: bool = True) -> RenderedPdf:
    """The summary PDF of ``result``; ``record`` writes the redaction log to the audit chain."""

    def read(attachment: Any) -> bytes:
        return result.attachment_bytes(session.attachments, attachment.id)

    parts = CaseFileParts(result.case, session.templates.get, read, session.vault.audit_head())
    rendered = render_case_file(parts, summary_options(result, base))
    if record:
        result.record(session.vault)
    return rendered
