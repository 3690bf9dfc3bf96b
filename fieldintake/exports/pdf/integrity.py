"""The closing integrity page: digests that tie the file to the records it reproduces."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import fieldintake
from fieldintake.app.attachments import display_name
from fieldintake.app import interchange
from fieldintake.app.model import Case
from fieldintake.exports.pdf.exhibits import Exhibit
from fieldintake.exports.pdf.labels import label
from fieldintake.exports.pdf.options import PdfOptions


def case_sha256(case: Case) -> str:
    """SHA-256 of the case's interchange JSON, as ``case export`` writes it."""
    return hashlib.sha256(interchange.dumps(interchange.to_doc(case)).encode("utf-8")).hexdigest()


def integrity_lines(case: Case, exhibits: list[Exhibit], audit_head: tuple[int, str] | None, options: PdfOptions,
                    generated: datetime, notes: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    lang = options.lang
    lines: list[tuple[str, str]] = list(notes)
    if options.integrity_case_hash:
        lines.append((label("case_record", lang), case_sha256(case)))
    for exhibit in exhibits:
        lines.append((f"{exhibit.number}  {display_name(exhibit.attachment.file_name)}", exhibit.attachment.sha256))
    if options.integrity_audit_head and audit_head is not None:
        # As ``COUNT:HEAD``: what ``fieldintake audit verify --expect`` takes, to show the log still holds it.
        lines.append((label("audit_head", lang, n=audit_head[0]), f"{audit_head[0]}:{audit_head[1]}"))
    lines.extend(options.integrity_extra)
    lines.append((label("program", lang), f"fieldintake {fieldintake.__version__}"))
    lines.append((label("generated_utc", lang), generated.strftime("%Y-%m-%dT%H:%M:%SZ")))
    return lines


def merge_notes(conflicts: int, disclosures: list[Any], lang: str) -> tuple[tuple[str, str], ...]:
    """Integrity lines for unresolved conflicts and the disclosure ledger (``app.ledger``)."""
    lines = [(label("conflicts", lang), label("conflicts_text", lang, n=conflicts))] if conflicts else []
    for d in disclosures:
        what = d.kind + (f" ({d.audience})" if d.audience else "") + ("" if d.redaction == "full" else f", {d.redaction}")
        ack = label("acknowledged" if d.acknowledged_at else "not_acknowledged", lang)
        lines.append((label("disclosed", lang, at=d.at[:16].replace("T", " ") + " UTC"),
                      label("disclosed_text", lang, what=what, to=d.recipients or "-", ack=ack)))
    return tuple(lines)
