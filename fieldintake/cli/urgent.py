"""The ``urgent`` command: a request for interim measures to a UN committee, built from a case.

It refuses (one line, exit 2) while an element the committee needs is missing, naming each;
``--check`` prints the checklist without writing anything.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TYPE_CHECKING

from fieldintake.app import formdata, languages, settingkeys
from fieldintake.errors import InvalidInput
from fieldintake.cli.pdf import parse_timestamp
from fieldintake.exports.pdf import defaults_from_vault, signer_from_session
from fieldintake.exports.urgent import FORUMS, assemble, render_request, write_request

if TYPE_CHECKING:
    from fieldintake.cli.commands import Context

STATE_SETTING = settingkeys.STATE  # the state the organisation works in (ISO 3166 code), the default for --state


def cmd_urgent(args: argparse.Namespace, ctx: Context) -> int:
    generated = parse_timestamp(args.timestamp) if args.timestamp else datetime.now(timezone.utc).replace(microsecond=0)
    removal_at = formdata.check_due(args.removal_at) if args.removal_at else None
    with ctx.open_session() as session:
        case = session.cases.get(args.case)
        defaults = defaults_from_vault(session)
        state = args.state or session.vault.get_setting(STATE_SETTING) or None
        request = assemble(case, session.templates, lang=args.lang, state_code=state, forum=args.forum,
                           confidential=args.confidential, authority=args.authority or "", removal_at=removal_at,
                           destination=args.destination, now=generated)
        if args.check:
            for item in request.checklist:
                sys.stdout.write(f"{'ok' if item.ok else 'MISSING'}\t{item.key}\t{_plain(item.detail)}\n")
            return 0 if not request.missing else 2
        preparer = args.preparer if args.preparer is not None else defaults.get("preparer", "")
        data = render_request(request, generated=generated, preparer=preparer,
                              organisation=args.organisation if args.organisation is not None
                              else defaults.get("organisation", ""))
        if not args.unsigned:  # signed like a case file: the committee can see it was not altered
            data = signer_from_session(session, preparer).sign(data, generated)
        if not args.output:
            raise InvalidInput("Give the file to write with -o FILE (or --check to see the checklist).")
        output = write_request(session, case.id, request, data, Path(args.output))
    sys.stdout.write(f"{output}\t{request.forum}\t{request.state.code if request.state else ''}\t"
                     f"removal {request.removal_text}\n")
    return 0


def _plain(value: str) -> str:
    """Case data on a terminal: no control characters (an escape sequence in a deadline's notes)."""
    return "".join(c if c.isprintable() else "\ufffd" for c in value)


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    p = add("urgent", cmd_urgent, "write an urgent request for interim measures to a UN committee (CAT or HRC)", sub)
    p.add_argument("case", metavar="CASE", help="UUID, unique prefix or reference")
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument("--forum", choices=FORUMS, help="cat: Committee against Torture; hrc: Human Rights Committee "
                   "(default: the first the state accepted)")
    p.add_argument("--lang", type=languages.cli_type(languages.URGENT_LANGUAGES), default="en", metavar="LANG")
    p.add_argument("--state", metavar="CC", help="the state the person is in, ISO code (default: the 'state' setting)")
    p.add_argument("--confidential", action="store_true", help="do not disclose the person's identity in the request")
    p.add_argument("--authority", metavar="TEXT", help="the lawyer's authority to act, if the consent is not recorded")
    p.add_argument("--removal-at", metavar="WHEN", help="date and time of the removal, e.g. 2026-11-23T06:00+05:00")
    p.add_argument("--destination", metavar="TEXT", help="where the person is to be sent")
    p.add_argument("--preparer", help="default: the 'preparer' setting")
    p.add_argument("--organisation", help="default: the 'organisation' setting")
    p.add_argument("--timestamp", metavar="UTC", help="preparation time, e.g. 2026-11-22T10:00:00Z")
    p.add_argument("--check", action="store_true", help="print the checklist only")
    p.add_argument("--unsigned", action="store_true", help="leave out the preparer's digital signature")
