"""The ``pdf`` command: a court-ready case file, written atomically.

``register(sub, add, common)`` is called by the CLI entry point. With ``--redacted --audience A`` it renders the redaction
engine's copy of the case instead (exports/summary.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TYPE_CHECKING

from fieldintake.app import languages, outflow
from fieldintake.app.model import Attachment
from fieldintake.app.terminal import field
from fieldintake.errors import InvalidInput
from fieldintake.exports.pdf import (
    PdfOptions,
    defaults_from_vault,
    parts_from_session,
    record_case_file_export,
    render_case_file,
    should_sign,
    signer_from_session,
)
from fieldintake.exports import summary
from fieldintake.exports.redaction import AUDIENCES

if TYPE_CHECKING:
    from fieldintake.cli.commands import Context


def parse_timestamp(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(f"--timestamp: '{text}' is not an ISO 8601 date-time (e.g. 2026-11-22T10:00:00Z).") from exc
    if moment.tzinfo is None:
        raise InvalidInput("--timestamp needs a zone: end it with Z (UTC).")
    return moment.astimezone(timezone.utc)


def leave_out_ids(attachments: Sequence[Attachment], refs: Sequence[str]) -> frozenset[str]:
    """The attachments named by ``--leave-out``: an id, a unique id prefix, or a unique file name."""
    chosen: set[str] = set()
    for ref in refs:
        matches = [a for a in attachments if a.id == ref] or [a for a in attachments if a.file_name == ref] \
            or [a for a in attachments if len(ref) >= 4 and a.id.startswith(ref)]
        if not matches:
            raise InvalidInput(f"--leave-out: the case has no attachment '{field(ref)}' (give its id or file name).")
        if len(matches) > 1:
            raise InvalidInput(f"--leave-out: '{field(ref)}' names {len(matches)} attachments; give the id "
                               "('fieldintake attach list CASE').")
        chosen.add(matches[0].id)
    return frozenset(chosen)


def build_options(args: argparse.Namespace, defaults: dict[str, str]) -> PdfOptions:
    if args.bates_start < 0:
        raise InvalidInput("--bates-start must be 0 or more.")
    return PdfOptions(
        lang=args.lang,
        bates_prefix=args.bates_prefix if args.bates_prefix is not None else defaults.get("bates_prefix") or "FI-",
        bates_start=args.bates_start,
        timestamp=parse_timestamp(args.timestamp) if args.timestamp else None,
        organisation=args.organisation if args.organisation is not None else defaults.get("organisation", ""),
        preparer=args.preparer if args.preparer is not None else defaults.get("preparer", ""),
        pdfa=getattr(args, "pdfa", None),
    )


def cmd_pdf(args: argparse.Namespace, ctx: Context) -> int:
    output = Path(args.output)
    with ctx.open_session() as session:
        options = build_options(args, defaults_from_vault(session))
        if args.leave_out:
            options = replace(options, leave_out=leave_out_ids(session.cases.get(args.case).attachments,
                                                               args.leave_out))
        if not args.unsigned and should_sign(args.audience if args.redacted else None):
            options = replace(options, signer=signer_from_session(session, options.preparer))
        if args.redacted:
            if not args.audience:
                raise InvalidInput(f"A redacted summary needs --audience ({', '.join(AUDIENCES)}).")
            redacted = summary.redact(session, args.case, audience=args.audience, lang=options.lang,
                                      override_reason=args.override_consent, skip_review=args.skip_review,
                                      include_pdfs=args.include_pdf or ())
            result = summary.write_summary(session, redacted, options, output)  # its redaction log is its record
        else:
            parts = parts_from_session(session, args.case)
            result = render_case_file(parts, options)
            exhibits = [a.id for a in parts.case.attachments if a.id not in options.leave_out]  # their custody
            outflow.deliver_bytes(output, result.data,
                                  lambda: record_case_file_export(session, parts.case, result, exhibits))
    for warning in result.warnings:
        sys.stderr.write(f"Warning: {field(warning)}\n")
    sys.stdout.write(f"{output}\t{result.pages} pages\tsha256 {result.sha256}\n")
    return 0


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    p = add("pdf", cmd_pdf, "write a court-ready PDF case file (numbered pages, exhibits, integrity record)", sub)
    p.add_argument("case", metavar="CASE", help="UUID, unique prefix or reference")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", type=languages.cli_type(), default="en", metavar="LANG", help="language of the file's own words")
    p.add_argument("--bates-prefix", metavar="P", help="default: the Bates prefix setting, else FI-")
    p.add_argument("--bates-start", type=int, default=1, metavar="N")
    p.add_argument("--timestamp", metavar="UTC", help="generation time, e.g. 2026-11-22T10:00:00Z (same input: same bytes)")
    p.add_argument("--organisation", help="default: the organisation set in Settings")
    p.add_argument("--preparer", help="default: the preparer set in Settings")
    p.add_argument("--pdfa", choices=("2b", "3b"), help="PDF/A for filing and archives; 3b also embeds the original "
                   "exhibit files")
    p.add_argument("--unsigned", action="store_true",
                   help="leave out the preparer's digital signature (the anonymised media summary is never signed)")
    p.add_argument("--redacted", action="store_true", help="a redacted summary instead of the full case file")
    p.add_argument("--audience", choices=AUDIENCES, help="who the redacted summary is for (the client's consent decides)")
    p.add_argument("--leave-out", action="append", metavar="ATTACHMENT",
                   help="an exhibit to leave out (id or file name; repeat for several): listed with its hash, "
                        "marked 'left out by the preparer', not reproduced")
    p.add_argument("--override-consent", metavar="REASON",
                   help="prepare the summary although consent is missing; the reason goes into the audit log")
    p.add_argument("--skip-review", action="store_true",
                   help="make the summary although suggested redactions are undecided (removed; written in the log)")
    p.add_argument("--include-pdf", action="append", metavar="ATTACHMENT_ID",
                   help="include this PDF attachment in the summary, without its metadata (repeat for each)")
