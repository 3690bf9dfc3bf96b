"""The ``pdf`` command: a court-ready case file, written atomically.

``register(sub, add, common)`` is called by the CLI entry point (app must not
import exports). With ``--redacted --audience A`` it renders the redaction
engine's copy of the case instead (exports/summary.py).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from fieldintake.errors import InvalidInput
from fieldintake.exports.pdf import (
    PdfOptions, defaults_from_vault, parts_from_session, record_export, render_case_file, should_sign,
    signer_from_session,
)
from fieldintake.exports import summary
from fieldintake.exports.redaction import AUDIENCES
from fieldintake.fsutil import atomic_writer


def parse_timestamp(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(f"--timestamp: '{text}' is not an ISO 8601 date-time (e.g. 2026-11-22T10:00:00Z).") from exc
    if moment.tzinfo is None:
        raise InvalidInput("--timestamp needs a zone: end it with Z (UTC).")
    return moment.astimezone(timezone.utc)


def build_options(args: argparse.Namespace, defaults: dict[str, str]) -> PdfOptions:
    if args.bates_start < 0:
        raise InvalidInput("--bates-start must be 0 or more.")
    return PdfOptions(
        lang=args.lang,
        bates_prefix=args.bates_prefix,
        bates_start=args.bates_start,
        timestamp=parse_timestamp(args.timestamp) if args.timestamp else None,
        organisation=args.organisation if args.organisation is not None else defaults.get("organisation", ""),
        preparer=args.preparer if args.preparer is not None else defaults.get("preparer", ""),
        pdfa=getattr(args, "pdfa", None),
    )


def cmd_pdf(args: argparse.Namespace, ctx: Any) -> int:
    output = Path(args.output)
    with ctx.open_session() as session:
        options = build_options(args, defaults_from_vault(session))
        if not args.unsigned and should_sign(args.audience if args.redacted else None):
            options = replace(options, signer=signer_from_session(session, options.preparer))
        if args.redacted:
            if not args.audience:
                raise InvalidInput("A redacted summary needs --audience (lawyer, unhcr, ngo, un-body or public).")
            redacted = summary.redact(session, args.case, audience=args.audience, lang=options.lang,
                                      override_reason=args.override_consent)
            result = summary.render_summary(session, redacted, options)
        else:
            parts = parts_from_session(session, args.case)
            result = render_case_file(parts, options)
        with atomic_writer(output) as out:
            out.write(result.data)
        if not args.redacted:  # custody: the exhibits left the vault in this file
            record_export(session, parts.case, result.sha256, [a.id for a in parts.case.attachments])
    for warning in result.warnings:
        sys.stderr.write(f"Warning: {warning}\n")
    sys.stdout.write(f"{output}\t{result.pages} pages\tsha256 {result.sha256}\n")
    return 0


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    p = add("pdf", cmd_pdf, "write a court-ready PDF case file (numbered pages, exhibits, integrity record)", sub)
    p.add_argument("case", metavar="CASE", help="UUID, unique prefix or reference")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en", help="language of the file's own words")
    p.add_argument("--bates-prefix", default="FI-", metavar="P")
    p.add_argument("--bates-start", type=int, default=1, metavar="N")
    p.add_argument("--timestamp", metavar="UTC", help="generation time, e.g. 2026-11-22T10:00:00Z (same input: same bytes)")
    p.add_argument("--organisation", help="default: the 'organisation' setting")
    p.add_argument("--preparer", help="default: the 'preparer' setting")
    p.add_argument("--pdfa", choices=("2b", "3b"), help="PDF/A for filing and archives; 3b also embeds the original "
                   "exhibit files")
    p.add_argument("--unsigned", action="store_true",
                   help="leave out the preparer's digital signature (the anonymised media summary is never signed)")
    p.add_argument("--redacted", action="store_true", help="a redacted summary instead of the full case file")
    p.add_argument("--audience", choices=AUDIENCES, help="who the redacted summary is for (the client's consent decides)")
    p.add_argument("--override-consent", metavar="REASON",
                   help="prepare the summary although consent is missing; the reason goes into the audit log")
