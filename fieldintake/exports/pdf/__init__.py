"""Court-ready PDF case files (reportlab for our pages, pypdf for exhibit pages and the final write).

API (the GUI runs it in a worker; the redacted summary reuses it)::

    parts = parts_from_session(session, "FI-2026-0001")      # or CaseFileParts(case, lookup, read, head)
    result = render_case_file(parts, PdfOptions(lang="ru", bates_prefix="FI-", bates_start=1,
                                                timestamp=fixed_utc_datetime,   # byte-identical output
                                                progress=on_progress,            # (done, total)
                                                cancel=lambda: worker.cancelled))
    result.data, result.pages, result.sha256

``CaseFileParts`` holds everything read: the ``Case`` (any copy of it: a
redacted copy from the redaction engine renders through the same code), a
template lookup ``(id, version) -> Template``, ``read_exhibit(attachment) ->
bytes`` (verified against the recorded SHA-256; None lists exhibits without
reproducing them) and the audit chain head (or None).

For the redacted summary pass e.g. ``PdfOptions(title_override="Redacted
summary for UNHCR", confidential=False, include_exhibits=False or a case
whose identifying attachments were dropped, extra_pages=[ExtraPage("Redaction
log", paragraphs, rows)], integrity_case_hash=False, integrity_audit_head=False,
integrity_extra=[(label, value), ...])``: the integrity page then prints only
what the caller chose (never the hash of the unredacted JSON, since
``integrity_case_hash`` hashes the case that was passed in, and is off).

Layout: cover, contents (page numbers known after the single layout pass and
drawn then), the case, people, deadlines (soonest first), each interview by
template section, the exhibits index and exhibits, extra pages, integrity page.
Every page, including the pages of PDF exhibits (drawn into reserved slots),
carries the header, "Page X of Y" and the Bates number.

What the file says about its making: Producer and Creator "fieldintake", no
Author, dates in UTC (``Z``), /ID derived from the content, no JavaScript or
actions. Unsigned and without PDF/A it is one revision with no annotations,
forms, embedded files or XMP. ``PdfOptions(signer=signer_from_session(...))``
adds, as the very last step, one revision holding the exhibit list and a PAdES
signature (an invisible signature field; signing.py); ``pdfa="2b"|"3b"`` adds
XMP and an sRGB output intent, and with 3b the original exhibits as associated
files (pdfa.py). With ``CaseFileParts.custody`` (``parts_from_session`` sets
it) a certificate of authenticity page precedes the integrity page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from fieldintake.app.model import Attachment, Case
from fieldintake.app.users import Session
from fieldintake.exports.pdf.casefile import RenderedPdf, render_case_file
from fieldintake.exports.pdf.custody import custody_of, record_export
from fieldintake.exports.pdf.integrity import case_sha256
from fieldintake.exports.pdf.options import CaseFileParts, ExtraPage, PdfOptions

if TYPE_CHECKING:
    from fieldintake.exports.pdf.signing import Preparer


def parts_from_session(session: Session, case_ref: str) -> CaseFileParts:
    """The case, its templates, its exhibits (decrypted into memory) and the audit head of an open session."""
    case = session.cases.get(case_ref)
    head = session.vault.audit_head()  # through the vault: the head printed is sealed (no save joins it)

    def read(attachment: Attachment) -> bytes:
        return session.attachments.read_bytes(attachment.id, max_bytes=1 << 62)

    from fieldintake.app import conflicts, ledger

    return CaseFileParts(case, session.templates.get, read, head, conflicts.count(session.cases, case.id),
                         tuple(ledger.of_case(session.vault, case.id)), custody_of(session, case))


def record_case_file_export(session: Session, case: Case, rendered: RenderedPdf, exhibit_ids: Iterable[str]) -> None:
    """The full case file left the vault in plaintext: recorded in the audit chain once it is written.

    One entry for every path (CLI, GUI): its hash and pages, and the exhibits reproduced in it (their
    custody on the certificate of authenticity, the disclosure ledger's "case file" line).
    """
    record_export(session, case, rendered.sha256, list(exhibit_ids), pages=rendered.pages)


def signer_from_session(session: Session, name: str = "") -> Preparer:
    """The preparer's signer: the session's identity, shown under ``name`` (default: the user's display name)."""
    from fieldintake.exports.pdf.signing import Preparer

    return Preparer(session.identity, name or session.display_name)


def should_sign(audience: str | None) -> bool:
    """Everything is signed except the anonymised summary for the media: a signature names its preparer."""
    return audience != "public"


def defaults_from_vault(session: Session) -> dict[str, str]:
    """The organisation, preparer and Bates prefix the user set (Settings page; "" when unset)."""
    from fieldintake.app import settingkeys

    found = settingkeys.document_defaults(session.vault)
    return {"organisation": found.organisation, "preparer": found.preparer, "bates_prefix": found.bates_prefix}


__all__ = [
    "CaseFileParts",
    "ExtraPage",
    "PdfOptions",
    "RenderedPdf",
    "case_sha256",
    "record_case_file_export",
    "defaults_from_vault",
    "parts_from_session",
    "render_case_file",
    "should_sign",
    "signer_from_session",
]
