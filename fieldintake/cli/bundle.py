"""CLI commands for handing cases over in bundles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TYPE_CHECKING

from fieldintake.app import languages
from fieldintake.app.audiences import AUDIENCES
from fieldintake.cli import prompts
from fieldintake.app.terminal import field
from fieldintake.exports import handover

if TYPE_CHECKING:
    from fieldintake.cli.commands import Context

PASSPHRASE_ENV = "FIELDINTAKE_BUNDLE_PASSPHRASE"


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _bundle_passphrase(new: bool) -> str:
    if new:
        return prompts.new_secret(PASSPHRASE_ENV, "Passphrase for the bundle (give it through another channel): ")
    return prompts.secret(PASSPHRASE_ENV, "Passphrase of the bundle: ")


def cmd_bundle_export(args: argparse.Namespace, ctx: Context) -> int:
    output = Path(args.to_folder or args.output or "")
    if not (args.to_folder or args.output):
        from fieldintake.errors import InvalidInput

        raise InvalidInput("Say where to write the bundle: -o FILE or --to-folder DIR.")
    if args.redacted and not args.audience:
        from fieldintake.errors import InvalidInput

        raise InvalidInput(f"A redacted bundle needs --audience ({', '.join(AUDIENCES)}).")
    passphrase = _bundle_passphrase(new=True) if args.passphrase else None
    with ctx.open_session() as session:
        payload = handover.prepare_payload(session, args.cases, audience=args.audience if args.redacted else None,
                                           lang=args.lang, override_reason=args.override_consent,
                                           with_pdf=args.with_pdf)
        result = handover.export_bundle(session, args.cases, output, contacts=args.to or (),
                                        recipients=args.recipient or (), passphrase=passphrase, payload=payload,
                                        whole=args.whole)
    _out(str(result.path))
    for case_id, items in result.updates.items():
        sys.stderr.write(f"Case {case_id}: sent as an update, {items} item(s) the recipients lack"
                         " (--whole sends everything).\n")
    sys.stderr.write(
        f"Bundle {result.info.bundle_id}: {len(result.case_ids)} case(s), {result.info.size} bytes,"
        f" SHA-256 {result.info.sha256}.\n"
    )
    return 0


def _describe(inspection: handover.Inspection) -> None:
    s = inspection.summary
    sender = inspection.sender
    known = f"known contact '{field(sender.name)}'{' (verified)' if sender.verified else ' (unverified)'}" if sender else "NOT a contact"
    made = s.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %z")  # the signed time, in the reader's zone
    _out(f"Bundle:     {s.bundle_id}, made {made}")
    _out(f"Sender:     {field(s.sender_card.name)}, fingerprint {s.sender_fingerprint} ({known})")
    _out(f"Signature:  {'valid' if s.signature_valid else 'INVALID'}")
    _out(f"Forwarded:  {'YES: re-encrypted by someone else after it was sent' if s.forwarded else 'no'}")
    recipients = ", ".join(field(r.name or r.fingerprint or r.age) for r in s.recipients) or "a passphrase"
    _out(f"Encrypted to: {recipients}")
    _out(f"Redaction:  {field(s.redaction.level)}{' for ' + field(s.redaction.audience) if s.redaction.audience else ''}")
    _out(f"Cases:      {len(s.cases)}")
    for m in s.members:
        _out(f"  {field(m.path)}\t{m.size}\tsha256 {field(m.sha256)}")
    if inspection.already_imported:
        _out("Already imported.")


def cmd_bundle_inspect(args: argparse.Namespace, ctx: Context) -> int:
    passphrase = _bundle_passphrase(new=False) if args.passphrase else None
    with ctx.open_session() as session:
        _describe(handover.inspect(session, Path(args.file), passphrase=passphrase))
    return 0


def _report(report: handover.ImportReport) -> None:
    if report.receipt_for:
        _out(f"Receipt from {report.contact}: bundle {report.receipt_for} arrived (marked in the case ledger).")
        return
    if report.receipt is not None:
        sys.stderr.write(f"Receipt for the sender written to {report.receipt}.\n")
    if report.forwarded:
        sys.stderr.write("Warning: this bundle was forwarded (re-encrypted by someone other than its sender).\n")
    if not report.sender_known:
        sys.stderr.write(f"Added the sender '{field(report.sender_name)}' as an unverified contact.\n")
    for r in report.results:
        state = {
            "created": "imported", "copy": "imported as a read-only redacted copy",
            "unchanged": "nothing new", "older": "older than a version already received: nothing changed",
            "held": "NOT applied: this case was never exchanged with the sender (see 'case conflicts')",
        }.get(r.status, f"merged: {len(r.changed)} item(s) changed, {len(r.conflicts)} in conflict")
        _out(f"{field(r.reference)}\t{state}\t{field(r.case_id)}")
        for path in r.changed:
            _out(f"    {field(path)}")


def cmd_bundle_import(args: argparse.Namespace, ctx: Context) -> int:
    passphrase = _bundle_passphrase(new=False) if args.passphrase else None
    with ctx.open_session() as session:
        report = handover.import_bundle(session, Path(args.file), passphrase=passphrase,
                                        trust_new_sender=args.trust_new_sender,
                                        receipt_to=Path(args.receipt) if args.receipt else None)
    _report(report)
    return 0


def cmd_bundle_import_folder(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        items = handover.import_folder(session, Path(args.folder), trust_new_sender=args.trust_new_sender,
                                       receipts_to=Path(args.receipt) if args.receipt else None)
    failed = 0
    for item in items:
        if item.skipped:
            _out(f"{field(item.path.name)}\talready imported")
        elif item.waiting:
            _out(f"{field(item.path.name)}\tstill arriving: not imported yet")
        elif item.error is not None:
            failed += 1
            _out(f"{field(item.path.name)}\tNOT imported: {field(item.error)}")
        elif item.report is not None and item.report.receipt_for:
            _out(f"{field(item.path.name)}\treceipt from {field(item.report.contact)} for bundle {field(item.report.receipt_for)}")
        elif item.report is not None:
            _out(f"{field(item.path.name)}\timported {len(item.report.results)} case(s) from {field(item.report.sender_name)}")
    return 1 if failed else 0


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    bundle = sub.add_parser("bundle", help="hand cases over in signed, encrypted bundles", parents=[common])
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = add("export", cmd_bundle_export, "write a bundle of cases for named recipients", bundle_sub)
    p.add_argument("cases", nargs="+", metavar="CASE")
    p.add_argument("--to", action="append", metavar="CONTACT", help="a contact (repeat for several)")
    p.add_argument("-r", "--recipient", action="append", metavar="AGE_RECIPIENT", help="an age1… or ssh-… recipient")
    p.add_argument("--passphrase", action="store_true",
                   help=f"encrypt to a passphrase (asked for, or ${PASSPHRASE_ENV}) given through another channel")
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument("--to-folder", metavar="DIR", help="write into an outbox folder under a random name")
    p.add_argument("--redacted", action="store_true", help="hand over redacted copies instead of the full cases")
    p.add_argument("--audience", choices=AUDIENCES,
                   help="who the redacted copies are for (the client's consent decides)")
    p.add_argument("--override-consent", metavar="REASON", help="redact although consent is missing; audited")
    p.add_argument("--with-pdf", action="store_true", help="add the case file PDFs (or the redacted summaries)")
    p.add_argument("--whole", action="store_true",
                   help="send the whole case even when the contacts are known to hold most of it")
    p.add_argument("--lang", type=languages.cli_type(), default="en", metavar="LANG", help="language of the PDFs and placeholders")
    p = add("inspect", cmd_bundle_inspect, "decrypt and verify a bundle without importing it", bundle_sub)
    p.add_argument("file")
    p.add_argument("--passphrase", action="store_true", help="the bundle is encrypted to a passphrase")
    for name, handler, help_text in (("import", cmd_bundle_import, "verify a bundle, then import its cases"),):
        p = add(name, handler, help_text, bundle_sub)
        p.add_argument("file")
        p.add_argument("--passphrase", action="store_true", help="the bundle is encrypted to a passphrase")
        p.add_argument("--trust-new-sender", action="store_true",
                       help="import from a sender who is not a contact yet (added as unverified)")
        p.add_argument("--receipt", metavar="PATH", help="write a signed receipt for the sender (a file or an outbox folder)")
    p = add("import-folder", cmd_bundle_import_folder,
            "import every complete new bundle in an inbox folder (files still syncing wait)", bundle_sub)
    p.add_argument("folder")
    p.add_argument("--trust-new-sender", action="store_true")
    p.add_argument("--receipt", metavar="DIR", help="write a signed receipt for each sender into this outbox folder")
