"""CLI commands for redacted summaries: preview one, and mark text to remove by hand.

``register(sub, add, common)`` adds them to the main parser (hooked in by
fieldintake.app.cli's caller, since app must not import exports).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fieldintake.errors import InvalidInput
from fieldintake.app.terminal import field
from fieldintake.exports.redaction import AUDIENCES, preview_text, redact_case


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _span(text: str) -> tuple[int, int]:
    start, sep, end = text.partition(":")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        raise InvalidInput(f"A span is START:END in characters, e.g. 12:20 (not {text!r}).")
    return int(start), int(end)


def cmd_redact_preview(args: argparse.Namespace, ctx: Any) -> int:
    with ctx.open_session() as session:
        case = session.cases.get(args.case)
        result = redact_case(case, session.templates, audience=args.audience, author=session.cases.author,
                             lang=args.lang, override_reason=args.override_consent)
        text = preview_text(result, session.templates, args.lang)
        result.record(session.vault, "redaction.previewed")
    sys.stdout.write(text)
    if result.log.override_reason is not None:
        sys.stderr.write("Consent was overridden; the reason is recorded in the audit log.\n")
    return 0


def cmd_redact_mark(args: argparse.Namespace, ctx: Any) -> int:
    start, end = _span(args.span)
    with ctx.open_session() as session:
        mark = session.cases.add_redaction_mark(args.case, args.field, start, end, args.label)
    _out(mark.id)
    sys.stderr.write(f"Marked {end - start} characters at {args.field} for removal from every summary.\n")
    return 0


def cmd_redact_marks(args: argparse.Namespace, ctx: Any) -> int:
    with ctx.open_session() as session:
        case = session.cases.get(args.case)
    for m in case.redaction_marks:
        _out("\t".join(field(v) for v in (m.id, m.path, f"{m.start}:{m.end}", m.label, m.text)))
    return 0


def cmd_redact_unmark(args: argparse.Namespace, ctx: Any) -> int:
    with ctx.open_session() as session:
        session.cases.remove_redaction_mark(args.mark)
    sys.stderr.write("The mark was removed.\n")
    return 0


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    redact = sub.add_parser("redact", help="redacted summaries and text marked for removal", parents=[common])
    redact_sub = redact.add_subparsers(dest="redact_command", metavar="ACTION", required=True)
    p = add("preview", cmd_redact_preview, "print the redacted summary for an audience, to check it", redact_sub)
    p.add_argument("case", metavar="CASE")
    p.add_argument("--audience", choices=AUDIENCES, required=True)
    p.add_argument("--lang", choices=("en", "ru"), default="en")
    p.add_argument("--override-consent", metavar="REASON",
                   help="prepare it although the client's consent is missing (recorded in the audit log)")
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
