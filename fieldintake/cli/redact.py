"""CLI commands for redacted summaries: preview one, and mark text to remove by hand.

``register(sub, add, common)`` adds them to the main parser (from cli/entry.py).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TYPE_CHECKING

from fieldintake.app import languages
from fieldintake.app.terminal import field
from fieldintake.errors import InvalidInput
from fieldintake.exports import summary
from fieldintake.exports.redaction import AUDIENCES, preview_text, review
from fieldintake.exports.redaction.suggest import KINDS
from fieldintake.textchars import visible

if TYPE_CHECKING:
    from fieldintake.cli.commands import Context


def terminal_safe(text: str) -> str:
    """Case text shown in a terminal (lines kept): controls and direction overrides as visible escapes."""
    return visible(text, keep="\n\t")


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _span(text: str) -> tuple[int, int]:
    start, sep, end = text.partition(":")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        raise InvalidInput(f"A span is START:END in characters, e.g. 12:20 (not {text!r}).")
    return int(start), int(end)


def cmd_redact_preview(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        result = summary.redact(session, args.case, audience=args.audience, lang=args.lang,
                                override_reason=args.override_consent, skip_review=args.skip_review,
                                include_pdfs=args.include_pdf or ())
        text = preview_text(result, session.templates, args.lang)
        result.record(session.vault, "redaction.previewed")
    sys.stdout.write(terminal_safe(text))
    if result.suggestions and not result.review_skipped:
        sys.stderr.write(f"{len(result.suggestions)} suggested redactions wait for review (removed in this preview): "
                         "see `fieldintake redact suggest CASE`.\n")
    if result.log.override_reason is not None:
        sys.stderr.write("Consent was overridden; the reason is recorded in the audit log.\n")
    return 0


def cmd_redact_mark(args: argparse.Namespace, ctx: Context) -> int:
    start, end = _span(args.span)
    with ctx.open_session() as session:
        mark = session.cases.add_redaction_mark(args.case, args.field, start, end, args.label)
    _out(mark.id)
    sys.stderr.write(f"Marked {end - start} characters at {args.field} for removal from every summary.\n")
    return 0


def cmd_redact_marks(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        case = session.cases.get(args.case)
    for m in case.redaction_marks:
        _out("\t".join(field(v) for v in (m.id, m.path, f"{m.start}:{m.end}", m.label, m.text)))
    return 0


def cmd_redact_unmark(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        session.cases.remove_redaction_mark(args.mark)
    sys.stderr.write("The mark was removed.\n")
    return 0


def cmd_redact_suggest(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        found = review.pending(session, args.case)
    if args.kind:
        found = [s for s in found if s.kind == args.kind]
    for s in found:
        line = f"{s.id}\t{s.kind}\t{s.count}\t{s.text}\t{s.source}\t{s.contexts[0] if s.contexts else ''}"
        _out(terminal_safe(line))
    sys.stderr.write(f"{len(found)} suggestions wait for review: `redact accept|reject CASE ID…` or `--all KIND`.\n")
    return 0


def _decide(args: argparse.Namespace, ctx: Any, accept: bool) -> int:
    if not args.ids and not args.all:
        raise InvalidInput("Name the suggestions by id, or all of one kind with --all name|place|org.")
    with ctx.open_session() as session:
        chosen = review.select(review.pending(session, args.case), args.ids, args.all)
        n = (review.accept if accept else review.reject)(session, args.case, chosen)
    verb = "accepted: they are removed from every summary" if accept else "rejected: they stay and are not asked again"
    sys.stderr.write(f"{n} suggestions {verb}.\n")
    return 0


def cmd_redact_accept(args: argparse.Namespace, ctx: Context) -> int:
    return _decide(args, ctx, True)


def cmd_redact_reject(args: argparse.Namespace, ctx: Context) -> int:
    return _decide(args, ctx, False)


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    redact = sub.add_parser("redact", help="redacted summaries and text marked for removal", parents=[common])
    redact_sub = redact.add_subparsers(dest="redact_command", metavar="ACTION", required=True)
    p = add("preview", cmd_redact_preview, "print the redacted summary for an audience, to check it", redact_sub)
    p.add_argument("case", metavar="CASE")
    p.add_argument("--audience", choices=AUDIENCES, required=True)
    p.add_argument("--lang", type=languages.cli_type(), default="en", metavar="LANG")
    p.add_argument("--override-consent", metavar="REASON",
                   help="prepare it although the client's consent is missing (recorded in the audit log)")
    p.add_argument("--skip-review", action="store_true",
                   help="show it although suggestions are undecided (they are removed; written in the log)")
    p.add_argument("--include-pdf", action="append", metavar="ATTACHMENT_ID",
                   help="include this PDF attachment (without its metadata); repeat for each")
    p = add("suggest", cmd_redact_suggest,
            "list suggested redactions waiting for review (id, kind, count, text, source, context)", redact_sub)
    p.add_argument("case", metavar="CASE")
    p.add_argument("--kind", choices=KINDS)
    for name, handler, text in (("accept", cmd_redact_accept, "accept suggestions: removed from every summary"),
                                ("reject", cmd_redact_reject, "reject suggestions: kept, and not asked again")):
        p = add(name, handler, text, redact_sub)
        p.add_argument("case", metavar="CASE")
        p.add_argument("ids", nargs="*", metavar="ID")
        p.add_argument("--all", choices=KINDS, metavar="KIND", help="every undecided suggestion of this kind")
    p = add("mark", cmd_redact_mark, "mark a span of a text to remove from every summary (prints the mark id)",
            redact_sub)
    p.add_argument("case", metavar="CASE")
    p.add_argument("--field", required=True, metavar="PATH",
                   help="title, notes or interviews/<id>/answers/<field> (e.g. .../answers/narrative)")
    p.add_argument("--span", required=True, metavar="START:END", help="character offsets in that text")
    p.add_argument("--label", default="marked")
    p = add("marks", cmd_redact_marks, "list a case's marks (id, path, span, label, text)", redact_sub)
    p.add_argument("case", metavar="CASE")
    p = add("unmark", cmd_redact_unmark, "remove a mark", redact_sub)
    p.add_argument("mark", metavar="MARK_ID")
